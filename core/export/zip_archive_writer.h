#pragma once
// A ZIP archive built in memory with libzip (the container of .docx files): members added by name, deflated,
// stamped with one fixed time so that the same content gives the same bytes. The caller writes the finished
// bytes through an OutputFile, so a failure can never leave half an archive on disk.
#include <list>
#include <memory>
#include <string>
#include <string_view>

struct zip;
struct zip_source;

namespace pokin {

class ZipArchiveWriter {
 public:
  // Throws UserError when libzip cannot start an archive (out of memory).
  ZipArchiveWriter();
  ~ZipArchiveWriter();
  ZipArchiveWriter(const ZipArchiveWriter&) = delete;
  ZipArchiveWriter& operator=(const ZipArchiveWriter&) = delete;

  // Members keep the order they were added in (an Office package wants [Content_Types].xml first). A name
  // added twice is a programming error and throws std::logic_error.
  void add(std::string_view name, std::string content);
  // The archive's bytes. The writer is spent afterwards: add() and finish() may not be called again.
  std::string finish();

 private:
  struct Discard {
    void operator()(zip* archive) const;
  };
  std::unique_ptr<zip, Discard> archive_;
  zip_source* buffer_ = nullptr;      // the in-memory target, kept alive past zip_close to read it back
  std::list<std::string> contents_;   // libzip reads members only in zip_close: they must stay put until then
};

}  // namespace pokin
