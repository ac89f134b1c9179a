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
  // Checked by hand (the whole table is tests/fixtures/003_cascade_truth.txt): each pair shares its subject, and
  // the training of IKM supports the Bidang's "asistensi dan pembinaan", promotion the value of investment.
  CHECK(parent_statement("Seksi Pembinaan Tenaga Kerja dan Hubungan Industrial", "SS2") ==
        "Meningkatnya hubungan industrial yang kondusif");
  CHECK(parent_statement("Seksi Industri Agro", "SS3") == "Berkembangnya Industri Kecil dan Menengah");
  CHECK(parent_statement("Seksi Industri Non Agro", "SS4") ==
        "Meningkatnya Asistensi dan Pembinaan Industri Kecil dan Menengah (IKM)");
  CHECK(parent_statement("Seksi Pelatihan dan Produktifitas Tenaga Kerja", "SS1") == "Meningkatnya kualitas pencari kerja");
  CHECK(parent_statement("Seksi Penempatan dan Pemberdayaan Tenaga Kerja", "SS1") == "Meningkatnya kualitas pencari kerja");
  CHECK(parent_statement("Seksi Proses Perizinan I Sektor A", "SS1") == "Meningkatnya kualitas pelayanan perizinan");
  CHECK(parent_statement("Seksi Pelayanan dan Promosi Penanaman Modal", "SS1") == "Peningkatan nilai investasi");
  CHECK(parent_statement("Bidang Tenaga Kerja", "SS2") == "Meningkatnya Perlindungan Ketenagakerjaan");
  // Every seksi sasaran got a candidate and the report lists it with its score.
  int seksi_sasaran = 0, linked = 0;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (document.find_unit(sasaran.unit)->kind != UnitKind::Section) continue;
    ++seksi_sasaran;
    linked += sasaran.parent != kNoId ? 1 : 0;
  }
  CHECK(seksi_sasaran == 34);  // 46 sasaran minus Kepala Dinas 5, the untitled unit 1 and the three Bidang 2 each
  // All linked: "pengawasan internal pelayanan" has its Bidang's only sasaran as parent, "lembaga latihan swasta"
  // shares no word with either Bidang sasaran and follows its sibling's.
  CHECK(linked == 34);
  CHECK(result.report.suggestions.size() == 41);  // the seksi's 34 and the Bidang's 7 (untitled 1, three Bidang 2 each)
  CHECK(render_report(document, result.report, Language::English).find("below threshold") == std::string::npos);
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

