#pragma once
// The command line as UTF-8 text. On Windows argv is in the system's ANSI code page, which cannot hold most
// non-ASCII file names ("Pohon Kinerja – Dinas.pokin"); there the arguments are read from the wide command line
// and converted. Elsewhere argv already is the bytes the user typed (UTF-8 on every current Linux desktop).
#include <string>
#include <vector>

namespace pokin::platform {

// argv[1..argc-1] as UTF-8.
std::vector<std::string> utf8_arguments(int argc, char** argv);

}  // namespace pokin::platform
