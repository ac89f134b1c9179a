// The XLSX form writer, read back through libzip and the test's own XML reader (xlsx_cells.h), never through
// libxlsxwriter: forms built by hand with every block and cell type, and the cells, merges, formats, row
// heights, page setup and print titles compared with what the forms ask for, worked out by hand below.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <filesystem>
#include <string>
#include <vector>

#include "core/capaian/capaian_band.h"
#include "core/export/form_xlsx.h"
#include "core/export/form_xlsx_grid.h"
#include "core/forms/form_cells.h"
#include "core/text/bilingual.h"
#include "core/text/utf8.h"
#include "tests/scratch_path.h"
#include "test_files.h"
#include "xlsx_cells.h"

using namespace pokin;
using pokin::test::read_cell_styles;
using pokin::test::read_defined_names;
using pokin::test::read_file;
using pokin::test::read_sheet_names;
using pokin::test::read_sheet_xml;

namespace {

const std::string kLongIndikator =
    "Persentase perizinan dan non perizinan yang diselesaikan tepat waktu sesuai standar pelayanan yang berlaku";
const std::string kLongSasaran =
    "Meningkatnya kualitas pelayanan perizinan dan non perizinan yang mudah, cepat, transparan dan akuntabel bagi "
    "seluruh pelaku usaha di Kabupaten Balangan, termasuk layanan daring melalui sistem OSS berbasis risiko, "
    "pengaduan masyarakat yang ditindaklanjuti, dan pengawasan pelaksanaan perizinan berusaha di lapangan";

FormCell banded(FormCell cell, CapaianBand band) {
  cell.band = band;
  return cell;
}

// A T-C.27-like form on F4: two title lines, a two-row header with merges, the column numbers, and a body with
// text, numbers with 0 and 2 decimals, percents with their bands, a text target and a sasaran merged over two
// rows; one signature.
//
// Sheet rows (1-based): 1-2 titles, 3 blank, 4-5 header, 6 column numbers, 7-9 body, 10 blank, 11 place and
// date, 12 role, 13-16 room to sign, 17 name, 18 rank, 19 NIP.
Form renstra_like_form() {
  Form form;
  form.kind = FormKind::Renstra;
  form.name = "Renstra T-C.27";
  form.paper = Paper::F4;
  form.orientation = Orientation::Landscape;
  form.blocks.push_back(FormTitle{{"RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN", "DINAS PENANAMAN MODAL DAN PTSP"}});
  FormTable table;
  table.widths = {10, 60, 30, 30, 30};
  table.header = {{bold_cell("No"), bold_cell("Indikator"), bold_cell("Target"), bold_cell(""), bold_cell("Capaian")},
                  {bold_cell(""), bold_cell(""), bold_cell("2024"), bold_cell("2025"), bold_cell("")}};
  merge_cells(table.header, 0, 0, 2, 1);
  merge_cells(table.header, 0, 1, 2, 1);
  merge_cells(table.header, 0, 2, 1, 2);
  merge_cells(table.header, 0, 4, 2, 1);
  table.numbered_columns = true;
  table.rows = {
      {text_cell("1"), text_cell(kLongIndikator), number_cell(1000), number_cell(1234.5, 2),
       banded(percent_cell(97.5, 2), CapaianBand::SangatBaik)},
      {text_cell("2"), text_cell(kLongSasaran), text_cell("≥ 80%"), number_cell(11566246594),
       banded(percent_cell(45, 0), CapaianBand::SangatKurang)},
      {text_cell("3"), text_cell(""), text_cell("WTP"), number_cell(2), text_cell("")},
  };
  merge_cells(table.rows, 1, 1, 2, 1);
  form.blocks.push_back(table);
  form.blocks.push_back(FormSignatures{{{"Paringin, 2 Januari 2024", "Kepala Dinas,", "Ir. BUDI SANTOSO, M.Si",
                                         "Pembina Utama Muda", "19700101 199503 1 001"}}});
  return form;
}

std::string rgb(std::uint32_t colour) {
  char text[16];
  std::snprintf(text, sizeof text, "FF%06X", static_cast<unsigned>(colour));
  return text;
}

bool has(const std::vector<std::string>& list, const std::string& wanted) {
  return std::find(list.begin(), list.end(), wanted) != list.end();
}

}  // namespace

