// Tables rendered one cell per line (core/import/cell_kind.h, cell_stream.h, cell_lines.h): the classifier on
// single cells, the cutting of wrapped lines into cells, and whole imports of small tables written by hand in the
// shapes PDF renderers give. Every expected value is read off the hand-made text of its test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/cell_kind.h"
#include "core/import/cell_lines.h"
#include "core/import/cell_stream.h"
#include "core/import/import_document.h"
#include "core/import/text_cleaning.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

using import_test::indicator;
using import_test::reported;
using import_test::statement;

std::vector<StreamCell> cells_of(const std::string& text) { return cells_from_lines(split_lines(text)); }

}  // namespace

TEST_CASE("cell kind: each shape of a cell is told apart by its text alone") {
  CHECK(classify_cell("SASARAN STRATEGIS").kind == CellKind::HeaderWord);
  CHECK(classify_cell("No. SASARAN STRATEGIS").kind == CellKind::HeaderWord);
  CHECK(classify_cell("TARGET RPJMD Kab. Tanah Datar").kind == CellKind::HeaderWord);
  CHECK(classify_cell("(Rp)").kind == CellKind::HeaderWord);
  CHECK(classify_cell("PROGRAM dan KEGIATAN").kind == CellKind::HeaderWord);
  CHECK(classify_cell("dan").kind == CellKind::Text);  // a wrapped word, not a title
  CHECK(classify_cell("PROGRAM PENUNJANG URUSAN").kind == CellKind::LevelLabel);  // a name in capitals
  CHECK(classify_cell("(3)").kind == CellKind::ColumnNumber);
  CHECK(classify_cell("1 2 3 4 5 6").kind == CellKind::ColumnNumber);
  CHECK(classify_cell("2019").kind == CellKind::Year);
  CHECK(classify_cell("2.").kind == CellKind::RowNumber);
  CHECK(classify_cell("1.1.").kind == CellKind::RowNumber);
  CHECK(classify_cell("88.6").kind == CellKind::Values);  // a capaian, not an outline number
  CHECK(classify_cell("19,29%").kind == CellKind::Values);
  CHECK(classify_cell("3.000").kind == CellKind::Values);
  CHECK(classify_cell("749.930.215 702.188.300 93.6").kind == CellKind::Values);
  CHECK(classify_cell("61,50 kw/ha").kind == CellKind::Values);
  CHECK(classify_cell("A (4)").kind == CellKind::Values);
  CHECK(classify_cell("BB").kind == CellKind::Values);
  CHECK(classify_cell("Persen").kind == CellKind::Satuan);
  CHECK(classify_cell("Per satuan penduduk").kind == CellKind::Satuan);
  CHECK(classify_cell("Meningkatnya kualitas layanan").kind == CellKind::Statement);
  CHECK(classify_cell("Terkelolanya arsip daerah").kind == CellKind::Statement);  // any capitalised Ter...nya
  CellClass goal = classify_cell("Meningkatkan mutu pendidikan");
  CHECK(goal.kind == CellKind::Statement);
  CHECK(goal.level == PlanningLevel::Tujuan);
  CHECK(classify_cell("Persentase desa mandiri").kind == CellKind::Indicator);
  CHECK(classify_cell("Nilai SAKIP").kind == CellKind::Indicator);
  CHECK(classify_cell("Nilai").kind == CellKind::Satuan);

  CellClass kode = classify_cell("X XX 01 2.01");
  CHECK(kode.kind == CellKind::Kode);
  CHECK(kode.segments == 5);
  CHECK(kode.level == PlanningLevel::Kegiatan);
  CHECK(kode.rest == "X.XX.01.2.01");
  CHECK(classify_cell("1.02.01").level == PlanningLevel::Program);
  CHECK(classify_cell("1 02 02 2A SPM").kind != CellKind::Kode);  // a lettered kode is not read as a shorter one

  CellClass sub = classify_cell("Sub Kegiatan Fasilitasi Kerjasama");
  CHECK(sub.kind == CellKind::LevelLabel);
  CHECK(sub.level == PlanningLevel::SubKegiatan);
  CHECK(sub.rest == "Fasilitasi Kerjasama");
  CHECK(classify_cell("Kegiatan").kind == CellKind::LevelLabel);
  CHECK(classify_cell("KEGIATAN").kind == CellKind::HeaderWord);

  CellClass formula = classify_cell("Formulasi perhitungan :");
  CHECK(formula.kind == CellKind::Explanation);
  CHECK(formula.field == Field::Formula);
  CHECK(formula.rest.empty());
  CellClass sumber = classify_cell("Sumber Data : Bagian Kesra");
  CHECK(sumber.field == Field::SumberData);
  CHECK(sumber.rest == "Bagian Kesra");
  CellClass jabatan = classify_cell("Jabatan : KEPALA SEKSI PELAYANAN");
  CHECK(jabatan.kind == CellKind::Jabatan);
  CHECK(jabatan.rest == "KEPALA SEKSI PELAYANAN");
  CHECK(classify_cell("Kasubag Umum,").kind == CellKind::Text);

  CHECK(opens_another_cell("Meningkatkan Indeks Meningkatkan Nilai SAKIP OPD"));
  CHECK_FALSE(opens_another_cell("Meningkatnya Indeks Pembangunan Manusia"));
  CHECK_FALSE(opens_another_cell("Jumlah Dokumen RKA-SKPD dan Jumlah Laporan"));  // after a joining word
  CHECK(looks_like_money("749.930.215"));
  CHECK_FALSE(looks_like_money("88.6"));
  CHECK_FALSE(looks_like_money("17.052"));
}

