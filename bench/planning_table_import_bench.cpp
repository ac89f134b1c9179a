// Import speed on a planning table of the Renstra T-C.27 shape (Permendagri 86/2017, "Rencana Program, Kegiatan,
// dan Pendanaan"): TAB separated as Excel copies it, a three-row header (group titles, years, Target / Rp) and a
// row of column numbers, the kode split over five cells, a Target and an Rp column per year, merged cells arriving
// as blanks.
//   planning_table_import_bench [MEGABYTES]                (default 10)
//   planning_table_import_bench --write FILE [MEGABYTES]   (the table itself, to try it with `pokin import`)
// Goal (issue 11): import of a 10 MB table under 2 s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "bench_support.h"
#include "core/import/import_document.h"

namespace {

constexpr int kFirstYear = 2022;
constexpr int kYears = 5;

std::string header() {
  std::string row1 = "Tujuan\tSasaran\tIndikator\tKode\t\t\t\t\tProgram, Kegiatan, dan Sub Kegiatan\t"
                     "Indikator Kinerja Program (outcome)/ Kegiatan/ Sub Kegiatan (output)\t"
                     "Data Capaian pada Tahun Awal Perencanaan\tCapaian Kinerja Program dan Kerangka Pendanaan";
  std::string row2(11, '\t');  // the year titles start in column 12
  std::string row3(11, '\t');
  for (int i = 0; i < kYears; ++i) {
    row1 += i == 0 ? "" : "\t\t";
    row2 += "Tahun " + std::to_string(kFirstYear + i) + "\t\t";
    row3 += "Target\tRp\t";
  }
  row1 += "\t\tKondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah\t\t"
          "Unit Kerja Perangkat Daerah Penanggung Jawab\tLokasi\n";
  row2 += "\t\t\t\n";
  row3 += "Target\tRp\t\t\n";
  std::string numbers;
  constexpr int kColumns = 11 + 2 * kYears + 4;
  for (int column = 1; column <= kColumns; ++column)
    numbers += "(" + std::to_string(column) + ")" + (column < kColumns ? "\t" : "\n");
  return row1 + row2 + row3 + numbers;
}

std::string rupiah(long long value) {  // Indonesian thousands: 1.250.000.000
  std::string digits = std::to_string(value), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

// One row: tujuan and sasaran cells only where they start (merged cells arrive blank), the kode in five cells.
void add_row(std::string& text, const std::string& tujuan, const std::string& sasaran, const std::string& kode,
             const std::string& name, const std::string& indikator, int seed, bool with_rp, const std::string& unit) {
  bool statement_row = !tujuan.empty() || !sasaran.empty();  // its indicator goes in column 3, others' in 10
  text += tujuan + '\t' + sasaran + '\t' + (statement_row ? indikator : "") + '\t' + kode + '\t' + name + '\t' +
          (statement_row ? "" : indikator) + '\t' + std::to_string(60 + seed % 30) + "%\t";
  long long total = 0;
  for (int i = 0; i < kYears; ++i) {
    long long rp = with_rp ? 150000000LL + 1000000LL * ((seed * 7 + i * 13) % 900) : 0;
    total += rp;
    text += std::to_string(61 + seed % 30 + i) + "%\t" + (with_rp ? rupiah(rp) : "-") + '\t';
  }
  text += std::to_string(61 + seed % 30 + kYears) + "%\t" + (with_rp ? rupiah(total) : "-") + '\t' + unit +
          "\tKabupaten\n";
}

std::string planning_table(std::size_t bytes) {
  std::string text = "TABEL T-C.27 RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH\n" + header();
  for (int block = 0; text.size() < bytes; ++block) {
    std::string b = std::to_string(block);
    std::string bidang = (block % 90 < 9 ? "0" : "") + std::to_string(block % 90 + 1);
    add_row(text, "Meningkatnya kualitas pelayanan publik bidang " + b, "", "\t\t\t\t", "",
            "Indeks Kepuasan Masyarakat " + b, block, false, "");
    add_row(text, "", "Meningkatnya akuntabilitas kinerja perangkat daerah " + b, "\t\t\t\t", "",
            "Nilai SAKIP perangkat daerah " + b, block + 1, false, "");
    for (int program = 1; program <= 10 && text.size() < bytes; ++program) {
      std::string p = (program < 10 ? "0" : "") + std::to_string(program);
      add_row(text, "", "", "1\t" + bidang + "\t" + p + "\t\t", "Program Penyelenggaraan Urusan " + b + "." + p,
              "Persentase capaian program " + b + "." + p, block + program, true, "Sekretariat");
      for (int kegiatan = 1; kegiatan <= 5; ++kegiatan) {
        std::string k = "2." + std::string(kegiatan < 10 ? "0" : "") + std::to_string(kegiatan);
        add_row(text, "", "", "1\t" + bidang + "\t" + p + "\t" + k + "\t",
                "Kegiatan Pengelolaan Layanan " + b + "." + p + "." + k,
                "Persentase layanan yang dikelola tepat waktu " + b + "." + p + "." + k, block + kegiatan, true,
                "Bidang Pelayanan " + std::to_string(program % 4 + 1));
        for (int sub = 1; sub <= 4; ++sub) {
          std::string s = "000" + std::to_string(sub);
          add_row(text, "", "", "1\t" + bidang + "\t" + p + "\t" + k + "\t" + s,
                  "Sub Kegiatan Penyediaan Dokumen " + b + "." + p + "." + k + "." + s,
                  "Jumlah dokumen yang tersusun " + b + "." + p + "." + k + "." + s, block + sub, true,
                  "Seksi Pelayanan " + std::to_string(sub));
        }
      }
    }
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "--write") == 0) {
    std::ofstream(argv[2], std::ios::binary) << planning_table(
        static_cast<std::size_t>((argc > 3 ? std::atof(argv[3]) : 10) * 1024 * 1024));
    return 0;
  }
  double megabytes = argc > 1 ? std::atof(argv[1]) : 10;
  std::string text = planning_table(static_cast<std::size_t>(megabytes * 1024 * 1024));
  std::size_t units = 0, sasaran = 0, indikator = 0;
  double best = 1e18;
  for (int run = 0; run < 3; ++run) {
    auto start = std::chrono::steady_clock::now();
    pokin::import::ImportResult result = pokin::import::import_text("tc27.tsv", text, {});
    best = std::min(best, bench::milliseconds_since(start));
    units = result.document.units.size();
    sasaran = result.document.sasaran.size();
    indikator = result.document.indikator.size();
  }
  std::printf("%.1f MB T-C.27 table (TAB, 3-row header, Target/Rp x %d years, kode in 5 cells): %zu units, %zu "
              "sasaran, %zu indikator: best of 3 %.0f ms, peak resident %.0f MB\n",
              text.size() / 1048576.0, kYears, units, sasaran, indikator, best, bench::peak_resident_mb());
  return 0;
}
