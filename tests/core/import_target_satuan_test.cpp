// A Perjanjian Kinerja's Target cells carry their satuan ("75 %", "25 Unit") when the form has no Satuan column:
// the indicator takes it (target_satuan.h). Expected values worked out by hand from the texts written here.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/target_satuan.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("target satuan: the unit after a target's number, nothing for grades, amounts, ranges or sentences") {
  CHECK(satuan_after_number("75 %") == "%");
  CHECK(satuan_after_number("75%") == "%");
  CHECK(satuan_after_number("25 Unit") == "Unit");
  CHECK(satuan_after_number("6,2 Ton/Ha") == "Ton/Ha");
  CHECK(satuan_after_number("1.250 Orang") == "Orang");
  CHECK(satuan_after_number("75").empty());
  CHECK(satuan_after_number("BB").empty());
  CHECK(satuan_after_number("Rp 5.000").empty());
  CHECK(satuan_after_number("70 - 75 %").empty());
  CHECK(satuan_after_number("3 kali dalam setahun di setiap kecamatan").empty());
  CHECK(satuan_of_targets({{2024, {"75 %", 75.0}}, {2025, {"80 %", 80.0}}}) == "%");
  CHECK(satuan_of_targets({{2024, {"75 %", 75.0}}, {2025, {"80 Unit", 80.0}}}).empty());
}

TEST_CASE("Perjanjian Kinerja as TAB text: a target with its satuan gives an indicator without Satuan column its satuan, "
          "the numbering of indicators within a sasaran is no part of their names") {
  const std::string text =
      "PERJANJIAN KINERJA TAHUN 2024\n"
      "\n"
      "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n"
      "1\tMeningkatnya produksi pangan\t1. Persentase peningkatan produksi padi\t5 %\n"
      "\t\t2. Produktivitas padi\t6,2 Ton/Ha\n"
      "2\tMeningkatnya kesejahteraan petani\t1) Nilai Tukar Petani\t105\n"
      "\t\t2.500 UMKM tani terbina\t1 Laporan\n";
  ImportResult result = import_text("pk.txt", text, {});
  const Document& document = result.document;
  CHECK(document.indikator.size() == 4);
  const Indikator& persen = import_test::indicator(document, "Persentase peningkatan produksi padi");
  CHECK(persen.satuan == "%");
  CHECK(persen.target.at(2024).number == doctest::Approx(5.0));
  CHECK(import_test::indicator(document, "Produktivitas padi").satuan == "Ton/Ha");
  CHECK(import_test::indicator(document, "Nilai Tukar Petani").satuan.empty());  // a bare number: no satuan
  CHECK(import_test::indicator(document, "2.500 UMKM tani terbina").satuan == "Laporan");  // its own number stays
  bool noted = false;
  for (const auto& note : result.report.notes) noted = noted || note.id.find("Tebakan: satuan 3 indikator") == 0;
  CHECK(noted);
}