TEST_CASE("an XLSX form: titles, a merged two-row header, column numbers, typed cells, heights, page setup") {
  auto path = test::scratch_path("form_renstra.xlsx");
  write_forms_xlsx(path, {renstra_like_form()});
  auto sheet = read_sheet_xml(path, 1);
  auto styles = read_cell_styles(path);
  auto style_of = [&](const std::string& cell) { return styles.at(sheet.cells.at(cell).style); };

  CHECK(read_sheet_names(path) == std::vector<std::string>{"Renstra T-C.27"});

  // Titles across the table's five columns, centred and bold, the first larger.
  CHECK(sheet.cells.at("A1").value == "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN");
  CHECK(sheet.cells.at("A2").value == "DINAS PENANAMAN MODAL DAN PTSP");
  CHECK(has(sheet.merges, "A1:E1"));
  CHECK(has(sheet.merges, "A2:E2"));
  CHECK(style_of("A1").bold);
  CHECK(style_of("A1").horizontal == "center");
  CHECK(style_of("A1").size > style_of("A2").size);

  // The header: its spans merged, bold, centred, wrapped, on the light grey fill.
  for (const char* merge : {"A4:A5", "B4:B5", "C4:D4", "E4:E5"}) CHECK(has(sheet.merges, merge));
  CHECK(sheet.cells.at("A4").value == "No");
  CHECK(sheet.cells.at("C4").value == "Target");
  CHECK(sheet.cells.at("C5").value == "2024");
  CHECK(sheet.cells.at("D5").value == "2025");
  CHECK(style_of("C4").bold);
  CHECK(style_of("C4").horizontal == "center");
  CHECK(style_of("C4").wrap);
  CHECK(style_of("C4").fill == "FFD9D9D9");

  // The column numbers: text (a SUM over a column must not count them), small italic, centred.
  for (const char* cell : {"A6", "B6", "C6", "D6", "E6"}) CHECK(sheet.cells.at(cell).type == "s");
  CHECK(sheet.cells.at("A6").value == "1");
  CHECK(sheet.cells.at("E6").value == "5");
  CHECK(style_of("C6").italic);
  CHECK(style_of("C6").size == 8);

  // Body: text as text, numbers as numbers with thousands separators and their decimals, percents divided by
  // 100 with a percent format and their band's fill.
  CHECK(sheet.cells.at("B7").type == "s");
  CHECK(sheet.cells.at("B7").value == kLongIndikator);
  CHECK(style_of("B7").wrap);
  CHECK(sheet.cells.at("C7").type == "n");
  CHECK(sheet.cells.at("C7").value == "1000");
  CHECK(style_of("C7").number_format == "#,##0");
  CHECK(sheet.cells.at("D7").type == "n");
  CHECK(sheet.cells.at("D7").value == "1234.5");
  CHECK(style_of("D7").number_format == "#,##0.00");
  CHECK(sheet.cells.at("E7").type == "n");
  CHECK(sheet.cells.at("E7").value == "0.975");
  CHECK(style_of("E7").number_format == "0.00%");
  CHECK(style_of("E7").fill == rgb(band_style(CapaianBand::SangatBaik).colour));
  CHECK(sheet.cells.at("C8").type == "s");
  CHECK(sheet.cells.at("C8").value == "≥ 80%");
  CHECK(sheet.cells.at("D8").value == "11566246594");
  CHECK(sheet.cells.at("E8").value == "0.45");
  CHECK(style_of("E8").number_format == "0%");
  CHECK(style_of("E8").fill == rgb(band_style(CapaianBand::SangatKurang).colour));
  CHECK(sheet.cells.at("C9").value == "WTP");

  // The sasaran merged over two rows; the cell it covers holds nothing of its own.
  CHECK(has(sheet.merges, "B8:B9"));
  CHECK(sheet.cells.at("B8").value == kLongSasaran);
  CHECK(sheet.cells.at("B9").value.empty());

  // Heights: the indicator (104 characters in a column of about 110 mm at 10 pt, some 60 characters a line)
  // needs two or three lines where a row shows one at 15 pt; the sasaran (357 characters, about six lines) needs
  // more than its two rows have together, so they share the difference.
  REQUIRE(sheet.custom_heights.count(7));
  CHECK(sheet.custom_heights.at(7) >= 2 * 12);
  CHECK(sheet.custom_heights.at(7) <= 3 * 14 + 4);
  REQUIRE(sheet.custom_heights.count(8));
  REQUIRE(sheet.custom_heights.count(9));
  CHECK(sheet.custom_heights.at(8) + sheet.custom_heights.at(9) >= 6 * 12);
  CHECK(sheet.custom_heights.at(8) + sheet.custom_heights.at(9) <= 9 * 14);

  // One signature, at the right: columns D:E (the edges 0, 6, 44, 62, 81, 100 % of the width; 55 % lies
  // nearest 62 %).
  CHECK(sheet.cells.at("D11").value == "Paringin, 2 Januari 2024");
  CHECK(has(sheet.merges, "D11:E11"));
  CHECK(sheet.cells.at("D12").value == "Kepala Dinas,");
  CHECK(sheet.cells.at("D17").value == "Ir. BUDI SANTOSO, M.Si");
  CHECK(has(sheet.merges, "D17:E17"));
  CHECK(style_of("D17").bold);
  CHECK(style_of("D17").underline);
  CHECK(sheet.cells.at("D18").value == "Pembina Utama Muda");
  CHECK(sheet.cells.at("D19").value == "NIP. 19700101 199503 1 001");
  for (int row = 13; row <= 16; ++row) CHECK(!sheet.cells.count("D" + std::to_string(row)));

  // F4 is Excel's Folio (14), landscape, one page wide and as many tall as it takes, no printed gridlines.
  CHECK(sheet.page_setup.at("paperSize") == "14");
  CHECK(sheet.page_setup.at("orientation") == "landscape");
  CHECK(sheet.page_setup_properties.at("fitToPage") == "1");
  CHECK(sheet.page_setup.count("fitToWidth") == 0);  // absent: 1, OOXML's default
  CHECK(sheet.page_setup.at("fitToHeight") == "0");
  CHECK(sheet.print_options.count("gridLines") == 0);
  CHECK(sheet.row_breaks.empty());

  // The header rows and the column numbers repeat on every printed page and stay on screen.
  CHECK(read_defined_names(path).at({"_xlnm.Print_Titles", 0}) == "'Renstra T-C.27'!$4:$6");
  CHECK(sheet.pane.at("ySplit") == "6");
  CHECK(sheet.pane.at("state") == "frozen");
}

