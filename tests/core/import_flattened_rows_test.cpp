// Tables whose cell borders were lost (core/import/flattened_rows.h), through import_text: small tables written
// by hand in the two shapes copied text takes (one row per line; one cell per line). Expected values worked out
// by hand from the text of each test.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "core/text/bilingual.h"
#include "core/import/import_document.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

using import_test::indicator;
using import_test::reported;

const Sasaran& statement(const Document& document, const std::string& text) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == text) return sasaran;
  FAIL("no statement " << text);
  throw 0;
}

}  // namespace

TEST_CASE("flattened rows: one row per line, the indicator after the statement, the formula not read") {
  const std::string text =
      "INDIKATOR KINERJA UTAMA\n"                                          // 1
      "KECAMATAN MAJU JAYA\n"                                              // 2
      "TAHUN 2020 - 2024\n"                                                // 3
      "NO\n"                                                               // 4
      "SASARAN STRATEGIS\n"                                                // 5
      "INDIKATOR KINERJA UTAMA\n"                                          // 6
      "PENJELASAN\n"                                                       // 7
      "1 Meningkatnya kualitas layanan kecamatan Persentase warga puas Jumlah warga puas dibagi warga\n"  // 8
      "2 Terwujudnya tertib administrasi Indeks tertib arsip\n";          // 9
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& first = statement(document, "Meningkatnya kualitas layanan kecamatan");
  const Sasaran& second = statement(document, "Terwujudnya tertib administrasi");
  CHECK(indicator(document, "Persentase warga puas").sasaran == first.id);
  CHECK(indicator(document, "Indeks tertib arsip").sasaran == second.id);
  CHECK(indicator(document, "Persentase warga puas").target.empty());  // no number written
  CHECK(document.info.instansi == "KECAMATAN MAJU JAYA");
  CHECK(reported(result.report, 8));  // "Jumlah warga puas dibagi warga": the formula, listed as not read
}

TEST_CASE("flattened rows: one cell per line, wrapped cells joined, five targets under five years") {
  const std::string text =
      "No. SASARAN STRATEGIS\n"               // 1
      "1. Meningkatnya\n"                     // 2
      "kesehatan ibu\n"                       // 3
      "INDIKATOR KINERJA UTAMA\n"             // 4
      "2021\n2022\n2023\n2024\n2025\n"        // 5-9
      "(1)\n"                                 // 10
      "Persentase persalinan\n"               // 11
      "di fasilitas kesehatan\n"              // 12
      "80%\n82%\n84%\n86%\n88%\n"             // 13-17
      "Formulasi perhitungan :\n"             // 18
      "Jumlah persalinan di faskes\n"         // 19
      "2.\n"                                  // 20
      "Angka kematian bayi\n"                 // 21
      "10\n9\n8\n";                           // 22-24: three numbers for five years
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatnya kesehatan ibu");
  const Indikator& persalinan = indicator(document, "Persentase persalinan di fasilitas kesehatan");
  CHECK(persalinan.sasaran == sasaran.id);
  REQUIRE(persalinan.target.size() == 5);
  CHECK(persalinan.target.at(2021).text == "80%");
  CHECK(persalinan.target.at(2025).text == "88%");
  const Indikator& akb = indicator(document, "Angka kematian bayi");
  CHECK(akb.sasaran == sasaran.id);
  CHECK(akb.target.empty());   // 3 numbers cannot be placed on 5 years: left out, said in the report
  // One cell per line: read by core/import/cell_lines.h, which keeps the formula the label announces.
  CHECK(persalinan.formula == "Jumlah persalinan di faskes");
}

