#pragma once
// Streams cairo output into a file opened by std::filesystem::path (UTF-8 names work on Windows too).
#include <cairo.h>

#include <filesystem>
#include <fstream>

#include "core/text/bilingual.h"

namespace pokin {

class CairoFileStream {
 public:
  explicit CairoFileStream(const std::filesystem::path& path) : file_(path, std::ios::binary | std::ios::trunc) {
    if (!file_)
      throw UserError("Berkas " + path.string() + " tidak dapat ditulis.", "Cannot write the file " + path.string() + ".");
  }
  static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<CairoFileStream*>(closure);
    self->file_.write(reinterpret_cast<const char*>(data), length);
    return self->file_ ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
  }
  bool good() { return static_cast<bool>(file_.flush()); }

 private:
  std::ofstream file_;
};

}  // namespace pokin
