// The forms PDF (core/export/form_pdf.h) read back with poppler, an independent reader: page count, paper, the
// words on every page. Forms are built by hand; page counts are worked out from the heights the writer promises
// (form_pdf_table.h: 9 pt type, lines of 1,2 x the size, 2 pt above and below, so a one-line row is
// 9 x 1,2 + 4 = 14,8 pt) and the page's text area (A4 portrait: 841,89 pt less 1,5 cm on top and 2 cm below =
// 742,68 pt high; 595,28 pt less 2 cm and 1,5 cm = 496,06 pt wide).
#include <doctest/doctest.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/export/form_pdf.h"
#include "core/export/form_pdf_table.h"
#include "core/forms/form_cells.h"
#include "refusal_message.h"
#include "tests/scratch_path.h"

namespace pokin {
namespace {

struct ReadPage {
  double width = 0, height = 0;
  std::vector<std::string> words;
  std::vector<poppler::rectf> boxes;  // of each word
  bool has(const std::string& word) const {
    for (const std::string& w : words)
      if (w == word) return true;
    return false;
  }
  int count(const std::string& word) const {
    int n = 0;
    for (const std::string& w : words) n += w == word;
    return n;
  }
};

std::vector<ReadPage> read_pdf(const std::filesystem::path& path) {
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path.string()));
  REQUIRE(document);
  std::vector<ReadPage> pages;
  for (int i = 0; i < document->pages(); ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    ReadPage read;
    read.width = page->page_rect().width();
    read.height = page->page_rect().height();
    for (const poppler::text_box& box : page->text_list()) {
      poppler::byte_array bytes = box.text().to_utf8();
      read.words.emplace_back(bytes.begin(), bytes.end());
      read.boxes.push_back(box.bbox());
    }
    pages.push_back(std::move(read));
  }
  return pages;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two columns (No, Uraian), the column-number row under the header, `rows` one-line rows "B1" ... "Bn".
FormTable numbered_table(int rows) {
  FormTable table;
  table.widths = {20, 100};
  table.header = {{bold_cell("No"), bold_cell("Uraian")}};
  table.numbered_columns = true;
  for (int i = 1; i <= rows; ++i)
    table.rows.push_back({number_cell(i), text_cell("B" + std::to_string(i))});
  return table;
}

Form a4_portrait(std::vector<FormBlock> blocks) {
  Form form;
  form.name = "Uji";
  form.paper = Paper::A4;
  form.orientation = Orientation::Portrait;
  form.blocks = std::move(blocks);
  return form;
}

int page_of(const std::vector<ReadPage>& pages, const std::string& word) {
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (pages[i].has(word)) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("a long table breaks between rows, the header and the column numbers repeat on every page") {
  // Header (one row) + number row = 29,6 pt; (742,68 - 29,6) / 14,8 = 48,2: 48 rows a page. 120 rows: 48, 48, 24.
  auto path = test::scratch_path("long_table.pdf");
  CHECK(write_forms_pdf(path, {a4_portrait({numbered_table(120)})}) == 3);
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 3);
  // The header stands in the same place on every page: its words' and the column numbers' tops as on page 1.
  auto top_of = [](const ReadPage& page, const std::string& word) {
    double top = 1e9;
    for (std::size_t i = 0; i < page.words.size(); ++i)
      if (page.words[i] == word) top = std::min(top, page.boxes[i].top());
    return top;
  };
  for (const ReadPage& page : pages) {
    CHECK(page.has("Uraian"));
    CHECK(top_of(page, "Uraian") == doctest::Approx(top_of(pages[0], "Uraian")));
    CHECK(top_of(page, "2") == doctest::Approx(top_of(pages[0], "2")));  // the column-number row
  }
  CHECK(top_of(pages[1], "B49") == doctest::Approx(top_of(pages[0], "B1")));
  CHECK(page_of(pages, "B48") == 0);
  CHECK(page_of(pages, "B49") == 1);
  CHECK(page_of(pages, "B96") == 1);
  CHECK(page_of(pages, "B97") == 2);
  CHECK(page_of(pages, "B120") == 2);
  CHECK(pages[0].has("Halaman"));
  CHECK(pages[2].has("3"));
  // Every row printed once.
  int printed = 0;
  for (const ReadPage& page : pages)
    for (int i = 1; i <= 120; ++i) printed += page.count("B" + std::to_string(i));
  CHECK(printed == 120);
}

TEST_CASE("numbers print as the form writes them, right aligned in their column") {
  FormTable table;
  table.widths = {60, 30, 30};
  table.header = {{bold_cell("Indikator"), bold_cell("Target"), bold_cell("Capaian")}};
  FormCell capaian = percent_cell(97.5);
  capaian.band = band_of(97.5);
  table.rows.push_back({text_cell("Jumlah izin"), number_cell(1000), capaian});
  auto path = test::scratch_path("numbers.pdf");
  write_forms_pdf(path, {a4_portrait({table})});
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 1);
  REQUIRE(pages[0].has("1.000"));
  REQUIRE(pages[0].has("97,50%"));
  // Columns: 496,06 pt x 60/120, 30/120, 30/120 from x = 56,69: edges 56,69 | 304,72 | 428,74 | 552,76.
  for (std::size_t i = 0; i < pages[0].words.size(); ++i) {
    if (pages[0].words[i] == "1.000") CHECK(pages[0].boxes[i].right() == doctest::Approx(428.74 - 2.5).epsilon(0.003));
    if (pages[0].words[i] == "97,50%") CHECK(pages[0].boxes[i].right() == doctest::Approx(552.76 - 2.5).epsilon(0.003));
  }
}

