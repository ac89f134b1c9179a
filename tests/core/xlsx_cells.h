#pragma once
// Reading back an XLSX that an export wrote: one member of the archive (through libzip, independent of the
// libxlsxwriter that wrote it, and needing no external program) and the cells of a sheet.
#include <zip.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "xml_reader.h"

namespace pokin::test {

// The bytes of one member; fails the test when the archive or the member cannot be read.
inline std::string unzip(const std::filesystem::path& archive, const std::string& member) {
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> zip(zip_open(archive.string().c_str(), ZIP_RDONLY, &error),
                                                     &zip_discard);
  REQUIRE_MESSAGE(zip != nullptr, "cannot open " << archive.string() << " as a zip archive (libzip error " << error
                                                 << ")");
  zip_stat_t stat;
  zip_stat_init(&stat);
  REQUIRE_MESSAGE(zip_stat(zip.get(), member.c_str(), 0, &stat) == 0, member << " is not in " << archive.string());
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip.get(), member.c_str(), 0), &zip_fclose);
  REQUIRE(file != nullptr);
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  REQUIRE(zip_fread(file.get(), out.data(), out.size()) == static_cast<zip_int64_t>(out.size()));
  return out;
}

// Cells of an XLSX sheet ("A1" -> text), resolving shared strings.
inline std::map<std::string, std::string> read_sheet(const std::filesystem::path& xlsx, int sheet) {
  std::vector<std::string> shared;
  for (const auto& e : read_xml(unzip(xlsx, "xl/sharedStrings.xml")))
    if (e.name == "si") shared.emplace_back();
    else if (e.name == "t") shared.back() += e.text;
  std::map<std::string, std::string> cells;
  std::string current;
  bool is_shared = false;
  for (const auto& e : read_xml(unzip(xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml"))) {
    if (e.name == "c") {
      current = e.attributes.at("r");
      is_shared = e.attributes.count("t") && e.attributes.at("t") == "s";
    } else if (e.name == "v") {
      cells[current] = is_shared ? shared.at(std::stoul(e.text)) : e.text;
    }
  }
  return cells;
}

}  // namespace pokin::test
