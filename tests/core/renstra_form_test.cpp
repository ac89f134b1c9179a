// The Renstra T-C.27 form (Permendagri 86/2017, "Rencana Program, Kegiatan, dan Pendanaan") built from a small
// document made by hand: the title lines, the three header rows and the column numbers, the rows of a Tujuan, its
// Sasaran Strategis, a Program with two indicators and a Kegiatan, the merged cells, Rp as numbers, and what
// --year, --levels, --unit and --branch leave. Every expected cell was worked out by hand from the document below.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/forms/build_forms.h"
#include "core/forms/renstra_form.h"
#include "core/text/bilingual.h"
#include "layout_test_documents.h"

using namespace pokin;

namespace {

// Kepala Dinas -> Bidang Pelayanan Kesehatan. Period 2025-2026.
// T1 Tujuan (1 indicator) <- SS1 (2 indicators) <- P1 program of the Bidang (2 indicators, pagu) <- K1 kegiatan.
struct HealthRenstra {
  HealthRenstra() {
    test::DocumentBuilder b;
    b.document.info.instansi = "Dinas Kesehatan";
    b.document.info.pemda = "Kabupaten Contoh";
    b.document.info.period_start = 2025;
    b.document.info.period_end = 2026;
    head = b.unit(kNoId, UnitKind::Head, "Kepala Dinas");
    bidang = b.unit(head, UnitKind::Division, "Bidang Pelayanan Kesehatan");
    tujuan = b.sasaran(head, kNoId, 0, "T1", "Meningkatkan derajat kesehatan masyarakat");
    b.document.sasaran.at(tujuan).kind = StatementKind::Tujuan;
    ss = b.sasaran(head, tujuan, 0, "SS1", "Meningkatnya mutu pelayanan kesehatan");
    program = b.sasaran(bidang, ss, 1, "SP1", "Meningkatnya fasilitas kesehatan yang terakreditasi");
    kegiatan = b.sasaran(bidang, program, 2, "SK1", "Terehabilitasinya puskesmas");
    document = std::move(b.document);

    Sasaran& p = document.sasaran.at(program);
    p.nomenclature = {NomenclatureKind::Program, "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan"};
    p.pagu[2025] = {"1.500.000.000", 1.5e9};
    p.pagu[2026] = {"1.650.000.000", 1.65e9};
    p.pagu_akhir = {"3.150.000.000", 3.15e9};
    p.lokasi = "Kabupaten Contoh";
    Sasaran& k = document.sasaran.at(kegiatan);
    k.nomenclature = {NomenclatureKind::Kegiatan, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"};
    k.pagu[2025] = {"900.000.000", 9e8};
    k.lokasi = "Kecamatan Mananggu";

    uhh = add(tujuan, "Usia Harapan Hidup", "71,2", {"71,5", "71,8"}, "72,0");
    aki = add(ss, "Angka Kematian Ibu", "120", {"110", "100"}, "95");
    ikm = add(ss, "Indeks Kepuasan Masyarakat", "78", {"≥ 80", "≥ 82"}, "≥ 82");
    akreditasi = add(program, "Persentase fasilitas kesehatan terakreditasi", "60%", {"70%", "80%"}, "80%");
    rujukan = add(program, "Persentase rujukan tertangani", "", {"90", ""}, "95");
    puskesmas = add(kegiatan, "Jumlah puskesmas yang direhabilitasi", "2", {"3", "3"}, "6");
  }

  Id add(Id sasaran, std::string name, std::string baseline, std::vector<std::string> targets, std::string akhir) {
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = sasaran;
    i.name = std::move(name);
    i.order = static_cast<int>(i.id);
    i.baseline = {baseline, std::nullopt};
    for (int n = 0; n < static_cast<int>(targets.size()); ++n)
      if (!targets[n].empty()) i.target[2025 + n] = {targets[n], std::nullopt};
    i.kondisi_akhir = {akhir, std::nullopt};
    document.indikator.emplace(i.id, i);
    return i.id;
  }

  Document document;
  Id head, bidang, tujuan, ss, program, kegiatan;
  Id uhh, aki, ikm, akreditasi, rujukan, puskesmas;
};

FormRequest renstra_request(int year = 0, int levels = 0) {
  FormRequest request;
  request.kind = FormKind::Renstra;
  request.year = year;
  request.levels = levels;
  return request;
}

const FormTitle& title_of(const Form& form) {
  for (const FormBlock& block : form.blocks)
    if (const auto* title = std::get_if<FormTitle>(&block)) return *title;
  FAIL("the form has no title");
  throw 0;
}

const FormTable& table_of(const Form& form) {
  for (const FormBlock& block : form.blocks)
    if (const auto* table = std::get_if<FormTable>(&block)) return *table;
  FAIL("the form has no table");
  throw 0;
}

// The texts of a row, covered cells written "~".
std::vector<std::string> texts(const FormRow& row) {
  std::vector<std::string> out;
  for (const FormCell& cell : row) out.push_back(cell.covered ? "~" : cell.text);
  return out;
}

}  // namespace

TEST_CASE("T-C.27: the title lines name the form, the instansi with its pemda, and the period") {
  HealthRenstra renstra;
  Form form = renstra_form(renstra.document, renstra_request());
  CHECK(form.kind == FormKind::Renstra);
  CHECK(form.paper == Paper::F4);
  CHECK(form.orientation == Orientation::Landscape);
  CHECK(title_of(form).lines == std::vector<std::string>{
                                    "Tabel T-C.27",
                                    "Rencana Program, Kegiatan, dan Pendanaan Dinas Kesehatan Kabupaten Contoh",
                                    "Tahun 2025-2026"});
}

TEST_CASE("T-C.27: three header rows in the form's column order, the years' pairs under one spanning cell") {
  HealthRenstra renstra;
  const FormTable table = table_of(renstra_form(renstra.document, renstra_request()));
  REQUIRE(table.header.size() == 3);
  CHECK(table.numbered_columns);
  CHECK(table.widths.size() == 14);  // 6 + 2 years x 2 + kondisi akhir 2 + unit + lokasi
  CHECK(texts(table.header[0]) ==
        std::vector<std::string>{"Tujuan", "Sasaran", "Kode", "Program dan Kegiatan",
                                 "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
                                 "Data Capaian pada Tahun Awal Perencanaan",
                                 "Target Kinerja Program dan Kerangka Pendanaan", "~", "~", "~",
                                 "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", "~",
                                 "Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi"});
  CHECK(texts(table.header[1]) ==
        std::vector<std::string>{"~", "~", "~", "~", "~", "~", "Tahun 2025", "~", "Tahun 2026", "~", "~", "~", "~", "~"});
  CHECK(texts(table.header[2]) ==
        std::vector<std::string>{"~", "~", "~", "~", "~", "~", "Target", "Rp", "Target", "Rp", "Target", "Rp", "~", "~"});
  CHECK(table.header[0][0].row_span == 3);
  CHECK(table.header[0][6].column_span == 4);
  CHECK(table.header[0][10].column_span == 2);
  CHECK(table.header[0][10].row_span == 2);
  CHECK(table.header[1][6].column_span == 2);
  CHECK(table.header[0][13].row_span == 3);
  CHECK(table.header[2][7].bold);
}

TEST_CASE("T-C.27: a row per indicator, Tujuan and Sasaran merged over the rows below them, Rp as numbers") {
  HealthRenstra renstra;
  const FormTable table = table_of(renstra_form(renstra.document, renstra_request()));
  REQUIRE(table.rows.size() == 6);
  using Row = std::vector<std::string>;
  CHECK(texts(table.rows[0]) == Row{"Meningkatkan derajat kesehatan masyarakat", "", "", "", "Usia Harapan Hidup",
                                    "71,2", "71,5", "", "71,8", "", "72,0", "", "", ""});
  CHECK(texts(table.rows[1]) == Row{"~", "Meningkatnya mutu pelayanan kesehatan", "", "", "Angka Kematian Ibu", "120",
                                    "110", "", "100", "", "95", "", "", ""});
  CHECK(texts(table.rows[2]) ==
        Row{"~", "~", "", "", "Indeks Kepuasan Masyarakat", "78", "≥ 80", "~", "≥ 82", "~", "≥ 82", "~", "~", "~"});
  CHECK(texts(table.rows[3]) ==
        Row{"~", "~", "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan",
            "Persentase fasilitas kesehatan terakreditasi", "60%", "70%", "1.500.000.000", "80%", "1.650.000.000",
            "80%", "3.150.000.000", "Bidang Pelayanan Kesehatan", "Kabupaten Contoh"});
  CHECK(texts(table.rows[4]) ==
        Row{"~", "~", "~", "~", "Persentase rujukan tertangani", "", "90", "~", "", "~", "95", "~", "~", "~"});
  CHECK(texts(table.rows[5]) ==
        Row{"~", "~", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Jumlah puskesmas yang direhabilitasi",
            "2", "3", "900.000.000", "3", "", "6", "", "Bidang Pelayanan Kesehatan", "Kecamatan Mananggu"});

  CHECK(table.rows[0][0].row_span == 6);  // the Tujuan over everything below it
  CHECK(table.rows[1][1].row_span == 5);  // the Sasaran over its second indicator, the program and the kegiatan
  CHECK(table.rows[1][12].row_span == 2); // the Sasaran's own unit, lokasi and Rp cells over its two indicators
  CHECK(table.rows[3][2].row_span == 2);  // the program's kode, name, Rp, unit and lokasi over its two indicators
  CHECK(table.rows[3][3].row_span == 2);
  CHECK(table.rows[3][7].row_span == 2);
  CHECK(table.rows[3][13].row_span == 2);
  CHECK(table.rows[5][2].row_span == 1);

  const FormCell& rp = table.rows[3][7];
  CHECK(rp.type == FormCellType::Number);
  CHECK(rp.number == 1500000000.0);
  CHECK(rp.decimals == 0);
  CHECK(table.rows[3][11].number == 3150000000.0);
  CHECK(table.rows[3][2].type == FormCellType::Text);  // "1.02.02" is a kode, not a number
  CHECK(table.rows[3][3].bold);                        // a program's row stands out from its kegiatan
  CHECK_FALSE(table.rows[5][3].bold);
  const FormCell& percent = table.rows[3][6];
  CHECK(percent.type == FormCellType::Percent);
  CHECK(percent.number == 70.0);
  CHECK(table.rows[0][6].type == FormCellType::Number);  // "71,5"
  CHECK(table.rows[0][6].number == 71.5);
  CHECK(table.rows[2][6].type == FormCellType::Text);    // "≥ 80" stays as written
}

TEST_CASE("T-C.27 --year: one Target and Rp pair, the kondisi akhir kept") {
  HealthRenstra renstra;
  const FormTable table = table_of(renstra_form(renstra.document, renstra_request(2026)));
  REQUIRE(table.widths.size() == 12);
  CHECK(texts(table.header[1])[6] == "Tahun 2026");
  CHECK(table.header[0][6].column_span == 2);
  CHECK(texts(table.rows[3]) ==
        std::vector<std::string>{"~", "~", "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan",
                                 "Persentase fasilitas kesehatan terakreditasi", "60%", "80%", "1.650.000.000", "80%",
                                 "3.150.000.000", "Bidang Pelayanan Kesehatan", "Kabupaten Contoh"});
  CHECK_THROWS_AS(build_forms(renstra.document, renstra_request(2030)), UserError);
}

TEST_CASE("T-C.27 --levels 1: the Tujuan and the Sasaran Strategis only") {
  HealthRenstra renstra;
  const FormTable table = table_of(renstra_form(renstra.document, renstra_request(0, 1)));
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0][0].row_span == 3);
  CHECK(table.rows[1][1].row_span == 2);
  CHECK(table.rows[2][4].text == "Indeks Kepuasan Masyarakat");
}

