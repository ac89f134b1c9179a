#pragma once
// For the fuzz targets of Office files (xlsx_reader_fuzz, docx_tables_fuzz): members zipped into an archive in
// memory, and the small limits that keep one execution cheap, so that the fuzzer reaches the paths where a limit
// is passed instead of spending its time inflating large members.
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::fuzz {

inline spreadsheet::XlsxLimits small_office_limits() {
  spreadsheet::XlsxLimits limits;
  limits.max_member_bytes = 1 << 20;
  limits.max_total_bytes = 2 << 20;
  limits.max_cells = 20'000;
  limits.max_rows = 2'000;
  limits.max_columns = 200;
  limits.max_merged_cells = 10'000;
  limits.max_strings = 10'000;
  limits.max_styles = 1'000;
  return limits;
}

// The members zipped, stored (so that the fuzzer's mutations of their XML stay XML), or "" when libzip cannot
// build the archive.
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
