#pragma once
// Opening an export's output file, with the planner's message when that fails (read-only folder, file open in
// Word or Excel on Windows).
#include <filesystem>
#include <fstream>

#include "core/text/bilingual.h"
#include "core/text/utf8_path.h"

namespace pokin {

inline UserError cannot_write(const std::filesystem::path& path) {
  std::string name = utf8_path(path);
  return UserError("Berkas " + name + " tidak dapat ditulis (folder hanya-baca, atau berkas sedang dibuka program lain?).",
                   "Cannot write the file " + name + " (read-only folder, or the file is open in another program?).");
}

inline std::ofstream open_output(const std::filesystem::path& path) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw cannot_write(path);
  return file;
}

}  // namespace pokin