TEST_CASE("flattened rows: labels give the level, a unit title the owner, the numeric tail satuan and target") {
  const std::string text =
      "Pengukuran Kinerja Tahun 2023\n"                                                   // 1
      "Pejabat Sasaran Indikator Satuan Target Realisasi\n"                               // 2
      "Kepala Seksi Pelayanan Umum\n"                                                     // 3
      "Sasaran Kegiatan :\n"                                                              // 4
      "Meningkatnya mutu layanan umum\n"                                                  // 5
      "Persentase layanan selesai tepat waktu persen 90 85 94.44\n"                       // 6
      "Sasaran Sub-Kegiatan :\n"                                                          // 7
      "Tersedianya data layanan\n"                                                        // 8
      "Jumlah laporan layanan dokumen 12 12 100\n"                                        // 9
      "Tersusunnya standar layanan\n";                                                    // 10
  ImportResult result = import_text("pengukuran.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 3);
  const Sasaran& kegiatan = statement(document, "Meningkatnya mutu layanan umum");
  const Sasaran& data = statement(document, "Tersedianya data layanan");
  const Sasaran& standar = statement(document, "Tersusunnya standar layanan");
  CHECK(kegiatan.level == 2);
  CHECK(data.level == 3);
  CHECK(standar.level == 3);  // under the same "Sasaran Sub-Kegiatan :" label
  CHECK(data.parent == kegiatan.id);
  const Indikator& persen = indicator(document, "Persentase layanan selesai tepat waktu");
  CHECK(persen.satuan == "persen");
  REQUIRE(persen.target.size() == 1);
  CHECK(persen.target.at(2023).text == "90");  // the first number under the title's one year
  CHECK(indicator(document, "Jumlah laporan layanan").satuan == "dokumen");
  const Unit& unit = document.units.at(kegiatan.unit);
  CHECK((unit.name.find("Pelayanan Umum") != std::string::npos || unit.jabatan.find("Pelayanan Umum") != std::string::npos));
}

TEST_CASE("flattened rows: text with no statement form is still refused, with the reason") {
  const std::string text = "Catatan rapat\nDibahas anggaran tahun depan\nJumlah peserta 12\n";
  CHECK_THROWS_AS(import_text("catatan.txt", text, {}), UserError);
}

TEST_CASE("flattened rows: indicators with the same lead word on one line are separate cells, satuan lines fill in order") {
  const std::string text =
      "SASARAN Meningkatnya partisipasi sekolah\n"                          // 1
      "INDIKATOR KINERJA UTAMA\n"                                           // 2
      "SATUAN\n"                                                            // 3
      "1. 2.\n"                                                             // 4
      "Angka Partisipasi Murni SD Angka Partisipasi Kasar SD\n"             // 5
      "persen orang\n";                                                     // 6
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatnya partisipasi sekolah");
  CHECK(indicator(document, "Angka Partisipasi Murni SD").sasaran == sasaran.id);
  CHECK(indicator(document, "Angka Partisipasi Murni SD").satuan == "persen");
  CHECK(indicator(document, "Angka Partisipasi Kasar SD").satuan == "orang");
}

TEST_CASE("flattened rows: an IKI's Jabatan names the unit, a name stopping on 'jumlah' continues, it takes no satuan") {
  const std::string text =
      "1. Jabatan : KEPALA SEKSI PELAYANAN\n"      // 1
      "SASARAN/KINERJA UTAMA\n"                    // 2
      "INDIKATOR KINERJA UTAMA\n"                  // 3
      "Meningkatkan mutu\n"                        // 4
      "pelayanan\n"                                // 5
      "Persentase jumlah\n"                        // 6
      "dokumen\n"                                  // 7: continues the name (no satuan after "jumlah")
      "yang selesai\n"                             // 8
      "Meningkatkan\n"                             // 9: a lead word alone, nothing continues it
      "Rasio keluhan\n";                           // 10
  ImportResult result = import_text("iki.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatkan mutu pelayanan");
  const Indikator& persen = indicator(document, "Persentase jumlah dokumen yang selesai");
  CHECK(persen.sasaran == sasaran.id);
  CHECK(persen.satuan.empty());
  CHECK(indicator(document, "Rasio keluhan").sasaran == sasaran.id);  // line 9 opened nothing
  CHECK(reported(result.report, 9));
  const Unit& unit = document.units.at(sasaran.unit);
  CHECK((unit.name.find("Pelayanan") != std::string::npos || unit.name.find("PELAYANAN") != std::string::npos ||
         unit.jabatan.find("PELAYANAN") != std::string::npos || unit.jabatan.find("Pelayanan") != std::string::npos));
}

TEST_CASE("flattened rows: a capitalised 'Dalam' after a lower-case word starts the explanation, not the name") {
  const std::string text =
      "SASARAN STRATEGIS\n"                                                                   // 1
      "1 Meningkatnya tertib anggaran desa Persentase desa tepat waktu\n"                     // 2
      "% Desa yang menyusun APBDes tepat waktu Dalam pembinaan desa camat menghitung\n";     // 3
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatnya tertib anggaran desa");
  CHECK(indicator(document, "% Desa yang menyusun APBDes tepat waktu").sasaran == sasaran.id);
  CHECK(reported(result.report, 3));
}

TEST_CASE("flattened rows: the Rp after a kegiatan is its pagu of the title's year, not part of its name") {
  const std::string text =
      "Realisasi Anggaran Tahun 2024\n"                          // 1
      "Pejabat Kegiatan Alokasi Anggaran (Rp) Realisasi\n"       // 2
      "Kegiatan :\n"                                             // 3
      "Penyusunan Dokumen Anggaran Rp 1.500.000 1.200.000\n";    // 4
  ImportResult result = import_text("anggaran.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  const Sasaran& kegiatan = document.sasaran.begin()->second;
  CHECK(kegiatan.statement.find("Rp") == std::string::npos);
  CHECK(kegiatan.statement.find("Penyusunan Dokumen Anggaran") != std::string::npos);
  REQUIRE(kegiatan.pagu.count(2024) == 1);
  CHECK(kegiatan.pagu.at(2024).text == "1.500.000");
}

TEST_CASE("fuzz regression: a numbered lower-case line under an explanation label, before any statement, no crash") {
  // Found by text_import_fuzz: "Formulasi perhitungan :" opened an explanation, the numbered line after it fell
  // through to the continuation of an indicator that did not exist (back() of an empty list).
  CHECK_THROWS_AS(import_text("crash.txt", "Formulasi perhitungan :\n1. gamalan ajaran\n", {}), UserError);
  std::ifstream in(std::string(POKIN_FIXTURES) + "/fuzz/flattened_rows_numbered_line_in_explanation.txt", std::ios::binary);
  REQUIRE(in.good());
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  try {
    ImportResult result = import_text("crash.txt", bytes, {});
    CHECK(!result.document.sasaran.empty());  // an import holds something, or it is refused
  } catch (const UserError& refused) {
    CHECK(std::string(refused.what()).find("crash.txt") != std::string::npos);
  }
}

TEST_CASE("flattened rows: the last target and the next cell on one line, a list number opens the next row") {
  const std::string text =
      "SASARAN STRATEGIS\n"                             // 1
      "2022\n2023\n"                                    // 2-3
      "1. Meningkatnya layanan publik\n"                // 4
      "Jumlah pengaduan selesai\n"                      // 5
      "1.500\n"                                         // 6
      "1.600 Formulasi perhitungan :\n"                 // 7: 2023's target, then the formula label
      "Jumlah pengaduan yang diselesaikan\n"            // 8: the formula, not an indicator
      "2 Meningkatnya mutu arsip Indeks arsip 70 75\n"; // 9: "2" is the row number, not a value of line 5's indicator
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 2);
  const Indikator& pengaduan = indicator(document, "Jumlah pengaduan selesai");
  REQUIRE(pengaduan.target.size() == 2);
  CHECK(pengaduan.target.at(2022).text == "1.500");
  CHECK(pengaduan.target.at(2023).text == "1.600");
  const Indikator& arsip = indicator(document, "Indeks arsip");
  CHECK(arsip.sasaran == statement(document, "Meningkatnya mutu arsip").id);
  REQUIRE(arsip.target.size() == 2);
  CHECK(arsip.target.at(2023).text == "75");
  CHECK(reported(result.report, 8));
}

TEST_CASE("flattened rows: an LKjIP measurement keeps realisasi, names the capaian it does not store, and the numbers it cannot place") {
  const std::string text =
      "LKjIP Inspektorat Daerah Kabupaten Contoh Tahun 2019\n"                                      // 1
      "Tabel 3.1 Pencapaian Kinerja\n"                                                              // 2
      "No Indikator Kinerja Utama Satuan Target Realisasi Capaian\n"                                // 3
      "Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah\n"   // 4
      "1 Persentase penurunan temuan keuangan yang bersifat materil % 55% 60% 109%\n"               // 5
      "2 Persentase penurunan nilai temuan kerugian daerah % 50% n/a n/a\n"                         // 6
      "3 Persentase auditor bersertifikat % 80 85 106,25 7 8\n";                                    // 7
  ImportResult result = import_text("lkjip.txt", text, {});
  const Document& document = result.document;
  const Indikator& temuan = indicator(document, "Persentase penurunan temuan keuangan yang bersifat materil");
  CHECK(temuan.target.at(2019).text == "55%");
  REQUIRE(temuan.realisasi.count(2019) == 1);
  CHECK(temuan.realisasi.at(2019).text == "60%");
  const Indikator& nilai = indicator(document, "Persentase penurunan nilai temuan kerugian daerah");
  CHECK(nilai.target.at(2019).text == "50%");
  CHECK(nilai.realisasi.empty());  // "n/a": no realisasi
  // Row 7 has five numbers for three columns: its target is kept, the other four are named by line.
  const Indikator& auditor = indicator(document, "Persentase auditor bersertifikat");
  CHECK(auditor.target.at(2019).text == "80");
  CHECK(auditor.realisasi.empty());
  bool named = false;
  for (const auto& line : result.report.lines) named = named || (line.line == 7 && line.reason.id.find("4 angka") != std::string::npos);
  CHECK(named);
  bool capaian = false;
  for (const Bilingual& note : result.report.notes) capaian = capaian || note.id.find("1 sel capaian tidak disimpan") != std::string::npos;
  CHECK(capaian);
  // The head is named after the agency, and so is the indicators' penanggung jawab.
  CHECK(document.units.at(document.sasaran.begin()->second.unit).name == "Inspektur");
  CHECK(temuan.penanggung_jawab == "Inspektur");
}

TEST_CASE("flattened rows: a header line that runs on into the first sasaran (a PDF render) is cut where the label opens") {
  const std::string text =
      "LKjIP Inspektorat Daerah Kabupaten Contoh Tahun 2019\n"                                                    // 1
      "N0 Indikator Kinerja Utama Satuan Target Realisasi Capaian Sasaran Strategis 1. Meningkatnya Akuntabilitas "
      "Keuangan Daerah\n"                                                                                         // 2
      "1 Persentase penurunan temuan keuangan % 55% 50% 90,9%\n";                                                 // 3
  ImportResult result = import_text("lkjip.txt", text, {});
  REQUIRE(result.document.sasaran.size() == 1);
  CHECK(result.document.sasaran.begin()->second.statement == "Meningkatnya Akuntabilitas Keuangan Daerah");
  const Indikator& temuan = indicator(result.document, "Persentase penurunan temuan keuangan");
  CHECK(temuan.target.at(2019).text == "55%");
  CHECK(temuan.realisasi.at(2019).text == "50%");
}

TEST_CASE("flattened rows: a wrapped indicator whose last line carries the satuan, the values and the next row") {
  // A PDF copy of a measurement table: the first indicator's cell wraps, and its second line holds the rest of the
  // name, the satuan, target / realisasi / capaian, then the list number and the start of the next row.
  const std::string text =
      "Capaian Kinerja Tahun 2019\n"                                                                       // 1
      "No Indikator Kinerja Utama Satuan Target Realisasi Capaian\n"                                       // 2
      "1. Meningkatnya kualitas pelaporan kinerja\n"                                                       // 3
      "1 Persentase laporan kinerja yang\n"                                                                // 4
      "disampaikan tepat waktu % 80% 75% 93,75% 2 Jumlah dokumen evaluasi\n"                              // 5
      "internal dokumen 4 4 100%\n";                                                                       // 6
  ImportResult result = import_text("capaian.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatnya kualitas pelaporan kinerja");
  const Indikator& laporan = indicator(document, "Persentase laporan kinerja yang disampaikan tepat waktu");
  CHECK(laporan.sasaran == sasaran.id);
  CHECK(laporan.satuan == "%");
  REQUIRE(laporan.target.size() == 1);
  CHECK(laporan.target.at(2019).text == "80%");  // Target; 75% is the realisasi, 93,75% the capaian
  // The next row, opened after the list number "2" and wrapped onto line 6 with its own satuan and values.
  const Indikator& dokumen = indicator(document, "Jumlah dokumen evaluasi internal");
  CHECK(dokumen.sasaran == sasaran.id);
  CHECK(dokumen.satuan == "dokumen");
  REQUIRE(dokumen.target.size() == 1);
  CHECK(dokumen.target.at(2019).text == "4");
}

TEST_CASE("flattened rows: a wrapped indicator name ending in a number keeps it (one value needs a satuan)") {
  const std::string text =
      "Indikator Kinerja Utama Tahun 2020\n"                       // 1
      "No Sasaran Indikator Kinerja Satuan Target\n"               // 2
      "1. Meningkatnya layanan pendidikan anak usia dini\n"        // 3
      "Rasio ketersediaan PAUD per penduduk\n"                     // 4
      "usia 0-6\n";                                                // 5
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.indikator.size() == 1);
  const Indikator& rasio = indicator(document, "Rasio ketersediaan PAUD per penduduk usia 0-6");
  CHECK(rasio.target.empty());
}

