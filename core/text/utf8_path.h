#pragma once
// File names as UTF-8 text and back. Pokin keeps text in UTF-8 everywhere (messages, settings, SQLite file
// names, the command line once decoded); a std::filesystem::path is UTF-16 on Windows, so a path is turned
// into text and text into a path only through these two, never through string() or a plain constructor (which
// use the system's code page there and break non-ASCII names).
#include <filesystem>
#include <string>
#include <string_view>

namespace pokin {

// The path as UTF-8 text (also on Windows), e.g. for a message or for SQLite.
std::string utf8_path(const std::filesystem::path& path);

// The path that UTF-8 `text` names (a command-line argument, a setting, a typed file name).
std::filesystem::path path_from_utf8(std::string_view text);

}  // namespace pokin