TEST_CASE("an XLSX form: the PK's statement, two parties, a page break and two tables of different columns") {
  Form form;
  form.kind = FormKind::Pk;
  form.name = "PK Bidang Perizinan 2024";
  form.paper = Paper::A4;
  form.orientation = Orientation::Landscape;
  form.blocks.push_back(FormTitle{{"PERJANJIAN KINERJA TAHUN 2024"}});
  form.blocks.push_back(FormParagraph{
      "Yang bertanda tangan di bawah ini:\nNama\t: Ir. BUDI\nJabatan\t: Kepala Bidang Perizinan\n"
      "selanjutnya disebut pihak pertama."});
  form.blocks.push_back(FormSignatures{{{"", "PIHAK KEDUA,", "Drs. AHMAD", "Pembina", "19680202 199003 1 002"},
                                        {"Paringin, 2 Januari 2024", "PIHAK PERTAMA,", "Ir. BUDI", "Penata", ""}}});
  form.blocks.push_back(FormPageBreak{});
  form.blocks.push_back(FormTitle{{"LAMPIRAN PERJANJIAN KINERJA"}});
  FormTable targets;  // columns at 0, 36, 80, 100 % of the width
  targets.widths = {90, 110, 50};
  targets.header = {{bold_cell("Sasaran"), bold_cell("Indikator Kinerja"), bold_cell("Target")}};
  targets.rows = {{text_cell("Meningkatnya pelayanan"), text_cell("Indeks kepuasan"), number_cell(85)}};
  form.blocks.push_back(targets);
  FormTable budget;  // columns at 0, 68, 100 %: 68 % is a new edge
  budget.widths = {170, 80};
  budget.header = {{bold_cell("Program"), bold_cell("Anggaran (Rp)")}};
  budget.rows = {{text_cell("Program Pelayanan Perizinan"), number_cell(11566246594)}};
  form.blocks.push_back(budget);

  auto path = test::scratch_path("form_pk.xlsx");
  write_forms_xlsx(path, {form});
  auto sheet = read_sheet_xml(path, 1);
  auto styles = read_cell_styles(path);

  // Sheet columns at 0, the labels' edge (16,6 mm: "Jabatan" at 11 pt, 38,3 pt / 0,92 = 14,7 mm, and 2,1 mm
  // of cell margins), 36, 68, 80, 100 % of the width: A B C D E. Rows: 1 title, 2 blank, 3-6 the statement,
  // 7 blank, 8 place and date, 9 roles, 10-13 room, 14 names, 15 ranks, 16 NIP; the break; 17 title, 18 blank,
  // 19-20 targets, 21 blank, 22-23 budget.
  CHECK(has(sheet.merges, "A1:E1"));
  CHECK(sheet.cells.at("A3").value == "Yang bertanda tangan di bawah ini:");
  CHECK(has(sheet.merges, "A3:E3"));
  CHECK(sheet.cells.at("A4").value == "Nama");
  CHECK(sheet.cells.at("B4").value == ": Ir. BUDI");
  CHECK(has(sheet.merges, "B4:E4"));
  CHECK(sheet.cells.at("A5").value == "Jabatan");
  CHECK(sheet.cells.at("B5").value == ": Kepala Bidang Perizinan");
  CHECK(sheet.cells.at("A6").value == "selanjutnya disebut pihak pertama.");

  // Two parties: halves of the width cut at the edge nearest 50 % (36 %).
  CHECK(!sheet.cells.count("A8"));  // pihak kedua has no place and date
  CHECK(sheet.cells.at("C8").value == "Paringin, 2 Januari 2024");
  CHECK(sheet.cells.at("A9").value == "PIHAK KEDUA,");
  CHECK(has(sheet.merges, "A9:B9"));
  CHECK(sheet.cells.at("C9").value == "PIHAK PERTAMA,");
  CHECK(has(sheet.merges, "C9:E9"));
  CHECK(sheet.cells.at("A14").value == "Drs. AHMAD");
  CHECK(sheet.cells.at("C14").value == "Ir. BUDI");
  CHECK(styles.at(sheet.cells.at("A14").style).bold);
  CHECK(styles.at(sheet.cells.at("C14").style).underline);
  CHECK(sheet.cells.at("A15").value == "Pembina");
  CHECK(sheet.cells.at("A16").value == "NIP. 19680202 199003 1 002");
  CHECK(!sheet.cells.count("C16"));  // no NIP, no "NIP. " line

  // The lampiran starts a new page: a manual break under row 16, the sheet still one page wide (its height
  // left free, so the break holds).
  CHECK(sheet.row_breaks == std::vector<int>{16});
  CHECK(sheet.page_setup_properties.at("fitToPage") == "1");
  CHECK(sheet.page_setup.at("fitToHeight") == "0");
  CHECK(sheet.page_setup.at("paperSize") == "9");
  CHECK(sheet.cells.at("A17").value == "LAMPIRAN PERJANJIAN KINERJA");

  // Both tables on the shared edges: the targets' columns A:B, C:D and E, the budget's A:C and D:E.
  CHECK(sheet.cells.at("A19").value == "Sasaran");
  CHECK(has(sheet.merges, "A19:B19"));
  CHECK(sheet.cells.at("C19").value == "Indikator Kinerja");
  CHECK(has(sheet.merges, "C19:D19"));
  CHECK(sheet.cells.at("E19").value == "Target");
  CHECK(sheet.cells.at("E20").value == "85");
  CHECK(sheet.cells.at("E20").type == "n");
  CHECK(sheet.cells.at("A22").value == "Program");
  CHECK(has(sheet.merges, "A22:C22"));
  CHECK(has(sheet.merges, "D22:E22"));
  CHECK(has(sheet.merges, "D23:E23"));
  CHECK(sheet.cells.at("D23").type == "n");
  CHECK(sheet.cells.at("D23").value == "11566246594");
  CHECK(styles.at(sheet.cells.at("D23").style).number_format == "#,##0");

  // Print titles: the first table's header; nothing frozen, since the table is not on the first page.
  CHECK(read_defined_names(path).at({"_xlnm.Print_Titles", 0}) == "'PK Bidang Perizinan 2024'!$19:$19");
  CHECK(sheet.pane.empty());
}

