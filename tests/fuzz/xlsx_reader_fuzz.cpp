// libFuzzer target: read_xlsx on arbitrary bytes. Every input must end in sheets or a UserError; anything else
// (a crash, a sanitizer report, another exception, time or memory past libFuzzer's limits) is a bug.
//
// Two kinds of input, so that mutations reach both the archive and the XML inside it:
// - bytes starting with "PK" are the archive itself (damaged headers, sizes, compressed data);
// - any other bytes are the XML parts of a workbook separated by NUL bytes, in the order sheet1, sharedStrings,
//   styles, workbook, workbook.xml.rels (missing ones get a plain default), zipped here (stored) before reading.
//   A mutation of a member inside a real archive mostly breaks its CRC; this way the XML is fuzzed as XML.
// Small limits (office_fuzz_input.h) keep each execution cheap, so the fuzzer explores the paths where a limit is
// reached instead of spending its time inflating large members.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/bilingual.h"
#include "office_fuzz_input.h"

namespace {

const char* const kPartNames[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                                  "xl/workbook.xml", "xl/_rels/workbook.xml.rels"};

const char* const kDefaultWorkbook =
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char* const kDefaultRelationships =
    "<Relationships><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

// The parts zipped (stored), or "" when libzip cannot build the archive.
std::string zip_parts(std::string_view input) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() < 5) {
    std::size_t end = input.find('\0', start);
    parts.emplace_back(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (parts.size() < 4) {
    parts.resize(4);
    parts[3] = kDefaultWorkbook;
  }
  if (parts.size() < 5) parts.push_back(kDefaultRelationships);

  std::vector<std::pair<std::string, std::string>> members;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    bool optional = k == 1 || k == 2;  // shared strings and styles: an empty piece leaves them out
    if (!(optional && parts[k].empty())) members.emplace_back(kPartNames[k], std::move(parts[k]));
  }
  return pokin::fuzz::stored_zip(members);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const pokin::spreadsheet::XlsxLimits limits = pokin::fuzz::small_office_limits();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string zipped;
  if (input.substr(0, 2) != "PK") {
    zipped = zip_parts(input);
    input = zipped;
  }
  try {
    pokin::spreadsheet::read_xlsx(input, limits);
  } catch (const pokin::UserError&) {
  }
  return 0;
}
