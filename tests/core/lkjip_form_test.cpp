// The LKjIP pengukuran kinerja table, built from a small hand-made Dinas Pertanian (the shape of
// tests/fixtures/forms/lkjip_pengukuran_and_anggaran_2023.txt). Every expected figure is worked out by hand in
// the comments next to it.
#include <doctest/doctest.h>

#include "core/export/form_csv.h"
#include "core/forms/build_forms.h"
#include "core/forms/lkjip_form.h"
#include "core/forms/official_text.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"
#include "layout_test_documents.h"

namespace pokin {
namespace {

Value v(const char* text, std::optional<double> number = std::nullopt) { return {text, number}; }

// The builder of the layout tests makes the units (jabatan "Kepala " + name) and sasaran; indicators start without
// targets, each year measured below.
struct Pertanian : test::DocumentBuilder {
  Document& d = document;
  Id head = 0, bidang = 0, seksi = 0, ss1 = 0, ss2 = 0, ss3 = 0, sp1 = 0, sp2 = 0, sk1 = 0;
  Id ik1 = 0, ik2 = 0, ik3 = 0, ik4 = 0, ik5 = 0, ikp1 = 0;

  Id indikator(Id owner, std::string name, std::string satuan, Polarity polarity = Polarity::Naik) {
    Id id = DocumentBuilder::indikator(owner, "", std::move(name), std::move(satuan));
    d.indikator.at(id).target.clear();
    d.indikator.at(id).polarity = polarity;
    return id;
  }
  void measure(Id id, int year, const char* target, std::optional<double> t, const char* realisasi,
               std::optional<double> r) {
    Indikator& i = d.indikator.at(id);
    i.target[year] = v(target, t);
    if (realisasi) i.realisasi[year] = v(realisasi, r);
  }

  Pertanian() {
    d.info.instansi = "Dinas Pertanian";
    d.info.pemda = "Kabupaten Contoh";
    d.info.period_start = 2021;
    d.info.period_end = 2023;
    d.info.penandatangan = {"Dr. Budi Santoso, M.Si", "196805121994031005", "Kepala Dinas Pertanian"};
    head = unit(kNoId, UnitKind::Head, "Dinas Pertanian");
    bidang = unit(head, UnitKind::Division, "Bidang Produksi");
    d.units.at(bidang).holder_name = "Ir. Sari Wulandari";
    d.units.at(bidang).holder_nip = "197001012000032001";
    seksi = unit(bidang, UnitKind::Section, "Seksi Sarana");
    ss1 = sasaran(head, kNoId, 0, "", "Meningkatnya produksi pertanian");
    ss2 = sasaran(head, kNoId, 0, "", "Meningkatnya kesejahteraan petani");
    ss3 = sasaran(head, kNoId, 0, "", "Terwujudnya tata kelola keuangan yang akuntabel");
    sp1 = sasaran(bidang, ss1, 1, "", "Meningkatnya ketersediaan sarana pertanian");
    sp2 = sasaran(bidang, ss1, 1, "", "Meningkatnya kapasitas penyuluh");
    sk1 = sasaran(seksi, sp1, 2, "", "Tersalurkannya alat mesin pertanian");

    ik1 = indikator(ss1, "Pertumbuhan produksi padi", "%");
    measure(ik1, 2023, "2,5", 2.5, "2,8", 2.8);  // 2,8 / 2,5 = 112%
    measure(ik1, 2022, "2,0", 2.0, "1,5", 1.5);  // 1,5 / 2 = 75%
    ik2 = indikator(ss1, "Produktivitas padi", "Ton/Ha");
    measure(ik2, 2023, "5,6", 5.6, "5,4", 5.4);  // 5,4 / 5,6 = 96,428...%
    measure(ik2, 2022, "5,5", 5.5, nullptr, std::nullopt);
    ik3 = indikator(ss2, "Nilai Tukar Petani", "Indeks");
    measure(ik3, 2023, "103", 103, "101,2", 101.2);  // 101,2 / 103 = 98,252...%
    measure(ik3, 2022, "102", 102, "99,96", 99.96);  // 99,96 / 102 = 98%
    ik4 = indikator(ss2, "Persentase luas lahan puso", "%", Polarity::Turun);
    measure(ik4, 2023, "8", 8, "9", 9);  // (2·8 − 9) / 8 = 87,5%
    ik5 = indikator(ss3, "Opini BPK atas laporan keuangan", "Opini");
    measure(ik5, 2023, "WTP", std::nullopt, "WDP", std::nullopt);  // no scale in the document
    ikp1 = indikator(sp1, "Persentase kelompok tani menerima sarana", "%");
    measure(ikp1, 2023, "80", 80, "60", 60);  // 75%

    // The programs behind SS1 hold the budget; the kegiatan under SP1 must not be counted a second time.
    Sasaran& program1 = d.sasaran.at(sp1);
    program1.nomenclature = {NomenclatureKind::Program, "3.27.02",
                             "Program Penyediaan dan Pengembangan Sarana Pertanian"};
    program1.pagu[2023] = v("5.250.000.000", 5250000000.0);
    program1.realisasi_pagu[2023] = v("4.987.500.000", 4987500000.0);
    Sasaran& program2 = d.sasaran.at(sp2);
    program2.nomenclature = {NomenclatureKind::Program, "3.27.07", "Program Penyuluhan Pertanian"};
    program2.pagu[2023] = v("1.100.000.000", 1100000000.0);
    program2.realisasi_pagu[2023] = v("880.000.000");  // the number read from the text
    d.sasaran.at(sk1).pagu[2023] = v("2.000.000.000", 2000000000.0);
    d.sasaran.at(ss2).pagu[2023] = v("Rp 750.000.000");  // own budget, no realisasi yet
  }