TEST_CASE("XLSX form sheets: names Excel accepts, unique, within 31 characters") {
  auto named = [](std::string name) {
    Form form;
    form.name = std::move(name);
    form.blocks.push_back(FormTitle{{"JUDUL"}});
    return form;
  };
  auto path = test::scratch_path("form_names.xlsx");
  write_forms_xlsx(path, {named("PK Bidang: Perizinan/2024"), named("IKU"), named("iku"), named(""),
                          named("Perjanjian Kinerja Bidang Pengendalian Penanaman Modal 2024"),
                          named("Perjanjian Kinerja Bidang Pengendalian Penanaman Modal 2025"),
                          named("[Renstra]*?"), named("'Kutip'"), named("Évaluasi Kinerja Bidang Pelayanan Terpadu")});
  auto names = read_sheet_names(path);
  CHECK(names == std::vector<std::string>{"PK Bidang Perizinan2024", "IKU", "iku (2)", "Formulir",
                                          "Perjanjian Kinerja Bidang Penge", "Perjanjian Kinerja Bidang P (2)",
                                          "Renstra", "Kutip", "Évaluasi Kinerja Bidang Pelayan"});
  for (const auto& name : names) CHECK(is_valid_utf8(name));
}

TEST_CASE("an XLSX form that cannot be written leaves the earlier file as it was") {
  auto path = test::scratch_path("form_refused.xlsx");
  const std::string earlier = "ekspor sebelumnya";
  {
    std::ofstream(path, std::ios::binary) << earlier;
  }
  Form form;
  form.name = "Terlalu lebar";
  FormTable table;  // one column more than Excel's 16.384: the library refuses the last one
  table.widths.assign(16385, 1.0);
  form.blocks.push_back(table);
  std::string message;
  try {
    write_forms_xlsx(path, {form});
  } catch (const UserError& error) {
    message = error.message().in(Language::English);
  }
  CHECK(message.find("form_refused.xlsx") != std::string::npos);
  CHECK(read_file(path) == earlier);
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path()))
    if (entry.path().filename().string().find("form_refused") != std::string::npos) ++files;
  CHECK(files == 1);  // no temporary left beside it
}

