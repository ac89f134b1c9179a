#pragma once
// Test utility (not core code): scores an imported Document against an expected tree written by eye
// (tests/fixtures/real/expected/README.md describes the format). Each row of the expected tree gets a verdict
// made of checks (found, unit, kind, level, nomenclature, parent, satuan, target YEAR, baseline, akhir,
// pagu YEAR); imported sasaran, indikator and units that no row matched count as extra rows, which are wrong.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/document.h"

namespace pokin::test {

struct ExpectedCheck {
  std::string aspect;  // "found", "unit", "kind", "level", "nomenclature", "parent", "satuan", "target 2023", ...
  bool ok = false;
  std::string detail;  // what was expected and what was found, when not ok
};

struct RowVerdict {
  int line = 0;          // 1-based line in the expected file
  std::string kind;      // "unit", "tujuan", "sasaran", "program", "kegiatan", "subkegiatan", "indikator", "pagu"
  std::string text;      // the row's text as written
  bool scored = true;    // false for rows marked AMBIGUOUS ("?kind") and for "unit: *"
  bool found = false;
  bool right = false;    // scored, found and every check ok
  std::vector<ExpectedCheck> checks;

  const ExpectedCheck* check(std::string_view aspect) const;
};

struct TreeScore {
  std::vector<RowVerdict> rows;
  std::vector<std::string> extras;  // imported elements no row matched ("sasaran: ...", "indikator: ...")
  int scored = 0;
  int right = 0;

  // right / (scored + extras) in percent; 100 when there is nothing to score and nothing extra.
  double percent() const;
  // Per aspect ("target", "parent", ...): how many checks were right out of how many.
  std::map<std::string, std::pair<int, int>> aspects() const;
  // Readable lines: the totals, then every wrong row with its failed checks, then the extras.
  std::string describe() const;
};

// Reads the expected tree and scores `imported` against it. Throws std::runtime_error (with the line number)
// when the expected text is malformed.
TreeScore score_expected_tree(std::string_view expected_text, const Document& imported);
TreeScore score_expected_tree_file(const std::filesystem::path& expected_file, const Document& imported);

}  // namespace pokin::test
