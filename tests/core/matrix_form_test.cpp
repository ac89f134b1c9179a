// The cascading matrix as a form (core/forms/matrix_form.h): the matrix export's columns under two header rows,
// a sasaran's cells merged over its indikator rows, targets and realisasi typed, capaian as percent with its band,
// and the request's year, level, unit and branch filters. Expected cells worked out by hand from
// form_test_documents.h and from the bundled example's data.
#include <doctest/doctest.h>

#include "core/capaian/capaian.h"
#include "core/export/cascade_table.h"
#include "core/forms/build_forms.h"
#include "core/forms/matrix_form.h"
#include "core/store/document_file.h"
#include "form_test_documents.h"
#include "refusal_message.h"

namespace pokin {
namespace {

using test::FormTestDocument;

const std::string kNaik = "Naik (makin tinggi makin baik)";

Form matrix(const Document& document, FormRequest request = {}) {
  request.kind = FormKind::Matrix;
  return matrix_form(document, request);
}

TEST_CASE("Matrix form: title lines and two header rows where the years group") {
  FormTestDocument doc;
  Form form = matrix(doc.document);
  CHECK(form.kind == FormKind::Matrix);
  CHECK(form.paper == Paper::F4);
  CHECK(form.orientation == Orientation::Landscape);
  auto titles = test::blocks_of<FormTitle>(form);
  REQUIRE(titles.size() == 1);
  CHECK(titles[0].lines == std::vector<std::string>{"MATRIKS CASCADING / POHON KINERJA", "DINAS PENANAMAN MODAL DAN PTSP",
                                                    "KABUPATEN CONTOH", "PERIODE 2024-2026"});
  FormTable table = test::only_table(form);
  test::check_rectangular(table);
  REQUIRE(table.widths.size() == 20);
  REQUIRE(table.header.size() == 2);
  CHECK(test::texts(table.header[0]) ==
        std::vector<std::string>{"Unit Kerja", "Level", "Kode", "Sasaran", "Sasaran Atasan", "Kode Indikator",
                                 "Indikator", "Formula", "Satuan", "Polaritas", "Baseline", "Target", "Target",
                                 "Target", "Realisasi", "Realisasi", "Realisasi", "Capaian", "Sumber Data",
                                 "Penanggung Jawab"});
  CHECK(test::texts(table.header[1]) == std::vector<std::string>{"", "", "", "", "", "", "", "", "", "", "", "2024",
                                                                 "2025", "2026", "2024", "2025", "2026", "2024", "",
                                                                 ""});
  // A single column's title spans both rows; "Target" and "Realisasi" span their three years; a group of one year
  // ("Capaian" 2024) is one cell over its year.
  CHECK(table.header[0][0].row_span == 2);
  CHECK(table.header[1][0].covered);
  CHECK(table.header[0][19].row_span == 2);
  CHECK(table.header[0][11].column_span == 3);
  CHECK(table.header[0][11].row_span == 1);
  CHECK(table.header[0][12].covered);
  CHECK(table.header[0][13].covered);
  CHECK_FALSE(table.header[1][11].covered);
  CHECK(table.header[0][14].column_span == 3);
  CHECK(table.header[0][17].column_span == 1);
  CHECK_FALSE(table.header[0][17].covered);
  CHECK_FALSE(table.header[1][17].covered);
  CHECK(table.header[0][0].bold);
  // Widths: the matrix export's characters at 2 mm each (Unit Kerja 28, Sasaran 48).
  CHECK(table.widths[0] == doctest::Approx(56));
  CHECK(table.widths[3] == doctest::Approx(96));
}

TEST_CASE("Matrix form: one row per indikator in tree order, the sasaran's cells merged over its rows") {
  FormTestDocument doc;
  FormTable table = test::only_table(matrix(doc.document));
  // T1 (I0), SS1 (I1, I2), SP1 (I4), SK1 (no indikator), SS2 (I3).
  REQUIRE(table.rows.size() == 6);
  CHECK(test::texts(table.rows[0]) ==
        std::vector<std::string>{"Kepala Dinas", "Tujuan", "T1", "Meningkatnya investasi daerah", "", "IK20",
                                 "Pertumbuhan nilai investasi", "", "%", kNaik, "", "5", "5,5", "6", "", "", "", "",
                                 "", ""});
  CHECK(test::texts(table.rows[1]) ==
        std::vector<std::string>{"Kepala Dinas", "Sasaran Strategis", "SS1", "Meningkatnya kualitas pelayanan perizinan",
                                 "T1 Meningkatnya investasi daerah", "IK21", "Indeks kepuasan masyarakat",
                                 "Σ nilai persepsi / Σ unsur", "Indeks", kNaik, "", "80", "82,5", "≥ 85", "70", "", "",
                                 "87,50%", "Survei IKM", "Bidang Pelayanan Perizinan"});
  CHECK(test::texts(table.rows[2]).at(6) == "Jumlah izin terbit");
  CHECK(test::texts(table.rows[3]) ==
        std::vector<std::string>{"Bidang Pelayanan Perizinan", "Sasaran Program", "SP1",
                                 "Meningkatnya kecepatan penerbitan izin", "SS1 Meningkatnya kualitas pelayanan perizinan",
                                 "IK24", "Rata-rata waktu penerbitan izin", "", "hari", "Turun (makin rendah makin baik)",
                                 "", "3", "2,5", "2", "", "", "", "", "", ""});
  std::vector<std::string> sk1(20, "");
  sk1[0] = "Seksi Verifikasi";
  sk1[1] = "Sasaran Kegiatan";
  sk1[2] = "SK1";
  sk1[3] = "Terlaksananya verifikasi dokumen tepat waktu";
  sk1[4] = "SP1 Meningkatnya kecepatan penerbitan izin";
  CHECK(test::texts(table.rows[4]) == sk1);
  CHECK(table.rows[5][3].text == "Meningkatnya tata kelola keuangan");

  // SS1's five own columns (0-4) span its two rows; the indikator columns do not.
  for (int c = 0; c < 5; ++c) {
    CAPTURE(c);
    CHECK(table.rows[1][c].row_span == 2);
    CHECK(table.rows[2][c].covered);
  }
  CHECK(table.rows[1][5].row_span == 1);
  CHECK_FALSE(table.rows[2][5].covered);
  // A sasaran of one row merges nothing.
  CHECK(table.rows[0][0].row_span == 1);
  CHECK_FALSE(table.rows[4][0].covered);
}

TEST_CASE("Matrix form: numbers typed as numbers, text targets as text, capaian as percent with its band") {
  FormTestDocument doc;
  FormTable table = test::only_table(matrix(doc.document));
  const FormRow& i1 = table.rows[1];
  CHECK(i1[11].type == FormCellType::Number);
  CHECK(i1[11].number == 80);
  CHECK(i1[11].align == FormAlign::Right);
  CHECK(i1[12].type == FormCellType::Number);
  CHECK(i1[12].number == doctest::Approx(82.5));
  CHECK(i1[12].decimals == 1);
  CHECK(i1[13].type == FormCellType::Text);  // "≥ 85"
  CHECK(i1[14].type == FormCellType::Number);  // realisasi 70
  CHECK(i1[14].number == 70);
  // Capaian 70 / 80 = 87,5%: band baik (76-90).
  CHECK(i1[17].type == FormCellType::Percent);
  CHECK(i1[17].number == doctest::Approx(87.5));
  REQUIRE(i1[17].band.has_value());
  CHECK(*i1[17].band == CapaianBand::Baik);
  CHECK(i1[6].type == FormCellType::Text);

  const FormRow& i2 = table.rows[2];
  CHECK(i2[11].type == FormCellType::Number);
  CHECK(i2[11].number == 1000);
  CHECK(i2[11].text == "1.000");
  // 1.100 of 1.000 = 110%: sangat baik.
  CHECK(i2[17].text == "110,00%");
  CHECK(i2[17].number == doctest::Approx(110));
  CHECK(*i2[17].band == CapaianBand::SangatBaik);

  // "WTP" against "WTP" without a text scale: text, and the capaian cell says why it is not computed.
  const FormRow& i3 = table.rows[5];
  CHECK(i3[11].type == FormCellType::Text);
  CHECK(i3[11].text == "WTP");
  CHECK(i3[17].type == FormCellType::Text);
  CHECK(i3[17].text == describe(CapaianStatus::TextWithoutScale).id);
  CHECK_FALSE(i3[17].band.has_value());
  // No realisasi: an empty capaian cell, no band.
  CHECK(table.rows[3][17].text.empty());
  CHECK_FALSE(table.rows[3][17].band.has_value());
}

TEST_CASE("Matrix form: the matrix export's columns, in the export's order") {
  FormTestDocument doc;
  doc.document.sasaran[FormTestDocument::kSp1].nomenclature = {NomenclatureKind::Program, "2.18.02",
                                                                "Program Pelayanan Penanaman Modal"};
  doc.document.sasaran[FormTestDocument::kSp1].pagu[2025] = make_value("1.500.000.000");
  FormTable table = test::only_table(matrix(doc.document));
  test::check_rectangular(table);
  Table exported = cascade_matrix(doc.document, LayoutView{});
  REQUIRE(exported.headers.size() == table.widths.size());
  // Kode and name of the program after Sasaran Atasan, then the pagu of the one year that holds one.
  CHECK(exported.headers[5] == "Kode Program/Kegiatan");
  CHECK(table.header[0][5].text == "Kode Program/Kegiatan");
  CHECK(table.header[0][6].text == "Program/Kegiatan/Sub Kegiatan");
  CHECK(exported.headers[7] == "Pagu 2025 (Rp)");
  CHECK(table.header[0][7].text == "Pagu (Rp)");
  CHECK(table.header[1][7].text == "2025");
  // Both tables hold the same text in every cell that is not a capaian (printed "87,5%" by the export, "87,50%"
  // by the form).
  REQUIRE(exported.rows.size() == table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.widths.size(); ++c)
      if (table.rows[r][c].type != FormCellType::Percent) CHECK(exported.rows[r][c] == table.rows[r][c].text);
  // SP1's pagu as a number; its program columns are the sasaran's, merged like the rest (one row here).
  const FormRow& sp1 = table.rows[3];
  CHECK(sp1[5].text == "2.18.02");
  CHECK(sp1[7].type == FormCellType::Number);
  CHECK(sp1[7].number == 1500000000.0);
  CHECK(sp1[7].text == "1.500.000.000");
  CHECK(table.rows[1][7].row_span == 2);  // SS1's (empty) pagu spans its two indikator rows
}

TEST_CASE("Matrix form: request.year keeps that year's columns only") {
  FormTestDocument doc;
  FormRequest request;
  request.year = 2024;
  Form form = matrix(doc.document, request);
  CHECK(test::blocks_of<FormTitle>(form)[0].lines.back() == "TAHUN 2024");
  FormTable table = test::only_table(form);
  test::check_rectangular(table);
  REQUIRE(table.widths.size() == 16);
  CHECK(test::texts(table.header[0]).at(11) == "Target");
  CHECK(test::texts(table.header[0]).at(12) == "Realisasi");
  CHECK(test::texts(table.header[0]).at(13) == "Capaian");
  CHECK(test::texts(table.header[1]).at(11) == "2024");
  CHECK(table.header[0][11].column_span == 1);
  CHECK(table.rows[1][11].text == "80");
  CHECK(table.rows[1][12].text == "70");
  CHECK(table.rows[1][13].text == "87,50%");

  // 2025 has no realisasi anywhere: no capaian column.
  request.year = 2025;
  table = test::only_table(matrix(doc.document, request));
  REQUIRE(table.widths.size() == 15);
  CHECK(table.rows[1][11].text == "82,5");
  CHECK(table.rows[1][12].text == "");
  CHECK(table.header[0][13].text == "Sumber Data");
}

TEST_CASE("Matrix form: levels, unit and branch narrow the rows") {
  FormTestDocument doc;
  auto sasaran_column = [](const FormTable& table) {
    std::vector<std::string> out;
    for (const FormRow& row : table.rows) out.push_back(row[2].text);
    return out;
  };
  FormRequest request;
  request.levels = 1;
  CHECK(sasaran_column(test::only_table(matrix(doc.document, request))) ==
        std::vector<std::string>{"T1", "SS1", "SS1", "SS2"});
  request.levels = 2;
  CHECK(sasaran_column(test::only_table(matrix(doc.document, request))) ==
        std::vector<std::string>{"T1", "SS1", "SS1", "SP1", "SS2"});

  // A unit: its sasaran and those of the units under it, the unit named in the title.
  request = {};
  request.unit = "perizinan";
  Form bidang = matrix(doc.document, request);
  CHECK(sasaran_column(test::only_table(bidang)) == std::vector<std::string>{"SP1", "SK1"});
  CHECK(test::blocks_of<FormTitle>(bidang)[0].lines.at(1) == "BIDANG PELAYANAN PERIZINAN");

  // A branch: a sasaran and what is below it, or a unit's id.
  request = {};
  request.branch = FormTestDocument::kSs1;
  CHECK(sasaran_column(test::only_table(matrix(doc.document, request))) ==
        std::vector<std::string>{"SS1", "SS1", "SP1", "SK1"});
  request.branch = FormTestDocument::kSeksi;
  CHECK(sasaran_column(test::only_table(matrix(doc.document, request))) == std::vector<std::string>{"SK1"});
}

TEST_CASE("Matrix form: what the planner can fix is refused with a clear message") {
  FormTestDocument doc;
  FormRequest request;
  request.unit = "Bidang Keuangan";
  CHECK(test::says(test::refusal_of([&] { matrix(doc.document, request); }), "No unit is called",
                   "Tidak ada unit kerja bernama"));
  request.unit = "Sekretariat";
  CHECK(test::says(test::refusal_of([&] { matrix(doc.document, request); }), "and the units under it have no sasaran",
                   "dan unit di bawahnya belum memiliki sasaran"));
  request = {};
  request.branch = 999;
  CHECK(test::says(test::refusal_of([&] { matrix(doc.document, request); }), "999", "999"));
  request = {};
  request.kind = FormKind::Matrix;
  request.year = 2030;
  CHECK(test::says(test::refusal_of([&] { build_forms(doc.document, request); }), "outside the Renstra period",
                   "di luar periode"));
}

TEST_CASE("Matrix form: the bundled example, one row per indikator") {
  Document document;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", document,
                            store::OpenMode::ReadOnly);
  // 48 sasaran with one indikator each (4 Sasaran Strategis, 14 Sasaran Program, 30 Sasaran Kegiatan); six years
  // of targets, no realisasi, no planning columns: 11 + 6 + 6 + 2 columns.
  FormTable table = test::only_table(matrix(document));
  test::check_rectangular(table);
  CHECK(table.rows.size() == 48);
  CHECK(table.widths.size() == 25);
  CHECK(test::texts(table.header[1]).at(11) == "2021");
  CHECK(test::texts(table.header[1]).at(16) == "2026");
  // The first row: the head's first Sasaran Strategis, its 2024 target "1.000" a number.
  CHECK(table.rows[0][3].text == "Meningkatnya Realisasi Investasi Daerah");
  CHECK(table.rows[0][14].type == FormCellType::Number);
  CHECK(table.rows[0][14].number == 1000);

  // The Sekretariat (unit 2, two Sasaran Program) and its three Sub Bagian (5 + 1 + 1 Sasaran Kegiatan).
  FormRequest request;
  request.unit = "2";
  CHECK(test::only_table(matrix(document, request)).rows.size() == 9);
  // Sasaran Strategis only.
  request = {};
  request.levels = 1;
  CHECK(test::only_table(matrix(document, request)).rows.size() == 4);
}

}  // namespace
}  // namespace pokin
