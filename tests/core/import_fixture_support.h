#pragma once
// Shared by the import tests: a file of tests/fixtures read whole, an imported indicator found by its name, a line
// the report names as not understood.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/import/import_report.h"
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

// The indicator named `name`; the test fails when there is none.
inline const pokin::Indikator& indicator(const pokin::Document& document, const std::string& name) {
  if (const pokin::Indikator* found = indikator_named(document, name)) return *found;
  FAIL("no indicator " << name);
  throw 0;
}

// The statement whose text or nomenclature name is `text`; the test fails when there is none.
inline const pokin::Sasaran& statement(const pokin::Document& document, const std::string& text) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == text || sasaran.nomenclature.name == text) return sasaran;
  FAIL("no statement " << text);
  throw 0;
}

// Whether the report names line `line` among the lines not understood.
inline bool reported(const pokin::import::ImportReport& report, int line) {
  for (const pokin::import::NotUnderstoodLine& entry : report.lines)
    if (entry.line == line) return true;
  return false;
}

}  // namespace import_test
