// The lampiran of the IKU decree (core/forms/iku_form.h): the decree's title lines, the table No | Sasaran |
// Indikator Kinerja | Penjelasan / Formulasi | Satuan | [Target] | Sumber Data | Penanggung Jawab with the No and
// the sasaran merged over their indikator rows, the signature of who the IKU belongs to, per unit or for the
// whole document. Expected cells worked out by hand from form_test_documents.h and the bundled example's data.
#include <doctest/doctest.h>

#include "core/forms/build_forms.h"
#include "core/forms/iku_form.h"
#include "core/store/document_file.h"
#include "form_test_documents.h"
#include "refusal_message.h"

namespace pokin {
namespace {

using test::FormTestDocument;

Form iku(const Document& document, FormRequest request = {}) {
  request.kind = FormKind::Iku;
  if (request.place.empty()) request.place = "Paringin";
  if (request.date.empty()) request.date = "5 Januari 2024";
  return iku_form(document, request);
}

const std::vector<std::string> kColumns{"No",     "Sasaran Strategis", "Indikator Kinerja", "Penjelasan / Formulasi",
                                        "Satuan", "Sumber Data",       "Penanggung Jawab"};

TEST_CASE("IKU form: the decree's title lines over the table") {
  FormTestDocument doc;
  Form form = iku(doc.document);
  CHECK(form.kind == FormKind::Iku);
  CHECK(form.name == "IKU");
  CHECK(form.paper == Paper::F4);
  CHECK(form.orientation == Orientation::Landscape);
  auto titles = test::blocks_of<FormTitle>(form);
  REQUIRE(titles.size() == 2);
  CHECK(titles[0].lines ==
        std::vector<std::string>{"LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PTSP KABUPATEN CONTOH",
                                 "NOMOR : 050/12/DPMPTSP/2024", "TANGGAL : 2 Januari 2024"});
  CHECK(titles[1].lines == std::vector<std::string>{"INDIKATOR KINERJA UTAMA",
                                                    "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN CONTOH",
                                                    "TAHUN 2024-2026"});
  // Title, title, table, signature: in that order.
  REQUIRE(form.blocks.size() == 4);
  CHECK(std::holds_alternative<FormTable>(form.blocks[2]));
  CHECK(std::holds_alternative<FormSignatures>(form.blocks[3]));

  // No nomor or tanggal yet: room to write them in.
  doc.document.info.nomor_sk.clear();
  doc.document.info.tanggal.clear();
  titles = test::blocks_of<FormTitle>(iku(doc.document));
  CHECK(titles[0].lines.at(1) == "NOMOR : ........................");
  CHECK(titles[0].lines.at(2) == "TANGGAL : ........................");
}

TEST_CASE("IKU form: the Sasaran Strategis, numbered and merged over their indikator") {
  FormTestDocument doc;
  FormTable table = test::only_table(iku(doc.document));
  test::check_rectangular(table);
  REQUIRE(table.header.size() == 1);
  CHECK(test::texts(table.header[0]) == kColumns);
  CHECK(table.widths.size() == 7);
  // SS1 (I1, I2) and SS2 (I3); the Tujuan T1 and the Sasaran Program below are not the head's IKU.
  REQUIRE(table.rows.size() == 3);
  CHECK(test::texts(table.rows[0]) ==
        std::vector<std::string>{"1", "Meningkatnya kualitas pelayanan perizinan", "Indeks kepuasan masyarakat",
                                 "Σ nilai persepsi / Σ unsur", "Indeks", "Survei IKM", "Bidang Pelayanan Perizinan"});
  CHECK(test::texts(table.rows[1]).at(2) == "Jumlah izin terbit");
  CHECK(test::texts(table.rows[1]).at(4) == "izin");
  CHECK(test::texts(table.rows[2]) ==
        std::vector<std::string>{"2", "Meningkatnya tata kelola keuangan", "Opini BPK", "", "opini", "", ""});
  // No and Sasaran span SS1's two rows; the indikator columns do not.
  CHECK(table.rows[0][0].row_span == 2);
  CHECK(table.rows[0][1].row_span == 2);
  CHECK(table.rows[1][0].covered);
  CHECK(table.rows[1][1].covered);
  CHECK_FALSE(table.rows[1][2].covered);
  CHECK(table.rows[2][0].row_span == 1);
  // The number is a number, centred.
  CHECK(table.rows[2][0].type == FormCellType::Number);
  CHECK(table.rows[2][0].number == 2);
  CHECK(table.rows[2][0].align == FormAlign::Centre);
}

TEST_CASE("IKU form: yearly targets under one Target header, typed") {
  FormTestDocument doc;
  FormRequest request;
  request.targets = true;
  FormTable table = test::only_table(iku(doc.document, request));
  test::check_rectangular(table);
  REQUIRE(table.header.size() == 2);
  CHECK(test::texts(table.header[0]) ==
        std::vector<std::string>{"No", "Sasaran Strategis", "Indikator Kinerja", "Penjelasan / Formulasi", "Satuan",
                                 "Target", "Target", "Target", "Sumber Data", "Penanggung Jawab"});
  CHECK(test::texts(table.header[1]) ==
        std::vector<std::string>{"", "", "", "", "", "2024", "2025", "2026", "", ""});
  CHECK(table.header[0][5].column_span == 3);
  CHECK(table.header[0][6].covered);
  CHECK(table.header[0][0].row_span == 2);
  CHECK(table.header[1][0].covered);
  CHECK(table.header[0][9].row_span == 2);
  CHECK_FALSE(table.header[1][5].covered);
  // I1: 80, 82,5 as numbers, "≥ 85" as text; I2: 1.000; I3: "WTP".
  CHECK(test::texts(table.rows[0]) ==
        std::vector<std::string>{"1", "Meningkatnya kualitas pelayanan perizinan", "Indeks kepuasan masyarakat",
                                 "Σ nilai persepsi / Σ unsur", "Indeks", "80", "82,5", "≥ 85", "Survei IKM",
                                 "Bidang Pelayanan Perizinan"});
  CHECK(table.rows[0][5].type == FormCellType::Number);
  CHECK(table.rows[0][6].number == doctest::Approx(82.5));
  CHECK(table.rows[0][6].decimals == 1);
  CHECK(table.rows[0][7].type == FormCellType::Text);
  CHECK(table.rows[1][5].number == 1000);
  CHECK(table.rows[2][5].type == FormCellType::Text);

  // One year only.
  request.year = 2025;
  table = test::only_table(iku(doc.document, request));
  REQUIRE(table.widths.size() == 8);
  CHECK(table.header[0][5].text == "Target");
  CHECK(table.header[1][5].text == "2025");
  CHECK(table.rows[0][5].text == "82,5");
  CHECK(table.rows[1][5].text == "1.500");
}

TEST_CASE("IKU form: the head of agency signs the whole document's IKU") {
  FormTestDocument doc;
  auto signatures = test::blocks_of<FormSignatures>(iku(doc.document));
  REQUIRE(signatures.size() == 1);
  REQUIRE(signatures[0].parties.size() == 1);
  const FormSignature& head = signatures[0].parties[0];
  CHECK(head.place_date == "Paringin, 5 Januari 2024");
  CHECK(head.role == "KEPALA DINAS PENANAMAN MODAL DAN PTSP KABUPATEN CONTOH,");
  CHECK(head.name == "Ir. Budi Santoso, M.Si");
  // The penandatangan's "jabatan" here is a pangkat: printed under the name, not as the role.
  CHECK(head.rank == "Pembina Utama Muda");
  CHECK(head.nip == "19700101 199503 1 001");

  // A jabatan that is one is the role line.
  doc.document.info.penandatangan.jabatan = "Kepala Dinas";
  FormRequest request;
  request.place = "";
  request.date = "";
  request.kind = FormKind::Iku;
  request.date = "6 Januari 2024";
  FormSignature signer = test::blocks_of<FormSignatures>(iku_form(doc.document, request))[0].parties[0];
  CHECK(signer.role == "KEPALA DINAS,");
  CHECK(signer.rank.empty());
  // No place given: a dotted gap to write it in by hand.
  CHECK(signer.place_date == "........................, 6 Januari 2024");

  // No date given: today's, after the place.
  request.place = "Paringin";
  request.date = "";
  signer = test::blocks_of<FormSignatures>(iku_form(doc.document, request))[0].parties[0];
  CHECK(signer.place_date.rfind("Paringin, ", 0) == 0);
  CHECK(signer.place_date.size() > std::string("Paringin, 1 Mei 2024").size() - 2);

  // No penandatangan: the holder of the head unit, and a gap for a name nobody gave.
  doc.document.info.penandatangan = {};
  doc.document.units[FormTestDocument::kHead].holder_name = "Drs. Ahmad";
  doc.document.units[FormTestDocument::kHead].holder_nip = "19650505 199003 1 003";
  signer = test::blocks_of<FormSignatures>(iku(doc.document))[0].parties[0];
  CHECK(signer.name == "Drs. Ahmad");
  CHECK(signer.nip == "19650505 199003 1 003");
  doc.document.units[FormTestDocument::kHead].holder_name.clear();
  signer = test::blocks_of<FormSignatures>(iku(doc.document))[0].parties[0];
  CHECK(signer.name == "........................");
}

TEST_CASE("IKU form: a unit's IKU lists what it owns, under its level's name, signed by its holder") {
  FormTestDocument doc;
  FormRequest request;
  request.unit = "Kepala Bidang Pelayanan Perizinan";  // by jabatan
  request.targets = true;
  Form form = iku(doc.document, request);
  CHECK(form.name == "IKU Bidang Pelayanan Perizinan");
  auto titles = test::blocks_of<FormTitle>(form);
  CHECK(titles[1].lines == std::vector<std::string>{"INDIKATOR KINERJA UTAMA", "BIDANG PELAYANAN PERIZINAN",
                                                    "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN CONTOH",
                                                    "TAHUN 2024-2026"});
  FormTable table = test::only_table(form);
  CHECK(table.header[0][1].text == "Sasaran Program");
  REQUIRE(table.rows.size() == 1);  // SP1 only: SK1 belongs to the Seksi
  CHECK(test::texts(table.rows[0]) ==
        std::vector<std::string>{"1", "Meningkatnya kecepatan penerbitan izin", "Rata-rata waktu penerbitan izin", "",
                                 "hari", "3", "2,5", "2", "", ""});
  CHECK(table.rows[0][6].type == FormCellType::Number);
  FormSignature holder = test::blocks_of<FormSignatures>(form)[0].parties[0];
  CHECK(holder.role == "KEPALA BIDANG PELAYANAN PERIZINAN,");
  CHECK(holder.name == "Siti Aminah, S.E.");
  CHECK(holder.nip == "19800202 200501 2 002");
  CHECK(holder.place_date == "Paringin, 5 Januari 2024");

  // The Seksi: one sasaran without indikator (one row, indikator cells empty); nobody holds the post yet.
  request = {};
  request.unit = std::to_string(FormTestDocument::kSeksi);
  form = iku(doc.document, request);
  table = test::only_table(form);
  CHECK(table.header[0][1].text == "Sasaran Kegiatan");
  CHECK(test::texts(table.rows.at(0)) ==
        std::vector<std::string>{"1", "Terlaksananya verifikasi dokumen tepat waktu", "", "", "", "", ""});
  holder = test::blocks_of<FormSignatures>(form)[0].parties[0];
  CHECK(holder.role == "KEPALA SEKSI VERIFIKASI,");
  CHECK(holder.name == "........................");

  // The head's unit: the head of agency's IKU and signature, the title without a unit line.
  request.unit = "Kepala Dinas";
  form = iku(doc.document, request);
  CHECK(form.name == "IKU");
  CHECK(test::blocks_of<FormTitle>(form)[1].lines.size() == 3);
  CHECK(test::only_table(form).rows.size() == 3);
  CHECK(test::blocks_of<FormSignatures>(form)[0].parties[0].name == "Ir. Budi Santoso, M.Si");
}

TEST_CASE("IKU form: a branch narrows the Sasaran Strategis listed") {
  FormTestDocument doc;
  FormRequest request;
  request.branch = FormTestDocument::kSs2;
  FormTable table = test::only_table(iku(doc.document, request));
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0][0].text == "1");
  CHECK(table.rows[0][1].text == "Meningkatnya tata kelola keuangan");
}

