// ';' CSV tables interrupted by section rows (a unit or a sasaran written alone across the table), with decimal
// commas in the targets. Expected values worked out by hand from the sheet below.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("section rows: a unit row opens its rows, a labelled sasaran row in the sasaran column loses its label") {
  const char* sheet =
      "Sasaran;Indikator Kinerja;Satuan;Target 2025;Target 2026\n"
      "SEKRETARIAT;;;;\n"
      "Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja;;;;\n"
      ";Nilai SAKIP;Nilai;70,5;72,25\n"
      ";Persentase temuan ditindaklanjuti;%;85,5;90\n"
      "BIDANG PENGAWASAN;;;;\n"
      "Sasaran 2 : Meningkatnya kualitas pengawasan;;;;\n"
      ";Jumlah audit;Laporan;12;14\n";
  ImportResult result = import_text("iku.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);  // the section rows are no extra sasaran
  REQUIRE(document.indikator.size() == 3);
  // the statements without their "Sasaran Strategis 1:" / "Sasaran 2 :" labels
  const Sasaran& akuntabilitas = import_test::statement(document, "Meningkatnya akuntabilitas kinerja");
  const Sasaran& pengawasan = import_test::statement(document, "Meningkatnya kualitas pengawasan");
  CHECK(document.find_unit(akuntabilitas.unit)->name == "Sekretariat");
  CHECK(document.find_unit(pengawasan.unit)->name == "Bidang Pengawasan");
  const Indikator* sakip = import_test::indikator_named(document, "Nilai SAKIP");
  REQUIRE(sakip != nullptr);
  CHECK(sakip->sasaran == akuntabilitas.id);
  CHECK(sakip->target.at(2025).text == "70,5");
  CHECK(sakip->target.at(2026).text == "72,25");
  CHECK(result.report.lines.empty());
}
