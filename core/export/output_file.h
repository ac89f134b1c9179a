#pragma once
// Writing a planner's file (every export and report) so that a failure cannot destroy anything:
//  - the bytes go to a temporary file beside the target, renamed over it only when complete; a failure (disk
//    full, a killed process, an exception) leaves the target as it was and the temporary removed;
//  - a .pokin document (by its extension or its SQLite header) is never an output: an export written over the
//    open document would leave a file that no longer opens;
//  - a failure names its cause (disk full, permission denied, folder missing, read-only disk), in Indonesian and
//    English.
// A target that exists and is not a regular file (/dev/stdout, a pipe) is written directly: it cannot be
// replaced by a rename, and there is nothing on it to destroy.
#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

#include "core/text/bilingual.h"
#include "core/text/utf8_path.h"

namespace pokin {

// The message for a write of `target` that failed with `cause` (an empty cause: unknown).
UserError cannot_write(const std::filesystem::path& target, std::error_code cause);

// Throws UserError when `output` is a .pokin document (its extension, case-insensitive, or an existing file that
// starts with the SQLite header) or the same file as `input` (when given: the same existing file, or the same
// place when one does not exist yet).
void refuse_overwriting(const std::filesystem::path& output, const std::filesystem::path& input = {});

class OutputFile {
 public:
  // Refuses a .pokin target and a folder (UserError). Nothing is created yet.
  explicit OutputFile(std::filesystem::path target);
  // Without commit(): the temporary file is removed and the target is left as it was.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // The file the bytes go to: the temporary beside the target (the target itself for a device or pipe). For
  // libraries that open a path themselves (libxlsxwriter); creates it empty first, so a folder that cannot be
  // written fails here with the planner's message rather than in the library.
  const std::filesystem::path& path_to_write();
  // A binary stream on path_to_write(), opened on first use. Throws UserError when it cannot be opened.
  std::ostream& stream();
  // Flushes and closes the stream (when one was used), then renames the temporary over the target. Throws
  // UserError naming the cause; the target is then untouched and the temporary removed.
  void commit();
  const std::filesystem::path& target() const { return target_; }

 private:
  void discard() noexcept;

  std::filesystem::path target_;
  std::filesystem::path temporary_;  // equals target_ when written directly
  std::ofstream stream_;
  bool direct_ = false;
  bool created_ = false;
  bool committed_ = false;
};

// Writes `content` to `target` through an OutputFile.
void write_output_file(const std::filesystem::path& target, std::string_view content);

// Flushes `stream` and throws cannot_write(shown, cause) when the flush or an earlier write failed; the cause is
// taken from errno, which the C library sets on a failed write (ENOSPC on a full disk). Exposed for the tests,
// which write to /dev/full.
void finish_writing(std::ostream& stream, const std::filesystem::path& shown);

}  // namespace pokin
