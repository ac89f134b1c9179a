#pragma once
// Real tables of tests/fixtures/real drawn as PDFs the way an office suite prints them (core/synthetic/table_pdf.h),
// their cells typed from the fixture: the T-C.27 of fixture 03 (Target/Rp pairs under a three-row header), the
// Perjanjian Kinerja of fixture 11 (agreement text, two tables, signatures) and the IKU of fixture 08 (long
// explanations wrapped over many lines). Each continues on a second page with its header repeated.
#include <string>
#include <vector>

#include "core/synthetic/table_pdf.h"

namespace pdf_test {

using pokin::synthetic::DrawnBlock;
using pokin::synthetic::DrawnCell;
using pokin::synthetic::DrawnDocument;
using pokin::synthetic::DrawnLine;
using pokin::synthetic::DrawnRow;
using pokin::synthetic::DrawnTable;

inline DrawnLine title(const std::string& text) { return {{text}, true, true, {}}; }
inline DrawnLine paragraph(const std::string& text) { return {{text}, false, false, {}}; }
inline DrawnCell number(const std::string& text) { return {text, 1, 1, true}; }

// Fixture 03: Tabel 6.1 of the Renstra of BKD Kabupaten Semarang 2021-2026 (its first rows).
inline DrawnDocument renstra_tc27_03() {
  DrawnTable table;
  table.column_widths = {95, 95, 120, 45, 60, 50, 40, 50, 40, 50, 40};
  table.header = {
      {{"Tujuan", 1, 3}, {"Sasaran", 1, 3}, {"Indikator Tujuan/Sasaran", 1, 3}, {"Satuan", 1, 3},
       {"Data Capaian pada Tahun Awal Perencanaan", 1, 3}, {"Target Kinerja dan Kerangka Pendanaan", 6}},
      {{"Tahun 2022", 2}, {"Tahun 2023", 2}, {"Tahun 2024", 2}},
      {{"Target"}, {"Rp"}, {"Target"}, {"Rp"}, {"Target"}, {"Rp"}},
      {{"(1)"}, {"(2)"}, {"(4)"}, {"(5)"}, {"(6)"}, {"(7)"}, {"(8)"}, {"(9)"}, {"(10)"}, {"(11)"}, {"(12)"}},
  };
  table.body = {
      {{"Meningkatkan Profesionalisme ASN"}, {""}, {"Indeks Merit Sistem"}, {"Indeks"}, number("-"), number("0,51"),
       number("-"), number("0,56"), number("-"), number("0,60"), number("-")},
      {{""}, {"Meningkatnya Disiplin ASN"}, {"Persentase Peningkatan Disiplin ASN"}, {"%"}, number("99,25%"),
       number("99,88%"), number("-"), number("99,89%"), number("-"), number("99,91%"), number("-")},
      {{""}, {"Meningkatnya Kompetensi ASN"}, {"Persentase Peningkatan Kapasitas Sumber Daya"}, {""}, {""}, {""},
       {""}, {""}, {""}, {""}, {""}},
  };
  table.rows_per_page = 2;
  DrawnDocument document;
  document.blocks.push_back({{title("TABEL 6.1"), title("RENCANA PROGRAM, KEGIATAN DAN PENDANAAN PERANGKAT DAERAH"),
                              title("BADAN KEPEGAWAIAN DAERAH KABUPATEN SEMARANG"), title("TAHUN 2021-2026")},
                             {table},
                             false});
  return document;
}

// Fixture 11: Perjanjian Kinerja 2025 of Diskominfo Kabupaten Pringsewu.
inline DrawnDocument perjanjian_kinerja_11() {
  // The two parties sign side by side under the agreement and under its table.
  const std::vector<double> sides = {40, 300};
  std::vector<DrawnLine> signatures = {
      {{"PIHAK KEDUA", "PIHAK KESATU"}, false, true, sides},
      {{"BUPATI PRINGSEWU", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"}, false, true, sides},
      {{"___________________________", "___________________________"}, false, false, sides},
      {{"RIYANTO PAMUNGKAS", "MOUDY ARY NAZOLLA, S.STP., MH"}, false, true, sides},
      {{"", "Pembina Tk. I"}, false, false, sides},
      {{"", "NIP. 19840819 200212 1 001"}, false, false, sides},
  };
  DrawnBlock letter;
  letter.lines = {
      title("PERJANJIAN KINERJA TAHUN 2025"),
      paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi "
        "pada hasil, kami yang bertanda tangan di bawah ini :"),
      {{"Nama", ":", "MOUDY ARY NAZOLLA, S.STP., MH"}, false, false, {0, 80, 95}},
      {{"Jabatan", ":", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"}, false, false, {0, 80, 95}},
      paragraph("Selanjutnya disebut PIHAK KESATU"),
      {{"Nama", ":", "RIYANTO PAMUNGKAS"}, false, false, {0, 80, 95}},
      {{"Jabatan", ":", "BUPATI PRINGSEWU"}, false, false, {0, 80, 95}},
      paragraph("Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA."),
      paragraph("PIHAK KESATU pada tahun 2025 berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini "
        "dalam rangka mencapai target kinerja jangka menengah seperti yang ditetapkan dalam dokumen perencanaan. "
        "Keberhasilan pencapaian target kinerja tersebut menjadi tanggung jawab PIHAK KESATU."),
      paragraph("PIHAK KEDUA akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi akuntabilitas kinerja "
        "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian "
        "penghargaan dan sanksi."),
  };
  letter.lines.insert(letter.lines.end(), signatures.begin(), signatures.end());

  DrawnTable sasaran;
  sasaran.column_widths = {22, 237, 187, 65};
  sasaran.header = {{{"No"}, {"Sasaran Strategis"}, {"Indikator Sasaran"}, {"Target"}}};
  sasaran.body = {
      {number("1"), {"Meningkatnya Akuntabilitas Kinerja Dinas Komunikasi dan Informatika"}, {"Nilai SAKIP"}, number("BB")},
      {number("2"), {"Meningkatnya Kualitas Komunikasi Publik"}, {"Indeks Keterbukaan Informasi Publik"}, number("70 Indeks")},
      {number("3"), {"Meningkatnya Kualitas Informatika"}, {"Indeks SPBE"}, number("2,8 Indeks")},
      {number("4"), {"Meningkatnya Pemanfaatan Data Statistik Sektoral"}, {"Jumlah Unit Kerja Pemanfaat Data Statistik Sektoral"},
       number("25 Unit Kerja")},
      {number("5"), {"Meningkatnya Keamanan Informasi"}, {"Cakupan Pengamanan Informasi"}, number("100%")},
  };
  sasaran.rows_per_page = 3;
  DrawnBlock first_table;
  first_table.new_page = true;
  first_table.lines = {title("PERJANJIAN KINERJA TAHUN 2025"), title("DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU")};
  first_table.table = {sasaran};

  DrawnTable programs;
  programs.column_widths = {374, 137};
  programs.header = {{{"PROGRAM"}, {"ANGGARAN"}}};
  programs.body = {
      {{"1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"}, number("Rp. 4.100.832.755")},
      {{"2. Program Pengelolaan Informasi dan Komunikasi Publik"}, number("Rp. 2.721.236.800")},
      {{"3. Program Pengelolaan Aplikasi Informatika"}, number("Rp. 1.589.645.600")},
      {{"4. Program Penyelenggaraan Statistik Sektoral"}, number("Rp. 13.572.000")},
      {{"5. Program Penyelenggaraan Persandian Untuk Pengamanan Informasi"}, number("Rp. 155.200.000")},
      {{"TOTAL"}, number("Rp. 8.580.487.155")},
  };
  DrawnBlock second_table;
  second_table.lines = {{{"PROGRAM DAN ANGGARAN:"}, false, true, {}}};
  second_table.table = {programs};
  DrawnBlock closing;
  closing.lines = signatures;

  DrawnDocument document;
  document.page_width = 595, document.page_height = 842;  // A4 portrait, as the form is printed
  document.blocks = {letter, first_table, second_table, closing};
  return document;
}

// Fixture 08: IKU of Kecamatan Sidemen, Kabupaten Karangasem 2017-2021.
inline DrawnDocument iku_08() {
  DrawnTable table;
  table.column_widths = {28, 150, 150, 300, 110};
  table.header = {{{"NO"}, {"SASARAN STRATEGIS"}, {"INDIKATOR KINERJA UTAMA"}, {"ALASAN/PENJELASAN"}, {"SUMBER DATA"}}};
  table.body = {
      {number("1"), {"Meningkatnya pembinaan penyelenggaraan pemerintahan desa"},
       {"Persentase Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik"},
       {"Jumlah Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik (DTKB) dibagi jumlah seluruh Desa "
        "(SLRHD) di Kecamatan Sidemen dikalikan seratus persen sama dengan seratus atau DTKB/SLRHD X 100% = 100"},
       {"Kasi Pemerintahan di Kecamatan Sidemen"}},
      {{""}, {""}, {"% Desa yang dapat mengelola APBDes tepat waktu"},
       {"Dalam penyelenggaraan pemerintahan desa Camat berperan didalam membina dan mengawasi penyelenggaraan "
        "kegiatan desa, cara pengukuran kinerjanya yaitu jumlah desa yang sudah mengelola APBDes tepat waktu dibagi "
        "jumlah desa dikalikan 100%"},
       {"Kasi Pemerintahan di Kecamatan Sidemen"}},
      {number("2"), {"Meningkatnya partisipasi organisasi dan lembaga desa/kelurahan dalam pembangunan"},
       {"Persentase Partisipasi Organisasi dan Lembaga Desa yang ikut dalam pembinaan"},
       {"Jumlah organisasi dan Lembaga Desa yang ikut dalam pembinaan (A) dibagi jumlah seluruh Organisasi dan Lembaga "
        "Desa yang dibina (B) dikalikan seratus persen sama dengan 100 atau A/B X 100 % = 100"},
       {"Kasi Kesos di Kecamatan Sidemen"}},
      {number("3"), {"Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan Kecamatan"},
       {"Persentase partisipasi masyarakat dalam perencanaan pembangunan"},
       {"Jumlah masyarakat yang hadir dalam kegiatan Musrenbang RKPD (A) dibagi jumlah masyarakat yang diundang dalam "
        "kegiatan Musrenbang RKPD (B) dikalikan seratus persen sama dengan seratus persen atau A/B X 100%=100"},
       {"Kasi PMD Kecamatan Sidemen"}},
      {number("4"), {"Meningkatnya tertib administrasi kependudukan bagi penduduk pendatang"},
       {"Persentase penduduk pendatang yang melengkapi administrasi kependudukannya"},
       {"Jumlah penduduk yang melengkapi administrasi kependudukannya (A) dibagi jumlah penduduk pendatang yang terdata "
        "(B) dikalikan seratus persen sama dengan seratus atau A/B X 100 % =100"},
       {"Kasi Pemerintahan"}},
  };
  table.rows_per_page = 3;
  DrawnDocument document;
  document.blocks.push_back({{title("E-SAKIP PEMERINTAH KABUPATEN Karangasem"), title("INDIKATOR KINERJA UTAMA"),
                              title("KECAMATAN SIDEMEN"), title("TAHUN 2017 - 2021")},
                             {table},
                             false});
  return document;
}

}  // namespace pdf_test