TEST_CASE("T-C.27 --unit: the unit's programs and kegiatan, under their Tujuan and Sasaran shown without values") {
  HealthRenstra renstra;
  FormRequest request = renstra_request();
  request.unit = "pelayanan kesehatan";
  Form form = renstra_form(renstra.document, request);
  CHECK(title_of(form).lines.at(2) == "Unit Kerja: Bidang Pelayanan Kesehatan");
  const FormTable& table = table_of(form);
  REQUIRE(table.rows.size() == 5);  // Tujuan and Sasaran one row each, the program two, the kegiatan one
  CHECK(texts(table.rows[0]) == std::vector<std::string>{"Meningkatkan derajat kesehatan masyarakat", "", "", "", "",
                                                         "", "", "", "", "", "", "", "", ""});
  CHECK(table.rows[0][0].row_span == 5);
  CHECK(table.rows[1][1].text == "Meningkatnya mutu pelayanan kesehatan");
  CHECK(table.rows[1][4].text.empty());  // the head's indicators are not the unit's
  CHECK(table.rows[2][4].text == "Persentase fasilitas kesehatan terakreditasi");
  CHECK(table.rows[4][2].text == "1.02.02.2.01");

  request.unit = "Bidang Tidak Ada";
  CHECK_THROWS_AS(renstra_form(renstra.document, request), UserError);
}

