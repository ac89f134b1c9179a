#include "core/export/output_file.h"

#include <algorithm>
#include <cerrno>
#include <random>
#include <string>

#include "core/store/document_file.h"
#include "core/text/utf8_path.h"

namespace pokin {
namespace {

namespace fs = std::filesystem;

std::error_code last_error() { return errno != 0 ? std::error_code(errno, std::generic_category()) : std::error_code(); }

std::string lower_extension(const fs::path& path) {
  std::string extension = utf8_path(path.extension());
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return extension;
}

// A name beside the target that no other writer picks: hidden on Unix, the target's name still recognisable.
fs::path temporary_beside(const fs::path& target) {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  std::string suffix = std::to_string(random() % 1000000000ull);
  fs::path name = fs::path(u8".") += target.filename();
  name += fs::path(u8"." + std::u8string(suffix.begin(), suffix.end()) + u8".tmp");
  return target.parent_path() / name;
}

// Both exist and are one file (also through a link or another spelling), or neither need exist and they name
// the same place.
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
  fs::path left = fs::weakly_canonical(a, error), right = fs::weakly_canonical(b, error);
  return !error && left == right;
}

}  // namespace

UserError cannot_write(const fs::path& target, std::error_code cause) {
  std::string name = utf8_path(target);
  std::string id = "Berkas " + name + " tidak dapat ditulis: ", en = "Cannot write the file " + name + ": ";
  if (cause == std::errc::no_space_on_device || cause == std::errc::file_too_large)
    return UserError(id + "disk penuh. Kosongkan ruang atau simpan ke disk lain; berkas lama tidak berubah.",
                     en + "the disk is full. Free some space or save to another disk; the earlier file is unchanged.");
  if (cause == std::errc::read_only_file_system)
    return UserError(id + "disk atau folder hanya-baca. Simpan ke folder lain.",
                     en + "the disk or folder is read-only. Save to another folder.");
  if (cause == std::errc::permission_denied || cause == std::errc::operation_not_permitted)
    return UserError(id + "izin ditolak (folder tidak boleh ditulis, atau berkas sedang dibuka program lain seperti "
                          "Word atau Excel).",
                     en + "permission denied (the folder cannot be written, or the file is open in another program "
                          "such as Word or Excel).");
  if (cause == std::errc::no_such_file_or_directory || cause == std::errc::not_a_directory) {
    std::string folder = utf8_path(target.parent_path().empty() ? fs::path(".") : target.parent_path());
    return UserError(id + "folder " + folder + " tidak ada. Buat foldernya atau pilih folder lain.",
                     en + "the folder " + folder + " does not exist. Create it or choose another folder.");
  }
  if (cause == std::errc::is_a_directory)
    return UserError(id + "itu sebuah folder. Tulis nama berkas, mis. " + utf8_path(target / "pohon.svg") + ".",
                     en + "it is a folder. Give a file name, e.g. " + utf8_path(target / "pohon.svg") + ".");
  if (cause == std::errc::device_or_resource_busy || cause == std::errc::text_file_busy)
    return UserError(id + "berkas sedang dipakai program lain. Tutup program itu lalu coba lagi.",
                     en + "the file is in use by another program. Close that program and try again.");
  if (cause)
    return UserError(id + cause.message() + ".", en + cause.message() + ".");
  return UserError(id + "sebabnya tidak diketahui. Coba folder lain.", en + "the cause is unknown. Try another folder.");
}

void refuse_overwriting(const fs::path& output, const fs::path& input) {
  std::string name = utf8_path(output);
  std::error_code error;
  bool regular = fs::is_regular_file(output, error);  // follows a link
  if (lower_extension(output) == ".pokin" || (regular && store::starts_like_sqlite_database(output)))
    throw UserError(name + " adalah dokumen Pokin; ekspor dan laporan tidak menimpanya. Pilih nama berkas lain "
                           "(mis. dengan akhiran .svg, .pdf, .csv).",
                    name + " is a Pokin document; exports and reports never overwrite one. Choose another file name "
                           "(e.g. ending in .svg, .pdf, .csv).");
  if (!input.empty() && same_file(output, input))
    throw UserError(name + " adalah berkas yang juga dibaca atau ditulis oleh perintah ini; pilih nama lain untuk "
                           "keluarannya.",
                    name + " is also a file this command reads or writes; choose another name for the output.");
}

OutputFile::OutputFile(fs::path target) : target_(std::move(target)) {
  refuse_overwriting(target_);
  std::error_code error;
  fs::file_status status = fs::status(target_, error);
  if (fs::is_directory(status)) throw cannot_write(target_, std::make_error_code(std::errc::is_a_directory));
  // A link is followed: the file it points to is replaced, the link stays.
  if (fs::is_symlink(fs::symlink_status(target_, error))) {
    fs::path resolved = fs::canonical(target_, error);
    if (!error) target_ = resolved;
  }
  direct_ = fs::exists(status) && !fs::is_regular_file(status);
  temporary_ = direct_ ? target_ : temporary_beside(target_);
}

OutputFile::~OutputFile() {
  if (!committed_) discard();
}

void OutputFile::discard() noexcept {
  if (stream_.is_open()) stream_.close();
  if (created_ && !direct_) {
    std::error_code ignored;
    fs::remove(temporary_, ignored);
  }
}

const fs::path& OutputFile::path_to_write() {
  if (!created_) {
    errno = 0;
    std::ofstream probe(temporary_, std::ios::binary | std::ios::trunc);
    if (!probe) throw cannot_write(target_, last_error());
    created_ = true;
  }
  return temporary_;
}

std::ostream& OutputFile::stream() {
  if (!stream_.is_open()) {
    errno = 0;
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw cannot_write(target_, last_error());
    created_ = true;
  }
  return stream_;
}

void OutputFile::commit() {
  try {
    if (stream_.is_open()) {
      finish_writing(stream_, target_);
      errno = 0;
      stream_.close();
      if (!stream_) throw cannot_write(target_, last_error());
    }
    if (!direct_) {
      std::error_code error;
      fs::rename(temporary_, target_, error);
      if (error) throw cannot_write(target_, error);
    }
  } catch (...) {
    discard();
    throw;
  }
  committed_ = true;
}

void write_output_file(const fs::path& target, std::string_view content) {
  OutputFile file(target);
  std::ostream& stream = file.stream();
  errno = 0;
  stream.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!stream) throw cannot_write(target, last_error());
  file.commit();
}

void finish_writing(std::ostream& stream, const fs::path& shown) {
  if (!stream) throw cannot_write(shown, last_error());
  errno = 0;
  if (!stream.flush()) throw cannot_write(shown, last_error());
}

}  // namespace pokin
