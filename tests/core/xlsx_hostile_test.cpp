// The XLSX reader on hostile and damaged workbooks: every problem is a UserError with its own message (checked by
// a phrase of the English text and a phrase of the Indonesian one), no input expands beyond the limits, and
// nothing is dropped without a message. The archives are built here with libzip; the crashes the fuzzer and the
// review found (the 821-byte whole-sheet merge, row 2147483647 + 1, 1e30 read as "0") are among them.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/spreadsheet/cell_reference.h"
#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/bilingual.h"
#include "refusal_message.h"
#include "zip_builder.h"

using namespace pokin::spreadsheet;
using pokin::test::build_zip;
using pokin::test::says;
using pokin::test::text_cell;
using pokin::test::workbook_members;
using pokin::test::worksheet;
using pokin::test::ZipMember;

namespace {

// The message read_xlsx refuses `bytes` with (the test fails when it does not refuse).
pokin::Bilingual refusal(const std::string& bytes, const XlsxLimits& limits = {}) {
  return pokin::test::refusal_of([&] { read_xlsx(bytes, limits); });
}

std::string one_sheet(const std::string& sheet_data, const std::string& merges = "",
                      const std::map<std::string, std::string>& extra = {}) {
  return build_zip(workbook_members({{"S", worksheet(sheet_data, merges)}}, extra));
}

const std::string& cell(const Sheet& sheet, int row, int column) {
  static const std::string kEmpty;
  for (const auto& r : sheet.rows)
    if (r.row == row) return column < static_cast<int>(r.cells.size()) ? r.cells[column] : kEmpty;
  return kEmpty;
}

std::size_t cell_count(const std::vector<Sheet>& sheets) {
  std::size_t count = 0;
  for (const auto& sheet : sheets)
    for (const auto& row : sheet.rows) count += row.cells.size();
  return count;
}

void put_u16(std::string& bytes, std::size_t at, unsigned value) {
  bytes[at] = static_cast<char>(value & 0xFF);
  bytes[at + 1] = static_cast<char>(value >> 8);
}

}  // namespace

TEST_CASE("A merged range over the whole sheet fills only the data's rows and columns (the 821-byte file)") {
  // Before: A1:XFD1048576 expanded into 100,001 x 16,384 strings and ended in bad_alloc, killing the app.
  std::string bytes = one_sheet("<row r=\"1\">" + text_cell("A1", "Sasaran") + "</row>",
                                "<mergeCell ref=\"A1:XFD1048576\"/>");
  CHECK(bytes.size() < 1200);
  auto sheets = read_xlsx(bytes);
  REQUIRE(sheets.size() == 1);
  REQUIRE(sheets[0].rows.size() == 1);
  CHECK(sheets[0].rows[0].cells == std::vector<std::string>{"Sasaran"});

  // With data at A1 and C3 the same range fills A1:C3, nine cells, and nothing beyond.
  sheets = read_xlsx(one_sheet("<row r=\"1\">" + text_cell("A1", "x") + "</row><row r=\"3\">" + text_cell("C3", "y") + "</row>",
                               "<mergeCell ref=\"A1:XFD1048576\"/>"));
  CHECK(cell_count(sheets) == 9);
  CHECK(cell(sheets[0], 2, 1) == "x");
  CHECK(cell(sheets[0], 3, 2) == "y");  // a cell with its own text keeps it
}

TEST_CASE("Merged ranges that would fill more cells than the limit are refused, naming the range") {
  std::string rows;
  for (int row = 1; row <= 20; ++row) rows += "<row r=\"" + std::to_string(row) + "\">" + text_cell("T" + std::to_string(row), "z") + "</row>";
  rows = "<row r=\"1\">" + text_cell("A1", "title") + text_cell("T1", "z") + "</row>" + rows.substr(rows.find("<row r=\"2\""));
  XlsxLimits limits;
  limits.max_merged_cells = 100;  // A1:T20 inside the data is 400 cells
  auto message = refusal(one_sheet(rows, "<mergeCell ref=\"A1:XFD2000\"/>"), limits);
  CHECK(says(message, "merged ranges that are too large", "sel gabungan"));
  CHECK(says(message, "A1:XFD2000", "A1:XFD2000"));
  limits.max_merged_cells = 400;
  CHECK(cell_count(read_xlsx(one_sheet(rows, "<mergeCell ref=\"A1:XFD2000\"/>"), limits)) == 400);
}