TEST_CASE("T-C.27 --branch: a kegiatan under its program, which is shown without its values") {
  HealthRenstra renstra;
  FormRequest request = renstra_request();
  request.branch = renstra.kegiatan;
  const FormTable table = table_of(renstra_form(renstra.document, request));
  REQUIRE(table.rows.size() == 4);
  CHECK(texts(table.rows[2]) == std::vector<std::string>{"~", "~", "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan",
                                                         "", "", "", "", "", "", "", "", "Bidang Pelayanan Kesehatan",
                                                         "Kabupaten Contoh"});
  CHECK(table.rows[3][4].text == "Jumlah puskesmas yang direhabilitasi");
  CHECK(table.rows[3][7].number == 900000000.0);

  request.branch = 999999;
  CHECK_THROWS_AS(renstra_form(renstra.document, request), UserError);
}

TEST_CASE("T-C.27: a program not yet linked to a sasaran stands first, under no Tujuan or Sasaran") {
  HealthRenstra renstra;
  Sasaran& loose = renstra.document.sasaran.at(renstra.kegiatan);
  loose.parent = kNoId;
  const FormTable table = table_of(renstra_form(renstra.document, renstra_request()));
  REQUIRE(table.rows.size() == 6);
  CHECK(table.rows[0][3].text == "Penyediaan Fasilitas Pelayanan Kesehatan");
  CHECK(table.rows[0][0].text.empty());
  CHECK_FALSE(table.rows[0][0].covered);
  CHECK(table.rows[1][0].text == "Meningkatkan derajat kesehatan masyarakat");
  CHECK(table.rows[1][0].row_span == 5);
}

TEST_CASE("T-C.27 without a period: the years that hold targets or pagu") {
  HealthRenstra renstra;
  renstra.document.info.period_start = renstra.document.info.period_end = 0;
  Form form = renstra_form(renstra.document, renstra_request());
  CHECK(title_of(form).lines.size() == 2);
  const FormTable& table = table_of(form);
  CHECK(texts(table.header[1])[6] == "Tahun 2025");
  CHECK(texts(table.header[1])[8] == "Tahun 2026");
}

TEST_CASE("T-C.27 of a document without statements is refused, with the reason") {
  test::DocumentBuilder b;
  b.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  try {
    renstra_form(b.document, renstra_request());
    FAIL("an empty form was built");
  } catch (const UserError& error) {
    CHECK(error.message().id ==
          "Tidak ada tujuan, sasaran, atau program yang dapat dimuat dalam Tabel T-C.27. Tambahkan tujuan dan sasaran "
          "Renstra lebih dahulu.");
    CHECK(error.message().en == "There is no tujuan, sasaran or program to put in Table T-C.27. Add the Renstra's "
                                "tujuan and sasaran first.");
  }
}