TEST_CASE("the sheet grid of a form: tables scaled to the printable width, their edges shared within 3 mm") {
  // A4 landscape: 297 mm less two margins of 0,59 in (14,986 mm).
  FormSheetPage page = form_sheet_page(Paper::A4, Orientation::Landscape);
  CHECK(page.excel_paper == 9);
  CHECK(page.printable_width_mm == doctest::Approx(297 - 2 * 14.986));
  CHECK(page.table_width_mm == doctest::Approx(0.97 * (297 - 2 * 14.986)));
  CHECK(form_sheet_page(Paper::F4, Orientation::Portrait).excel_paper == 14);
  CHECK(form_sheet_page(Paper::F4, Orientation::Portrait).printable_width_mm == doctest::Approx(215.9 - 2 * 14.986));
  CHECK(form_sheet_page(Paper::A3, Orientation::Landscape).excel_paper == 8);

  Form form;
  FormTable first;
  first.widths = {50, 50};  // edges at 0, 100, 200 of 200 mm
  first.rows = {{text_cell("a"), text_cell("b")}};
  FormTable second;
  second.widths = {102, 48};  // 102 mm of 150 scaled to 200 mm: 136 mm, more than 3 mm from 100
  second.rows = {{text_cell("c"), text_cell("d")}};
  FormTable third;
  third.widths = {10, 10.2, 20};  // edges at 49,75 and 100,50 mm: the second within 3 mm of 100, shared
  third.rows = {{text_cell("e"), text_cell("f"), text_cell("g")}};
  form.blocks.push_back(first);
  form.blocks.push_back(second);
  form.blocks.push_back(third);
  FormSheetGrid grid = form_sheet_grid(form, 200, 10, 11);
  REQUIRE(grid.columns() == 4);
  CHECK(grid.edges[1] == doctest::Approx(200 * 10 / 40.2));
  CHECK(grid.edges[2] == doctest::Approx(100));
  CHECK(grid.edges[3] == doctest::Approx(136));
  CHECK(grid.table_edges[0] == std::vector<int>{0, 2, 4});
  CHECK(grid.table_edges[1] == std::vector<int>{0, 3, 4});
  CHECK(grid.table_edges[2] == std::vector<int>{0, 1, 2, 4});
}

