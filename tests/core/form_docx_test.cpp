// Forms as Word sections (core/export/form_docx.h), written with the DOCX writer and read back with the test's
// own ZIP and XML readers: paper and margins, title lines, label lists, real tables (header rows repeated, the
// column-number row, column widths in twips, gridSpan and vMerge, right-aligned numbers, band shading, small
// type for wide tables, rows that do not break), signature blocks side by side, page breaks. Every form here is
// built by hand, with every block and cell type. Expected twips are worked out in the comments.
//
// Set POKIN_FORM_DOCX_EXAMPLES to a folder to keep the example forms as .docx files there, to open them in Word
// or LibreOffice (`soffice --headless --convert-to pdf`) and look at the pages.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>

#include "core/export/docx_writer.h"
#include "core/export/form_docx.h"
#include "core/forms/form_cells.h"
#include "core/spreadsheet/docx_reader.h"
#include "docx_package_reader.h"

using namespace pokin;
using pokin::test::DocxPackage;
using pokin::test::XmlTreeElement;

namespace {

// Every descendant of `element` in document order (depth first), the element itself first.
void each_element(const XmlTreeElement& element, const std::function<void(const XmlTreeElement&)>& visit) {
  visit(element);
  for (const auto& child : element.children) each_element(*child, visit);
}

// The text of a paragraph or cell as written: w:t pieces, a run's w:tab as "\t", w:br as "\n".
std::string text_of(const XmlTreeElement& element) {
  std::string text;
  each_element(element, [&](const XmlTreeElement& piece) {
    if (piece.name == "t") text += piece.text;
    else if (piece.name == "tab" && piece.parent != nullptr && piece.parent->name == "r") text += '\t';
    else if (piece.name == "br") text += '\n';
  });
  return text;
}

// The body's own children that are paragraphs or tables, in order.
std::vector<const XmlTreeElement*> body_blocks(const XmlTreeElement& document) {
  std::vector<const XmlTreeElement*> blocks;
  const XmlTreeElement* body = document.first("body");
  REQUIRE(body != nullptr);
  for (const auto& child : body->children)
    if (child->name == "p" || child->name == "tbl") blocks.push_back(child.get());
  return blocks;
}

const XmlTreeElement* property(const XmlTreeElement& element, std::string_view properties, std::string_view name) {
  for (const auto& child : element.children)
    if (child->name == properties) return child->first(name);
  return nullptr;
}

std::string attribute(const XmlTreeElement* element, const std::string& name) {
  return element == nullptr ? std::string("(no element)") : (*element)[name];
}

std::vector<const XmlTreeElement*> direct(const XmlTreeElement& element, std::string_view name) {
  std::vector<const XmlTreeElement*> found;
  for (const auto& child : element.children)
    if (child->name == name) found.push_back(child.get());
  return found;
}

std::vector<std::string> grid_of(const XmlTreeElement& table) {
  std::vector<std::string> grid;
  for (const XmlTreeElement* column : table.all("gridCol")) grid.push_back((*column)["w"]);
  return grid;
}

// Grid columns a row's cells cover.
int columns_covered(const XmlTreeElement& row) {
  int covered = 0;
  for (const XmlTreeElement* cell : direct(row, "tc")) {
    const XmlTreeElement* span = property(*cell, "tcPr", "gridSpan");
    covered += span == nullptr ? 1 : std::stoi((*span)["val"]);
  }
  return covered;
}

FormCell header_cell(std::string text) { return bold_cell(std::move(text)); }

FormCell banded(FormCell cell, CapaianBand band) {
  cell.band = band;
  return cell;
}

Form empty_form(FormKind kind, std::string name, Paper paper, Orientation orientation) {
  Form form;
  form.kind = kind;
  form.name = std::move(name);
  form.paper = paper;
  form.orientation = orientation;
  return form;
}

// A Perjanjian Kinerja on F4 portrait: the agreement page (title, statement with two label lists, both
// signatures), a page break, the lampiran (title, table with a sasaran spanning two indikator rows, one
// signature).
Form pk_form() {
  Form form = empty_form(FormKind::Pk, "PK Bidang Bina Marga 2024", Paper::F4, Orientation::Portrait);
  form.blocks.emplace_back(FormTitle{{"PERJANJIAN KINERJA TAHUN 2024", "BIDANG BINA MARGA",
                                      "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN CONTOH"}});
  form.blocks.emplace_back(FormParagraph{
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi "
      "pada hasil, kami yang bertanda tangan di bawah ini:"});
  form.blocks.emplace_back(FormParagraph{
      "Nama\t: Contoh Nama, S.T., M.T.\nJabatan\t:\tKepala Bidang Bina Marga\nselanjutnya disebut pihak pertama"});
  form.blocks.emplace_back(FormParagraph{
      "Nama\t: Ir. Nama Atasan, M.Si\nJabatan\t: Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Contoh, "
      "yang membina bidang bina marga, cipta karya, sumber daya air dan penataan ruang\n"
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua"});
  form.blocks.emplace_back(FormParagraph{
      "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam "
      "rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
      "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."});
  form.blocks.emplace_back(FormSignatures{{
      {"", "PIHAK KEDUA,", "Ir. Nama Atasan, M.Si", "Pembina Utama Muda (IV/c)", "19680101 199303 1 005"},
      {"Paringin, 2 Januari 2024", "PIHAK PERTAMA,", "Contoh Nama, S.T., M.T.", "Pembina (IV/a)",
       "19800101 200501 1 003"},
  }});
  form.blocks.emplace_back(FormPageBreak{});
  form.blocks.emplace_back(FormTitle{{"LAMPIRAN PERJANJIAN KINERJA TAHUN 2024", "BIDANG BINA MARGA"}});
  FormTable table;
  table.widths = {10, 70, 70, 25};
  table.header.push_back({header_cell("No"), header_cell("Sasaran Program"), header_cell("Indikator Kinerja"),
                          header_cell("Target")});
  table.numbered_columns = true;
  table.rows.push_back({text_cell("1", FormAlign::Centre), text_cell("Meningkatnya kualitas jalan kabupaten"),
                        text_cell("Persentase jalan kabupaten dalam kondisi mantap"), percent_cell(75, 0)});
  table.rows.push_back({text_cell(""), text_cell(""), text_cell("Persentase jembatan dalam kondisi baik"),
                        percent_cell(80, 0)});
  table.rows.push_back({text_cell("2", FormAlign::Centre), text_cell("Meningkatnya konektivitas antar wilayah"),
                        text_cell("Rasio konektivitas kabupaten"), text_cell("0,65", FormAlign::Right)});
  merge_cells(table.rows, 0, 0, 2, 1);
  merge_cells(table.rows, 0, 1, 2, 1);
  form.blocks.emplace_back(std::move(table));
  form.blocks.emplace_back(FormSignatures{{{"Paringin, 2 Januari 2024", "Kepala Bidang Bina Marga,",
                                            "Contoh Nama, S.T., M.T.", "Pembina (IV/a)", "19800101 200501 1 003"}}});
  return form;
}

// A Renstra T-C.27 on F4 landscape: 19 columns, three header rows with cells spanning rows and columns, the
// column-number row, 60 rows (two pages and more) with the tujuan spanning all, each sasaran 20 rows.
Form tc27_form() {
  Form form = empty_form(FormKind::Renstra, "Renstra T-C.27", Paper::F4, Orientation::Landscape);
  form.blocks.emplace_back(FormTitle{{"TABEL T-C.27",
                                      "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH DINAS KESEHATAN",
                                      "KABUPATEN CONTOH TAHUN 2025-2026"}});
  FormTable table;
  table.widths = {22, 22, 22, 5, 5, 5, 7, 7, 30, 25, 13, 11, 22, 11, 22, 11, 22, 18, 16};
  const std::size_t columns = table.widths.size();
  std::vector<FormRow> header(3, FormRow(columns, header_cell("")));
  const char* whole[] = {"Tujuan", "Sasaran", "Indikator"};
  for (int c = 0; c < 3; ++c) header[0][c] = header_cell(whole[c]);
  header[0][3] = header_cell("Kode");
  header[0][8] = header_cell("Program, Kegiatan, dan Sub Kegiatan");
  header[0][9] = header_cell("Indikator Kinerja Program (outcome)/ Kegiatan (output)");
  header[0][10] = header_cell("Data Capaian pada Tahun Awal Perencanaan");
  header[0][11] = header_cell("Capaian Kinerja Program dan Kerangka Pendanaan");
  header[0][15] = header_cell("Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah");
  header[0][17] = header_cell("Unit Kerja Perangkat Daerah Penanggung Jawab");
  header[0][18] = header_cell("Lokasi");
  header[1][11] = header_cell("Tahun 2025");
  header[1][13] = header_cell("Tahun 2026");
  for (int c = 11; c < 17; ++c) header[2][c] = header_cell(c % 2 == 1 ? "Target" : "Rp");
  for (int c : {0, 1, 2, 8, 9, 10, 17, 18}) merge_cells(header, 0, c, 3, 1);
  merge_cells(header, 0, 3, 3, 5);
  merge_cells(header, 0, 11, 1, 4);
  merge_cells(header, 1, 11, 1, 2);
  merge_cells(header, 1, 13, 1, 2);
  merge_cells(header, 0, 15, 2, 2);
  table.header = header;
  table.numbered_columns = true;
  for (int r = 0; r < 60; ++r) {
    FormRow row(columns, text_cell(""));
    row[0] = text_cell("Meningkatkan kualitas pelayanan kesehatan masyarakat");
    row[1] = text_cell(r < 20 ? "Meningkatnya derajat kesehatan masyarakat" : r < 40 ? "Meningkatnya mutu layanan"
                                                                                     : "Meningkatnya akses layanan");
    row[2] = text_cell("Angka Kematian Ibu per 100.000 kelahiran hidup");
    row[3] = text_cell("1");
    row[4] = text_cell("02");
    row[5] = text_cell("02");
    row[6] = text_cell("2.01");
    row[7] = text_cell(std::to_string(r + 1));
    row[8] = text_cell("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah");
    row[9] = text_cell("Jumlah puskesmas yang direhabilitasi");
    row[10] = number_cell(60 + r);
    row[11] = percent_cell(70, 0);
    row[12] = number_cell(1500000000.0 + r * 1000000.0);
    row[13] = percent_cell(80, 0);
    row[14] = number_cell(1650000000);
    row[15] = percent_cell(80, 0);
    row[16] = number_cell(3150000000.0);
    row[17] = text_cell("Bidang Pelayanan Kesehatan");
    row[18] = text_cell("Kecamatan Mananggu");
    table.rows.push_back(std::move(row));
  }
  merge_cells(table.rows, 0, 0, 60, 1);
  for (int s = 0; s < 3; ++s) merge_cells(table.rows, s * 20, 1, 20, 1);
  form.blocks.emplace_back(std::move(table));
  return form;
}

// An LKjIP measurement table on A4 landscape, one row per band.
Form lkjip_form() {
  Form form = empty_form(FormKind::Lkjip, "LKjIP 2023", Paper::A4, Orientation::Landscape);
  form.blocks.emplace_back(FormTitle{{"PENGUKURAN KINERJA TAHUN 2023", "DINAS PENANAMAN MODAL DAN PTSP"}});
  FormTable table;
  table.widths = {10, 60, 60, 20, 20};
  // No | Sasaran | Indikator | 2023 (Target, Realisasi) ... as two header rows: the first three span both.
  table.header.push_back({header_cell("No"), header_cell("Sasaran"), header_cell("Indikator Kinerja"),
                          header_cell("Tahun 2023"), header_cell("")});
  table.header.push_back({header_cell(""), header_cell(""), header_cell(""), header_cell("Realisasi"),
                          header_cell("Capaian")});
  for (int c = 0; c < 3; ++c) merge_cells(table.header, 0, c, 2, 1);
  merge_cells(table.header, 0, 3, 1, 2);
  const double capaian[] = {97.5, 80, 70, 60, 40.25};
  int n = 0;
  for (CapaianBand band : all_bands()) {
    table.rows.push_back({text_cell(std::to_string(n + 1), FormAlign::Centre),
                          text_cell(n < 2 ? "Meningkatnya investasi daerah" : "Meningkatnya kualitas pelayanan"),
                          text_cell("Indikator " + std::to_string(n + 1)), number_cell(1000 + n),
                          banded(percent_cell(capaian[n]), band)});
    ++n;
  }
  merge_cells(table.rows, 0, 1, 2, 1);
  merge_cells(table.rows, 2, 1, 3, 1);
  form.blocks.emplace_back(std::move(table));
  return form;
}

DocxPackage package_of(const Form& form) {
  DocxDocument document;
  document.title = form.name;
  document.sections.push_back(form_section(form));
  std::string bytes = docx_package(document);
  const char* folder = std::getenv("POKIN_FORM_DOCX_EXAMPLES");
  if (folder != nullptr && !form.name.empty()) {
    std::string name = form.name;
    std::replace(name.begin(), name.end(), ' ', '_');
    write_docx(std::filesystem::path(folder) / (name + ".docx"), document);
  }
  return DocxPackage(std::move(bytes));
}

std::vector<const XmlTreeElement*> tables_of(const XmlTreeElement& document) { return document.all("tbl"); }

}  // namespace

TEST_CASE("a form's section is on its paper and orientation with 2 cm margins") {
  struct Case {
    Paper paper;
    Orientation orientation;
    const char* width;
    const char* height;
    const char* orient;
  };
  // F4 215 x 330 mm = 12189 x 18709 twips; A4 210 x 297 = 11906 x 16838; A3 297 x 420 = 16838 x 23811.
  for (const Case& c : {Case{Paper::F4, Orientation::Landscape, "18709", "12189", "landscape"},
                        Case{Paper::F4, Orientation::Portrait, "12189", "18709", "(absent)"},
                        Case{Paper::A4, Orientation::Portrait, "11906", "16838", "(absent)"},
                        Case{Paper::A3, Orientation::Landscape, "23811", "16838", "landscape"}}) {
    Form form;
    form.paper = c.paper;
    form.orientation = c.orientation;
    form.blocks.emplace_back(FormParagraph{"Isi"});
    DocxPackage docx = package_of(form);
    auto document = docx.xml("word/document.xml");
    const XmlTreeElement* size = document->root.first("pgSz");
    REQUIRE(size != nullptr);
    CHECK((*size)["w"] == c.width);
    CHECK((*size)["h"] == c.height);
    CHECK((*size)["orient"] == c.orient);
    const XmlTreeElement* margins = document->root.first("pgMar");
    REQUIRE(margins != nullptr);
    for (const char* side : {"top", "bottom", "left", "right"}) CHECK((*margins)[side] == "1134");  // 20 mm
  }
}

TEST_CASE("title lines are centred and bold, the first larger, and stay with what follows") {
  DocxPackage docx = package_of(pk_form());
  auto document = docx.xml("word/document.xml");
  auto blocks = body_blocks(document->root);
  REQUIRE(blocks.size() > 3);
  const char* sizes[] = {"28", "24", "24"};  // half points: 14 pt, then 12 pt
  const char* lines[] = {"PERJANJIAN KINERJA TAHUN 2024", "BIDANG BINA MARGA",
                         "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN CONTOH"};
  for (int k = 0; k < 3; ++k) {
    const XmlTreeElement& line = *blocks[static_cast<std::size_t>(k)];
    CHECK(text_of(line) == lines[k]);
    CHECK(attribute(property(line, "pPr", "jc"), "val") == "center");
    CHECK(property(line, "pPr", "keepNext") != nullptr);
    const XmlTreeElement* run = line.first("r");
    REQUIRE(run != nullptr);
    CHECK(property(*run, "rPr", "b") != nullptr);
    CHECK(attribute(property(*run, "rPr", "sz"), "val") == sizes[k]);
  }
  // Lines of one title sit close; 12 pt under the last.
  CHECK(attribute(property(*blocks[0], "pPr", "spacing"), "after") == "0");
  CHECK(attribute(property(*blocks[1], "pPr", "spacing"), "after") == "0");
  CHECK(attribute(property(*blocks[2], "pPr", "spacing"), "after") == "240");
}

TEST_CASE("a paragraph: justified text, each line its own paragraph, label lists on the form's tab stops") {
  DocxPackage docx = package_of(pk_form());
  auto document = docx.xml("word/document.xml");
  auto blocks = body_blocks(document->root);
  REQUIRE(blocks.size() > 11);
  // After the three title lines: the opening sentence, then two lists of three lines, then the promise.
  CHECK(attribute(property(*blocks[3], "pPr", "jc"), "val") == "both");
  CHECK(text_of(*blocks[4]) == "Nama\t:\tContoh Nama, S.T., M.T.");
  CHECK(text_of(*blocks[5]) == "Jabatan\t:\tKepala Bidang Bina Marga");  // "\t:\t" written so too
  CHECK(text_of(*blocks[6]) == "selanjutnya disebut pihak pertama");
  CHECK(text_of(*blocks[7]) == "Nama\t:\tIr. Nama Atasan, M.Si");
  CHECK(text_of(*blocks[8]).rfind("Jabatan\t:\tKepala Dinas Pekerjaan Umum", 0) == 0);
  CHECK(text_of(*blocks[9]) == "selaku atasan pihak pertama, selanjutnya disebut pihak kedua");
  CHECK(attribute(property(*blocks[10], "pPr", "jc"), "val") == "both");
  // The longest label, "Jabatan" at 11 pt Arial, is 39.1 pt = 13.8 mm wide: the colon stands at the least
  // stop, 25 mm = 1417 twips; the value after ": " (6.1 pt = 2.2 mm) and 1 mm: 28.16 mm = 1596 twips, the
  // hanging indent too, so a long value wraps under itself. Every list of the form has the same stops.
  for (std::size_t k : {4, 5, 7, 8}) {
    CAPTURE(k);
    std::vector<std::string> stops;
    for (const XmlTreeElement* stop : blocks[k]->all("tab"))
      if (stop->parent->name == "tabs") stops.push_back((*stop)["pos"]);
    CHECK(stops == std::vector<std::string>{"1417", "1596"});
    const XmlTreeElement* indent = property(*blocks[k], "pPr", "ind");
    CHECK(attribute(indent, "left") == "1596");
    CHECK(attribute(indent, "hanging") == "1596");
    CHECK(property(*blocks[k], "pPr", "jc") == nullptr);  // left: no list line stretched
  }
  // Lines of one paragraph sit close; the paragraph's default room (6 pt) under its last.
  CHECK(attribute(property(*blocks[4], "pPr", "spacing"), "after") == "0");
  CHECK(property(*blocks[6], "pPr", "spacing") == nullptr);
}

TEST_CASE("a form table: fixed widths scaled to the text width, header and column numbers repeated, merged cells") {
  DocxPackage docx = package_of(lkjip_form());
  auto document = docx.xml("word/document.xml");
  auto tables = tables_of(document->root);
  REQUIRE(tables.size() == 1);
  const XmlTreeElement& table = *tables[0];
  CHECK(attribute(table.first("tblLayout"), "type") == "fixed");
  // A4 landscape, 20 mm margins: 16838 - 2 x 1134 = 14570 twips of text. Widths 10:60:60:20:20 of 170, each
  // column ending at the rounded share: 857, 5999, 11142, 12856, 14570.
  CHECK(grid_of(table) == std::vector<std::string>{"857", "5142", "5143", "1714", "1714"});
  CHECK(attribute(table.first("tblW"), "w") == "14570");

  auto rows = direct(table, "tr");
  REQUIRE(rows.size() == 7);  // two header rows, five rows
  for (std::size_t r = 0; r < rows.size(); ++r) {
    CAPTURE(r);
    CHECK((property(*rows[r], "trPr", "tblHeader") != nullptr) == (r < 2));
    CHECK(property(*rows[r], "trPr", "cantSplit") != nullptr);
    CHECK(columns_covered(*rows[r]) == 5);
  }
  // Header: No, Sasaran, Indikator span both rows; "Tahun 2023" spans two columns.
  auto first = direct(*rows[0], "tc");
  REQUIRE(first.size() == 4);
  for (int c = 0; c < 3; ++c) CHECK(attribute(property(*first[c], "tcPr", "vMerge"), "val") == "restart");
  CHECK(attribute(property(*first[3], "tcPr", "gridSpan"), "val") == "2");
  CHECK(text_of(*first[3]) == "Tahun 2023");
  auto second = direct(*rows[1], "tc");
  REQUIRE(second.size() == 5);
  for (int c = 0; c < 3; ++c) {
    const XmlTreeElement* merge = property(*second[c], "tcPr", "vMerge");
    REQUIRE(merge != nullptr);
    CHECK((*merge)["val"] == "(absent)");  // continue
    CHECK(text_of(*second[c]).empty());
  }
  CHECK(text_of(*second[3]) == "Realisasi");
  // Header cells: bold, centred, shaded grey, centred vertically.
  for (const XmlTreeElement* cell : first) {
    CHECK(attribute(property(*cell, "tcPr", "shd"), "fill") == "D9D9D9");
    CHECK(attribute(property(*cell, "tcPr", "vAlign"), "val") == "center");
    CHECK(attribute(cell->first("jc"), "val") == "center");
    CHECK(cell->first("b") != nullptr);
  }
  // Sasaran cells spanning rows: rows 1-2 and 3-5 of the body.
  auto sasaran = [&](std::size_t r) { return direct(*rows[r], "tc")[1]; };
  CHECK(attribute(property(*sasaran(2), "tcPr", "vMerge"), "val") == "restart");
  CHECK(text_of(*sasaran(2)) == "Meningkatnya investasi daerah");
  CHECK(attribute(property(*sasaran(3), "tcPr", "vMerge"), "val") == "(absent)");
  CHECK(attribute(property(*sasaran(4), "tcPr", "vMerge"), "val") == "restart");
  CHECK(attribute(property(*sasaran(5), "tcPr", "vMerge"), "val") == "(absent)");
  CHECK(property(*sasaran(6), "tcPr", "vMerge") != nullptr);
  // Numbers and percents right aligned; capaian shaded with its band: sangat baik 4A90D9, baik A8DCEF, cukup
  // FFF3A6, kurang F9A350, sangat kurang F27C6C. Body cells carry no grey.
  const char* fills[] = {"4A90D9", "A8DCEF", "FFF3A6", "F9A350", "F27C6C"};
  const char* capaian[] = {"97,50%", "80,00%", "70,00%", "60,00%", "40,25%"};
  for (std::size_t r = 2; r < 7; ++r) {
    auto cells = direct(*rows[r], "tc");
    REQUIRE(cells.size() == 5);
    CHECK(text_of(*cells[3]) == std::to_string(1000 + r - 2).insert(1, "."));
    CHECK(attribute(cells[3]->first("jc"), "val") == "right");
    CHECK(text_of(*cells[4]) == capaian[r - 2]);
    CHECK(attribute(cells[4]->first("jc"), "val") == "right");
    CHECK(attribute(property(*cells[4], "tcPr", "shd"), "fill") == fills[r - 2]);
    CHECK(property(*cells[2], "tcPr", "shd") == nullptr);
    CHECK(cells[2]->first("b") == nullptr);
    CHECK(attribute(cells[0]->first("jc"), "val") == "center");
  }
  // Five columns: 9 pt (18 half points) in every run.
  for (const XmlTreeElement* size : table.all("sz")) CHECK((*size)["val"] == "18");
}

TEST_CASE("a wide table: the column-number row repeats with the header, 8 pt type, spans over three header rows") {
  DocxPackage docx = package_of(tc27_form());
  auto document = docx.xml("word/document.xml");
  auto tables = tables_of(document->root);
  REQUIRE(tables.size() == 1);
  const XmlTreeElement& table = *tables[0];
  // F4 landscape: 18709 - 2268 = 16441 twips, all given to the columns. The Rp columns keep
  // "1.500.000.000" on one line: 10 digits (556/1000 em) and 3 points (278/1000 em) at 8 pt are 51.2 pt = 1023
  // twips, with 1 mm (57 twips) each side and 1 pt to spare: 1157.
  auto grid = grid_of(table);
  REQUIRE(grid.size() == 19);
  long long sum = 0;
  for (const std::string& width : grid) sum += std::stoll(width);
  CHECK(sum == 16441);
  for (std::size_t rp : {12, 14, 16}) CHECK(std::stoll(grid[rp]) >= 1157);
  auto rows = direct(table, "tr");
  REQUIRE(rows.size() == 3 + 1 + 60);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    CAPTURE(r);
    CHECK((property(*rows[r], "trPr", "tblHeader") != nullptr) == (r < 4));
    CHECK(columns_covered(*rows[r]) == 19);
  }
  // The column numbers: 1 to 19, one per grid column, part of the repeated header, lightly shaded.
  auto numbers = direct(*rows[3], "tc");
  REQUIRE(numbers.size() == 19);
  for (std::size_t c = 0; c < 19; ++c) {
    CHECK(text_of(*numbers[c]) == std::to_string(c + 1));
    CHECK(attribute(property(*numbers[c], "tcPr", "shd"), "fill") == "F2F2F2");
  }
  // Row 0: Tujuan, Sasaran, Indikator, Kode (5 columns), Program, Indikator, Data, Capaian (4), Kondisi (2),
  // Unit, Lokasi: 11 cells.
  auto top = direct(*rows[0], "tc");
  REQUIRE(top.size() == 11);
  std::vector<std::string> spans, merges;
  for (const XmlTreeElement* cell : top) {
    spans.push_back(attribute(property(*cell, "tcPr", "gridSpan"), "val"));
    merges.push_back(attribute(property(*cell, "tcPr", "vMerge"), "val"));
  }
  CHECK(spans == std::vector<std::string>{"(no element)", "(no element)", "(no element)", "5", "(no element)",
                                          "(no element)", "(no element)", "4", "2", "(no element)", "(no element)"});
  CHECK(merges == std::vector<std::string>{"restart", "restart", "restart", "restart", "restart", "restart",
                                           "restart", "(no element)", "restart", "restart", "restart"});
  // Row 1: continuations of the first three and Kode (5 columns), of the next three, "Tahun 2025" and "Tahun
  // 2026" (2 columns each), Kondisi's continuation (2 columns), Unit's and Lokasi's continuations: 12 cells.
  auto middle = direct(*rows[1], "tc");
  REQUIRE(middle.size() == 12);
  CHECK(text_of(*middle[7]) == "Tahun 2025");
  CHECK(attribute(property(*middle[7], "tcPr", "gridSpan"), "val") == "2");
  CHECK(attribute(property(*middle[9], "tcPr", "vMerge"), "val") == "(absent)");
  CHECK(attribute(property(*middle[9], "tcPr", "gridSpan"), "val") == "2");
  // Row 2: seven continuations with Kode's span of 5, six Target/Rp cells, two continuations: 15 cells.
  auto bottom = direct(*rows[2], "tc");
  REQUIRE(bottom.size() == 15);
  CHECK(attribute(property(*bottom[3], "tcPr", "gridSpan"), "val") == "5");
  CHECK(text_of(*bottom[7]) == "Target");
  CHECK(text_of(*bottom[8]) == "Rp");
  // Tujuan spans all 60 rows; each sasaran 20.
  int tujuan_continued = 0, sasaran_started = 0;
  for (std::size_t r = 4; r < rows.size(); ++r) {
    auto cells = direct(*rows[r], "tc");
    REQUIRE(cells.size() == 19);
    if (attribute(property(*cells[0], "tcPr", "vMerge"), "val") == "(absent)") ++tujuan_continued;
    if (attribute(property(*cells[1], "tcPr", "vMerge"), "val") == "restart") ++sasaran_started;
    CHECK(property(*rows[r], "trPr", "cantSplit") != nullptr);
  }
  CHECK(tujuan_continued == 59);
  CHECK(sasaran_started == 3);
  CHECK(text_of(*direct(*rows[4], "tc")[12]) == "1.500.000.000");
  CHECK(attribute(direct(*rows[4], "tc")[12]->first("jc"), "val") == "right");
  // 19 columns: 8 pt (16 half points), and 1 mm (57 twips) beside the text in each cell.
  for (const XmlTreeElement* size : table.all("sz")) CHECK((*size)["val"] == "16");
  CHECK(attribute(table.first("tblCellMar")->first("left"), "w") == "57");
}

TEST_CASE("signatures: a borderless table, the parties side by side, names bold and underlined, kept on one page") {
  DocxPackage docx = package_of(pk_form());
  auto document = docx.xml("word/document.xml");
  auto tables = tables_of(document->root);
  REQUIRE(tables.size() == 3);  // both parties, the lampiran's table, the lampiran's one signature
  const XmlTreeElement& both = *tables[0];
  for (const auto& side : both.first("tblBorders")->children) CHECK((*side)["val"] == "nil");
  // F4 portrait: 12189 - 2268 = 9921 twips, halved: 4961 (4960.5 rounded) and 4960.
  CHECK(grid_of(both) == std::vector<std::string>{"4961", "4960"});
  auto rows = direct(both, "tr");
  REQUIRE(rows.size() == 2);
  for (const XmlTreeElement* row : rows) CHECK(property(*row, "trPr", "cantSplit") != nullptr);
  // The first row keeps with the second: every paragraph in it keeps with the next.
  for (const XmlTreeElement* paragraph : rows[0]->all("p")) CHECK(property(*paragraph, "pPr", "keepNext") != nullptr);
  auto lines = [](const XmlTreeElement& cell) {
    std::vector<std::string> texts;
    for (const XmlTreeElement* paragraph : direct(cell, "p")) texts.push_back(text_of(*paragraph));
    return texts;
  };
  auto top = direct(*rows[0], "tc"), bottom = direct(*rows[1], "tc");
  REQUIRE(top.size() == 2);
  REQUIRE(bottom.size() == 2);
  // One party has a place and date: the other gets an empty line there, so both roles stand on one line.
  CHECK(lines(*top[0]) == std::vector<std::string>{"", "PIHAK KEDUA,"});
  CHECK(lines(*top[1]) == std::vector<std::string>{"Paringin, 2 Januari 2024", "PIHAK PERTAMA,"});
  CHECK(lines(*bottom[0]) == std::vector<std::string>{"", "", "", "", "Ir. Nama Atasan, M.Si",
                                                      "Pembina Utama Muda (IV/c)", "NIP. 19680101 199303 1 005"});
  CHECK(lines(*bottom[1]) == std::vector<std::string>{"", "", "", "", "Contoh Nama, S.T., M.T.", "Pembina (IV/a)",
                                                      "NIP. 19800101 200501 1 003"});
  for (const XmlTreeElement* cell : bottom) {
    const XmlTreeElement* name = direct(*cell, "p")[4];
    const XmlTreeElement* run = name->first("r");
    REQUIRE(run != nullptr);
    CHECK(property(*run, "rPr", "b") != nullptr);
    CHECK(attribute(property(*run, "rPr", "u"), "val") == "single");
    CHECK(attribute(property(*name, "pPr", "jc"), "val") == "center");
    CHECK(property(*direct(*cell, "p")[5]->first("r"), "rPr", "u") == nullptr);  // the rank is not underlined
  }
  // A single party stands at the right half.
  const XmlTreeElement& one = *tables[2];
  auto one_rows = direct(one, "tr");
  REQUIRE(one_rows.size() == 2);
  CHECK(text_of(*direct(*one_rows[0], "tc")[0]).empty());
  CHECK(text_of(*direct(*one_rows[1], "tc")[0]).empty());
  CHECK(lines(*direct(*one_rows[0], "tc")[1]) ==
        std::vector<std::string>{"Paringin, 2 Januari 2024", "Kepala Bidang Bina Marga,"});
  CHECK(lines(*direct(*one_rows[1], "tc")[1]).back() == "NIP. 19800101 200501 1 003");
  // The paragraph before each block keeps with it.
  auto blocks = body_blocks(document->root);
  for (std::size_t k = 1; k < blocks.size(); ++k)
    if (blocks[k]->name == "tbl" && blocks[k]->first("tblBorders")->first("top")->attributes.at("val") == "nil")
      CHECK(property(*blocks[k - 1], "pPr", "keepNext") != nullptr);
}

TEST_CASE("a page break puts the lampiran on a new page, where the sasaran spanning two rows is merged") {
  DocxPackage docx = package_of(pk_form());
  auto document = docx.xml("word/document.xml");
  auto blocks = body_blocks(document->root);
  int breaks = 0;
  std::string after_break;
  for (const XmlTreeElement* block : blocks)
    if (block->name == "p" && property(*block, "pPr", "pageBreakBefore") != nullptr) {
      ++breaks;
      after_break = text_of(*block);
    }
  CHECK(breaks == 1);
  CHECK(after_break == "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024");
  const XmlTreeElement& table = *tables_of(document->root)[1];
  // F4 portrait: 9921 twips for 10:70:70:25 of 175: ends at 566.9, 4535.2, 8503.6, 9921.
  CHECK(grid_of(table) == std::vector<std::string>{"567", "3968", "3969", "1417"});
  auto rows = direct(table, "tr");
  REQUIRE(rows.size() == 5);  // header, column numbers, three rows
  CHECK(text_of(*direct(*rows[1], "tc")[3]) == "4");
  CHECK(attribute(property(*direct(*rows[2], "tc")[1], "tcPr", "vMerge"), "val") == "restart");
  CHECK(attribute(property(*direct(*rows[3], "tc")[1], "tcPr", "vMerge"), "val") == "(absent)");
  CHECK(text_of(*direct(*rows[2], "tc")[3]) == "75%");
  CHECK(attribute(direct(*rows[4], "tc")[3]->first("jc"), "val") == "right");  // text aligned right as asked
  // The importer's .docx reader sees the lampiran's cells.
  spreadsheet::WordDocument read = spreadsheet::read_docx(docx.bytes);
  bool found = false;
  for (const auto& block : read.blocks)
    if (block.table && !block.rows.empty() && block.rows[0].size() == 4 && block.rows[0][0] == "No") {
      found = true;
      CHECK(block.rows[0] == std::vector<std::string>{"No", "Sasaran Program", "Indikator Kinerja", "Target"});
      REQUIRE(block.rows.size() == 5);
      CHECK(block.rows[4] == std::vector<std::string>{"2", "Meningkatnya konektivitas antar wilayah",
                                                      "Rasio konektivitas kabupaten", "0,65"});
    }
  CHECK(found);
}

TEST_CASE("spans that do not fit the table are cut so no text is lost and every row fills the grid") {
  Form form;
  FormTable table;
  table.widths = {20, 20, std::nan(""), -5};  // the last two without a usable width: the mean, 20 mm each
  FormCell wide = text_cell("melebar");
  wide.column_span = 9;  // beyond the grid
  FormCell tall = text_cell("meninggi");
  tall.row_span = 7;  // beyond the rows
  FormCell orphan = text_cell("tertutup tanpa induk");
  orphan.covered = true;  // covered, but no span reaches it
  FormCell negative = text_cell("negatif");
  negative.column_span = -3;
  negative.row_span = 0;
  FormCell blocked = text_cell("terhalang");
  blocked.column_span = 3;  // the next cell is not covered: the span stops before it
  FormCell covered;
  covered.covered = true;
  table.rows.push_back({wide, covered});  // a short row
  table.rows.push_back({tall, blocked, text_cell("tetap"), orphan});
  table.rows.push_back({negative});
  form.blocks.emplace_back(std::move(table));
  DocxPackage docx = package_of(form);
  auto document = docx.xml("word/document.xml");
  const XmlTreeElement& word_table = *tables_of(document->root).at(0);
  // A4 landscape: 14570 twips in four equal columns: 3642.5 -> 3643, 7285, 10927.5 -> 10928, 14570.
  CHECK(grid_of(word_table) == std::vector<std::string>{"3643", "3642", "3643", "3642"});
  auto rows = direct(word_table, "tr");
  REQUIRE(rows.size() == 3);
  for (const XmlTreeElement* row : rows) CHECK(columns_covered(*row) == 4);
  std::string all = text_of(word_table);
  for (const char* text : {"melebar", "meninggi", "tertutup tanpa induk", "negatif", "terhalang", "tetap"})
    CHECK(all.find(text) != std::string::npos);
  auto first = direct(*rows[0], "tc");
  REQUIRE(first.size() == 1);
  CHECK(attribute(property(*first[0], "tcPr", "gridSpan"), "val") == "4");
  // "meninggi" cannot span down: the row below has a cell that is not covered.
  CHECK(property(*direct(*rows[1], "tc")[0], "tcPr", "vMerge") == nullptr);
  CHECK(property(*direct(*rows[1], "tc")[1], "tcPr", "gridSpan") == nullptr);
}

TEST_CASE("a column too narrow for its numbers or words is widened, the room taken from the others") {
  Form form;
  form.paper = Paper::A4;
  form.orientation = Orientation::Portrait;
  FormTable table;
  table.widths = {100, 5};
  table.header.push_back({header_cell("Uraian"), header_cell("Pagu")});
  table.rows.push_back({text_cell("Belanja pegawai"), number_cell(11566246594.0)});
  form.blocks.emplace_back(table);
  // A4 portrait: 9638 twips of text; as given, 9179 and 459. "11.566.246.594" at 9 pt: 11 digits (556/1000 em)
  // and 3 points (278/1000 em) = 62.55 pt = 1251 twips, with 1.5 mm (85 twips) each side and 1 pt: 1441.
  DocxPackage docx = package_of(form);
  auto document = docx.xml("word/document.xml");
  CHECK(grid_of(*tables_of(document->root).at(0)) == std::vector<std::string>{"8197", "1441"});

  // A word wider than the whole text cannot be kept whole: the numbers still are. As given: 4590, 4589, 459;
  // the number column takes 982 twips from the others, in proportion to what they have beyond their own
  // 190 (4400 and 4399 of 8799): 491 and 491.
  Form crowded = form;
  FormTable& wide = std::get<FormTable>(crowded.blocks[0]);
  wide.widths = {50, 50, 5};
  wide.header = {{header_cell("Uraian"), header_cell("Keterangan"), header_cell("Pagu")}};
  wide.rows = {{text_cell(std::string(80, 'm')), text_cell("-"), number_cell(11566246594.0)}};
  DocxPackage crowded_docx = package_of(crowded);
  auto crowded_document = crowded_docx.xml("word/document.xml");
  CHECK(grid_of(*tables_of(crowded_document->root).at(0)) == std::vector<std::string>{"4099", "4098", "1441"});
}

TEST_CASE("header rows are tall enough for a cell spanning them, which LibreOffice would cut off on later pages") {
  Form form;
  FormTable table;
  table.widths = {40, 40};
  table.header.push_back({header_cell("Satu\nDua\nTiga\nEmpat"), header_cell("Atas")});
  table.header.push_back({header_cell(""), header_cell("Bawah")});
  merge_cells(table.header, 0, 0, 2, 1);
  table.rows.push_back({text_cell("Isi"), number_cell(1)});
  form.blocks.emplace_back(std::move(table));
  DocxPackage docx = package_of(form);
  auto document = docx.xml("word/document.xml");
  auto rows = direct(*tables_of(document->root).at(0), "tr");
  REQUIRE(rows.size() == 3);
  // A line of 9 pt: 9 x 1.15 (Arial's line) x 1.1 (the document's spacing) = 11.385 pt. The first row holds one
  // line (227.7 twips); the four lines of the spanning cell (45.54 pt) need 22.77 pt more than the two rows'
  // one line each: the second row is 34.155 pt = 683.1 twips at least.
  CHECK(attribute(property(*rows[0], "trPr", "trHeight"), "val") == "228");
  CHECK(attribute(property(*rows[1], "trPr", "trHeight"), "val") == "683");
  CHECK(attribute(property(*rows[1], "trPr", "trHeight"), "hRule") == "atLeast");
  CHECK(property(*rows[2], "trPr", "trHeight") == nullptr);  // body rows as tall as their text
}

TEST_CASE("a row taller than most of a page may break across pages, so nothing of it is cut off") {
  Form form;
  form.paper = Paper::A4;
  form.orientation = Orientation::Portrait;
  FormTable table;
  table.widths = {30, 30};
  std::string long_text;
  for (int k = 0; k < 400; ++k) long_text += "penjelasan formulasi indikator ";
  table.header.push_back({header_cell("Indikator"), header_cell("Penjelasan")});
  table.rows.push_back({text_cell("Indeks Kepuasan Masyarakat"), text_cell("Rata-rata tertimbang nilai")});
  table.rows.push_back({text_cell("Persentase"), text_cell(long_text)});
  form.blocks.emplace_back(std::move(table));
  DocxPackage docx = package_of(form);
  auto document = docx.xml("word/document.xml");
  auto rows = direct(*tables_of(document->root).at(0), "tr");
  REQUIRE(rows.size() == 3);
  CHECK(property(*rows[1], "trPr", "cantSplit") != nullptr);
  CHECK(property(*rows[2], "trPr", "cantSplit") == nullptr);
}

TEST_CASE("properties in a form follow the schema's order, which Word enforces") {
  DocxPackage docx = package_of(pk_form());
  auto document = docx.xml("word/document.xml");
  const std::map<std::string, std::vector<std::string>> orders = {
      {"pPr", {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "tabs", "spacing", "ind", "jc", "rPr", "sectPr"}},
      {"rPr", {"b", "sz", "szCs", "u"}},
      {"tcPr", {"tcW", "gridSpan", "vMerge", "shd", "vAlign"}},
      {"tblPr", {"tblW", "tblBorders", "tblLayout", "tblCellMar"}},
  };
  int checked = 0;
  each_element(document->root, [&](const XmlTreeElement& element) {
    auto order = orders.find(element.name);
    if (order == orders.end()) return;
    int last = -1;
    for (const auto& child : element.children) {
      auto at = std::find(order->second.begin(), order->second.end(), child->name);
      REQUIRE_MESSAGE(at != order->second.end(), "unexpected " << child->name << " in " << element.name);
      const int index = static_cast<int>(at - order->second.begin());
      CHECK_MESSAGE(index > last, child->name << " out of order in " << element.name);
      last = index;
    }
    ++checked;
  });
  CHECK(checked > 100);
}

TEST_CASE("an empty form and a table without cells give a valid document with the section only") {
  Form form;
  form.blocks.emplace_back(FormTable{});
  form.blocks.emplace_back(FormSignatures{});
  form.blocks.emplace_back(FormPageBreak{});
  DocxPackage docx = package_of(form);
  auto document = docx.xml("word/document.xml");
  CHECK(tables_of(document->root).empty());
  CHECK(document->root.first("sectPr") != nullptr);
}
