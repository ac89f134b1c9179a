// The seed documents import with the numbers counted by reading them (see each test's comment).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/import/import_document.h"

using namespace pokin;
using namespace pokin::import;

namespace {

std::string fixture(const std::string& name) { return std::string(POKIN_FIXTURES) + "/" + name; }

const Unit* unit_named(const Document& document, const std::string& name) {
  for (const auto& [id, unit] : document.units)
    if (unit.name == name) return &unit;
  return nullptr;
}

const Sasaran* sasaran_of(const Document& document, const std::string& unit, const std::string& code_or_statement) {
  const Unit* owner = unit_named(document, unit);
  if (!owner) return nullptr;
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.unit == owner->id && (sasaran.code == code_or_statement || sasaran.statement == code_or_statement))
      return &sasaran;
  return nullptr;
}

// The indikator of `unit` in document order; the last one is the last written in the source.
std::vector<const Indikator*> indikator_of(const Document& document, const std::string& unit) {
  std::vector<const Indikator*> found;
  const Unit* owner = unit_named(document, unit);
  for (const auto& [id, indikator] : document.indikator) {
    const Sasaran* sasaran = document.find_sasaran(indikator.sasaran);
    if (owner && sasaran && sasaran->unit == owner->id) found.push_back(&indikator);
  }
  std::sort(found.begin(), found.end(), [](auto* a, auto* b) { return a->order < b->order; });
  return found;
}

std::string parent_name(const Document& document, const std::string& unit) {
  const Unit* child = unit_named(document, unit);
  REQUIRE(child != nullptr);
  const Unit* parent = document.find_unit(child->parent);
  return parent ? parent->name : "";
}

}  // namespace