TEST_CASE("a column too narrow for its number is widened, the others narrowed in proportion") {
  FormTable table;
  table.widths = {90, 10};
  // "11.566.246.594" at 10 pt: 11 digits of 5,5615 pt and 3 points of 2,7783 pt, 69,51 pt; measured with 8 %
  // to spare (/ 0,92: 75,56 pt = 26,65 mm) and 6 pt (2,12 mm) of cell margins: 28,77 mm where the column's share
  // of 100 mm is 10 mm.
  table.rows = {{text_cell("Program"), number_cell(11566246594)}};
  auto widths = fitted_table_widths(table, 100, 10);
  REQUIRE(widths.size() == 2);
  CHECK(widths[1] == doctest::Approx(28.77).epsilon(0.002));
  CHECK(widths[0] + widths[1] == doctest::Approx(100));
}

TEST_CASE("a dense form's tables are set smaller, so that their numbers fit whole") {
  // "11.566.246.594" needs 28,77 mm at 10 pt (above), 26,01 mm at 9 pt (69,51 x 0,9 / 0,92 = 68,00 pt = 23,99 mm,
  // and 2,12 mm) and 23,24 mm at 8 pt. On 100 mm: three columns fit at 10 pt (86,3 mm); four need 115,1 mm at
  // 10 pt and 104,0 mm at 9 pt, so 8 pt (93,0 mm).
  auto form_of = [](int columns) {
    Form form;
    FormTable table;
    table.rows.emplace_back(static_cast<std::size_t>(columns), number_cell(11566246594));
    form.blocks.push_back(table);
    return form;
  };
  CHECK(form_table_font_size(form_of(3), 100) == 10);
  CHECK(form_table_font_size(form_of(4), 100) == 8);
}

TEST_CASE("an XLSX form survives a builder's mistakes: overlapping spans, a covered cell without its merge, NaN") {
  Form form;
  form.name = "Salah";
  FormTable table;
  table.widths = {20, 20, 20};
  table.rows = {{text_cell("a"), text_cell("b"), text_cell("c")},
                {text_cell("d"), text_cell("e"), text_cell("f")}};
  table.rows[0][0].column_span = 2;  // A1:B1 ...
  table.rows[0][1].covered = true;
  table.rows[1][1].row_span = 1;
  table.rows[0][2].row_span = 2;     // C1:C2 ...
  table.rows[1][1].column_span = 2;  // ... and B2:C2 would overlap it: written as one cell
  table.rows[1][0].covered = true;   // covered by nothing: an empty bordered cell
  FormCell nan = number_cell(0);
  nan.number = std::nan("");
  nan.text = "-";
  table.rows.push_back({nan, text_cell("g"), text_cell("h")});  // a number Excel cannot hold: its text
  form.blocks.push_back(table);
  auto path = test::scratch_path("form_mistakes.xlsx");
  write_forms_xlsx(path, {form});
  auto sheet = read_sheet_xml(path, 1);
  CHECK(sheet.merges == std::vector<std::string>{"A1:B1", "C1:C2"});
  CHECK(sheet.cells.at("A1").value == "a");
  CHECK(sheet.cells.at("C1").value == "c");
  CHECK(sheet.cells.at("B2").value == "e");
  CHECK(sheet.cells.at("A2").value.empty());
  CHECK(sheet.cells.at("A3").type == "s");
  CHECK(sheet.cells.at("A3").value == "-");
}