TEST_CASE("Row numbers cannot overflow: 2147483647 and the row after it are refused with a message") {
  // Before: 2147483647 + 1 was a signed overflow (UBSan), and in release the cells were dropped silently.
  auto message = refusal(one_sheet("<row r=\"2147483647\">" + text_cell("A1", "x") + "</row><row><c><v>1</v></c></row>"));
  CHECK(says(message, "\"2147483647\" lies beyond the limits of an Excel sheet", "di luar batas lembar Excel"));
  // The last row Excel has, then one more without a number.
  message = refusal(one_sheet("<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>"));
  CHECK(says(message, "\"1048577\" lies beyond", "\"1048577\""));
  auto sheets = read_xlsx(one_sheet("<row r=\"1048576\"><c><v>7</v></c></row>"));
  CHECK(sheets[0].rows.at(0).row == 1048576);
  CHECK(refusal(one_sheet("<row r=\"99999999999999999999999\"><c><v>1</v></c></row>")).en.find("lies beyond") != std::string::npos);
  CHECK(says(refusal(one_sheet("<row r=\"-3\"><c><v>1</v></c></row>")), "not valid", "tidak sah"));
}

TEST_CASE("Cell references beyond XFD or row 1,048,576, or malformed, are refused with a message") {
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")), "\"XFE1\" lies beyond", "\"XFE1\""));
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"A1048577\"><v>1</v></c></row>")), "\"A1048577\" lies beyond", "\"A1048577\""));
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>")), "\"1A\" is not valid", "\"1A\" tidak sah"));
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<mergeCell ref=\"A1:XFE3\"/>")),
             "\"A1:XFE3\" lies beyond", "\"A1:XFE3\""));
  // Cells without a reference count on from the last one: the 16,385th of a row is beyond XFD.
  std::string wide = "<row r=\"1\"><c r=\"XFD1\" s=\"0\"/><c><v>2</v></c></row>";
  CHECK(says(refusal(one_sheet(wide)), "lies beyond the limits of an Excel sheet", "di luar batas"));

  ReferenceProblem problem;
  CHECK(parse_cell_reference("XFD1048576", &problem)->column == 16383);
  CHECK_FALSE(parse_cell_reference("ZZZZZZZZZZZZZZZ1", &problem));
  CHECK(problem == ReferenceProblem::BeyondColumns);
  CHECK_FALSE(parse_cell_reference("A0", &problem));
  CHECK(problem == ReferenceProblem::Malformed);
  CHECK(column_letters(16383) == "XFD");
  CHECK(column_letters(26) == "AA");
}

TEST_CASE("Limits on cells, rows, columns, shared strings and styles each have their own message") {
  XlsxLimits limits;
  limits.max_cells = 10;
  // One cell at column P (16th) costs the 15 empty cells left of it too.
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"P1\"><v>1</v></c></row>"), limits), "more than 10 cells", "lebih dari 10 sel"));

  limits = {};
  limits.max_rows = 3;
  std::string four_rows;
  for (int row = 1; row <= 4; ++row) four_rows += "<row><c><v>" + std::to_string(row) + "</v></c></row>";
  CHECK(says(refusal(one_sheet(four_rows), limits), "more than 3 rows with data", "lebih dari 3 baris"));
  CHECK(read_xlsx(one_sheet(four_rows.substr(0, four_rows.rfind("<row>"))), limits)[0].rows.size() == 3);

  limits = {};
  limits.max_columns = 5;
  CHECK(says(refusal(one_sheet("<row r=\"1\"><c r=\"F1\"><v>1</v></c></row>"), limits), "beyond column 5 (sheet \"S\", cell F1)",
             "kolom ke-5"));
  // An empty cell that only carries a style costs nothing, however far right.
  CHECK(read_xlsx(one_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"Z1\" s=\"0\"/></row>"), limits)[0].rows[0].cells.size() == 1);

  limits = {};
  limits.max_strings = 2;
  std::string sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si><si><t>b</t></si>";
  CHECK(says(refusal(one_sheet("<row><c t=\"s\"><v>0</v></c></row>", "", {{"xl/sharedStrings.xml", sst + "<si><t>c</t></si></sst>"}}), limits),
             "more than 2 entries in its shared-string table", "lebih dari 2 teks"));
  CHECK(read_xlsx(one_sheet("<row><c t=\"s\"><v>1</v></c></row>", "", {{"xl/sharedStrings.xml", sst + "</sst>"}}), limits)[0].rows[0].cells[0] == "b");

  limits = {};
  limits.max_sheets = 2;
  std::string tiny = worksheet("<row><c><v>1</v></c></row>");
  CHECK(says(refusal(build_zip(workbook_members({{"A", tiny}, {"B", tiny}, {"C", tiny}})), limits), "more than 2 sheets",
             "lebih dari 2 lembar"));
  CHECK(read_xlsx(build_zip(workbook_members({{"A", tiny}, {"B", tiny}})), limits).size() == 2);

  limits = {};
  limits.max_merged_cells = 2;  // three ranges cannot fill fewer than three cells
  CHECK(says(refusal(one_sheet("<row><c><v>1</v></c></row>", "<mergeCell ref=\"B5:C6\"/><mergeCell ref=\"D5:E6\"/>"
                                                              "<mergeCell ref=\"F5:G6\"/>"), limits),
             "more than 2 cells filled by merges", "lebih dari 2 sel terisi"));

  limits = {};
  limits.max_styles = 2;
  std::string styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs>"
                       "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"3\"/></cellXfs></styleSheet>";
  CHECK(says(refusal(one_sheet("<row><c><v>1</v></c></row>", "", {{"xl/styles.xml", styles}}), limits),
             "more than 2 cell styles or number formats", "lebih dari 2 gaya sel"));
}

