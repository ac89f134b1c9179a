#pragma once
// The members of a ZIP archive held in memory (the container of .xlsx and .docx files), read with libzip: stored, deflated
// and ZIP64 members, CRC checked. Owns the libzip handle (move-only). Members are inflated in chunks and the
// reading stops at `max_member_bytes` for one member and `max_total_bytes` for all reads together, whatever
// size the archive declares; nothing is allocated from a declared size.
//
// Every problem is a UserError with its own message: not a ZIP archive, truncated, damaged directory, encrypted,
// unsupported compression, CRC mismatch, damaged compressed data, member too large, archive too large.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/spreadsheet/office_file_kind.h"

struct zip;

namespace pokin::spreadsheet {

class ZipReader {
 public:
  // `bytes` must outlive the reader; messages name the file as `kind` (kind must outlive the reader too).
  ZipReader(std::string_view bytes, std::size_t max_member_bytes, std::size_t max_total_bytes,
            const OfficeFileKind& kind = kExcelFile);
  ~ZipReader();
  ZipReader(ZipReader&&) noexcept;
  ZipReader& operator=(ZipReader&&) noexcept;

  bool contains(std::string_view name) const;
  // The uncompressed content of member `name` (exact, case-sensitive), or nullopt when there is no such member.
  std::optional<std::string> read(std::string_view name);

 private:
  struct Discard {
    void operator()(zip* archive) const;
  };
  std::unique_ptr<zip, Discard> archive_;
  std::size_t max_member_bytes_;
  std::size_t max_total_bytes_;
  const OfficeFileKind* kind_;
  std::size_t total_read_ = 0;
};

}  // namespace pokin::spreadsheet