TEST_CASE("a signature block is never split: it moves to the next page with the table's last row") {
  // 45 rows: 29,6 + 45 x 14,8 = 695,6 pt of 742,68; the signatures (about 141 pt with the space above) do not fit
  // under them, so row 45 goes to page 2 with the whole block.
  FormSignatures signatures;
  signatures.parties.push_back({"", "PIHAK KEDUA,", "H. Ahmad Fauzi, S.Sos", "Pembina Utama Muda", "196501011990031001"});
  signatures.parties.push_back(
      {"Paringin, 2 Januari 2024", "PIHAK PERTAMA,", "Ir. Budi Santoso, M.T.", "Pembina Tk. I", "197002021995031002"});
  auto path = test::scratch_path("signatures.pdf");
  CHECK(write_forms_pdf(path, {a4_portrait({numbered_table(45), signatures})}) == 2);
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 2);
  CHECK(page_of(pages, "B44") == 0);
  CHECK(page_of(pages, "B45") == 1);
  for (const char* word : {"Paringin,", "KEDUA,", "PERTAMA,", "Fauzi,", "Santoso,", "Pembina", "NIP.",
                           "196501011990031001", "197002021995031002"}) {
    INFO(word);
    CHECK(page_of(pages, word) == 1);
    CHECK_FALSE(pages[0].has(word));
  }
  CHECK(pages[1].has("Uraian"));  // the header stands above the moved row

  // A single party stands in the right half.
  FormSignatures one;
  one.parties.push_back({"Paringin, 2 Januari 2024", "Kepala Dinas,", "Ir. Budi Santoso", "", "197002021995031002"});
  write_forms_pdf(path, {a4_portrait({one})});
  pages = read_pdf(path);
  REQUIRE(pages.size() == 1);
  for (std::size_t i = 0; i < pages[0].words.size(); ++i)
    if (pages[0].words[i] == "Santoso") CHECK(pages[0].boxes[i].left() > 595.28 / 2);
}