TEST_CASE("cell stream: wrapped lines are joined into their cell, glued numbers and kode split off") {
  std::vector<StreamCell> cells = cells_of(
      "1 Meningkatnya\n"                      // 1: row number, then a lead word alone: the cell goes on
      "pemahaman dan\n"                       // 2: lower case
      "Kesadaran (Pancasila, UUD\n"           // 3: after "dan"
      "1945,\n"                               // 4: inside the parenthesis
      "Bhinneka)\n"                           // 5
      "Jumlah anak\n"                         // 6: an indicator
      "(orang)\n"                             // 7: its unit in parentheses
      "Kasubag Umum,\n"                       // 8: a new cell (an indicator's name does not go on in capitals)
      "Kepegawaian, dan\n"                    // 9: after a comma
      "Aset.\n"                               // 10: after "dan"
      "3.000 Formulasi perhitungan :\n"       // 11: a value glued in front of a label
      "X XX 01 2.01 04 Koordinasi Dokumen RKA-\n"  // 12: kode and name on one line, a word broken at its hyphen
      "SKPD\n"                                // 13
      "749.930.215 702.188.300 93.6\n");      // 14: amounts, not a kode
  REQUIRE(cells.size() == 9);
  CHECK(cells[0].kind.kind == CellKind::RowNumber);
  CHECK(cells[1].text == "Meningkatnya pemahaman dan Kesadaran (Pancasila, UUD 1945, Bhinneka)");
  CHECK(cells[1].kind.kind == CellKind::Statement);
  CHECK(cells[1].lines == 5);
  CHECK(cells[2].text == "Jumlah anak (orang)");
  CHECK(cells[3].text == "Kasubag Umum, Kepegawaian, dan Aset.");
  CHECK(cells[3].line == 8);
  CHECK(cells[4].text == "3.000");
  CHECK(cells[4].kind.kind == CellKind::Values);
  CHECK(cells[5].kind.kind == CellKind::Explanation);
  CHECK(cells[5].line == 11);
  CHECK(cells[6].kind.kind == CellKind::Kode);
  CHECK(cells[6].kind.rest == "X.XX.01.2.01.04");
  CHECK(cells[7].text == "Koordinasi Dokumen RKA-SKPD");
  CHECK(cells[7].line == 12);
  CHECK(cells[8].kind.kind == CellKind::Values);
  CHECK(cells[8].text == "749.930.215 702.188.300 93.6");
}