TEST_CASE("seed 000 (SK per jabatan, tab tables with targets in the PENJELASAN column)") {
  ImportResult result = import_file(fixture("000_35291f5101e1271f.txt"), {});
  const Document& document = result.document;
  CHECK(result.report.format == "sk");
  // Units: 15 "Jabatan :" blocks (5 Kepala Bidang, 10 Kepala Seksi) + the "Kepala Dinas" added as the top = 16.
  CHECK(document.units.size() == 16);
  // Sasaran: the numbered rows of each position's table: Kabid HI 2, Kasi HI 2, Kasi Produktivitas 2, Kabid
  // Penempatan 2, Kasi Pengembangan Kesempatan Kerja 2, Kabid Perencanaan 1, Kasi Perencanaan 1, Kasi Data 1,
  // Kasi Penempatan 2, Kabid Layanan 1, Kasi Perizinan II 1, Kasi Perizinan I 1, Kabid Pengawasan 4 (rows 1 and 3
  // repeat a statement; kept as written), Kasi Pembinaan 2, Kasi Pemantauan 2 = 26.
  CHECK(document.sasaran.size() == 26);
  // Indikator: the rows with an indicator name: 4+3+3+6+6+1+1+1+6+5+5+5+4+2+2 = 54 (a row holding only a
  // second formula continues the indicator above).
  CHECK(document.indikator.size() == 54);
  CHECK(document.info.pemda == "Kabupaten Agam");
  CHECK(document.info.nomor_sk == "01.a TAHUN 2017");
  CHECK(document.info.period_start == 2016);
  CHECK(document.info.period_end == 2021);
  CHECK(document.info.penandatangan.nama == "FATIMAH, S.Sos, M.SI");
  CHECK(document.info.penandatangan.nip == "19680424 198903 2 020");
  CHECK(document.info.penandatangan.jabatan == "Pembina TK.I");

  CHECK(parent_name(document, "Seksi Perizinan dan Non Perizinan I") == "Bidang Layanan Perizinan dan Non Perizinan");
  // Kasi Penempatan comes after another Kabid's block; its name places it.
  CHECK(parent_name(document, "Seksi Penempatan Tenaga Kerja") == "Bidang Penempatan dan Pengembangan Kesempatan Kerja");
  auto layanan = indikator_of(document, "Bidang Layanan Perizinan dan Non Perizinan");
  REQUIRE(layanan.size() == 5);
  CHECK(layanan[2]->code == "b");
  CHECK(layanan[2]->target.at(2017).text == "5.200 izin dan non izin");
  CHECK(layanan[2]->target.at(2017).number == doctest::Approx(5200));
  CHECK(layanan.front()->target.at(2017).number == doctest::Approx(83.37));
  CHECK(layanan.back()->name == "Terlaksananya survey dengan tim teknis dalam rangka penerbitan perizinan dan non perizinan");
  CHECK(layanan.back()->sumber_data == "Dinas PMPTSP dan Naker");
  auto hi = indikator_of(document, "Seksi Hubungan Industrial dan Perlindungan Tenaga Kerja");
  REQUIRE(hi.size() == 3);
  CHECK(hi.back()->formula.rfind("Jlh kasus yang diselesaikan melalui PB / Jlh kasus yang dicatatkan × 100%", 0) == 0);
  CHECK(hi.back()->formula.find("Jlh pekerja/buruh peserta BPJS / Jlh pekerja/buruh") != std::string::npos);
  CHECK(hi.back()->formula_original.find("\\frac") != std::string::npos);
  const Unit* kasi = unit_named(document, "Seksi Hubungan Industrial dan Perlindungan Tenaga Kerja");
  CHECK(kasi->fungsi.size() == 17);
  CHECK(kasi->tugas.rfind("Melaksanakan verifikasi pendaftaran perjanjian kerja bersama", 0) == 0);
  CHECK(result.report.lines.empty());
}