TEST_CASE("IKU form: what the planner can fix is refused with a clear message") {
  FormTestDocument doc;
  FormRequest request;
  request.unit = "Bidang Keuangan";
  CHECK(test::says(test::refusal_of([&] { iku(doc.document, request); }), "No unit is called",
                   "Tidak ada unit kerja bernama"));
  request.unit = "Kepala";  // the head's and the Bidang's and the Seksi's jabatan
  CHECK(test::says(test::refusal_of([&] { iku(doc.document, request); }), "matches 3 units", "cocok dengan 3 unit"));
  request.unit = "Sekretariat";
  CHECK(test::says(test::refusal_of([&] { iku(doc.document, request); }), "Sekretariat (3) has no sasaran yet",
                   "Sekretariat (3) belum memiliki sasaran"));

  // A unit that owns only a Tujuan has no IKU.
  Document tujuan_only = doc.document;
  tujuan_only.sasaran[FormTestDocument::kTujuan].unit = FormTestDocument::kSekretariat;
  request.unit = "Sekretariat";
  CHECK(test::says(test::refusal_of([&] { iku(tujuan_only, request); }), "holds only Tujuan",
                   "hanya memiliki Tujuan"));

  // A document without Sasaran Strategis (a Tujuan only) has no IKU to print.
  Document no_ss = doc.document;
  for (Id id : {FormTestDocument::kSs1, FormTestDocument::kSs2, FormTestDocument::kSp1, FormTestDocument::kSk1})
    no_ss.sasaran.erase(id);
  for (Id id : {FormTestDocument::kI1, FormTestDocument::kI2, FormTestDocument::kI3, FormTestDocument::kI4})
    no_ss.indikator.erase(id);
  CHECK(test::says(test::refusal_of([&] { iku(no_ss, {}); }), "no Sasaran Strategis", "belum memiliki Sasaran Strategis"));

  // Through build_forms, as the command line asks: a year outside the period.
  request = {};
  request.kind = FormKind::Iku;
  request.year = 2023;
  request.targets = true;
  CHECK(test::says(test::refusal_of([&] { build_forms(doc.document, request); }), "outside the Renstra period",
                   "di luar periode"));
  // And nothing changed in the document.
  CHECK(doc.document.same_content(FormTestDocument().document));
}