TEST_CASE("cell lines: an IKU rendered one cell per line, targets under the header's years, formula kept") {
  const std::string text =
      "INDIKATOR KINERJA UTAMA\n"            // 1
      "DINAS PERPUSTAKAAN KOTA CONTOH\n"     // 2: the title names the unit
      "NO\n"                                 // 3
      "SASARAN STRATEGIS\n"                  // 4
      "INDIKATOR KINERJA\n"                  // 5
      "SATUAN\n"                             // 6
      "2022\n2023\n2024\n"                   // 7-9
      "SUMBER DATA\n"                        // 10
      "(1)\n"                                 // 11
      "1.\n"                                 // 12
      "Meningkatnya minat\n"                 // 13
      "baca masyarakat\n"                    // 14
      "1\n"                                  // 15
      "Persentase pengunjung\n"              // 16
      "perpustakaan aktif\n"                 // 17
      "Persen\n"                             // 18
      "40%\n45%\n50%\n"                      // 19-21
      "Formulasi perhitungan :\n"            // 22
      "Jumlah anggota aktif\n"               // 23: the formula's numerator (rows are numbered)
      "Jumlah anggota\n"                     // 24: its denominator
      "Sumber Data : Bidang Layanan\n"       // 25
      "2\n"                                  // 26
      "Jumlah koleksi buku\n"                // 27
      "judul\n"                              // 28: lower case, continues the name
      "1.000\n1.200\n"                       // 29-30: two values for three years
      "2.\n"                                 // 31
      "Terwujudnya layanan digital\n"        // 32
      "Indeks kepuasan layanan\n"            // 33: first indicator of a new sasaran, unnumbered
      "Indeks\n"                             // 34
      "3,1\n3,2\n3,3\n"                      // 35-37
      "Bidang Layanan\n"                     // 38: another column of the row: the sumber data
      "Persen\n";                            // 39: a satuan with no indicator lacking one: no place
  ImportResult result = import_text("iku.txt", text, {});
  CHECK(result.report.format == "cell lines");
  const Document& document = result.document;
  CHECK(document.info.instansi.find("Perpustakaan") != std::string::npos);  // the title names the unit
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 3);

  const Sasaran& minat = statement(document, "Meningkatnya minat baca masyarakat");
  const Indikator& pengunjung = indicator(document, "Persentase pengunjung perpustakaan aktif");
  CHECK(pengunjung.sasaran == minat.id);
  CHECK(pengunjung.satuan == "Persen");
  REQUIRE(pengunjung.target.size() == 3);
  CHECK(pengunjung.target.at(2022).text == "40%");
  CHECK(pengunjung.target.at(2024).text == "50%");
  CHECK(pengunjung.formula == "Jumlah anggota aktif Jumlah anggota");
  CHECK(pengunjung.sumber_data == "Bidang Layanan");

  const Indikator& koleksi = indicator(document, "Jumlah koleksi buku judul");
  CHECK(koleksi.sasaran == minat.id);
  CHECK(koleksi.target.empty());      // two numbers for three years: not placed
  CHECK(reported(result.report, 29));  // and named in the report

  const Sasaran& digital = statement(document, "Terwujudnya layanan digital");
  const Indikator& kepuasan = indicator(document, "Indeks kepuasan layanan");
  CHECK(kepuasan.sasaran == digital.id);
  CHECK(kepuasan.satuan == "Indeks");
  REQUIRE(kepuasan.target.size() == 3);
  CHECK(kepuasan.target.at(2023).text == "3,2");
  CHECK(kepuasan.sumber_data == "Bidang Layanan");
  CHECK(reported(result.report, 39));
}

TEST_CASE("cell lines: kode then name makes program, kegiatan and sub kegiatan, Rp after a name is its pagu") {
  const std::string text =
      "LAPORAN KINERJA BADAN CONTOH TAHUN 2021\n"  // 1: the year of the Rp column
      "KODE\n"                                     // 2
      "PROGRAM/KEGIATAN/SUB KEGIATAN\n"            // 3
      "ANGGARAN\n"                                 // 4
      "(Rp)\n"                                     // 5
      "1.02.01\n"                                  // 6
      "Program Penunjang Urusan\n"                 // 7
      "Pemerintahan Daerah\n"                      // 8: a name in Title Case goes on
      "1.02.01.2.01\n"                             // 9
      "Perencanaan dan Evaluasi Kinerja\n"         // 10
      "1.02.01.2.01.01\n"                          // 11
      "Penyusunan Dokumen Perencanaan\n"           // 12
      "Tersusunnya Dokumen Perencanaan\n"          // 13: the sub kegiatan's kinerja: its name is kept
      "Jumlah Dokumen Perencanaan\n"               // 14
      "Dokumen\n"                                  // 15
      "Kegiatan\n"                                 // 16: a level word alone, its name below
      "Administrasi Keuangan\n"                    // 17
      "1. Sub Kegiatan\n"                          // 18
      "Penyediaan Gaji\n"                          // 19
      "1.250.000.000 1.100.000.000 88,0\n";        // 20: anggaran, realisasi, capaian
  ImportResult result = import_text("rka.txt", text, {});
  CHECK(result.report.format == "cell lines");
  const Document& document = result.document;
  const Sasaran& program = statement(document, "Program Penunjang Urusan Pemerintahan Daerah");
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "1.02.01");
  const Sasaran& kegiatan = statement(document, "Perencanaan dan Evaluasi Kinerja");
  CHECK(kegiatan.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(kegiatan.parent == program.id);
  const Sasaran& dokumen = statement(document, "Penyusunan Dokumen Perencanaan");
  CHECK(dokumen.nomenclature.kind == NomenclatureKind::SubKegiatan);
  CHECK(dokumen.nomenclature.kode == "1.02.01.2.01.01");
  CHECK(dokumen.parent == kegiatan.id);
  const Indikator& jumlah = indicator(document, "Jumlah Dokumen Perencanaan");
  CHECK(jumlah.sasaran == dokumen.id);
  CHECK(jumlah.satuan == "Dokumen");

  const Sasaran& keuangan = statement(document, "Administrasi Keuangan");
  CHECK(keuangan.nomenclature.kind == NomenclatureKind::Kegiatan);
  const Sasaran& gaji = statement(document, "Penyediaan Gaji");
  CHECK(gaji.nomenclature.kind == NomenclatureKind::SubKegiatan);
  CHECK(gaji.parent == keuangan.id);
  REQUIRE(gaji.pagu.count(2021) == 1);
  CHECK(gaji.pagu.at(2021).number == doctest::Approx(1250000000.0));
}