TEST_CASE("each form starts on a new page of its own paper and orientation, numbered on its own") {
  auto titled = [](std::string title, Paper paper, Orientation orientation) {
    Form form;
    form.name = title;
    form.paper = paper;
    form.orientation = orientation;
    FormTable table;
    table.widths = {50};
    table.header = {{bold_cell("Kolom")}};
    table.rows = {{text_cell("isi")}};
    form.blocks = {FormTitle{{title, "Tahun 2024"}}, table};
    return form;
  };
  auto path = test::scratch_path("papers.pdf");
  CHECK(write_forms_pdf(path, {titled("IKU", Paper::A4, Orientation::Landscape),
                               titled("RENSTRA", Paper::F4, Orientation::Portrait),
                               titled("LKJIP", Paper::A3, Orientation::Landscape)}) == 3);
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].width == doctest::Approx(841.89).epsilon(0.001));
  CHECK(pages[0].height == doctest::Approx(595.28).epsilon(0.001));
  CHECK(pages[1].width == doctest::Approx(609.45).epsilon(0.001));  // F4: 215 x 330 mm
  CHECK(pages[1].height == doctest::Approx(935.43).epsilon(0.001));
  CHECK(pages[2].width == doctest::Approx(1190.55).epsilon(0.001));
  CHECK(pages[2].height == doctest::Approx(841.89).epsilon(0.001));
  CHECK(page_of(pages, "IKU") == 0);
  CHECK(page_of(pages, "RENSTRA") == 1);
  CHECK(page_of(pages, "LKJIP") == 2);
  for (const ReadPage& page : pages) CHECK(page.count("dari") == 1);  // "Halaman 1 dari 1": numbered per form
}

TEST_CASE("a title never stands alone at the foot of a page: it goes with its table's header and first row") {
  // 42 rows fill page 1 to 29,6 + 42 x 14,8 = 651,2 pt of 742,68, 10 pt below a table leave 81,5 pt: the title
  // (a 12 pt line: 15,6 pt, and 8 pt under it) fits, not with the next table's header of six lines (6 x 10,8 + 4
  // = 68,8 pt) and its first row (14,8 pt).
  FormTable second;
  second.widths = {50};
  second.header = {{bold_cell("Kolom\nbaris2\nbaris3\nbaris4\nbaris5\nbaris6")}};
  second.rows = {{text_cell("isi")}};
  auto path = test::scratch_path("title_kept.pdf");
  CHECK(write_forms_pdf(path, {a4_portrait({numbered_table(42), FormTitle{{"LAMPIRAN"}}, second})}) == 2);
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 2);
  CHECK(page_of(pages, "LAMPIRAN") == 1);
  CHECK(page_of(pages, "Kolom") == 1);
}

TEST_CASE("a row taller than a page is cut between lines and nothing is lost") {
  // One cell of 200 lines: (742,68 - 14,8 header - 4 padding) / 10,8 = 67 lines a page: 67, 67, 66.
  std::string text;
  for (int i = 1; i <= 200; ++i) text += (i > 1 ? "\n" : "") + std::string("L") + std::to_string(i);
  FormTable table;
  table.widths = {20, 100};
  table.header = {{bold_cell("No"), bold_cell("Uraian")}};
  table.rows = {{number_cell(1), text_cell(text)}, {number_cell(2), text_cell("sesudah")}};
  auto path = test::scratch_path("tall_row.pdf");
  std::vector<ReadPage> pages;
  CHECK(write_forms_pdf(path, {a4_portrait({table})}) == 4);  // the row after it starts a page of its own
  pages = read_pdf(path);
  REQUIRE(pages.size() == 4);
  std::set<std::string> seen;
  for (const ReadPage& page : pages)
    for (const std::string& word : page.words) seen.insert(word);
  for (int i = 1; i <= 200; ++i) CHECK(seen.count("L" + std::to_string(i)) == 1);
  CHECK(page_of(pages, "L67") == 0);
  CHECK(page_of(pages, "L68") == 1);
  CHECK(page_of(pages, "L135") == 2);
  CHECK(page_of(pages, "sesudah") == 3);
}

TEST_CASE("a merged cell that a page break crosses is printed again on the next page") {
  FormTable table = numbered_table(60);
  table.rows[39][1].text = "Sasaran meningkatnya investasi";
  merge_cells(table.rows, 39, 1, 20, 1);  // rows 40..59 of column Uraian: across the break after row 48
  auto path = test::scratch_path("merged.pdf");
  CHECK(write_forms_pdf(path, {a4_portrait({table})}) == 2);
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].has("investasi"));
  CHECK(pages[1].has("investasi"));
  CHECK_FALSE(pages[0].has("B41"));  // covered cells print nothing
  CHECK(page_of(pages, "B60") == 1);
}