TEST_CASE("IKU form: the bundled example's IKU of the head and of a Bidang") {
  Document document;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", document,
                            store::OpenMode::ReadOnly);
  FormRequest request;
  request.targets = true;
  Form form = iku(document, request);
  auto titles = test::blocks_of<FormTitle>(form);
  CHECK(titles[0].lines.at(0) ==
        "LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU, TRANSMIGRASI DAN TENAGA "
        "KERJA KABUPATEN BALANGAN");
  CHECK(titles[0].lines.at(1) == "NOMOR : 188.46/069 / SK / DPMPSTPTTK / TAHUN 2023");
  CHECK(titles[0].lines.at(2) == "TANGGAL : 01 September 2023");
  CHECK(titles[1].lines.back() == "TAHUN 2021-2026");
  // Four Sasaran Strategis, one IKU each, six target years.
  FormTable table = test::only_table(form);
  test::check_rectangular(table);
  REQUIRE(table.rows.size() == 4);
  CHECK(table.widths.size() == 13);
  CHECK(table.rows[0][1].text == "Meningkatnya Realisasi Investasi Daerah");
  CHECK(table.rows[0][2].text == "Nilai Realisasi Investasi");
  CHECK(table.rows[0][4].text == "Rp miliar");
  CHECK(table.rows[3][0].text == "4");
  CHECK(table.rows[0][5].number == 850);     // 2021
  CHECK(table.rows[0][8].number == 1000);    // 2024, "1.000"
  CHECK(table.rows[1][5].number == doctest::Approx(94.5));
  CHECK(table.rows[1][5].text == "94,5");
  CHECK(table.rows[2][10].number == 4);  // 2026
  FormSignature head = test::blocks_of<FormSignatures>(form)[0].parties[0];
  CHECK(head.name == "Dr. AKHRIANI, S.Pd., M.AP");
  CHECK(head.nip == "19710228 199702 1 002");
  CHECK(head.role ==
        "KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU, TRANSMIGRASI DAN TENAGA KERJA KABUPATEN "
        "BALANGAN,");

  // Unit 8, the Bidang of investment planning and promotion: its three Sasaran Program.
  request.unit = "8";
  table = test::only_table(iku(document, request));
  CHECK(table.header[0][1].text == "Sasaran Program");
  CHECK(table.rows.size() == 3);
}

}  // namespace
}  // namespace pokin