TEST_CASE("Members are read in chunks up to the limit, whatever size they declare, and the total is limited") {
  std::string big_sheet = worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + std::string(3u << 20, ' '));
  XlsxLimits limits;
  limits.max_member_bytes = 1u << 20;
  CHECK(says(refusal(build_zip(workbook_members({{"S", big_sheet}})), limits),
             "part \"xl/worksheets/sheet1.xml\" exceeds 1 MB once uncompressed", "melebihi 1 MB"));

  limits = {};
  limits.max_total_bytes = 1u << 20;
  std::string half = worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + std::string(600u << 10, ' '));
  CHECK(says(refusal(build_zip(workbook_members({{"A", half}, {"B", half}})), limits),
             "its content exceeds 1 MB once uncompressed", "isinya melebihi 1 MB"));

  // A member whose directory entry declares 4 GB (0xFFFFFFFE) but holds a few bytes: refused as damaged, without
  // allocating what it declares.
  std::string small_sheet = worksheet("<row><c><v>1</v></c></row>");
  std::string bytes = build_zip(workbook_members({{"S", small_sheet}}));
  std::size_t directory = bytes.find("PK\x01\x02");
  REQUIRE(directory != std::string::npos);
  put_u16(bytes, directory + 24, 0xFFFE);
  put_u16(bytes, directory + 26, 0xFFFF);
  CHECK(says(refusal(bytes), "holds " + std::to_string(small_sheet.size()) + " bytes where its directory declares 4294967294", "menyebut 4294967294"));
}

TEST_CASE("A part that many sheets point at is inflated once at most: two sheets sharing a part are refused") {
  // Before: 200 sheets pointing at one 100 MB member inflated it 200 times (81 s).
  auto members = workbook_members({{"A", worksheet("<row><c><v>1</v></c></row>")}, {"B", "unused"}});
  for (auto& member : members)
    if (member.name == "xl/_rels/workbook.xml.rels") {
      auto at = member.content.find("sheet2.xml");
      member.content.replace(at, 10, "sheet1.xml");
    }
  CHECK(says(refusal(build_zip(members)), "sheets \"A\" and \"B\" point at the same part (xl/worksheets/sheet1.xml)",
             "menunjuk bagian yang sama"));
}

