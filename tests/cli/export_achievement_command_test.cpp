// `pokin export --colour achievement` on the bundled example with the realisasi 2022 of
// tests/fixtures/balangan_realisasi_2022.csv entered with Pokin's own commands (the example itself has targets
// but no realisasi, and stays as it is). Expected bands worked out by hand from the example's 2022 targets
// (assets/examples/balangan_2021_2026_review.csv); every indicator of the example is "naik":
//   Kepala Dinas, Meningkatnya Realisasi Investasi Daerah      target 900, realisasi 936  -> 104%    sangat baik
//   Kepala Dinas, Meningkatnya Perlindungan Tenaga Kerja       target 45,  realisasi 31,5 -> 70%     cukup
//   Sub Koordinator Penempatan, Tersedianya LPTKS ...          target 55,  realisasi 30   -> 54,55%  kurang
//   Bidang Perencanaan dan Penempatan, Ketersediaan TK ...     target 350, realisasi 140  -> 40%     sangat kurang
//   Sub Koordinator Penempatan, Pelayanan Antar Kerja          realisasi "belum dilaporkan" -> not computable
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "cli_test_support.h"
#include "sasaran_by_name.h"
#include "core/commands/commands.h"
#include "core/commands/editor.h"
#include "core/import/table_reading.h"
#include "core/store/document_file.h"
#include "tests/core/svg_boxes.h"
#include "tests/core/test_files.h"

using namespace pokin;
using pokin::test::boxes_of;
using pokin::test::has;
using pokin::test::read_file;
using pokin::test::texts_of;

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
const std::string kRealisasi = std::string(POKIN_FIXTURES) + "/balangan_realisasi_2022.csv";

// The example with the fixture's realisasi 2022 on each named sasaran's indicator.
Document example_with_realisasi() {
  Document example;
  store::DocumentFile::open(kExample, example);
  Editor editor(example);
  auto rows = import::read_table(read_file(kRealisasi), import::Delimiter::Semicolon);
  REQUIRE(rows.size() > 10);
  REQUIRE(rows.front().cells.at(2) == "Realisasi 2022");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& cells = rows[r].cells;
    Id sasaran = cli_test::sasaran_by_name(editor.document(), cells.at(0), cells.at(1));
    Id indikator = kNoId;
    for (const auto& [id, i] : editor.document().indikator)
      if (i.sasaran == sasaran) indikator = id;
    REQUIRE(indikator != kNoId);
    REQUIRE(editor.document().indikator.at(indikator).polarity == Polarity::Naik);
    editor.run(commands::set_realisasi(editor.document(), indikator, 2022, cells.at(2)));
  }
  return editor.document();
}

}  // namespace