TEST_CASE("seed 003 (pohon kinerja listing) imports every unit, sasaran and indikator") {
  ImportResult result = import_file(fixture("003_629a2002ab84793b.txt"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "listing");
  // Units: 22 headings (1 KEPALA DINAS, 3 BIDANG, 18 SEKSI; the heading after the mid-document title counted
  // once) plus one unit for the "SS1./IK1." block on lines 2-3 that stands before any heading = 23.
  CHECK(document.units.size() == 23);
  // Sasaran: the SSn lines per unit: untitled 1, Bidang PM 2, its 3 seksi 2+2+2, Kepala Dinas 5, Perindustrian 2,
  // Tenaga Kerja 2, Proses Perizinan I A 1, Informasi Data 1, Pelayanan dan Pengaduan 2, Pengelolaan 2,
  // Industri Agro 4, Non Agro 4, Kerjasama 3, Pelatihan 2, Penempatan 1, Pembinaan 3 (the second "SS3." is the
  // indicator of SS3), and the 4 copied perizinan seksi 1 each + Administrasi B 1 = 46.
  CHECK(document.sasaran.size() == 46);
  // Indikator: IK/IKU lines per unit 1+2+2+6+2+4+2+2+3+2+2+2+4+4+3+3+2+4(incl. the second "SS3.")+3*5 = 65.
  CHECK(document.indikator.size() == 65);

  CHECK(document.info.instansi == "Dinas Penanaman Modal Pelayanan Terpadu Satu Pintu Perindustrian dan Tenaga Kerja");
  CHECK(parent_name(document, "Seksi Industri Agro") == "Bidang Perindustrian");
  CHECK(parent_name(document, "Seksi Pelayanan dan Promosi Penanaman Modal") == "Bidang Penanaman Modal");
  CHECK(parent_name(document, "Seksi Pembinaan Tenaga Kerja dan Hubungan Industrial") == "Bidang Tenaga Kerja");
  CHECK(parent_name(document, "Bidang Perindustrian") == "Kepala Dinas");
  CHECK(parent_name(document, "Seksi Proses Perizinan I Sektor A") == "Unit tanpa judul (baris 2)");

  auto head = indikator_of(document, "Kepala Dinas");
  REQUIRE(head.size() == 6);
  CHECK(head.front()->name == "Tingkat Kontribusi Sektor Industri Pengolahan Kecil Menengah (IKM)");  // wrapped over a blank line
  CHECK(head.back()->code == "IKU 6");
  CHECK(head.back()->name == "Indeks Kepuasan Masyarakat (IKM) Pelayanan Perizinan");
  auto pembinaan = indikator_of(document, "Seksi Pembinaan Tenaga Kerja dan Hubungan Industrial");
  REQUIRE(pembinaan.size() == 4);
  CHECK(pembinaan.back()->name == "Persentase peserta sosialisasi jaminan kesehatan pekerja");
  auto lkpm = indikator_of(document, "Seksi Pengendalian Sistem Informasi Data Penanaman Modal");
  REQUIRE(!lkpm.empty());
  CHECK(lkpm.front()->name == "Persentase perusahaan yang menyampaikan LKPM");
  // Sasaran levels follow the unit depth.
  CHECK(sasaran_of(document, "Kepala Dinas", "SS1")->level == 0);
  CHECK(sasaran_of(document, "Seksi Industri Agro", "SS1")->level == 2);
  // The line before any heading is reported with its number.
  REQUIRE(!result.report.lines.empty());
  CHECK(result.report.lines.front().line == 2);
}

TEST_CASE("seed 003 suggestions link the seksi sasaran that have an obvious parent") {
  ImportResult result = import_file(fixture("003_629a2002ab84793b.txt"), {});
  const Document& document = result.document;
  auto parent_statement = [&](const std::string& unit, const std::string& code) -> std::string {
    const Sasaran* child = sasaran_of(document, unit, code);
    REQUIRE(child != nullptr);
    if (child->parent == kNoId) return "";
    CHECK(child->link_origin == LinkOrigin::Suggested);
    CHECK(child->suggestion_score > 0);
    return document.find_sasaran(child->parent)->statement;
  };
  // Checked by hand: each pair shares its subject (hubungan industrial, IKM, tenaga kerja, perizinan, investasi).
  CHECK(parent_statement("Seksi Pembinaan Tenaga Kerja dan Hubungan Industrial", "SS2") ==
        "Meningkatnya hubungan industrial yang kondusif");
  CHECK(parent_statement("Seksi Industri Agro", "SS3") == "Berkembangnya Industri Kecil dan Menengah");
  CHECK(parent_statement("Seksi Industri Non Agro", "SS4") == "Berkembangnya Industri Kecil dan Menengah");
  CHECK(parent_statement("Seksi Pelatihan dan Produktifitas Tenaga Kerja", "SS1") == "Meningkatnya kualitas pencari kerja");
  CHECK(parent_statement("Seksi Penempatan dan Pemberdayaan Tenaga Kerja", "SS1") == "Meningkatnya kualitas pencari kerja");
  CHECK(parent_statement("Seksi Proses Perizinan I Sektor A", "SS1") == "Meningkatnya kualitas pelayanan perizinan");
  CHECK(parent_statement("Seksi Pelayanan dan Promosi Penanaman Modal", "SS1") == "Peningkatan layanan investasi");
  CHECK(parent_statement("Bidang Tenaga Kerja", "SS2") == "Meningkatnya Perlindungan Ketenagakerjaan");
  // Every seksi sasaran got a candidate and the report lists it with its score.
  int seksi_sasaran = 0, linked = 0;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (document.find_unit(sasaran.unit)->kind != UnitKind::Section) continue;
    ++seksi_sasaran;
    linked += sasaran.parent != kNoId ? 1 : 0;
  }
  CHECK(seksi_sasaran == 34);  // 46 sasaran minus Kepala Dinas 5, the untitled unit 1 and the three Bidang 2 each
  CHECK(linked == 32);  // the two left unlinked are listed below the threshold in the report
  CHECK(render_report(document, result.report, Language::English).find("below threshold") != std::string::npos);
}

