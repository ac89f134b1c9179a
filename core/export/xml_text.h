#pragma once
// User text made safe for XML 1.0 and for cairo: invalid UTF-8 replaced by U+FFFD, control characters (which XML
// cannot carry at all) replaced by a space, and for XML the markup characters escaped. Everything else, emoji and
// combining marks included, passes unchanged.
#include <string>
#include <string_view>

namespace pokin {

void append_xml_escaped(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);
std::string valid_utf8(std::string_view text);

}  // namespace pokin
