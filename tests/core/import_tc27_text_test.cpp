// A Renstra T-C.27 (Permendagri 86/2017) as Excel copies it: TAB separated, a title line, a three-row header with
// merged cells left blank, the column-number row, then Tujuan, Sasaran, Program and Kegiatan rows with the kode split
// over five cells, Target and Rp per year, kondisi akhir, unit and lokasi. The whole import path, from the text to
// the Document. Every expected value was read off tests/fixtures/forms/tc27_by_hand.tsv by hand.
#include <doctest/doctest.h>

#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

const Sasaran& statement(const Document& document, const std::string& starts) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement.rfind(starts, 0) == 0) return sasaran;
  FAIL("no statement starts with " << starts);
  throw 0;
}

const Indikator& indicator(const Document& document, const std::string& name) {
  const Indikator* found = import_test::indikator_named(document, name);
  if (!found) FAIL("no indicator " << name);
  return *found;
}

}  // namespace

TEST_CASE("a T-C.27 copied from Excel imports as a table, each row at its level, with pagu, kondisi akhir and lokasi") {
  ImportResult result = import_text("tc27_by_hand.tsv", import_test::read_fixture("forms/tc27_by_hand.tsv"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "table");  // not a decree's lampiran, though it has a Penanggung Jawab column
  CHECK(result.report.lines.empty());
  REQUIRE(document.sasaran.size() == 4);
  REQUIRE(document.indikator.size() == 4);

  const Sasaran& tujuan = statement(document, "Meningkatkan kualitas pelayanan");
  const Sasaran& sasaran = statement(document, "Meningkatnya derajat kesehatan");
  const Sasaran& program = statement(document, "Program Pemenuhan Upaya Kesehatan");
  const Sasaran& kegiatan = statement(document, "Penyediaan Fasilitas Pelayanan Kesehatan");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  CHECK(sasaran.kind == StatementKind::Sasaran);
  CHECK(sasaran.level == 0);
  CHECK(sasaran.parent == tujuan.id);
  CHECK(program.level == 1);
  CHECK(program.parent == sasaran.id);
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "1.02.02");
  CHECK(kegiatan.level == 2);
  CHECK(kegiatan.parent == program.id);
  CHECK(kegiatan.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan.nomenclature.kode == "1.02.02.2.01");
  CHECK(kegiatan.link_origin == LinkOrigin::Person);  // its kode continues the program's

  CHECK(document.units.at(program.unit).name == "Bidang Pelayanan Kesehatan");
  CHECK(kegiatan.unit == program.unit);
  CHECK(tujuan.unit == sasaran.unit);
  CHECK(tujuan.unit != program.unit);

  CHECK(program.pagu.at(2025).number == 1500000000.0);
  CHECK(program.pagu.at(2026).number == 1650000000.0);
  CHECK(program.pagu_akhir.number == 3150000000.0);
  CHECK(kegiatan.pagu.at(2026).number == 950000000.0);
  CHECK(kegiatan.lokasi == "Kecamatan Mananggu");
  CHECK(tujuan.pagu.empty());  // "-" and empty Rp cells are no pagu

  const Indikator& uhh = indicator(document, "Usia Harapan Hidup");
  CHECK(uhh.sasaran == tujuan.id);
  CHECK(uhh.baseline.text == "71,2");
  CHECK(uhh.target.at(2025).text == "71,5");
  CHECK(uhh.target.at(2026).text == "71,8");
  CHECK(uhh.kondisi_akhir.text == "72,0");
  CHECK(uhh.realisasi.empty());  // the years under "Capaian Kinerja ... dan Kerangka Pendanaan" are planned targets
  const Indikator& puskesmas = indicator(document, "Jumlah puskesmas yang direhabilitasi");
  CHECK(puskesmas.sasaran == kegiatan.id);
  CHECK(puskesmas.target.at(2025).text == "3");
  CHECK(puskesmas.kondisi_akhir.text == "6");
}
