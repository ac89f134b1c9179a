#pragma once
// Streams cairo output into an OutputFile (UTF-8 names work on Windows too; a failure leaves the target as it
// was). The first failed write is kept: cairo then stops and reports CAIRO_STATUS_WRITE_ERROR, and commit() (or
// the error thrown by the caller) names the cause.
#include <cairo.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>

#include "core/export/output_file.h"

namespace pokin {

class CairoFileStream {
 public:
  explicit CairoFileStream(const std::filesystem::path& path) : file_(path) { file_.stream(); }
  static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<CairoFileStream*>(closure);
    errno = 0;
    if (!self->file_.stream().write(reinterpret_cast<const char*>(data), length)) {
      if (!self->cause_) self->cause_ = std::error_code(errno, std::generic_category());
      return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
  }
  // After cairo has finished: throws the planner's message for a failed write, else puts the file in place.
  void commit(cairo_status_t status, const char* what_id, const char* what_en) {
    if (cause_ || status == CAIRO_STATUS_WRITE_ERROR) throw cannot_write(file_.target(), cause_);
    if (status != CAIRO_STATUS_SUCCESS)
      throw UserError(std::string(what_id) + " gagal ditulis: " + cairo_status_to_string(status),
                      std::string("Writing the ") + what_en + " failed: " + cairo_status_to_string(status));
    file_.commit();
  }

 private:
  OutputFile file_;
  std::error_code cause_;
};

}  // namespace pokin
