// The Perjanjian Kinerja as Form data (PermenPAN-RB 53/2014): the agreement page's parties, text and signatures, the
// lampiran's sasaran table (numbering, merges, targets with their satuan) and anggaran table (its Jumlah), one PK per
// unit in the order of the unit tree, and the errors a planner can cause. Every expected value below was worked out by
// hand from the hand-built document of this file (or, for the bundled example, from its rows read with sqlite3).
#include <doctest/doctest.h>

#include <array>
#include <ctime>
#include <functional>
#include <string>

#include "core/forms/build_forms.h"
#include "core/forms/pk_form.h"
#include "core/forms/pk_lampiran.h"
#include "core/forms/pk_parties.h"
#include "core/text/indonesian_date.h"
#include "core/model/indonesian_number.h"
#include "core/store/document_file.h"
#include "core/text/bilingual.h"

using namespace pokin;

namespace {

const std::string kGap(kDottedGap);

// Dinas PUPR of Kabupaten Contoh, 2024-2026: the head; the Sekretariat (order 0, no holder) and the Bidang Bina
// Marga (order 1) under it; the Seksi Jalan under the Bidang; a staff unit owning nothing.
struct AgreementDocument {
  Document document;

  Id unit(Id parent, UnitKind kind, std::string name, std::string jabatan, std::string holder, std::string nip,
          int order = 0) {
    Unit u;
    u.id = document.allocate_id();
    u.parent = parent;
    u.kind = kind;
    u.name = std::move(name);
    u.jabatan = std::move(jabatan);
    u.holder_name = std::move(holder);
    u.holder_nip = std::move(nip);
    u.order = order;
    document.units.emplace(u.id, u);
    return u.id;
  }
  Id sasaran(Id unit, int level, std::string statement, int order) {
    Sasaran s;
    s.id = document.allocate_id();
    s.unit = unit;
    s.level = level;
    s.statement = std::move(statement);
    s.order = order;
    document.sasaran.emplace(s.id, s);
    return s.id;
  }
  Id program(Id unit, int level, NomenclatureKind kind, std::string kode, std::string name, std::string pagu_2024,
             int order) {
    Id id = sasaran(unit, level, "", order);
    Sasaran& s = document.sasaran.at(id);
    s.nomenclature = {kind, std::move(kode), std::move(name)};
    if (!pagu_2024.empty()) s.pagu[2024] = make_value(pagu_2024);
    return id;
  }
  Id indikator(Id sasaran, std::string name, std::string satuan, std::string target_2024, int order = 0) {
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = sasaran;
    i.name = std::move(name);
    i.satuan = std::move(satuan);
    if (!target_2024.empty()) i.target[2024] = make_value(target_2024);
    i.order = order;
    document.indikator.emplace(i.id, i);
    return i.id;
  }

