#pragma once
// Shared by the import tests: a file of tests/fixtures read whole, an imported indicator found by its name.
#include <fstream>
#include <sstream>
#include <string>

#include "core/model/document.h"

namespace import_test {

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(POKIN_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const pokin::Indikator* indikator_named(const pokin::Document& document, const std::string& name) {
  for (const auto& [id, indikator] : document.indikator)
    if (indikator.name == name) return &indikator;
  return nullptr;
}

}  // namespace import_test
