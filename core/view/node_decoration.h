#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "core/model/ids.h"

namespace pokin {

// A colour and a short badge that the caller puts on a node (capaian band, number of findings). Layout does not
// compute them; it carries them into the geometry so the canvas and exports draw them the same way.
struct NodeDecoration {
  std::uint32_t fill = 0;    // 0xRRGGBB; 0 = the level colour
  std::string label;         // e.g. "Capaian 97% · sangat baik"; empty = none; "\n" starts a new line
  std::string badge;         // e.g. "3" (findings); empty = none
  // The box stands for a node that is no longer there (a comparison's removed box, put back where it stood):
  // drawn with a dashed outline, so it reads as a ghost even printed in black and white.
  bool ghost = false;
  // A note printed under one indicator of the box (by indikator id), e.g. "Target 2024: 80 → 85": a comparison
  // says what happened to each indicator where the indicator stands.
  std::map<Id, std::string> indikator_notes;

  bool operator==(const NodeDecoration&) const = default;
};

}  // namespace pokin