  AgreementDocument() {
    document.info.instansi = "Dinas Pekerjaan Umum dan Penataan Ruang";
    document.info.pemda = "Kabupaten Contoh";
    document.info.period_start = 2024;
    document.info.period_end = 2026;
    head = unit(kNoId, UnitKind::Head, "Kepala Dinas", "Kepala Dinas", "Ir. Nama Atasan, M.Si", "19680101 199303 1 005");
    bidang = unit(head, UnitKind::Division, "Bidang Bina Marga", "Kepala Bidang Bina Marga", "Contoh Nama, S.T., M.T.",
                  "19800101 200501 1 003", 1);
    sekretariat = unit(head, UnitKind::Division, "Sekretariat", "Sekretaris", "", "", 0);
    seksi = unit(bidang, UnitKind::Section, "Seksi Jalan", "Kepala Seksi Jalan", "Budi Santoso", "");
    staff = unit(seksi, UnitKind::Staff, "Staf Administrasi", "Pengadministrasi Umum", "Siti", "");

    Id tujuan = sasaran(head, 0, "Terwujudnya infrastruktur yang andal", 0);
    document.sasaran.at(tujuan).kind = StatementKind::Tujuan;
    indikator(tujuan, "Indeks infrastruktur", "indeks", "70");
    Id ss = sasaran(head, 0, "Meningkatnya kualitas infrastruktur jalan", 1);
    indikator(ss, "Indeks kemantapan jalan", "Indeks", "2,8");

    Id mutu = sasaran(bidang, 1, "Meningkatnya kualitas jalan kabupaten", 0);
    indikator(mutu, "Persentase jalan kabupaten dalam kondisi mantap", "%", "75", 0);
    indikator(mutu, "Persentase jembatan dalam kondisi baik", "%", "80%", 1);
    Id konektivitas = sasaran(bidang, 1, "Meningkatnya konektivitas antar wilayah", 1);
    indikator(konektivitas, "Rasio konektivitas kabupaten", "rasio", "0,65");
    program(bidang, 1, NomenclatureKind::Program, "1.03.10", "Program Penyelenggaraan Jalan", "25.500.000.000", 2);
    program(bidang, 1, NomenclatureKind::Program, "1.03.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "1.250.000.000", 3);

    Id akuntabilitas = sasaran(sekretariat, 1, "Meningkatnya akuntabilitas kinerja dinas", 0);
    indikator(akuntabilitas, "Nilai SAKIP", "predikat", "BB");

    Id pemeliharaan = sasaran(seksi, 2, "Terpeliharanya jalan kabupaten", 0);
    Id panjang = indikator(pemeliharaan, "Panjang jalan terpelihara", "km", "");
    document.indikator.at(panjang).target[2025] = make_value("120");  // no target for 2024
    Sasaran& kegiatan = document.sasaran.at(pemeliharaan);
    kegiatan.nomenclature = {NomenclatureKind::Kegiatan, "1.03.10.2.01", "Pemeliharaan Jalan dan Jembatan"};
    kegiatan.pagu[2024] = make_value("750.000.000");
  }

  Id head, bidang, sekretariat, seksi, staff;
};

FormRequest pk_request(std::string unit = "", int year = 2024) {
  FormRequest request;
  request.kind = FormKind::Pk;
  request.unit = std::move(unit);
  request.year = year;
  request.place = "Paringin";
  request.date = "2 Januari 2024";
  return request;
}

template <class Block>
const Block& block(const Form& form, std::size_t index) {
  REQUIRE(index < form.blocks.size());
  REQUIRE(std::holds_alternative<Block>(form.blocks[index]));
  return std::get<Block>(form.blocks[index]);
}

std::string paragraph(const Form& form, std::size_t index) { return block<FormParagraph>(form, index).text; }

// The agreement page is blocks 0-8, the page break 9, the lampiran from 10 on.
constexpr std::size_t kAgreementSignatures = 8, kPageBreak = 9, kLampiranTitle = 10, kSasaranTable = 11;

Bilingual error_of(const std::function<void()>& call) {
  try {
    call();
  } catch (const UserError& error) {
    return error.message();
  }
  FAIL("no UserError was thrown");
  return {};
}

std::string today_by_hand() {
  static const std::array<const char*, 12> kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                                   "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  std::time_t now = std::time(nullptr);
  std::tm local = *std::localtime(&now);
  return std::to_string(local.tm_mday) + " " + kMonths[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

}  // namespace

TEST_CASE("pk: the agreement page of an eselon III names its holder and the head of agency, in the template's words") {
  AgreementDocument a;
  std::vector<Form> forms = pk_forms(a.document, pk_request("Bidang Bina Marga"));
  REQUIRE(forms.size() == 1);
  const Form& form = forms.front();
  CHECK(form.kind == FormKind::Pk);
  CHECK(form.name == "PK Bidang Bina Marga 2024");
  CHECK(block<FormTitle>(form, 0).lines ==
        std::vector<std::string>{"PERJANJIAN KINERJA TAHUN 2024", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                                 "KABUPATEN CONTOH"});
  CHECK(paragraph(form, 1) ==
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada "
        "hasil, kami yang bertanda tangan di bawah ini:");
  CHECK(paragraph(form, 2) == "Nama\t: Contoh Nama, S.T., M.T.\nJabatan\t: Kepala Bidang Bina Marga");
  CHECK(paragraph(form, 3) == "selanjutnya disebut pihak pertama");
  // The head of agency's bare "Kepala Dinas" is written in full with the instansi and pemda.
  CHECK(paragraph(form, 4) ==
        "Nama\t: Ir. Nama Atasan, M.Si\nJabatan\t: Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Contoh");
  CHECK(paragraph(form, 5) == "selaku atasan pihak pertama, selanjutnya disebut pihak kedua");
  CHECK(paragraph(form, 6).rfind("Pihak pertama berjanji akan mewujudkan target kinerja", 0) == 0);
  CHECK(paragraph(form, 7).rfind("Pihak kedua akan melakukan supervisi", 0) == 0);

  const FormSignatures& signatures = block<FormSignatures>(form, kAgreementSignatures);
  REQUIRE(signatures.parties.size() == 2);
  const FormSignature& left = signatures.parties[0];
  const FormSignature& right = signatures.parties[1];
  CHECK(left.role == "PIHAK KEDUA,");
  CHECK(left.name == "Ir. Nama Atasan, M.Si");
  CHECK(left.nip == "19680101 199303 1 005");
  CHECK(left.place_date.empty());
  CHECK(right.role == "PIHAK PERTAMA,");
  CHECK(right.name == "Contoh Nama, S.T., M.T.");
  CHECK(right.nip == "19800101 200501 1 003");
  CHECK(right.place_date == "Paringin, 2 Januari 2024");
  CHECK(std::holds_alternative<FormPageBreak>(form.blocks.at(kPageBreak)));
}

TEST_CASE("pk: the lampiran numbers sasaran and, where one has several, their indicators, merges the sasaran, types the targets") {
  AgreementDocument a;
  Form form = pk_form(a.document, a.bidang, 2024, pk_request());
  CHECK(block<FormTitle>(form, kLampiranTitle).lines ==
        std::vector<std::string>{"PERJANJIAN KINERJA TAHUN 2024", "BIDANG BINA MARGA",
                                 "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN CONTOH"});
  const FormTable& table = block<FormTable>(form, kSasaranTable);
  REQUIRE(table.header.size() == 2);
  CHECK(table.header[0][0].text == "No");
  CHECK(table.header[0][1].text == "Sasaran Program");
  CHECK(table.header[0][2].text == "Indikator Kinerja");
  CHECK(table.header[0][2].column_span == 2);
  CHECK(table.header[0][3].covered);
  CHECK(table.header[0][4].text == "Target 2024");
  CHECK(table.header[1][4].text == "(4)");
  CHECK(table.widths.size() == 5);

  // Two sasaran with indicators; the two program rows carry no statement and belong to the anggaran table only.
  REQUIRE(table.rows.size() == 3);
  const FormRow& first = table.rows[0];
  CHECK(first[0].text == "1");
  CHECK(first[0].row_span == 2);
  CHECK(first[1].text == "Meningkatnya kualitas jalan kabupaten");
  CHECK(first[1].row_span == 2);
  CHECK(first[2].text == "1.1");
  CHECK(first[3].text == "Persentase jalan kabupaten dalam kondisi mantap");
  // "75" with satuan "%" is the percent 75.
  CHECK(first[4].type == FormCellType::Percent);
  CHECK(first[4].number == doctest::Approx(75));
  CHECK(first[4].text == "75%");
  const FormRow& second = table.rows[1];
  CHECK(second[0].covered);
  CHECK(second[1].covered);
  CHECK(second[2].text == "1.2");
  CHECK(second[3].text == "Persentase jembatan dalam kondisi baik");
  CHECK(second[4].type == FormCellType::Percent);
  CHECK(second[4].text == "80%");
  const FormRow& third = table.rows[2];
  CHECK(third[0].text == "2");
  CHECK(third[0].row_span == 1);
  CHECK(!third[0].covered);
  CHECK(third[1].text == "Meningkatnya konektivitas antar wilayah");
  CHECK(third[2].text == "2.1");
  CHECK(third[4].type == FormCellType::Number);
  CHECK(third[4].number == doctest::Approx(0.65));
  CHECK(third[4].decimals == 2);
  CHECK(third[4].text == "0,65 rasio");
}

TEST_CASE("pk: the anggaran table lists the programs with their pagu of the year and sums them") {
  AgreementDocument a;
  Form form = pk_form(a.document, a.bidang, 2024, pk_request());
  const FormTable& anggaran = block<FormTable>(form, kSasaranTable + 1);
  REQUIRE(anggaran.header.size() == 1);
  CHECK(anggaran.header[0][1].text == "Program");
  CHECK(anggaran.header[0][2].text == "Anggaran (Rp)");
  CHECK(anggaran.header[0][3].text == "Keterangan");
  REQUIRE(anggaran.rows.size() == 3);
  CHECK(anggaran.rows[0][0].text == "1");
  CHECK(anggaran.rows[0][1].text == "Program Penyelenggaraan Jalan");
  CHECK(anggaran.rows[0][2].type == FormCellType::Number);
  CHECK(anggaran.rows[0][2].number == doctest::Approx(25500000000.0));
  CHECK(anggaran.rows[0][2].text == "25.500.000.000");
  CHECK(anggaran.rows[0][3].text == "1.03.10");
  CHECK(anggaran.rows[1][1].text == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
  CHECK(anggaran.rows[1][2].number == doctest::Approx(1250000000.0));
  // 25.500.000.000 + 1.250.000.000 = 26.750.000.000
  const FormRow& jumlah = anggaran.rows[2];
  CHECK(jumlah[0].text == "Jumlah");
  CHECK(jumlah[0].column_span == 2);
  CHECK(jumlah[1].covered);
  CHECK(jumlah[2].type == FormCellType::Number);
  CHECK(jumlah[2].number == doctest::Approx(26750000000.0));
  CHECK(jumlah[2].text == "26.750.000.000");
  CHECK(jumlah[2].bold);

  // Both signatures again, each under its jabatan, no date line.
  const FormSignatures& signatures = block<FormSignatures>(form, kSasaranTable + 2);
  REQUIRE(signatures.parties.size() == 2);
  CHECK(signatures.parties[0].role == "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Contoh,");
  CHECK(signatures.parties[0].name == "Ir. Nama Atasan, M.Si");
  CHECK(signatures.parties[1].role == "Kepala Bidang Bina Marga,");
  CHECK(signatures.parties[1].name == "Contoh Nama, S.T., M.T.");
  CHECK(signatures.parties[1].place_date.empty());
  CHECK(form.blocks.size() == kSasaranTable + 3);
}

TEST_CASE("pk: the head of agency agrees with the regional head, who has no NIP, and a Tujuan is not agreed") {
  AgreementDocument a;
  Form form = pk_form(a.document, a.head, 2024, pk_request());
  CHECK(form.name == "PK Kepala Dinas 2024");
  CHECK(paragraph(form, 2) ==
        "Nama\t: Ir. Nama Atasan, M.Si\nJabatan\t: Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Contoh");
  CHECK(paragraph(form, 4) == "Nama\t: " + kGap + "\nJabatan\t: Bupati Contoh");
  const FormSignature& kedua = block<FormSignatures>(form, kAgreementSignatures).parties.at(0);
  CHECK(kedua.name == kGap);
  CHECK(kedua.nip.empty());
  // The head's lampiran is the agency's own: no unit line.
  CHECK(block<FormTitle>(form, kLampiranTitle).lines ==
        std::vector<std::string>{"PERJANJIAN KINERJA TAHUN 2024", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                                 "KABUPATEN CONTOH"});
  const FormTable& table = block<FormTable>(form, kSasaranTable);
  CHECK(table.header[0][1].text == "Sasaran Strategis");
  // One indicator per sasaran: no numbering column, the form's four columns.
  CHECK(table.widths.size() == 4);
  CHECK(table.header[0][2].text == "Indikator Kinerja");
  CHECK(table.header[0][2].column_span == 1);
  CHECK(table.header[0][3].text == "Target 2024");
  CHECK(table.header[1][3].text == "(4)");
  REQUIRE(table.rows.size() == 1);  // the Tujuan is left out
  CHECK(table.rows[0][1].text == "Meningkatnya kualitas infrastruktur jalan");
  CHECK(table.rows[0][2].text == "Indeks kemantapan jalan");
  CHECK(table.rows[0][3].text == "2,8 Indeks");
  CHECK(table.rows[0][3].number == doctest::Approx(2.8));
  // No program or pagu: no anggaran table, the signatures follow the sasaran table.
  CHECK(std::holds_alternative<FormSignatures>(form.blocks.at(kSasaranTable + 1)));
  CHECK(block<FormSignatures>(form, kSasaranTable + 1).parties.at(0).role == "Bupati Contoh,");
}

TEST_CASE("pk: a missing holder prints a dotted gap to fill in by hand, never an empty line or another name") {
  AgreementDocument a;
  Form form = pk_form(a.document, a.sekretariat, 2024, pk_request());
  CHECK(paragraph(form, 2) == "Nama\t: " + kGap + "\nJabatan\t: Sekretaris");
  const FormSignature& pertama = block<FormSignatures>(form, kAgreementSignatures).parties.at(1);
  CHECK(pertama.name == kGap);
  CHECK(pertama.nip == kGap);
  // A text target stays text.
  const FormCell& target = block<FormTable>(form, kSasaranTable).rows.at(0).at(3);
  CHECK(target.type == FormCellType::Text);
  CHECK(target.text == "BB");

  // The holder of the Seksi has a name but no NIP; the Seksi's superior is the Bidang's holder.
  Form seksi = pk_form(a.document, a.seksi, 2024, pk_request());
  const FormSignatures& signatures = block<FormSignatures>(seksi, kAgreementSignatures);
  CHECK(signatures.parties.at(0).name == "Contoh Nama, S.T., M.T.");
  CHECK(signatures.parties.at(1).name == "Budi Santoso");
  CHECK(signatures.parties.at(1).nip == kGap);
}

TEST_CASE("pk: a year without a target leaves the Target cell empty, and a sasaran with a kegiatan is in both tables") {
  AgreementDocument a;
  Form form = pk_form(a.document, a.seksi, 2024, pk_request());
  const FormTable& table = block<FormTable>(form, kSasaranTable);
  CHECK(table.header[0][1].text == "Sasaran Kegiatan");
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0][2].text == "Panjang jalan terpelihara");
  CHECK(table.rows[0][3].text.empty());
  CHECK(table.rows[0][3].type == FormCellType::Text);
  const FormTable& anggaran = block<FormTable>(form, kSasaranTable + 1);
  CHECK(anggaran.header[0][1].text == "Kegiatan");
  REQUIRE(anggaran.rows.size() == 2);
  CHECK(anggaran.rows[0][1].text == "Pemeliharaan Jalan dan Jembatan");
  CHECK(anggaran.rows[0][3].text == "1.03.10.2.01");
  CHECK(anggaran.rows[1][2].number == doctest::Approx(750000000.0));

  // 2025: the target is there; the kegiatan has no pagu that year but is still listed, its amount left blank.
  Form next = pk_form(a.document, a.seksi, 2025, pk_request());
  CHECK(block<FormTable>(next, kSasaranTable).rows[0][3].text == "120 km");
  const FormTable& anggaran_2025 = block<FormTable>(next, kSasaranTable + 1);
  CHECK(anggaran_2025.rows[0][2].text.empty());
  CHECK(anggaran_2025.rows[1][2].number == doctest::Approx(0.0));
}

TEST_CASE("pk: a whole document gives one PK per unit that owns sasaran, from the top down in sibling order") {
  AgreementDocument a;
  std::vector<Form> forms = pk_forms(a.document, pk_request());
  REQUIRE(forms.size() == 4);  // the staff unit owns nothing
  CHECK(forms[0].name == "PK Kepala Dinas 2024");
  CHECK(forms[1].name == "PK Sekretariat 2024");  // order 0 before the Bidang's 1
  CHECK(forms[2].name == "PK Bidang Bina Marga 2024");
  CHECK(forms[3].name == "PK Seksi Jalan 2024");
  // Through build_forms, with the request's paper.
  FormRequest request = pk_request();
  request.paper = Paper::A4;
  request.orientation = Orientation::Portrait;
  std::vector<Form> built = build_forms(a.document, request);
  REQUIRE(built.size() == 4);
  CHECK(built[3].paper == Paper::A4);
  CHECK(built[3].orientation == Orientation::Portrait);
  // Only the Sasaran Strategis level: only the head signs.
  request.levels = 1;
  std::vector<Form> top = pk_forms(a.document, request);
  REQUIRE(top.size() == 1);
  CHECK(top[0].name == "PK Kepala Dinas 2024");
}

TEST_CASE("pk: the year is the request's, else this year inside the period, else the period's first") {
  AgreementDocument a;
  int now = 0;
  {
    std::time_t t = std::time(nullptr);
    now = std::localtime(&t)->tm_year + 1900;
  }
  a.document.info.period_start = now - 1;
  a.document.info.period_end = now + 3;
  CHECK(pk_forms(a.document, pk_request("Sekretariat", 0)).at(0).name == "PK Sekretariat " + std::to_string(now));
  a.document.info.period_start = 2010;
  a.document.info.period_end = 2014;
  CHECK(pk_forms(a.document, pk_request("Sekretariat", 0)).at(0).name == "PK Sekretariat 2010");
}

TEST_CASE("pk: an empty place is a dotted gap, an empty date today's date in Indonesian") {
  AgreementDocument a;
  FormRequest request = pk_request();
  request.place.clear();
  request.date.clear();
  Form form = pk_form(a.document, a.bidang, 2024, request);
  CHECK(block<FormSignatures>(form, kAgreementSignatures).parties.at(1).place_date == kGap + ", " + today_by_hand());
  CHECK(indonesian_date(2, 1, 2024) == "2 Januari 2024");
  CHECK(indonesian_date(31, 12, 2025) == "31 Desember 2025");
  CHECK(indonesian_date(1, 13, 2025).empty());
}

TEST_CASE("pk: errors name the unit or the selection, in Indonesian and English") {
  AgreementDocument a;
  Bilingual nothing = error_of([&] { pk_forms(a.document, pk_request("Staf Administrasi")); });
  CHECK(nothing.id.find("Staf Administrasi") != std::string::npos);
  CHECK(nothing.id.find("tidak memiliki sasaran") != std::string::npos);
  CHECK(nothing.en.find("Staf Administrasi") != std::string::npos);
  CHECK(nothing.en.find("owns no sasaran") != std::string::npos);

  CHECK(!error_of([&] { pk_forms(a.document, pk_request("Bidang Tidak Ada")); }).en.empty());
  CHECK(error_of([&] { pk_form(a.document, 999, 2024, pk_request()); }).en.find("999") != std::string::npos);
  FormRequest branch = pk_request();
  branch.branch = 999;
  CHECK(error_of([&] { pk_forms(a.document, branch); }).id.find("999") != std::string::npos);

  // A unit that owns only a Tujuan has no sasaran to agree.
  AgreementDocument only_tujuan;
  for (auto& [id, sasaran] : only_tujuan.document.sasaran)
    if (sasaran.unit == only_tujuan.head) sasaran.kind = StatementKind::Tujuan;
  CHECK(error_of([&] { pk_form(only_tujuan.document, only_tujuan.head, 2024, pk_request()); }).id.find("Kepala Dinas") !=
        std::string::npos);

  // A document without sasaran: nothing to sign, said so.
  Document empty = a.document;
  empty.sasaran.clear();
  empty.indikator.clear();
  CHECK(error_of([&] { pk_forms(empty, pk_request()); }).en.find("No unit owns a sasaran") != std::string::npos);
  CHECK(a.document.sasaran.size() == 8);  // the planner's document is as it was
}

TEST_CASE("pk: the regional head is named after the pemda, and an unplaced unit answers to the head of agency") {
  CHECK(regional_head_jabatan("Kabupaten Balangan") == "Bupati Balangan");
  CHECK(regional_head_jabatan("Kota Banjarbaru") == "Wali Kota Banjarbaru");
  CHECK(regional_head_jabatan("Provinsi Kalimantan Selatan") == "Gubernur Kalimantan Selatan");
  CHECK(regional_head_jabatan("Pemerintah Kabupaten Agam") == "Bupati Agam");
  CHECK(regional_head_jabatan("Kab. Blitar") == "Bupati Blitar");
  CHECK(regional_head_jabatan("Batam") == "Kepala Daerah Batam");
  CHECK(regional_head_jabatan("") == "Kepala Daerah");

  AgreementDocument a;
  a.document.units.at(a.sekretariat).parent = kNoId;  // not placed yet
  PkParties parties = pk_parties(a.document, a.sekretariat);
  CHECK(parties.kedua.name == "Ir. Nama Atasan, M.Si");
  CHECK(parties.pertama.jabatan == "Sekretaris");

  // A unit without a name is still named in its form.
  a.document.units.at(a.sekretariat).name.clear();
  CHECK(pk_form(a.document, a.sekretariat, 2024, pk_request()).name == "PK Sekretaris 2024");
}

TEST_CASE("pk: a target's satuan is written where the value lacks it") {
  Indikator indikator;
  indikator.satuan = "Rp miliar";
  indikator.target[2024] = make_value("1.000");
  FormCell money = pk_target_cell(indikator, 2024);
  CHECK(money.type == FormCellType::Number);
  CHECK(money.number == doctest::Approx(1000));
  CHECK(money.text == "Rp 1.000 miliar");
  indikator.satuan = "izin";
  indikator.target[2024] = make_value("5.200 izin");
  CHECK(pk_target_cell(indikator, 2024).type == FormCellType::Text);
  CHECK(pk_target_cell(indikator, 2024).text == "5.200 izin");
  indikator.satuan = "%";
  indikator.target[2024] = make_value("≥ 80%");
  CHECK(pk_target_cell(indikator, 2024).text == "≥ 80%");
  indikator.target[2024] = make_value("83,37");
  CHECK(pk_target_cell(indikator, 2024).type == FormCellType::Percent);
  CHECK(pk_target_cell(indikator, 2024).text == "83,37%");
  CHECK(pk_target_cell(indikator, 2023).text.empty());
}

TEST_CASE("pk: the bundled Balangan example gives 23 agreements, the head's signed by the penandatangan with the Bupati") {
  Document document;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", document,
                            store::OpenMode::ReadOnly);
  std::vector<Form> forms = pk_forms(document, pk_request("", 2024));
  REQUIRE(forms.size() == 23);
  // Unit ids in the file, top down: the head (1); the seven Bidang and the Sekretariat by their order (2..8); the Sub
  // Bagian / Sub Koordinator under each of them in turn.
  const std::array<Id, 23> order{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 21, 22, 19, 20, 23, 13, 14, 15, 12, 16, 17, 18};
  for (std::size_t i = 0; i < order.size(); ++i)
    CHECK(forms[i].name == "PK " + document.units.at(order[i]).name + " 2024");
  const Form& head = forms.front();
  // The head unit has no holder of its own: the document's penandatangan (its Renstra's signer) signs, with NIP.
  CHECK(paragraph(head, 2) ==
        "Nama\t: Dr. AKHRIANI, S.Pd., M.AP"
            "\nJabatan\t: Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja "
            "Kabupaten Balangan");
  CHECK(paragraph(head, 4) == "Nama\t: " + kGap + "\nJabatan\t: Bupati Balangan");
  const FormTable& table = block<FormTable>(head, kSasaranTable);
  REQUIRE(table.rows.size() == 4);
  CHECK(table.rows[0][1].text == "Meningkatnya Realisasi Investasi Daerah");
  CHECK(table.rows[0][2].text == "Nilai Realisasi Investasi");
  CHECK(table.rows[0][3].text == "Rp 1.000 miliar");
  CHECK(table.rows[1][3].text == "95,2%");
  CHECK(table.rows[2][3].text == "3,8 nilai");
  CHECK(table.rows[3][3].text == "55%");
  // The Sekretariat's holder is not in the file: its PK names the Kepala Dinas's jabatan as pihak kedua's.
  CHECK(block<FormSignatures>(head, kAgreementSignatures).parties.at(1).nip == "19710228 199702 1 002");
  CHECK(paragraph(forms[1], 4) ==
        "Nama\t: Dr. AKHRIANI, S.Pd., M.AP"
            "\nJabatan\t: Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja "
            "Kabupaten Balangan");
}

TEST_CASE("pk: a damaged unit tree (two units above each other) still gives each its PK, naming the other as superior") {
  AgreementDocument a;
  // The Seksi and the Bidang name each other as parent: the walk from the top cannot reach them; they follow the
  // reachable units in id order (the Bidang was created before the Seksi).
  a.document.units.at(a.bidang).parent = a.seksi;
  std::vector<Form> forms = pk_forms(a.document, pk_request());
  REQUIRE(forms.size() == 4);
  CHECK(forms[0].name == "PK Kepala Dinas 2024");
  CHECK(forms[1].name == "PK Sekretariat 2024");
  CHECK(forms[2].name == "PK Bidang Bina Marga 2024");
  CHECK(forms[3].name == "PK Seksi Jalan 2024");
  CHECK(paragraph(forms[2], 4) == "Nama\t: Budi Santoso\nJabatan\t: Kepala Seksi Jalan");
}