TEST_CASE("seed 001 (SK per jabatan down to staff, markdown pipe tables)") {
  ImportResult result = import_file(fixture("001_6c00f06231feefe4.txt"), {});
  const Document& document = result.document;
  // Units: 26 "Jabatan :" lines, one more position written inside a pipe table (line 508, Kasi Pembinaan
  // Pelaksanaan Penanaman Modal), and the added "Kepala Dinas" = 28.
  CHECK(document.units.size() == 28);
  // Per position, sasaran = distinct non-empty first cells, indikator = rows with a non-empty second cell
  // (the table after line 203 without a header continues Kasubag Penyusunan Program): 34 and 168.
  CHECK(document.sasaran.size() == 34);
  CHECK(document.indikator.size() == 168);
  CHECK(document.info.pemda == "Kabupaten Blitar");
  CHECK(document.info.nomor_sk == "188 / 111 / 409.117 / 2019");
  CHECK(document.info.tanggal == "8 April 2019");
  CHECK(document.info.penandatangan.nip == "19750902 199412 1 002");
  CHECK(document.info.period_start == 2016);

  auto sekretariat = indikator_of(document, "Sekretariat");
  REQUIRE(sekretariat.size() == 4);
  CHECK(sekretariat.front()->name == "Persentase kepuasan aparatur");
  CHECK(sekretariat.front()->formula.find(" / ") != std::string::npos);
  CHECK(sekretariat.front()->formula.find("\\frac") == std::string::npos);
  CHECK(!sekretariat.front()->formula_original.empty());
  // Staff positions go under the Kasubag / Kasi whose block precedes theirs.
  CHECK(parent_name(document, "Bendahara") == "Sub Bagian Penyusunan Program dan Keuangan");
  CHECK(parent_name(document, "Pengelola Gaji") == "Sub Bagian Penyusunan Program dan Keuangan");
  CHECK(parent_name(document, "Sub Bagian Umum dan Kepegawaian") == "Sekretariat");
  CHECK(parent_name(document, "Seksi Pengaduan dan Informasi Layanan Perizinan dan Nonperizinan") ==
        "Bidang Pengaduan, Kebijakan dan Pelaporan Layanan");
  CHECK(parent_name(document, "Seksi Pembinaan Pelaksanaan Penanaman Modal") ==
        "Bidang Pengendalian Pelaksanaan Penanaman Modal dan Informasi Penanaman Modal");
  // Its fungsi were HTML paragraphs inside one table cell: one fungsi per lettered paragraph (a. to g.).
  CHECK(unit_named(document, "Seksi Pembinaan Pelaksanaan Penanaman Modal")->fungsi.size() == 7);
  auto gaji = indikator_of(document, "Pengelola Gaji");
  REQUIRE(gaji.size() == 5);
  CHECK(gaji.back()->name == "Jumlah pembuatan data mutasi gaji untuk bulan berikutnya");
  CHECK(gaji.back()->formula == "Jumlah data mutasi gaji untuk bulan berikutnya yang dibuat");
  CHECK(gaji.back()->sumber_data == "Pengelola Gaji");
  CHECK(document.find_sasaran(gaji.back()->sasaran)->level == 3);  // staff: Sasaran Individu
}

TEST_CASE("seed 002 (SK with the head's IKU, PROGRAM/KEGIATAN tables, a garbled position title)") {
  ImportResult result = import_file(fixture("002_33780c05decfbe69.txt"), {});
  const Document& document = result.document;
  // Units: the head's "Nama Unit Organisasi" block + 28 "Jabatan" lines = 29.
  CHECK(document.units.size() == 29);
  // Per position, sasaran = distinct non-empty PROGRAM/KEGIATAN cells, indikator = rows with an indicator:
  // 90 and 97 (the head's table: 2 sasaran, 4 indikator).
  CHECK(document.sasaran.size() == 90);
  CHECK(document.indikator.size() == 97);
  CHECK(document.info.pemda == "Kota Medan");
  CHECK(document.info.nomor_sk == "503 / 2723 / DPMPTSP / III / 2018");
  CHECK(document.info.period_start == 2017);
  CHECK(document.info.period_end == 2021);
  // "1. Jabatan Pengembangan. : Kepala Bidang Pengolahan Data, Perencanaan, dan": the bold heading above the
  // table names the position.
  CHECK(unit_named(document, "Bidang Pengolahan Data, Perencanaan, dan Pengembangan") != nullptr);
  CHECK(parent_name(document, "Seksi Pemberdayaan Usaha") == "Bidang Pengolahan Data, Perencanaan, dan Pengembangan");
  auto head = indikator_of(document, "Kepala Dinas");
  REQUIRE(head.size() == 4);
  CHECK(head[1]->formula == "Σ Proses Izin Tepat Waktu / Σ Proses Izin Keseluruhan × 100%");
  CHECK(head[1]->sumber_data == "Aplikasi Perizinan DPMPTSP Kota Medan; Hasil Surveillance Audit ISO; Keputusan Kadis tentang SOP dan SP");
  CHECK(head.back()->name == "Nilai investasi di Kota Medan (PMA dan PMDN)");
  CHECK(head.back()->sumber_data == "Laporan LKPM Online");
  CHECK(unit_named(document, "Kepala Dinas")->fungsi.size() == 6);
  CHECK(result.report.lines.empty());
}