TEST_CASE("flattened rows: the labelled penjelasan of an IKU (Makna Indikator) is not read as indicators") {
  // One row per line; the penjelasan column packs "Makna Indikator :" and its sentence, which opens with the
  // indicator's own words.
  const std::string text =
      "INDIKATOR KINERJA UTAMA\n"                                                                            // 1
      "DINAS CONTOH\n"                                                                                       // 2
      "TAHUN 2017\n"                                                                                         // 3
      "NO\n"                                                                                                 // 4
      "KINERJA UTAMA\n"                                                                                      // 5
      "INDIKATOR KINERJA UTAMA\n"                                                                            // 6
      "PENJELASAN\n"                                                                                         // 7
      "1 Meningkatnya tertib pengelolaan aset Persentase aset yang tercatat Makna Indikator :\n"             // 8
      "Persentase aset yang tercatat yang tinggi menggambarkan bahwa aset telah ditangani dengan baik.\n"    // 9
      "2 Terwujudnya laporan barang tepat waktu Jumlah laporan barang milik daerah\n";                       // 10
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 2);
  CHECK(indicator(document, "Persentase aset yang tercatat").sasaran ==
        statement(document, "Meningkatnya tertib pengelolaan aset").id);
  CHECK(indicator(document, "Jumlah laporan barang milik daerah").sasaran ==
        statement(document, "Terwujudnya laporan barang tepat waktu").id);
  CHECK(reported(result.report, 8));  // "Makna Indikator :": named as not read
  CHECK(reported(result.report, 9));  // the sentence: named as not read
}

