#pragma once
// Building small ZIP archives in memory with libzip, for tests that hand the XLSX reader hostile or damaged
// workbooks: members stored or deflated, then bytes patched by the test (flags, sizes, contents) where libzip
// itself would refuse to write the damage.
#include <zip.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

namespace pokin::test {

struct ZipMember {
  std::string name;
  std::string content;
  bool stored = false;  // deflated unless stored
};

inline std::string build_zip(const std::vector<ZipMember>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  zip_source_keep(buffer);  // still needed after zip_close, to read the bytes back
  for (const ZipMember& member : members) {
    zip_source_t* data = zip_source_buffer(archive, member.content.data(), member.content.size(), 0);
    REQUIRE(data != nullptr);
    zip_int64_t index = zip_file_add(archive, member.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), member.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
  }
  REQUIRE(zip_close(archive) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  zip_stat_t stat;
  zip_stat_init(&stat);
  REQUIRE(zip_source_stat(buffer, &stat) == 0);
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  REQUIRE(zip_source_read(buffer, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

// A workbook whose sheets (name -> worksheet XML, in order) point at xl/worksheets/sheetN.xml, plus `extra` parts
// (sharedStrings, styles ...).
inline std::vector<ZipMember> workbook_members(const std::vector<std::pair<std::string, std::string>>& sheets,
                                               const std::map<std::string, std::string>& extra = {}) {
  const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  std::string entries, relationships;
  std::vector<ZipMember> members;
  for (std::size_t k = 0; k < sheets.size(); ++k) {
    std::string n = std::to_string(k + 1);
    entries += "<sheet name=\"" + sheets[k].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    relationships += "<Relationship Id=\"rId" + n +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                     "Target=\"worksheets/sheet" + n + ".xml\"/>";
    members.push_back({"xl/worksheets/sheet" + n + ".xml", sheets[k].second});
  }
  members.push_back({"xl/workbook.xml", "<workbook " + ns + "><sheets>" + entries + "</sheets></workbook>"});
  members.push_back({"xl/_rels/workbook.xml.rels",
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                         relationships + "</Relationships>"});
  for (const auto& [name, content] : extra) members.push_back({name, content});
  return members;
}

// A worksheet part around `sheet_data` (the <row> elements) and optional `merges` (<mergeCell> elements).
inline std::string worksheet(const std::string& sheet_data, const std::string& merges = "") {
  return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheet_data +
         "</sheetData>" + (merges.empty() ? "" : "<mergeCells>" + merges + "</mergeCells>") + "</worksheet>";
}

// An inline-string cell: <c r="B2" t="inlineStr"><is><t>text</t></is></c>.
inline std::string text_cell(const std::string& reference, const std::string& text) {
  return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

}  // namespace pokin::test
