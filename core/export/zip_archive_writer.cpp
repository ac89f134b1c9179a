#include "core/export/zip_archive_writer.h"

#include <zip.h>

#include <stdexcept>

#include "core/text/bilingual.h"

namespace pokin {
namespace {

[[noreturn]] void cannot_build(const char* cause) {
  throw UserError(std::string("Arsip ZIP dokumen tidak dapat disusun: ") + cause + ".",
                  std::string("The document's ZIP archive cannot be built: ") + cause + ".");
}

// 1 January 2026, 00:00 local time: any fixed instant, so that two exports of the same content are the same bytes.
constexpr time_t kFixedTime = 1767225600;

}  // namespace

void ZipArchiveWriter::Discard::operator()(zip* archive) const { zip_discard(archive); }

ZipArchiveWriter::ZipArchiveWriter() {
  zip_error_t error;
  zip_error_init(&error);
  buffer_ = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer_) {
    std::string cause = zip_error_strerror(&error);
    zip_error_fini(&error);
    cannot_build(cause.c_str());
  }
  zip_source_keep(buffer_);  // zip_close/zip_discard drop one reference; ours reads the bytes afterwards
  zip_t* archive = zip_open_from_source(buffer_, ZIP_TRUNCATE, &error);
  if (!archive) {
    std::string cause = zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(buffer_);  // the reference zip_open_from_source did not take
    zip_source_free(buffer_);
    cannot_build(cause.c_str());
  }
  zip_error_fini(&error);
  archive_.reset(archive);
}

ZipArchiveWriter::~ZipArchiveWriter() {
  archive_.reset();
  if (buffer_) zip_source_free(buffer_);
}

void ZipArchiveWriter::add(std::string_view name, std::string content) {
  if (!archive_) throw std::logic_error("ZipArchiveWriter::add after finish");
  const std::string& kept = contents_.emplace_back(std::move(content));
  zip_source_t* data = zip_source_buffer(archive_.get(), kept.data(), kept.size(), 0);
  if (!data) cannot_build(zip_strerror(archive_.get()));
  zip_int64_t index = zip_file_add(archive_.get(), std::string(name).c_str(), data, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(data);
    if (zip_error_code_zip(zip_get_error(archive_.get())) == ZIP_ER_EXISTS)
      throw std::logic_error("ZipArchiveWriter: member added twice: " + std::string(name));
    cannot_build(zip_strerror(archive_.get()));
  }
  auto member = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(archive_.get(), member, ZIP_CM_DEFLATE, 6) != 0 ||
      zip_file_set_mtime(archive_.get(), member, kFixedTime, 0) != 0)
    cannot_build(zip_strerror(archive_.get()));
}

std::string ZipArchiveWriter::finish() {
  if (!archive_) throw std::logic_error("ZipArchiveWriter::finish called twice");
  if (zip_close(archive_.get()) != 0) cannot_build(zip_strerror(archive_.get()));
  archive_.release();  // zip_close freed it
  contents_.clear();
  if (zip_source_open(buffer_) != 0) cannot_build(zip_error_strerror(zip_source_error(buffer_)));
  zip_stat_t stat;
  zip_stat_init(&stat);
  std::string bytes;
  if (zip_source_stat(buffer_, &stat) == 0) {
    bytes.resize(static_cast<std::size_t>(stat.size));
    if (zip_source_read(buffer_, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size())) bytes.clear();
  }
  zip_source_close(buffer_);
  if (bytes.empty()) cannot_build(zip_error_strerror(zip_source_error(buffer_)));
  return bytes;
}

}  // namespace pokin
