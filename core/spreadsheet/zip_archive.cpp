#include "core/spreadsheet/zip_archive.h"

#include <zlib.h>

#include <cstdint>

#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

[[noreturn]] void damaged(const std::string& detail) {
  throw UserError("Berkas Excel (.xlsx) rusak atau bukan berkas .xlsx (" + detail + ").",
                  "The Excel (.xlsx) file is damaged or not an .xlsx file (" + detail + ").");
}

std::uint32_t read_u16(std::string_view bytes, std::size_t at) {
  if (at + 2 > bytes.size()) damaged("header terpotong / truncated header");
  return static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1]) << 8;
}

std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
  return read_u16(bytes, at) | read_u16(bytes, at + 2) << 16;
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, std::size_t max_member_size)
    : bytes_(bytes), max_member_size_(max_member_size) {
  constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
  constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
  if (bytes.size() < 22) damaged("terlalu pendek / too short");
  // The end-of-directory record sits in the last 22 + 65,535 bytes (after an optional comment).
  std::size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
  std::size_t end = std::string_view::npos;
  for (std::size_t at = bytes.size() - 22 + 1; at-- > lowest;) {
    if (read_u32(bytes, at) == kEndOfDirectory) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) damaged("tidak ada direktori ZIP / no ZIP directory");
  std::size_t count = read_u16(bytes, end + 10);
  std::size_t at = read_u32(bytes, end + 16);
  for (std::size_t k = 0; k < count; ++k) {
    if (read_u32(bytes, at) != kDirectoryEntry) damaged("direktori ZIP rusak / broken ZIP directory");
    Member member;
    member.method = static_cast<int>(read_u16(bytes, at + 10));
    member.compressed_size = read_u32(bytes, at + 20);
    member.size = read_u32(bytes, at + 24);
    std::size_t name_length = read_u16(bytes, at + 28);
    std::size_t extra_length = read_u16(bytes, at + 30);
    std::size_t comment_length = read_u16(bytes, at + 32);
    member.local_header = read_u32(bytes, at + 42);
    if (at + 46 + name_length > bytes.size()) damaged("nama anggota terpotong / truncated member name");
    member.name = std::string(bytes.substr(at + 46, name_length));
    members_.push_back(std::move(member));
    at += 46 + name_length + extra_length + comment_length;
  }
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> names;
  for (const auto& member : members_) names.push_back(member.name);
  return names;
}

bool ZipArchive::contains(std::string_view name) const {
  for (const auto& member : members_)
    if (member.name == name) return true;
  return false;
}

std::optional<std::string> ZipArchive::read(std::string_view name) const {
  const Member* found = nullptr;
  for (const auto& member : members_)
    if (member.name == name) found = &member;
  if (!found) return std::nullopt;
  const Member& member = *found;
  if (read_u32(bytes_, member.local_header) != 0x04034b50) damaged("header anggota rusak / broken member header");
  std::size_t data = member.local_header + 30 + read_u16(bytes_, member.local_header + 26) +
                     read_u16(bytes_, member.local_header + 28);
  if (data > bytes_.size() || member.compressed_size > bytes_.size() - data) damaged("anggota terpotong / truncated member");
  std::string_view compressed = bytes_.substr(data, member.compressed_size);
  if (member.size > max_member_size_)
    throw UserError("Berkas Excel terlalu besar untuk dibaca (" + std::to_string(member.size >> 20) + " MB dalam " +
                        member.name + ").",
                    "The Excel file is too large to read (" + std::to_string(member.size >> 20) + " MB in " +
                        member.name + ").");
  if (member.method == 0) return std::string(compressed);
  if (member.method != 8) damaged("metode kompresi " + std::to_string(member.method) + " / compression method");

  std::string out(member.size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) damaged("zlib");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int result = inflate(&stream, Z_FINISH);
  std::size_t produced = stream.total_out;
  inflateEnd(&stream);
  if (result != Z_STREAM_END || produced != member.size) damaged("data terkompresi rusak / broken compressed data");
  return out;
}

}  // namespace pokin::spreadsheet