TEST_CASE("cell lines: a Renstra row's values in the form's order: baseline, target and Rp per year, kondisi akhir") {
  const std::string text =
      "TUJUAN\n"                       // 1
      "SASARAN\n"                      // 2
      "INDIKATOR SASARAN\n"            // 3
      "KONDISI AWAL\n"                 // 4
      "2022\n2023\n"                   // 5-6
      "Rp\n"                           // 7: the Rp columns
      "KONDISI AKHIR\n"                // 8
      "1.\n"                           // 9
      "Meningkatkan mutu layanan\n"    // 10: a goal verb under TUJUAN: the tujuan
      "Meningkatnya layanan prima\n"   // 11
      "Persentase layanan tepat\n"     // 12
      "waktu\n"                        // 13
      "70%\n"                          // 14: baseline
      "75%\n1.000.000.000\n"           // 15-16: 2022
      "80%\n1.200.000.000\n"           // 17-18: 2023
      "85%\n2.200.000.000\n";          // 19-20: kondisi akhir
  ImportResult result = import_text("renstra.txt", text, {});
  CHECK(result.report.format == "cell lines");
  const Document& document = result.document;
  const Sasaran& tujuan = statement(document, "Meningkatkan mutu layanan");
  CHECK(tujuan.kind == StatementKind::Tujuan);
  const Sasaran& sasaran = statement(document, "Meningkatnya layanan prima");
  CHECK(sasaran.kind == StatementKind::Sasaran);
  CHECK(sasaran.parent == tujuan.id);
  const Indikator& tepat = indicator(document, "Persentase layanan tepat waktu");
  CHECK(tepat.sasaran == sasaran.id);
  CHECK(tepat.baseline.text == "70%");
  REQUIRE(tepat.target.size() == 2);
  CHECK(tepat.target.at(2022).text == "75%");
  CHECK(tepat.target.at(2023).text == "80%");
  CHECK(tepat.kondisi_akhir.text == "85%");
  REQUIRE(sasaran.pagu.size() == 2);
  CHECK(sasaran.pagu.at(2022).number == doctest::Approx(1000000000.0));
  CHECK(sasaran.pagu.at(2023).number == doctest::Approx(1200000000.0));
  CHECK(sasaran.pagu_akhir.number == doctest::Approx(2200000000.0));
}

TEST_CASE("cell lines: \"SKPD : X\" in the title names the unit holding the rows") {
  ImportResult result = import_text("t.txt",
                                    "MATRIK RENCANA PROGRAM SKPD : BAPPEDA\n"
                                    "SASARAN\nINDIKATOR\n"
                                    "Meningkatnya mutu perencanaan\n"
                                    "Persentase dokumen tepat waktu\n"
                                    "Persen\n",
                                    {});
  CHECK(result.report.format == "cell lines");
  const Sasaran& sasaran = statement(result.document, "Meningkatnya mutu perencanaan");
  CHECK(lower_ascii(result.document.units.at(sasaran.unit).name) == "bappeda");  // (unit names are re-cased)
}

TEST_CASE("cell lines: other shapes are left to the other readers") {
  // Whole rows on one line (core/import/flattened_rows.h).
  CHECK_FALSE(looks_like_cell_lines(split_lines("SASARAN\n1. Meningkatnya mutu arsip Indeks arsip 70 75\n")));
  // Columns merged side by side: the first line of each statement opens another cell.
  CHECK_FALSE(looks_like_cell_lines(split_lines("TUJUAN SASARAN INDIKATOR\n"
                                                "Meningkatkan Indeks Meningkatkan Nilai SAKIP\n"
                                                "Kualitas Tata Kelola Reformasi Akuntabilitas\n"
                                                "Meningkatkan Angka Usia Meningkatnya akses\n")));
  // No header naming a statement or indicator column: prose, not a table.
  CHECK_FALSE(looks_like_cell_lines(split_lines("Laporan\nMeningkatnya layanan\nPersentase izin\n80%\n")));
  // A TSV table.
  CHECK_FALSE(looks_like_cell_lines(split_lines("Sasaran\tIndikator\nMeningkatnya layanan\tPersentase izin\n")));
  // The same cells one per line are read.
  CHECK(looks_like_cell_lines(split_lines("SASARAN\nINDIKATOR\nMeningkatnya layanan\nPersentase izin\n80%\n")));

  Document document;
  ImportReport report;
  CHECK(import_cell_lines(split_lines("Laporan\nMeningkatnya layanan\n"), document, report) == 0);
  CHECK(document.sasaran.empty());
  CHECK(report.lines.empty());
  CHECK(report.notes.empty());
}