  FormRequest request(int levels = 1) const {
    FormRequest r;
    r.kind = FormKind::Lkjip;
    r.levels = levels;
    r.place = "Contoh";
    r.date = "31 Januari 2024";
    return r;
  }
};

const FormTable& table_of(const Form& form) {
  for (const FormBlock& block : form.blocks)
    if (const auto* table = std::get_if<FormTable>(&block)) return *table;
  FAIL("no table");
  throw 0;
}

std::vector<std::string> texts(const FormRow& row) {
  std::vector<std::string> out;
  for (const FormCell& cell : row) out.push_back(cell.covered ? "<covered>" : cell.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("LKjIP: the Sasaran Strategis table of the latest year with realisasi, with 2022 and the budget") {
  Pertanian p;
  std::vector<Form> forms = build_forms(p.d, p.request());
  REQUIRE(forms.size() == 1);
  const Form& form = forms.front();
  CHECK(form.kind == FormKind::Lkjip);
  CHECK(form.name == "Pengukuran Kinerja 2023");
  CHECK(form.paper == Paper::F4);
  REQUIRE(form.blocks.size() == 3);
  const auto& title = std::get<FormTitle>(form.blocks[0]);
  CHECK(title.lines == Strings{"PENGUKURAN KINERJA TAHUN 2023", "DINAS PERTANIAN", "KABUPATEN CONTOH"});

  const FormTable& table = table_of(form);
  // 8 columns of 2023, realisasi and capaian of 2022 (2021 has no realisasi: no columns), 3 of the budget.
  REQUIRE(table.widths.size() == 13);
  REQUIRE(table.header.size() == 2);
  CHECK(texts(table.header[0]) == Strings{"No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Tahun 2023",
                                          "<covered>", "<covered>", "<covered>", "Tahun 2022", "<covered>",
                                          "Realisasi Anggaran Tahun 2023", "<covered>", "<covered>"});
  CHECK(texts(table.header[1]) == Strings{"<covered>", "<covered>", "<covered>", "<covered>", "Target", "Realisasi",
                                          "Capaian (%)", "Kategori", "Realisasi", "Capaian (%)", "Anggaran (Rp)",
                                          "Realisasi (Rp)", "%"});
  CHECK(table.header[0][0].row_span == 2);
  CHECK(table.header[0][4].column_span == 4);
  CHECK(table.header[0][8].column_span == 2);
  CHECK(table.header[0][10].column_span == 3);

  REQUIRE(table.rows.size() == 5);  // SS1: 2 indicators, SS2: 2, SS3: 1
  for (const FormRow& row : table.rows) CHECK(row.size() == 13);
  CHECK(texts(table.rows[0]) == Strings{"1", "Meningkatnya produksi pertanian", "Pertumbuhan produksi padi", "%",
                                        "2,5", "2,8", "112,00%", "Sangat Baik", "1,5", "75,00%",
                                        // 5.250.000.000 + 1.100.000.000; 4.987.500.000 + 880.000.000;
                                        // 5.867.500.000 / 6.350.000.000 = 92,4015...%
                                        "6.350.000.000", "5.867.500.000", "92,40%"});
  CHECK(texts(table.rows[1]) == Strings{"<covered>", "<covered>", "Produktivitas padi", "Ton/Ha", "5,6", "5,4",
                                        "96,43%", "Sangat Baik", "", "Belum ada realisasi", "<covered>", "<covered>",
                                        "<covered>"});
  CHECK(texts(table.rows[2]) == Strings{"2", "Meningkatnya kesejahteraan petani", "Nilai Tukar Petani", "Indeks", "103",
                                        "101,2", "98,25%", "Sangat Baik", "99,96", "98,00%", "750.000.000",
                                        "Belum ada realisasi anggaran", ""});
  CHECK(texts(table.rows[3]) == Strings{"<covered>", "<covered>", "Persentase luas lahan puso", "%", "8", "9", "87,50%",
                                        "Baik", "", "Belum ada target", "<covered>", "<covered>", "<covered>"});
  CHECK(texts(table.rows[4]) == Strings{"3", "Terwujudnya tata kelola keuangan yang akuntabel",
                                        "Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP",
                                        "Target berupa teks tanpa skala berurutan di dokumen ini", "", "",
                                        "Belum ada target", "", "", ""});

  // The sasaran's number, statement and budget are merged over its indicators.
  for (int column : {0, 1, 10, 11, 12}) {
    CHECK(table.rows[0][column].row_span == 2);
    CHECK(table.rows[2][column].row_span == 2);
    CHECK(table.rows[4][column].row_span == 1);
  }
  // Numbers are numbers, text stays text.
  const FormRow& first = table.rows[0];
  CHECK(first[4].type == FormCellType::Number);
  CHECK(first[4].number == doctest::Approx(2.5));
  CHECK(first[4].decimals == 1);
  CHECK(first[6].type == FormCellType::Percent);
  CHECK(first[6].number == doctest::Approx(112));
  CHECK(first[6].band == CapaianBand::SangatBaik);
  CHECK(first[7].band == CapaianBand::SangatBaik);
  CHECK(first[9].band == CapaianBand::Cukup);  // 75% of 2022
  CHECK(first[10].type == FormCellType::Number);
  CHECK(first[10].number == doctest::Approx(6350000000.0));
  CHECK(first[11].number == doctest::Approx(5867500000.0));
  CHECK(first[12].type == FormCellType::Percent);
  CHECK(first[12].number == doctest::Approx(92.4015748).epsilon(1e-7));
  CHECK(!first[12].band);  // budget absorption is not a capaian band
  CHECK(table.rows[1][6].number == doctest::Approx(96.4285714).epsilon(1e-7));
  CHECK(table.rows[3][6].band == CapaianBand::Baik);  // lower is better: 87,5%
  CHECK(table.rows[2][10].number == doctest::Approx(750000000.0));
  CHECK(table.rows[4][4].type == FormCellType::Text);
  CHECK(!table.rows[4][6].band);

  const auto& signatures = std::get<FormSignatures>(form.blocks[2]);
  REQUIRE(signatures.parties.size() == 1);
  const FormSignature& head = signatures.parties.front();
  CHECK(head.place_date == "Contoh, 31 Januari 2024");
  CHECK(head.role == "KEPALA DINAS PERTANIAN,");  // the role line as the forms print it (form_signature.h)
  CHECK(head.name == "Dr. Budi Santoso, M.Si");
  CHECK(head.nip == "196805121994031005");
}

TEST_CASE("LKjIP: a unit's table holds its own sasaran, its own budget and its holder's signature") {
  Pertanian p;
  FormRequest request = p.request(0);
  request.unit = "bidang produksi";
  Form form = lkjip_form(p.d, request);
  CHECK(std::get<FormTitle>(form.blocks[0]).lines ==
        Strings{"PENGUKURAN KINERJA TAHUN 2023", "BIDANG PRODUKSI", "DINAS PERTANIAN", "KABUPATEN CONTOH"});
  const FormTable& table = table_of(form);
  // Only SP1 has realisasi, in 2023: no earlier year; the budget of each program is its own.
  REQUIRE(table.widths.size() == 11);
  CHECK(table.header[0][1].text == "Sasaran Program");
  CHECK(table.header[0][8].text == "Realisasi Anggaran Tahun 2023");
  REQUIRE(table.rows.size() == 2);
  CHECK(texts(table.rows[0]) == Strings{"1", "Meningkatnya ketersediaan sarana pertanian",
                                        "Persentase kelompok tani menerima sarana", "%", "80", "60", "75,00%", "Cukup",
                                        // 4.987.500.000 / 5.250.000.000 = 95%
                                        "5.250.000.000", "4.987.500.000", "95,00%"});
  CHECK(texts(table.rows[1]) == Strings{"2", "Meningkatnya kapasitas penyuluh", "", "", "", "", "Belum ada indikator",
                                        "", "1.100.000.000", "880.000.000", "80,00%"});
  const FormSignature& holder = std::get<FormSignatures>(form.blocks[2]).parties.front();
  CHECK(holder.role == "KEPALA BIDANG PRODUKSI,");
  CHECK(holder.name == "Ir. Sari Wulandari");
  CHECK(holder.nip == "197001012000032001");
}

TEST_CASE("LKjIP: levels mixed name each sasaran's level, the tree order keeps what supports a sasaran under it") {
  Pertanian p;
  Form form = lkjip_form(p.d, p.request(0));
  const FormTable& table = table_of(form);
  CHECK(table.header[0][1].text == "Sasaran");
  Strings statements;
  for (const FormRow& row : table.rows)
    if (!row[1].covered) statements.push_back(row[0].text + " " + row[1].text);
  CHECK(statements == Strings{"1 Sasaran Strategis: Meningkatnya produksi pertanian",
                              "2 Sasaran Program: Meningkatnya ketersediaan sarana pertanian",
                              "3 Sasaran Kegiatan: Tersalurkannya alat mesin pertanian",
                              "4 Sasaran Program: Meningkatnya kapasitas penyuluh",
                              "5 Sasaran Strategis: Meningkatnya kesejahteraan petani",
                              "6 Sasaran Strategis: Terwujudnya tata kelola keuangan yang akuntabel"});
  // The kegiatan's own 2.000.000.000 shows on its own row.
  for (const FormRow& row : table.rows)
    if (row[1].text == "Sasaran Kegiatan: Tersalurkannya alat mesin pertanian") {
      CHECK(row[row.size() - 3].text == "2.000.000.000");
      CHECK(row[row.size() - 2].text == "Belum ada realisasi anggaran");
    }
}

TEST_CASE("LKjIP: a branch narrows the rows, a budget with a missing pagu says so instead of summing half") {
  Pertanian p;
  p.d.sasaran.at(p.sp2).pagu.erase(2023);
  FormRequest request = p.request(1);
  request.branch = p.ss1;
  Form form = lkjip_form(p.d, request);
  const FormTable& table = table_of(form);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0][1].text == "Meningkatnya produksi pertanian");
  CHECK(table.rows[0][10].text == "Pagu belum lengkap (1 dari 2)");
  CHECK(table.rows[0][10].type == FormCellType::Text);
  CHECK(table.rows[0][11].text == "5.867.500.000");  // both realisasi are written
  CHECK(table.rows[0][12].text == "");
}

TEST_CASE("LKjIP: the year asked for, even before any realisasi, none written and none asked is an error") {
  Pertanian p;
  FormRequest request = p.request(1);
  request.year = 2021;
  Form form = lkjip_form(p.d, request);
  const FormTable& table = table_of(form);
  CHECK(table.header[0][4].text == "Tahun 2021");
  CHECK(table.widths.size() == 8);  // no earlier year, no budget in 2021
  CHECK(table.rows[0][6].text == "Belum ada target");
  CHECK(table.rows[0][5].text == "");

  for (auto& [id, indikator] : p.d.indikator) indikator.realisasi.clear();
  try {
    lkjip_form(p.d, p.request(1));
    FAIL("expected a UserError");
  } catch (const UserError& error) {
    CHECK(error.message().id.find("Belum ada realisasi indikator pada periode 2021-2023") != std::string::npos);
    CHECK(error.message().en.find("No indicator has a realisasi in the period 2021-2023") != std::string::npos);
  }
}

TEST_CASE("LKjIP: the latest year is judged on the table's own rows") {
  Pertanian p;
  p.d.indikator.at(p.ikp1).realisasi.clear();
  p.measure(p.ikp1, 2022, "70", 70, "70", 70);
  FormRequest request = p.request(0);
  request.unit = "Bidang Produksi";
  // The head's indicators have 2023; the bidang's only 2022.
  Form form = lkjip_form(p.d, request);
  CHECK(form.name == "Pengukuran Kinerja 2022");
  CHECK(table_of(form).rows[0][6].text == "100,00%");
}

TEST_CASE("LKjIP: nothing to measure is an error naming why") {
  Pertanian p;
  FormRequest request = p.request(1);
  request.unit = "Seksi Sarana";  // its only sasaran is a Sasaran Kegiatan
  CHECK_THROWS_WITH_AS(lkjip_form(p.d, request),
                       "Unit Seksi Sarana tidak memiliki sasaran sampai level 1, jadi tidak ada yang diukur dalam "
                       "tabel pengukuran kinerja.",
                       UserError);
  request = p.request(1);
  request.unit = "Dinas Kesehatan";
  CHECK_THROWS_AS(lkjip_form(p.d, request), UserError);
  request = p.request(1);
  request.branch = 999999;
  CHECK_THROWS_AS(lkjip_form(p.d, request), UserError);
}

TEST_CASE("LKjIP: without a penandatangan the head unit's holder signs, an empty name keeps its room") {
  Pertanian p;
  p.d.info.penandatangan = {};
  p.d.units.at(p.head).holder_name = "Ir. Andi";
  FormRequest request = p.request(1);
  request.place.clear();
  FormSignature signature = std::get<FormSignatures>(lkjip_form(p.d, request).blocks[2]).parties.front();
  CHECK(signature.place_date == std::string(kDottedGap) + ", 31 Januari 2024");
  CHECK(signature.role == "KEPALA DINAS PERTANIAN KABUPATEN CONTOH,");  // no jabatan recorded: from instansi and pemda
  CHECK(signature.name == "Ir. Andi");
}

TEST_CASE("LKjIP as CSV: one clean table, figures as numbers, a sasaran's budget once over its indicators") {
  Pertanian p;
  std::string csv = forms_to_csv(build_forms(p.d, p.request()), CsvStyle{});
  std::string expected =
      "\xEF\xBB\xBF"
      "No;Sasaran Strategis;Indikator Kinerja;Satuan;Tahun 2023 - Target;Tahun 2023 - Realisasi;"
      "Tahun 2023 - Capaian (%);Tahun 2023 - Kategori;Tahun 2022 - Realisasi;Tahun 2022 - Capaian (%);"
      "Realisasi Anggaran Tahun 2023 - Anggaran (Rp);Realisasi Anggaran Tahun 2023 - Realisasi (Rp);"
      "Realisasi Anggaran Tahun 2023 - %\r\n"
      "1;Meningkatnya produksi pertanian;Pertumbuhan produksi padi;%;2,5;2,8;112;Sangat Baik;1,5;75;6350000000;"
      "5867500000;92,4\r\n"
      "1;Meningkatnya produksi pertanian;Produktivitas padi;Ton/Ha;5,6;5,4;96,43;Sangat Baik;;Belum ada realisasi;;;"
      "\r\n";
  CHECK(csv.compare(0, expected.size(), expected) == 0);
}

}  // namespace pokin
