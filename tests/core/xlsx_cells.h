#pragma once
// Reading back an XLSX that an export wrote: one member of the archive (with the `unzip` tool, independent of the
// code under test) and the cells of a sheet.
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "xml_reader.h"

namespace pokin::test {

inline std::string unzip(const std::filesystem::path& archive, const std::string& member) {
  std::string command = "unzip -p '" + archive.string() + "' '" + member + "'";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
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
