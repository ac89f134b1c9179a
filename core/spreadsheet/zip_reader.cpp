#include "core/spreadsheet/zip_reader.h"

#include <zip.h>

#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

// "Excel (.xlsx)" / "Word (.docx)"
std::string file_named(const OfficeFileKind& kind) { return std::string(kind.app) + " (" + kind.extension + ")"; }

[[noreturn]] void not_a_zip(const OfficeFileKind& kind) {
  throw UserError(std::string("Berkas ini bukan ") + kind.document_id + " (" + kind.extension + "): isinya bukan arsip ZIP.",
                  std::string("This file is not ") + kind.document_en + " (" + kind.extension + "): its content is not a ZIP archive.");
}

[[noreturn]] void truncated(const OfficeFileKind& kind) {
  throw UserError("Berkas " + file_named(kind) + " terpotong: akhir arsipnya hilang (unduhan atau salinan yang belum selesai?). "
                  "Ambil ulang berkas aslinya.",
                  "The " + file_named(kind) + " file is truncated: the end of the archive is missing (an unfinished download or "
                  "copy?). Fetch the original file again.");
}

[[noreturn]] void damaged_directory(const OfficeFileKind& kind) {
  throw UserError("Berkas " + file_named(kind) + " rusak: daftar isi arsip ZIP-nya tidak konsisten.",
                  "The " + file_named(kind) + " file is damaged: its ZIP directory is inconsistent.");
}

[[noreturn]] void encrypted(const std::string& member, const OfficeFileKind& kind) {
  const std::string app = kind.app;
  throw UserError("Bagian \"" + member + "\" dalam berkas " + app + " dienkripsi (dilindungi kata sandi); buka di " + app + ", "
                  "hapus kata sandinya, lalu simpan ulang.",
                  "Part \"" + member + "\" of the " + app + " file is encrypted (password-protected); open it in " + app + ", "
                  "remove the password and save it again.");
}

[[noreturn]] void member_problem(const std::string& member, int code, const OfficeFileKind& kind) {
  const std::string app = kind.app;
  switch (code) {
    case ZIP_ER_CRC:
      throw UserError("Berkas " + file_named(kind) + " rusak: isi bagian \"" + member + "\" tidak cocok dengan checksum CRC-nya.",
                      "The " + file_named(kind) + " file is damaged: the content of part \"" + member +
                          "\" does not match its CRC checksum.");
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
      truncated(kind);
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
      encrypted(member, kind);
    case ZIP_ER_COMPNOTSUPP:
      throw UserError("Bagian \"" + member + "\" dalam berkas " + app + " dikompresi dengan metode yang tidak didukung; "
                      "simpan ulang berkas dari " + app + " atau LibreOffice.",
                      "Part \"" + member + "\" of the " + app + " file uses an unsupported compression method; save the file "
                      "again from " + app + " or LibreOffice.");
    case ZIP_ER_MEMORY:
      throw UserError("Bagian \"" + member + "\" dalam berkas " + app + " terlalu besar untuk dibaca.",
                      "Part \"" + member + "\" of the " + app + " file is too large to read.");
    default:
      throw UserError("Berkas " + file_named(kind) + " rusak: data terkompresi bagian \"" + member + "\" tidak dapat dibaca.",
                      "The " + file_named(kind) + " file is damaged: the compressed data of part \"" + member +
                          "\" cannot be read.");
  }
}

struct CloseFile {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

void ZipReader::Discard::operator()(zip* archive) const { zip_discard(archive); }

ZipReader::ZipReader(std::string_view bytes, std::size_t max_member_bytes, std::size_t max_total_bytes,
                     const OfficeFileKind& kind)
    : max_member_bytes_(max_member_bytes), max_total_bytes_(max_total_bytes), kind_(&kind) {
  const std::string app = kind.app;
  if (bytes.empty()) not_a_zip(kind);  // libzip would open it as an archive without members
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    throw UserError("Berkas " + app + " tidak dapat dibuka (memori tidak cukup).",
                    "The " + app + " file cannot be opened (not enough memory).");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  int code = zip_error_code_zip(&error);
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    bool starts_like_zip = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
    switch (code) {
      case ZIP_ER_NOZIP:
        // A local header at the start but no directory at the end: the end was cut off.
        if (starts_like_zip) truncated(kind);
        not_a_zip(kind);
      case ZIP_ER_EOF:
      case ZIP_ER_READ:
      case ZIP_ER_SEEK:
        truncated(kind);
      case ZIP_ER_MULTIDISK:
        throw UserError("Berkas " + app + " ini adalah bagian dari arsip ZIP multi-disk, yang tidak didukung.",
                        "This " + app + " file is one part of a multi-disk ZIP archive, which is not supported.");
      case ZIP_ER_MEMORY:
        throw UserError("Berkas " + app + " terlalu besar untuk dibuka (daftar isi arsipnya terlalu besar).",
                        "The " + app + " file is too large to open (its archive directory is too large).");
      default:
        damaged_directory(kind);
    }
  }
  archive_.reset(archive);
}

ZipReader::~ZipReader() = default;
ZipReader::ZipReader(ZipReader&&) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&&) noexcept = default;

bool ZipReader::contains(std::string_view name) const {
  return zip_name_locate(archive_.get(), std::string(name).c_str(), 0) >= 0;
}

std::optional<std::string> ZipReader::read(std::string_view wanted) {
  std::string name(wanted);
  zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    encrypted(name, *kind_);

  std::unique_ptr<zip_file_t, CloseFile> file(zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!file) member_problem(name, zip_error_code_zip(zip_get_error(archive_.get())), *kind_);

  const std::string app = kind_->app;
  // Grown chunk by chunk as the data really inflates, never reserved from the size the archive declares.
  std::string content;
  char chunk[1 << 16];
  for (;;) {
    zip_int64_t got = zip_fread(file.get(), chunk, sizeof chunk);
    if (got < 0) member_problem(name, zip_error_code_zip(zip_file_get_error(file.get())), *kind_);
    if (got == 0) break;
    auto size = static_cast<std::size_t>(got);
    if (size > max_member_bytes_ - content.size())
      throw UserError("Berkas " + app + " terlalu besar untuk dibaca: bagian \"" + name + "\" melebihi " +
                          megabytes(max_member_bytes_) + " setelah dibuka.",
                      "The " + app + " file is too large to read: part \"" + name + "\" exceeds " +
                          megabytes(max_member_bytes_) + " once uncompressed.");
    if (size > max_total_bytes_ - total_read_)
      throw UserError("Berkas " + app + " terlalu besar untuk dibaca: isinya melebihi " + megabytes(max_total_bytes_) +
                          " setelah dibuka.",
                      "The " + app + " file is too large to read: its content exceeds " + megabytes(max_total_bytes_) +
                          " once uncompressed.");
    content.append(chunk, size);
    total_read_ += size;
  }
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size != content.size())
    throw UserError("Berkas " + file_named(*kind_) + " rusak: bagian \"" + name + "\" berisi " + std::to_string(content.size()) +
                        " byte, padahal daftar isinya menyebut " + std::to_string(stat.size) + ".",
                    "The " + file_named(*kind_) + " file is damaged: part \"" + name + "\" holds " + std::to_string(content.size()) +
                        " bytes where its directory declares " + std::to_string(stat.size) + ".");
  return content;
}

}  // namespace pokin::spreadsheet
