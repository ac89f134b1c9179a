#include "core/spreadsheet/xlsx_reader.h"

#include <fstream>
#include <map>
#include <set>

#include "core/spreadsheet/number_looks.h"
#include "core/spreadsheet/shared_strings.h"
#include "core/spreadsheet/worksheet_reader.h"
#include "core/spreadsheet/xml_parser.h"
#include "core/spreadsheet/zip_reader.h"
#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

constexpr std::string_view kWorkbookPart = "xl/workbook.xml";

[[noreturn]] void not_a_workbook(const ZipReader& archive) {
  if (archive.contains("word/document.xml"))
    throw UserError("Ini dokumen Word (.docx), bukan buku kerja Excel; impor dokumen itu sendiri (Berkas > Impor atau "
                    "pokin import), tabelnya dibaca sebagai tabel Word.",
                    "This is a Word document (.docx), not an Excel workbook; import the document itself (Berkas > "
                    "Impor or pokin import), its tables are read as Word tables.");
  if (archive.contains("content.xml") && archive.contains("mimetype"))
    throw UserError("Ini berkas OpenDocument (mis. .ods LibreOffice); simpan sebagai .xlsx atau CSV terlebih dahulu.",
                    "This is an OpenDocument file (e.g. LibreOffice .ods); save it as .xlsx or CSV first.");
  throw UserError("Arsip ZIP ini bukan buku kerja Excel (.xlsx): bagian xl/workbook.xml tidak ada.",
                  "This ZIP archive is not an Excel workbook (.xlsx): its part xl/workbook.xml is missing.");
}

struct SheetEntry {
  std::string name;
  std::string relationship;  // r:id
};

class WorkbookHandler final : public XmlHandler {
 public:
  explicit WorkbookHandler(const XlsxLimits& limits) : limits_(limits) {}
  void open(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "sheet") return;
    if (sheets.size() >= limits_.max_sheets)
      refuse_beyond_limit(XlsxLimit::Sheets, limits_.max_sheets, std::string(kWorkbookPart), std::string(kWorkbookPart));
    sheets.push_back({std::string(attributes["name"]), std::string(attributes["id"])});
  }
  void close(std::string_view) override {}
  void text(std::string_view) override {}
  std::vector<SheetEntry> sheets;

 private:
  const XlsxLimits& limits_;
};

struct Relationship {
  std::string part;  // archive member name
  bool worksheet = false;
  bool found = false;  // listed in xl/_rels/workbook.xml.rels
};

std::string resolve_target(std::string_view target) {
  if (!target.empty() && target[0] == '/') return std::string(target.substr(1));
  return "xl/" + std::string(target);
}

// Keeps only the relationships that sheets use (the others cost memory and say nothing about cells).
class RelationshipsHandler final : public XmlHandler {
 public:
  explicit RelationshipsHandler(const std::vector<SheetEntry>& sheets) {
    for (const SheetEntry& sheet : sheets) targets.try_emplace(sheet.relationship);
  }
  void open(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship") return;
    auto used = targets.find(std::string(attributes["Id"]));
    if (used == targets.end()) return;
    std::string_view type = attributes["Type"];
    bool worksheet = type.size() >= 10 && type.substr(type.size() - 10) == "/worksheet";
    used->second = {resolve_target(attributes["Target"]), worksheet, true};
  }
  void close(std::string_view) override {}
  void text(std::string_view) override {}
  std::map<std::string, Relationship> targets;  // relationship id -> part
};

}  // namespace

bool looks_like_xlsx(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

std::vector<Sheet> read_xlsx(std::string_view bytes, const XlsxLimits& limits) {
  // Excel encrypts a workbook by wrapping it in an OLE compound file, the container of the old .xls too.
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    throw UserError("Berkas ini buku kerja Excel yang dilindungi kata sandi, atau berkas .xls lama; buka di Excel, "
                    "hapus kata sandinya dan simpan sebagai .xlsx.",
                    "This file is a password-protected Excel workbook or an old .xls file; open it in Excel, remove "
                    "the password and save it as .xlsx.");
  ZipReader archive(bytes, limits.max_member_bytes, limits.max_total_bytes);
  auto workbook = archive.read(kWorkbookPart);
  if (!workbook) not_a_workbook(archive);

  WorkbookHandler entries(limits);
  parse_xml(kWorkbookPart, *workbook, entries);
  workbook.reset();
  RelationshipsHandler relationships(entries.sheets);
  if (auto xml = archive.read("xl/_rels/workbook.xml.rels")) parse_xml("xl/_rels/workbook.xml.rels", *xml, relationships);
  std::vector<std::string> shared;
  if (auto xml = archive.read("xl/sharedStrings.xml")) shared = read_shared_strings("xl/sharedStrings.xml", *xml, limits);
  std::vector<NumberLook> looks;
  if (auto xml = archive.read("xl/styles.xml")) looks = read_number_looks("xl/styles.xml", *xml, limits);

  std::vector<Sheet> sheets;
  std::map<std::string, std::string> sheet_of_part;  // each part is read once: two sheets cannot share one
  XlsxUsage usage;
  int position = 0;
  for (const SheetEntry& entry : entries.sheets) {
    ++position;
    const Relationship& relationship = relationships.targets.at(entry.relationship);
    std::string part = relationship.found ? relationship.part : "xl/worksheets/sheet" + std::to_string(position) + ".xml";
    if (relationship.found && !relationship.worksheet) continue;  // a chart sheet: no cells
    auto [earlier, first_use] = sheet_of_part.try_emplace(part, entry.name);
    if (!first_use)
      throw UserError("Berkas Excel ditolak: lembar \"" + earlier->second + "\" dan \"" + entry.name +
                          "\" menunjuk bagian yang sama (" + part + "); Excel tidak pernah menulis begitu.",
                      "The Excel file is refused: sheets \"" + earlier->second + "\" and \"" + entry.name +
                          "\" point at the same part (" + part + "); Excel never writes that.");
    auto xml = archive.read(part);
    if (!xml)
      throw UserError("Berkas Excel (.xlsx) rusak: bagian " + part + " untuk lembar \"" + entry.name + "\" tidak ada.",
                      "The Excel (.xlsx) file is damaged: part " + part + " of sheet \"" + entry.name +
                          "\" is missing.");
    sheets.push_back(read_worksheet(entry.name, part, *xml, shared, looks, limits, usage));
  }
  if (sheets.empty())
    throw UserError("Buku kerja Excel ini tidak memiliki lembar kerja berisi sel.",
                    "This Excel workbook has no worksheet with cells.");
  return sheets;
}

std::vector<Sheet> read_xlsx_file(const std::filesystem::path& path, const XlsxLimits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UserError("Berkas \"" + path.string() + "\" tidak dapat dibaca.", "File \"" + path.string() + "\" cannot be read.");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return read_xlsx(bytes, limits);
}

}  // namespace pokin::spreadsheet
