#pragma once
// How a finding names a node for a planner: code and the start of the statement or name, so a message can be
// read without the canvas ("SS1 Meningkatnya kualitas pelayanan perizinan…").
#include <string>

#include "core/model/document.h"

namespace pokin {

// The unit's name, the sasaran's or indikator's code and text (shortened to about `max_chars` characters on a
// UTF-8 boundary), or "#id" for an unknown id.
std::string node_label(const Document& document, Id node, std::size_t max_chars = 60);

// `text` cut to at most about `max_chars` characters at a word or UTF-8 boundary, with "…" when cut.
std::string shorten(const std::string& text, std::size_t max_chars);

}  // namespace pokin