TEST_CASE("a paragraph keeps its aligned list and its line breaks, and title lines are centred") {
  FormParagraph paragraph{"Yang bertanda tangan di bawah ini:\nNama\t: Ir. Budi Santoso\nJabatan\t: Kepala Dinas"};
  auto path = test::scratch_path("paragraph.pdf");
  write_forms_pdf(path, {a4_portrait({FormTitle{{"PERJANJIAN KINERJA TAHUN 2024"}}, paragraph})});
  std::vector<ReadPage> pages = read_pdf(path);
  REQUIRE(pages.size() == 1);
  double colon_x[2] = {0, 0};
  int colons = 0;
  double title_left = 0, title_right = 0;
  for (std::size_t i = 0; i < pages[0].words.size(); ++i) {
    const std::string& word = pages[0].words[i];
    if ((word == ":" || word.rfind(":", 0) == 0) && colons < 2) colon_x[colons++] = pages[0].boxes[i].left();
    if (word == "PERJANJIAN") title_left = pages[0].boxes[i].left();
    if (word == "2024") title_right = pages[0].boxes[i].right();
  }
  REQUIRE(colons == 2);
  CHECK(colon_x[0] == doctest::Approx(colon_x[1]).epsilon(0.001));
  // Centred in the text area (56,69 .. 552,76): its middle at 304,72.
  CHECK((title_left + title_right) / 2 == doctest::Approx(304.72).epsilon(0.005));
}

TEST_CASE("a table of many columns prints at 7 pt, never smaller, and wraps instead") {
  // 25 columns of 30 mm = 750 mm drawn for A4 landscape's 260 mm of text width: 9 pt x 0,35 = 3 pt, raised to 7.
  FormTable table;
  table.widths.assign(25, 30);
  FormRow row;
  for (int c = 0; c < 25; ++c) row.push_back(text_cell("Penyelenggaraan"));
  table.rows = {row};
  TablePlan plan = plan_table(table, 737.0);
  CHECK(plan.text_size == 7);
  CHECK(plan.cells[0].lines.size() > 1);  // the word, wider than its 29,5 pt column, is broken across lines
  // A number wider than its column breaks after a thousands separator: 7 pt digits are 3,9 pt wide, so in a
  // column of 29,5 pt (24,5 pt inside the padding) "11.566." (5 digits, 2 dots of 1,9 pt: 23,4 pt) fits,
  // "246.594" (6 digits, 1 dot: 25,3 pt) does not.
  table.rows = {{number_cell(11566246594.0)}};
  table.rows[0].resize(25, text_cell("Penyelenggaraan"));
  plan = plan_table(table, 737.0);
  CHECK(plan.cells[0].lines == std::vector<std::string>{"11.566.", "246.", "594"});
  // A form that fits the page keeps 9 pt.
  table.widths.assign(25, 10);
  FormRow short_row;
  for (int c = 0; c < 25; ++c) short_row.push_back(text_cell("1"));
  table.rows = {short_row};
  CHECK(plan_table(table, 720.0).text_size == 9);  // 250 mm = 708,7 pt
}

TEST_CASE("an unwritable path is a bilingual UserError and an existing file stays as it was") {
  auto folder = test::scratch_path("forms_pdf_locked");
  std::filesystem::create_directories(folder);
  auto existing = folder / "formulir.pdf";
  std::ofstream(existing, std::ios::binary) << "lama";
  std::vector<Form> forms{a4_portrait({numbered_table(3)})};

  Bilingual missing = test::refusal_of([&] { write_forms_pdf(folder / "tidak-ada" / "formulir.pdf", forms); });
  CHECK_FALSE(std::filesystem::exists(folder / "tidak-ada"));
  test::refusal_of([&] { write_forms_pdf(folder, forms); });  // a folder as the target
  test::refusal_of([&] { write_forms_pdf(existing, {}); });   // nothing to print
  CHECK(read_bytes(existing) == "lama");

  std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  bool enforced = !std::ofstream(folder / "probe");  // root ignores the permissions
  if (enforced) {
    test::refusal_of([&] { write_forms_pdf(existing, forms); });
    CHECK(read_bytes(existing) == "lama");
  } else {
    std::filesystem::remove(folder / "probe");
    MESSAGE("folder permissions are not enforced here (running as root?): the read-only folder case is skipped");
  }
  std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
  CHECK(write_forms_pdf(existing, forms) == 1);
  CHECK(read_bytes(existing).rfind("%PDF-", 0) == 0);
}

}  // namespace pokin