TEST_CASE("cell lines: a penjelasan label run onto the indicator's name, and its sentence, fill the formula") {
  // One cell per line: "Makna Indikator :" closes the indicator's cell, the next cell is its text (which opens
  // with the indicator's words and is no indicator).
  const std::string text =
      "INDIKATOR KINERJA UTAMA TAHUN 2017\n"
      "NO KINERJA UTAMA INDIKATOR KINERJA UTAMA PENJELASAN\n"
      "1. Meningkatnya tertib pengelolaan aset\n"
      "Persentase aset yang tercatat Makna Indikator :\n"
      "Persentase aset yang tercatat yang tinggi menggambarkan bahwa aset telah ditangani dengan baik.\n"
      "Jumlah laporan barang milik daerah\n";
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran& sasaran = statement(document, "Meningkatnya tertib pengelolaan aset");
  const Indikator& aset = indicator(document, "Persentase aset yang tercatat");
  CHECK(aset.sasaran == sasaran.id);
  CHECK(aset.formula ==
        "Makna Indikator : Persentase aset yang tercatat yang tinggi menggambarkan bahwa aset telah ditangani dengan baik.");
  CHECK(indicator(document, "Jumlah laporan barang milik daerah").sasaran == sasaran.id);
}

TEST_CASE("flattened rows: a numbered list of indicators goes on through items with no lead word") {
  // The indikator tujuan of an IKU, numbered: "Bed Occupancy Rate" opens with no indicator lead word, but its
  // number follows the one before. A number out of sequence (5 after 3) opens no indicator and is reported.
  const std::string text =
      "INDIKATOR KINERJA UTAMA (IKU)\n"                              // 1
      "RUMAH SAKIT UMUM DAERAH CONTOH\n"                             // 2
      "Tujuan 1 : Meningkatkan mutu pelayanan rumah sakit\n"         // 3
      "Indikator Tujuan :\n"                                         // 4
      "No Indikator Kinerja Tujuan\n"                                // 5
      "1. Persentase indikator SPM yang mencapai target\n"           // 6
      "2. Bed Occupancy Rate (BOR)\n"                                // 7
      "3. Average Length of Stay (ALOS)\n"                           // 8
      "5. Catatan tambahan dari bagian umum\n";                      // 9
  ImportResult result = import_text("iku.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  REQUIRE(document.indikator.size() == 3);
  const Sasaran& goal = statement(document, "Meningkatkan mutu pelayanan rumah sakit");
  CHECK(indicator(document, "Persentase indikator SPM yang mencapai target").sasaran == goal.id);
  CHECK(indicator(document, "Bed Occupancy Rate (BOR)").sasaran == goal.id);
  CHECK(indicator(document, "Average Length of Stay (ALOS)").sasaran == goal.id);
  CHECK(reported(result.report, 9));
}