TEST_CASE("seed 004 (lampiran tables) imports one unit per table") {
  ImportResult result = import_file(fixture("004_8df3a47fc9cca565.txt"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "lampiran");
  // Units: Lampiran I (Kepala SKPD = the head) + 22 tables in Lampiran II, each naming its unit in the first
  // PENANGGUNG JAWAB cell (7 Bidang/Sekretariat, 3 Sub Bagian, 12 Sub Koordinator) = 23.
  CHECK(document.units.size() == 23);
  // Sasaran: one per numbered row: 4 in Lampiran I; 2+2+2+2+2+1+3 (Sekretariat and the 6 Bidang),
  // 5+1+1 (Sub Bagian), 3+1+1+2+2+2+2+2+3+3+1+1 (Sub Koordinator) = 4 + 14 + 7 + 23 = 48.
  CHECK(document.sasaran.size() == 48);
  CHECK(document.indikator.size() == 48);  // every row has exactly one indicator

  const DocumentInfo& info = document.info;
  CHECK(info.pemda == "Kabupaten Balangan");
  CHECK(info.instansi == "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja");
  CHECK(info.period_start == 2021);
  CHECK(info.period_end == 2026);
  CHECK(info.nomor_sk == "188.46/069 / SK / DPMPSTPTTK / TAHUN 2023");
  CHECK(info.tanggal == "01 September 2023");
  CHECK(info.penandatangan.nama == "Dr. AKHRIANI, S.Pd., M.AP");
  CHECK(info.penandatangan.nip == "19710228 199702 1 002");

  CHECK(parent_name(document, "Sub Koordinator Hubungan Industrial") ==
        "Bidang Pembinaan Pelatihan Kerja, Produktivitas dan Hubungan Industrial");
  CHECK(parent_name(document, "Sub Bagian Keuangan") == "Sekretariat");
  CHECK(parent_name(document, "Sub Koordinator Pengaduan dan Konsultasi Perizinan") ==
        "Bidang Pengaduan, Pengolahan Data Sistem Informasi Penanaman Modal");
  CHECK(parent_name(document, "Sub Koordinator Penempatan Tenaga Kerja") == "Bidang Perencanaan dan Penempatan Tenaga Kerja");

  auto hi = indikator_of(document, "Sub Koordinator Hubungan Industrial");
  REQUIRE(hi.size() == 2);
  CHECK(hi.back()->name == "Persentase Perkara/Pengaduan HI yang difasilitasi Penyelesaiannya");
  CHECK(hi.back()->formula == "Jumlah perkara yang difasilitasi / Jumlah perkara masuk x 100%");
  CHECK(hi.back()->sumber_data == "HI");

  auto transmigrasi = indikator_of(document, "Bidang Transmigrasi");
  REQUIRE(transmigrasi.size() == 2);
  CHECK(transmigrasi.front()->formula == "Jumlah Warga yang terampil / 125 Orang × 100%");
  CHECK(transmigrasi.front()->formula_original.find("\\frac") != std::string::npos);
  CHECK(transmigrasi.back()->formula == "LK / LT × 100%");

  // The row whose empty PENANGGUNG JAWAB cell the conversion dropped: "LKPM" is its sumber data.
  auto penempatan = indikator_of(document, "Bidang Perencanaan dan Penempatan Tenaga Kerja");
  REQUIRE(penempatan.size() == 2);
  CHECK(penempatan.back()->sumber_data == "LKPM");
  // The "---" rule line is reported with its line number.
  REQUIRE(result.report.lines.size() == 1);
  CHECK(result.report.lines.front().line == 144);
}

TEST_CASE("seeds 000, 001, 002 (SK per jabatan) import one unit per position") {
  // Units: the "Jabatan :" lines of each decree (grep -c) plus the head: 000 has 15 positions and no head table
  // (a "Kepala Dinas" unit is added); 001 has 26 positions + the head; 002 has 28 positions + the head's
  // "Nama Unit Organisasi" block.
  struct Seed {
    const char* file;
    std::size_t units;
    const char* pemda;
    int period_start;
  };
  for (Seed seed : {Seed{"000_35291f5101e1271f.txt", 16, "Kabupaten Agam", 2016},
                    Seed{"001_6c00f06231feefe4.txt", 27, "Kabupaten Blitar", 2016},
                    Seed{"002_33780c05decfbe69.txt", 29, "Kota Medan", 2017}}) {
    CAPTURE(seed.file);
    ImportResult result = import_file(fixture(seed.file), {});
    CHECK(result.report.format == "sk");
    CHECK(result.document.units.size() == seed.units);
    CHECK(result.document.info.pemda == seed.pemda);
    CHECK(result.document.info.period_start == seed.period_start);
    CHECK(!result.document.sasaran.empty());
    for (const auto& [id, unit] : result.document.units)
      if (unit.kind != UnitKind::Head) CHECK(unit.parent != kNoId);
  }
  // 002: the garbled "Jabatan Pengembangan. : Kepala Bidang Pengolahan Data, Perencanaan, dan" takes its name from
  // the bold heading above its table.
  ImportResult medan = import_file(fixture("002_33780c05decfbe69.txt"), {});
  CHECK(unit_named(medan.document, "Bidang Pengolahan Data, Perencanaan, dan Pengembangan") != nullptr);
  CHECK(medan.document.info.nomor_sk == "503 / 2723 / DPMPTSP / III / 2018");
  // 001 Sekretariat: one SASARAN PROGRAM with four indicators; the first formula is a LaTeX fraction made readable.
  ImportResult blitar = import_file(fixture("001_6c00f06231feefe4.txt"), {});
  auto sekretariat = indikator_of(blitar.document, "Sekretariat");
  REQUIRE(sekretariat.size() == 4);
  CHECK(sekretariat.front()->name == "Persentase kepuasan aparatur");
  CHECK(sekretariat.front()->formula.find(" / ") != std::string::npos);
  CHECK(sekretariat.front()->formula.find("\\frac") == std::string::npos);
  CHECK(!sekretariat.front()->formula_original.empty());
  CHECK(parent_name(blitar.document, "Sub Bagian Umum dan Kepegawaian") == "Sekretariat");
}