TEST_CASE("Each kind of archive damage has its own message") {
  std::string good = one_sheet("<row r=\"1\">" + text_cell("A1", "Sasaran strategis yang cukup panjang") + "</row>");
  REQUIRE(read_xlsx(good)[0].rows.size() == 1);

  CHECK(says(refusal("Sasaran;Indikator\n"), "its content is not a ZIP archive", "bukan arsip ZIP"));
  CHECK(says(refusal(""), "its content is not a ZIP archive", "bukan arsip ZIP"));
  CHECK(says(refusal("PK\x03\x04"), "truncated", "terpotong"));
  CHECK(says(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')), "password-protected",
             "kata sandi"));
  CHECK(says(refusal(good.substr(0, good.size() / 2)), "truncated", "terpotong"));
  CHECK(says(refusal(good.substr(0, good.size() - 10)), "truncated", "terpotong"));

  // Encrypted: the "encrypted" flag set on every member (local header and directory entry).
  std::string locked = good;
  for (std::size_t at = locked.find("PK\x03\x04"); at != std::string::npos; at = locked.find("PK\x03\x04", at + 4))
    locked[at + 6] = static_cast<char>(locked[at + 6] | 1);
  for (std::size_t at = locked.find("PK\x01\x02"); at != std::string::npos; at = locked.find("PK\x01\x02", at + 4))
    locked[at + 8] = static_cast<char>(locked[at + 8] | 1);
  CHECK(says(refusal(locked), "is encrypted (password-protected)", "dienkripsi"));

  // CRC: one letter changed inside a stored member.
  auto members = workbook_members({{"S", worksheet("<row r=\"1\">" + text_cell("A1", "Sasaran strategis") + "</row>")}});
  for (auto& member : members) member.stored = true;
  std::string changed = build_zip(members);
  auto at = changed.find("Sasaran strategis");
  REQUIRE(at != std::string::npos);
  changed[at] = 'X';
  CHECK(says(refusal(changed), "does not match its CRC checksum", "checksum CRC"));

  // Damaged compressed data: bytes of a deflated member overwritten.
  std::string scrambled = good;
  std::size_t data = scrambled.find("xl/worksheets/sheet1.xml") + 24;
  for (std::size_t k = data; k < data + 40; ++k) scrambled[k] = static_cast<char>(0xFF);
  CHECK(says(refusal(scrambled), "damaged", "rusak"));

  // Members missing.
  CHECK(says(refusal(build_zip({{"[Content_Types].xml", "<Types/>"}})), "its part xl/workbook.xml is missing",
             "xl/workbook.xml tidak ada"));
  CHECK(says(refusal(build_zip({{"word/document.xml", "<w:document/>"}})), "This is a Word document (.docx)", "dokumen Word"));
  auto without_sheet = workbook_members({{"S", worksheet("")}});
  without_sheet.erase(without_sheet.begin());
  CHECK(says(refusal(build_zip(without_sheet)), "part xl/worksheets/sheet1.xml of sheet \"S\" is missing",
             "tidak ada"));

  // Compression method nobody supports (99 is AES; 12 is bzip2, not always built in): ask to save again.
  auto stored = workbook_members({{"S", worksheet("<row><c><v>1</v></c></row>")}});
  for (auto& member : stored) member.stored = true;
  std::string odd = build_zip(stored);
  for (std::size_t at2 = odd.find("PK\x03\x04"); at2 != std::string::npos; at2 = odd.find("PK\x03\x04", at2 + 4)) put_u16(odd, at2 + 8, 77);
  for (std::size_t at2 = odd.find("PK\x01\x02"); at2 != std::string::npos; at2 = odd.find("PK\x01\x02", at2 + 4)) put_u16(odd, at2 + 10, 77);
  CHECK(says(refusal(odd), "unsupported compression method", "metode yang tidak didukung"));
}

TEST_CASE("XML that is not well-formed, or declares a DTD (entity expansion), is refused naming the part") {
  CHECK(says(refusal(one_sheet("<row><c><v>1</v></row>")), "part \"xl/worksheets/sheet1.xml\" is not well-formed XML (line 1",
             "bukan XML yang utuh"));
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                       worksheet("<row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>");
  CHECK(says(refusal(build_zip(workbook_members({{"S", laughs}}))), "holds a DTD declaration", "deklarasi DTD"));
  CHECK(says(refusal(one_sheet("<row><c t=\"s\"><v>3</v></c></row>")), "cell A1 points at shared string \"3\", which does not exist",
             "teks bersama \"3\" yang tidak ada"));
}

TEST_CASE("Huge and non-finite numbers in cells show as Excel shows them, never as 0") {
  // Before: 1e30 was imported as "0" (a double-to-integer overflow in format_indonesian_number).
  std::string styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs>"
                       "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"3\"/></cellXfs></styleSheet>";
  auto sheets = read_xlsx(one_sheet("<row r=\"1\"><c><v>1e30</v></c><c s=\"2\"><v>-1.5e20</v></c><c><v>1e999</v></c>"
                                    "<c s=\"1\"><v>1e307</v></c><c s=\"2\"><v>1234567</v></c></row>",
                                    "", {{"xl/styles.xml", styles}}));
  CHECK(sheets[0].rows[0].cells == std::vector<std::string>{"1E+30", "-1,5E+20", "1e999", "1e307", "1.234.567"});
}

TEST_CASE("An import of a hostile workbook gives the reader's own message, with the file's name") {
  std::string bytes = one_sheet("<row r=\"2147483647\"><c><v>1</v></c></row>");
  try {
    pokin::import::import_text("matriks.xlsx", bytes, {});
    FAIL("not refused");
  } catch (const pokin::UserError& error) {
    CHECK(error.message().en.rfind("matriks.xlsx: ", 0) == 0);
    CHECK(error.message().en.find("\"2147483647\" lies beyond") != std::string::npos);
  }
}
