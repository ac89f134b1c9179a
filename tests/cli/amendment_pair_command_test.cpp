// `pokin import` then `pokin diff` on a real amendment, as a planner runs them: the Pringsewu Dinas Koperasi IKU
// 2025-2029 before and after its alignment with the amended Renstra (tests/fixtures/compare/SOURCES.md; the
// expected changes were read by eye: pringsewu_koperasi_changes_by_eye.md).
#include <doctest/doctest.h>

#include "cli_test_support.h"

using cli_test::run;

TEST_CASE("pokin diff on a real IKU amendment: two imports, the changes read by eye, the matriks perubahan") {
  cli_test::TempDir dir;
  std::string before = dir.file("iku_kondisi_awal.pokin");
  std::string after = dir.file("iku_selaras_renstra.pokin");
  REQUIRE(run({"import", cli_test::fixture("compare/pringsewu_koperasi_iku_2025_2029_kondisi_awal_tab.txt"), "-o", before})
              .exit_code == 0);
  REQUIRE(run({"import", cli_test::fixture("compare/pringsewu_koperasi_iku_2025_2029_selaras_renstra_tab.txt"), "-o", after})
              .exit_code == 0);
  auto summary = run({"diff", before, after});
  REQUIRE(summary.exit_code == 0);
  CHECK(summary.out.find("(dicocokkan menurut kode dan teks)") != std::string::npos);
  // Sasaran UMKM and its indikator removed, the partnership indikator added, two sasaran and two indikator reworded.
  CHECK(summary.out.find("Ditambahkan: 1, Dihapus: 2, Dipindahkan: 0, Perubahan rumusan: 4, Perubahan isian: 0, "
                         "Perubahan target: 0") != std::string::npos);
  CHECK(summary.out.find("Nama \"Presentase koperasi sehat dengan omzet naik\" -> \"Persentase Meningkatnya Koperasi yang "
                         "Berkualitas\"") != std::string::npos);
  CHECK(summary.out.find("- Sasaran Meningkatnya Daya Saing UMKM") != std::string::npos);
  CHECK(summary.out.find("+ Indikator Proporsi UKM Menjalin Kemitraan dan Ekspor") != std::string::npos);

  std::string matriks = dir.file("matriks_perubahan.xlsx");
  auto xlsx = run({"diff", before, after, "-f", "xlsx", "-o", matriks});
  REQUIRE(xlsx.exit_code == 0);
  CHECK(xlsx.out.find("(7 perubahan)") != std::string::npos);
  CHECK(std::filesystem::file_size(matriks) > 0);
}
