// The bundled example (assets/examples/balangan_2021_2026.pokin) is seed 004 imported by `pokin import`, with its
// cascade reviewed in assets/examples/balangan_2021_2026_review.csv (parent of every sasaran, satuan, targets
// 2021-2026). This test rebuilds it and checks that the committed file is exactly that. To regenerate after a
// change of the importer or the review:  POKIN_WRITE_EXAMPLE=1 build/pokin_cli_tests -tc="*example*"
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_test_support.h"
#include "sasaran_by_name.h"
#include "core/commands/commands.h"
#include "core/commands/editor.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/store/document_file.h"

using namespace pokin;

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
const std::string kReview = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026_review.csv";
const std::string kSeed = std::string(POKIN_FIXTURES) + "/004_8df3a47fc9cca565.txt";

// Applies the planner's review to the imported document: parents (accepting a correct suggestion, replacing a
// wrong one), satuan and yearly targets of each sasaran's indicator.
Document reviewed_example(const std::string& imported_file) {
  Document imported;
  store::DocumentFile::open(imported_file, imported);
  Editor editor(imported);
  std::ifstream in(kReview, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<import::TableRow> rows = import::read_table(text.str(), import::Delimiter::Semicolon);
  REQUIRE(rows.size() == 49);
  const std::vector<std::string>& header = rows.front().cells;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& cells = rows[r].cells;
    REQUIRE(cells.size() == header.size());
    const Document& document = editor.document();
    Id id = cli_test::sasaran_by_name(document, cells[0], cells[1]);
    const Sasaran& sasaran = document.sasaran.at(id);
    if (!cells[2].empty()) {
      const Unit& unit = document.units.at(sasaran.unit);
      Id parent = cli_test::sasaran_by_name(document, document.units.at(unit.parent).name, cells[2]);
      if (sasaran.parent == parent && sasaran.link_origin == LinkOrigin::Suggested)
        editor.run(commands::accept_suggested_link(document, id));
      else
        editor.run(commands::reparent_sasaran(document, id, parent));
    }
    for (const auto& [indikator_id, indikator] : editor.document().indikator) {
      if (indikator.sasaran != id) continue;
      Indikator edited = indikator;
      edited.satuan = cells[3];
      editor.run(commands::edit_indikator(editor.document(), edited));
      for (std::size_t c = 4; c < cells.size(); ++c)
        editor.run(commands::set_target(editor.document(), indikator_id, std::stoi(header[c]), cells[c]));
    }
  }
  return editor.document();
}

}  // namespace

TEST_CASE("the bundled example is seed 004 imported and reviewed, a complete cascade with targets") {
  cli_test::TempDir dir;
  auto imported = dir.file("imported.pokin");
  REQUIRE(cli_test::run({"import", kSeed, "-o", imported}).exit_code == 0);
  Document expected = reviewed_example(imported);

  if (const char* write = std::getenv("POKIN_WRITE_EXAMPLE"); write && *write == '1') {
    std::filesystem::remove(kExample);
    store::DocumentFile::create(kExample, expected);
  }
  Document example;
  store::DocumentFile::open(kExample, example);
  CHECK(example.same_content(expected));

  // A real cascade: every sasaran below the head supports a sasaran of its unit's parent, set by a person.
  CHECK(example.units.size() == 23);
  CHECK(example.sasaran.size() == 48);
  for (const auto& [id, sasaran] : example.sasaran) {
    const Unit& unit = example.units.at(sasaran.unit);
    if (unit.kind == UnitKind::Head) {
      CHECK(sasaran.parent == kNoId);
      continue;
    }
    CAPTURE(sasaran.statement);
    REQUIRE(sasaran.parent != kNoId);
    CHECK(sasaran.link_origin == LinkOrigin::Person);
    CHECK(example.sasaran.at(sasaran.parent).unit == unit.parent);
  }
  // Targets for every year of the period 2021-2026 on every indicator.
  CHECK(example.info.period_start == 2021);
  CHECK(example.info.period_end == 2026);
  for (const auto& [id, indikator] : example.indikator) {
    CAPTURE(indikator.name);
    CHECK(indikator.target.size() == 6);
    CHECK(!indikator.satuan.empty());
  }
  auto info = cli_test::run({"info", kExample, "--json"});
  CHECK(info.out.find("\"suggested_links\":0") != std::string::npos);
  CHECK(info.out.find("\"targets\":{\"filled\":288,\"missing\":0}") != std::string::npos);
}