namespace pokin {

TEST_CASE("any table shape pages without losing a row or a line, and every page part fits its page") {
  // Random shapes (a fixed seed): spans past the table's edge, covered cells nothing covers, widths of 0, text
  // longer than a page. What must hold: every body row printed, in order, on pieces that fit their page; a row cut
  // between lines prints each of its lines once.
  std::mt19937 random(20261202);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  const std::vector<std::string> words{"Meningkatnya", "investasi", "1.000", "PMA/PMDN", "97,50%", "daerah", "x"};
  const double page_room = 742.68, width = 496.06;
  for (int round = 0; round < 100; ++round) {
    CAPTURE(round);
    FormTable table;
    int columns = pick(1, 30);
    for (int c = 0; c < columns; ++c) table.widths.push_back(pick(-1, 40));
    auto random_cell = [&] {
      FormCell cell;
      int count = pick(0, pick(0, 19) ? 6 : 300);
      for (int w = 0; w < count; ++w) cell.text += (w ? (pick(0, 9) ? " " : "\n") : "") + words[pick(0, 6)];
      cell.row_span = pick(0, 5) ? 1 : pick(0, 30);
      cell.column_span = pick(0, 5) ? 1 : pick(0, 6);
      cell.covered = pick(0, 9) == 0;
      cell.type = pick(0, 3) ? FormCellType::Text : FormCellType::Number;
      return cell;
    };
    for (int r = pick(0, 2); r > 0; --r) table.header.push_back(FormRow(pick(0, columns + 2)));
    for (FormRow& row : table.header)
      for (FormCell& cell : row) cell = random_cell();
    table.numbered_columns = pick(0, 1);
    for (int r = pick(0, 80); r > 0; --r) {
      FormRow row(pick(0, columns));
      for (FormCell& cell : row) cell = random_cell();
      table.rows.push_back(std::move(row));
    }
    TablePlan plan = plan_table(table, width);
    CHECK(plan.text_size >= kFormTableSmallestText);
    double first_room = pick(0, 1) ? page_room : pick(0, 700);
    std::vector<TablePiece> pieces = paginate_table(plan, first_room, page_room, pick(0, 1) ? 140 : 0);
    REQUIRE_FALSE(pieces.empty());
    int next = plan.header_rows;
    std::vector<int> lines_printed(plan.cells.size(), 0);
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      const TablePiece& piece = pieces[p];
      bool fragment = piece.to_line >= 0;
      if (fragment && piece.from_line > 0) {
        CHECK(piece.first == next - 1);
      } else if (plan.rows() > plan.header_rows) {
        CHECK(piece.first == next);
        next = piece.last + 1;
      }
      double room = p == 0 && !piece.new_page ? first_room : page_room;
      double header = piece.header ? plan.header_height() : 0;
      CHECK((p == 0 || piece.header == (plan.header_height() <= page_room / 2)));
      if (!fragment && piece.last > piece.first) CHECK(header + piece.height() <= room + 1e-6);
      for (const PlacedCell& placed : place_piece(plan, piece)) {
        CHECK(placed.height >= 0);
        CHECK(placed.x + placed.width <= width + 1e-6);
        CHECK(placed.y + placed.height <= header + piece.height() + 1e-6);
        if (fragment && !placed.header && placed.cell->row == piece.first)
          lines_printed[placed.cell - plan.cells.data()] += static_cast<int>(placed.lines.size());
      }
    }
    CHECK(next == plan.rows());
    for (std::size_t c = 0; c < plan.cells.size(); ++c)
      if (lines_printed[c] > 0) CHECK(lines_printed[c] == static_cast<int>(plan.cells[c].lines.size()));
  }
}

}  // namespace pokin
