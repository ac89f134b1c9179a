#pragma once
#include <cstdint>
#include <string>

namespace pokin {

// A colour and a short badge that the caller puts on a node (capaian band, number of findings). Layout does not
// compute them; it carries them into the geometry so the canvas and exports draw them the same way.
struct NodeDecoration {
  std::uint32_t fill = 0;    // 0xRRGGBB; 0 = the level colour
  std::string label;         // e.g. "Capaian 97% · sangat baik"; empty = none
  std::string badge;         // e.g. "3" (findings); empty = none

  bool operator==(const NodeDecoration&) const = default;
};

}  // namespace pokin