TEST_CASE("pokin export --colour achievement: the example's boxes in their bands, with the legend") {
  cli_test::TempDir dir;
  Document document = example_with_realisasi();
  std::string file = dir.file("realisasi.pokin");
  store::DocumentFile::create(file, document);
  std::string svg_file = dir.file("capaian.svg");
  // No --year: the latest year with realisasi (2022).
  auto result = cli_test::run({"export", file, "-f", "svg", "-o", svg_file, "--colour", "achievement"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());
  std::string svg = read_file(svg_file);
  auto boxes = boxes_of(svg);

  Id investasi = cli_test::sasaran_by_name(document, "Kepala Dinas", "Meningkatnya Realisasi Investasi Daerah");
  Id perlindungan = cli_test::sasaran_by_name(document, "Kepala Dinas", "Meningkatnya Perlindungan Tenaga Kerja");
  Id lptks = cli_test::sasaran_by_name(document, "Sub Koordinator Penempatan Tenaga Kerja",
                        "Tersedianya LPTKS yang Berperan Menyalurkan Tenaga Kerja");
  Id ketersediaan = cli_test::sasaran_by_name(document, "Bidang Perencanaan dan Penempatan Tenaga Kerja",
                               "Meningkatnya Ketersediaan Tenaga Kerja dari Realisasi Investasi");
  Id antar_kerja = cli_test::sasaran_by_name(document, "Sub Koordinator Penempatan Tenaga Kerja",
                              "Terselenggaranya Pelayanan Antar Kerja di Kabupaten Balangan");
  CHECK(boxes.at(investasi).fill == "#4a90d9");
  CHECK(has(boxes.at(investasi).texts, "Capaian 2022: 104% ▲▲ Sangat baik"));
  CHECK(boxes.at(perlindungan).fill == "#fff3a6");
  CHECK(has(boxes.at(perlindungan).texts, "Capaian 2022: 70% ■ Cukup"));
  CHECK(boxes.at(lptks).fill == "#f9a350");
  CHECK(has(boxes.at(lptks).texts, "Capaian 2022: 54,55% ▼ Kurang"));
  CHECK(boxes.at(ketersediaan).fill == "#f27c6c");
  CHECK(has(boxes.at(ketersediaan).texts, "Capaian 2022: 40% ▼▼ Sangat kurang"));
  CHECK(boxes.at(antar_kerja).fill == "#a6a6a6");
  CHECK(has(boxes.at(antar_kerja).texts, "Capaian 2022: realisasi tidak memuat angka"));

  auto texts = texts_of(svg);
  CHECK(has(texts, "Capaian 2022:"));
  int legend_entries = 0;
  for (const std::string& text : texts)
    for (const char* band : {"▲▲ Sangat baik (≥ 91%) · ", "▲ Baik (76-90%) · ", "■ Cukup (66-75%) · ",
                             "▼ Kurang (51-65%) · ", "▼▼ Sangat kurang (≤ 50%) · ", "Tidak dapat dihitung · "})
      if (text.rfind(band, 0) == 0) ++legend_entries;
  CHECK(legend_entries == 6);

  // With --year 2022 the same figure. --lang speaks to the planner only: the figure stays Indonesian (its own
  // --figure-lang), the messages are English, and they say the 7.470 pt wide figure is unreadable at A4 width.
  auto english = cli_test::run({"--lang", "en", "export", file, "-f", "svg", "-o", dir.file("en.svg"), "--colour",
                                "achievement", "--year", "2022"});
  REQUIRE(english.exit_code == 0);
  std::string id_svg = read_file(dir.file("en.svg"));
  CHECK(has(boxes_of(id_svg).at(lptks).texts, "Capaian 2022: 54,55% ▼ Kurang"));
  CHECK(id_svg.find("Not computable") == std::string::npos);
  CHECK(english.out.find("smallest text ") != std::string::npos);
  CHECK(english.out.find("Warning: The smallest text will print at ") != std::string::npos);
  CHECK(english.out.find("--fit A4") != std::string::npos);
  auto figure_en = cli_test::run({"--lang", "en", "export", file, "-f", "svg", "-o", dir.file("en.svg"), "--colour",
                                  "achievement", "--year", "2022", "--figure-lang", "en"});
  REQUIRE(figure_en.exit_code == 0);
  std::string en_svg = read_file(dir.file("en.svg"));
  CHECK(has(boxes_of(en_svg).at(lptks).texts, "Capaian 2022: 54.55% ▼ Poor"));
  CHECK(en_svg.find("Not computable · ") != std::string::npos);

  // A year of the period without any realisasi: exported, with a warning instead of a silent grey figure.
  auto grey = cli_test::run({"export", file, "-f", "svg", "-o", dir.file("grey.svg"), "--colour", "achievement",
                             "--year", "2024"});
  CHECK(grey.exit_code == 0);
  CHECK(grey.out.find("Peringatan: Tahun 2024 belum memiliki realisasi") != std::string::npos);
  // The same warning when the figure becomes a book (--fit), which reports its own pages.
  auto grey_book = cli_test::run({"export", file, "-f", "pdf", "-o", dir.file("grey_book.pdf"), "--colour",
                                  "achievement", "--year", "2024", "--fit", "A4"});
  CHECK(grey_book.exit_code == 0);
  CHECK(grey_book.out.find("Peringatan: Tahun 2024 belum memiliki realisasi") != std::string::npos);

  // PDF and PNG draw the same figure.
  for (std::string format : {"pdf", "png"}) {
    CAPTURE(format);
    std::string out = dir.file("capaian." + format);
    auto written =
        cli_test::run({"export", file, "-f", format, "-o", out, "--colour", "achievement", "--dpi", "72"});
    CHECK(written.exit_code == 0);
    CHECK(std::filesystem::file_size(out) > 1000);
  }
}

TEST_CASE("pokin export --badges puts the number of findings on the boxes and explains it in the legend") {
  cli_test::TempDir dir;
  auto result = cli_test::run({"export", kExample, "-f", "svg", "-o", dir.file("badges.svg"), "--badges"});
  REQUIRE(result.exit_code == 0);
  std::string svg = read_file(dir.file("badges.svg"));
  CHECK(has(texts_of(svg), "Jumlah temuan pemeriksaan (pokin check)"));
  // The example has no realisasi yet, so `pokin check` finds nothing about capaian, but it does find the
  // indicators without formula or sumber data (the decree gives none): every such box carries a number.
  int with_badge = 0;
  for (const auto& [id, box] : boxes_of(svg))
    for (const std::string& text : box.texts)
      if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) ++with_badge;
  CHECK(with_badge > 0);
}

TEST_CASE("pokin export --colour achievement without realisasi and without --year says what to do") {
  cli_test::TempDir dir;
  auto result = cli_test::run({"--lang", "en", "export", kExample, "-f", "svg", "-o", dir.file("x.svg"), "--colour",
                               "achievement"});
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("no realisasi yet") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("x.svg")));

  // With a year it draws: every box grey and counted as not computable.
  auto grey = cli_test::run({"export", kExample, "-f", "svg", "-o", dir.file("grey.svg"), "--colour", "achievement",
                             "--year", "2024"});
  REQUIRE(grey.exit_code == 0);
  std::string svg = read_file(dir.file("grey.svg"));
  auto boxes = boxes_of(svg);
  for (const auto& [id, box] : boxes) CHECK(box.fill == "#a6a6a6");
  CHECK(has(texts_of(svg), "Tidak dapat dihitung · " + std::to_string(boxes.size()) + " kotak"));
}

TEST_CASE("pokin export --colour level is the default and leaves the figure as it was") {
  cli_test::TempDir dir;
  auto plain = cli_test::run({"export", kExample, "-f", "svg", "-o", dir.file("plain.svg"), "--date", "1 Mei 2026"});
  auto level = cli_test::run({"export", kExample, "-f", "svg", "-o", dir.file("level.svg"), "--date", "1 Mei 2026",
                              "--colour", "level"});
  REQUIRE(plain.exit_code == 0);
  REQUIRE(level.exit_code == 0);
  std::string svg = read_file(dir.file("plain.svg"));
  CHECK(svg == read_file(dir.file("level.svg")));
  CHECK(svg.find("Capaian") == std::string::npos);
  CHECK(has(texts_of(svg), "Sasaran Strategis"));
}
