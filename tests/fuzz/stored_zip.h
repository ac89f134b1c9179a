#pragma once
// For the fuzz targets of Office files: members zipped (stored, so that the fuzzer's mutations of their XML stay
// XML) into an archive in memory with libzip. Returns "" when libzip cannot build it.
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

namespace pokin::fuzz {

inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (!buffer) return {};
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  if (!archive) {
    zip_source_free(buffer);
    return {};
  }
  zip_source_keep(buffer);
  for (const auto& [name, content] : members) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_int64_t index = data ? zip_file_add(archive, name.c_str(), data, 0) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      continue;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  std::string bytes;
  if (zip_close(archive) != 0) {
    zip_discard(archive);
  } else if (zip_source_open(buffer) == 0) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) == 0) {
      bytes.resize(static_cast<std::size_t>(stat.size));
      if (zip_source_read(buffer, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size())) bytes.clear();
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

}  // namespace pokin::fuzz
