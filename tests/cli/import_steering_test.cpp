// Steering the table import from the command line: --dry-run, --header-rows, --map on any header row, and a
// saved profile reused for the next OPD's table.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli_test_support.h"
#include "core/store/document_file.h"

using cli_test::read;
using cli_test::run;

namespace {

// Two OPD tables of the same unusual form: a title line, a two-row header nothing recognises alone.
const char* const kDinasA =
    "RENCANA KINERJA DINAS A\n"
    "Uraian\tUkuran\tCapaian Kinerja Program dan Kerangka Pendanaan\t\tCatatan\n"
    "\t\tTahun 2025\tRp\t\n"
    "Meningkatnya layanan\tIndeks kepuasan\t80\t1.000.000\tcatatan rapat\n"
    "Meningkatnya mutu\tNilai SAKIP\tBB\t2.000.000\t\n";
const char* const kDinasB =
    "RENCANA KINERJA DINAS B\n"
    "Uraian\tUkuran\tCapaian Kinerja Program dan Kerangka Pendanaan\t\tCatatan\n"
    "\t\tTahun 2025\tRp\t\n"
    "Meningkatnya investasi\tNilai investasi\t1.500\t3.000.000\t\n";

}  // namespace

TEST_CASE("pokin import --dry-run prints the header, every column and the counts, and writes nothing") {
  cli_test::TempDir dir;
  auto table = dir.file("dinas_a.tsv");
  std::ofstream(table) << kDinasA;
  auto out = dir.file("a.pokin");
  auto dry = run({"--lang", "id", "import", table, "-o", out, "--dry-run", "--header-rows", "2-3", "--map",
                  "Uraian=sasaran", "--map", "Ukuran=indikator"});
  REQUIRE(dry.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(dry.out.find("Tabel 1: judul pada baris 2, 2 baris, sesuai pilihan; 2 baris data") != std::string::npos);
  CHECK(dry.out.find("A  \"Uraian\" -> sasaran [--map]: 2 sel disimpan") != std::string::npos);
  CHECK(dry.out.find("C  \"Capaian Kinerja Program dan Kerangka Pendanaan / Tahun 2025\" -> target:2025: 2 sel disimpan") !=
        std::string::npos);
  CHECK(dry.out.find("D  \"Capaian Kinerja Program dan Kerangka Pendanaan / Rp\" -> pagu:2025") != std::string::npos);
  CHECK(dry.out.find("E  \"Catatan\" -> diabaikan: 0 sel disimpan, 1 sel TIDAK disimpan") != std::string::npos);
  CHECK(dry.out.find("Akan diimpor: 2 baris data, 1 unit, 0 tujuan, 2 sasaran, 2 indikator, 2 target") != std::string::npos);
  CHECK(dry.out.find("0 baris tidak dipahami, 1 sel tidak disimpan") != std::string::npos);
  CHECK(dry.out.find("tidak ada yang ditulis") != std::string::npos);
  // A T-C.27's Tujuan is counted apart from its sasaran (tests/fixtures/forms/tc27_by_hand.tsv: 1 tujuan, 1 sasaran,
  // 1 program, 1 kegiatan).
  auto tc27 = run({"--lang", "id", "import", std::string(POKIN_FIXTURES) + "/forms/tc27_by_hand.tsv", "--dry-run"});
  REQUIRE(tc27.exit_code == 0);
  CHECK(tc27.out.find("Akan diimpor: 4 baris data, 2 unit, 1 tujuan, 3 sasaran, 4 indikator, 8 target, 4 pagu") !=
        std::string::npos);
  // Without -o, --dry-run is enough; without either, the planner is told what to write.
  CHECK(run({"import", table, "--dry-run", "--header-rows", "2-3", "--map", "Uraian=sasaran", "--map", "Ukuran=indikator"})
            .exit_code == 0);
  auto neither = run({"--lang", "en", "import", table});
  CHECK(neither.exit_code != 0);
  CHECK(neither.err.find("-o FILE.pokin") != std::string::npos);
}

TEST_CASE("a profile saved for one OPD imports the next OPD's table the same way") {
  cli_test::TempDir dir;
  auto table_a = dir.file("dinas_a.tsv"), table_b = dir.file("dinas_b.tsv");
  std::ofstream(table_a) << kDinasA;
  std::ofstream(table_b) << kDinasB;
  auto profile = dir.file("renstra.profil");
  auto first = run({"import", table_a, "-o", dir.file("a.pokin"), "--header-rows", "2-3", "--map", "Uraian=sasaran",
                    "--map", "Ukuran=indikator", "--map", "E=abaikan", "--save-profile", profile});
  REQUIRE(first.exit_code == 0);
  std::string saved = read(profile);
  CHECK(saved.find("baris-judul: 2-3\n") != std::string::npos);
  CHECK(saved.find("kolom: Uraian = sasaran\n") != std::string::npos);
  CHECK(saved.find("kolom: E = abaikan\n") != std::string::npos);

  auto out_b = dir.file("b.pokin");
  auto second = run({"--lang", "en", "import", table_b, "-o", out_b, "--profile", profile});
  REQUIRE(second.exit_code == 0);
  CHECK(second.out.find("1 sasaran, 1 indicators") != std::string::npos);
  pokin::Document document;
  pokin::store::DocumentFile::open(out_b, document);
  REQUIRE(document.indikator.size() == 1);
  CHECK(document.indikator.begin()->second.name == "Nilai investasi");
  CHECK(document.indikator.begin()->second.target.at(2025).text == "1.500");
}

TEST_CASE("a broken profile or header choice is refused with its line, and nothing is written") {
  cli_test::TempDir dir;
  auto table = dir.file("t.tsv");
  std::ofstream(table) << kDinasA;
  auto profile = dir.file("rusak.profil");
  std::ofstream(profile) << "baris-judul: 2-3\nkolom Uraian = sasaran\n";
  auto out = dir.file("x.pokin");
  auto bad = run({"--lang", "en", "import", table, "-o", out, "--profile", profile});
  CHECK(bad.exit_code != 0);
  CHECK(bad.err.find("line 2: write \"baris-judul: N\"") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
  auto rows = run({"--lang", "id", "import", table, "-o", out, "--header-rows", "dua"});
  CHECK(rows.exit_code != 0);
  CHECK(rows.err.find("Baris judul \"dua\" tidak dikenali") != std::string::npos);
  // --save-profile never lands on a source.
  auto onto_source = run({"import", table, "--dry-run", "--save-profile", table});
  CHECK(onto_source.exit_code != 0);
  CHECK(read(table) == kDinasA);
}
