#include "core/spreadsheet/xlsx_reader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>

#include "core/model/indonesian_number.h"
#include "core/spreadsheet/xml_scanner.h"
#include "core/spreadsheet/zip_archive.h"
#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

using Kind = XmlToken::Kind;
constexpr int kMaxColumns = 16384;  // Excel's own limit (XFD)

[[noreturn]] void not_a_workbook(const std::string& detail) {
  throw UserError("Berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca: " + detail + ".",
                  "This file is not a readable Excel workbook (.xlsx): " + detail + ".");
}

// The text of every <t> inside the element that was just opened (a shared string <si>, an inline <is>),
// skipping phonetic runs (<rPh>), until the element closes.
std::string collect_text(XmlScanner& scanner, std::string_view element) {
  std::string text;
  bool in_t = false;
  int phonetic = 0;
  for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
    if (token.kind == Kind::Open) {
      if (token.name == "rPh" && !token.self_closing) ++phonetic;
      if (token.name == "t" && !token.self_closing) in_t = true;
    } else if (token.kind == Kind::Close) {
      if (token.name == element) break;
      if (token.name == "rPh") --phonetic;
      if (token.name == "t") in_t = false;
    } else if (token.kind == Kind::Text && in_t && phonetic == 0) {
      text += decode_xml_text(token.text);
    }
  }
  return text;
}

std::vector<std::string> read_shared_strings(const std::string& xml) {
  std::vector<std::string> strings;
  XmlScanner scanner(xml);
  for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next())
    if (token.kind == Kind::Open && token.name == "si")
      strings.push_back(token.self_closing ? std::string() : collect_text(scanner, "si"));
  return strings;
}

// How a cell style shows numbers: as typed (General), with thousands grouping, or as a percentage.
enum class NumberLook { Plain, Grouped, Percent };

// For each cell style (cellXfs index): how its number format shows a number.
std::vector<NumberLook> read_number_looks(const std::string& xml) {
  std::map<long, NumberLook> custom;
  std::vector<NumberLook> looks;
  auto look_of_code = [](const std::string& code) {
    if (code.find('%') != std::string::npos) return NumberLook::Percent;
    if (code.find("#,##") != std::string::npos) return NumberLook::Grouped;
    return NumberLook::Plain;
  };
  XmlScanner scanner(xml);
  bool in_cell_xfs = false;
  for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
    if (token.kind == Kind::Open && token.name == "numFmt")
      custom[std::strtol(token.attribute("numFmtId").c_str(), nullptr, 10)] = look_of_code(token.attribute("formatCode"));
    if (token.kind == Kind::Open && token.name == "cellXfs") in_cell_xfs = !token.self_closing;
    if (token.kind == Kind::Close && token.name == "cellXfs") in_cell_xfs = false;
    if (in_cell_xfs && token.kind == Kind::Open && token.name == "xf") {
      long id = std::strtol(token.attribute("numFmtId").c_str(), nullptr, 10);
      auto found = custom.find(id);
      // Built-in formats: 3, 4 group thousands; 9, 10 are percentages.
      looks.push_back(found != custom.end()    ? found->second
                      : id == 9 || id == 10    ? NumberLook::Percent
                      : id == 3 || id == 4     ? NumberLook::Grouped
                                               : NumberLook::Plain);
    }
  }
  return looks;
}

// "B3" -> column 1 (0-based) and row 3; nullopt when it is not a cell reference.
std::optional<std::pair<int, int>> parse_reference(std::string_view reference) {
  int column = 0;
  std::size_t i = 0;
  while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z') {
    column = column * 26 + (reference[i] - 'A' + 1);
    if (column > kMaxColumns) return std::nullopt;
    ++i;
  }
  if (i == 0 || i == reference.size()) return std::nullopt;
  int row = 0;
  for (; i < reference.size(); ++i) {
    if (reference[i] < '0' || reference[i] > '9') return std::nullopt;
    row = row * 10 + (reference[i] - '0');
    if (row > 10'000'000) return std::nullopt;
  }
  return std::make_pair(column - 1, row);
}

// The number as an Indonesian planner sees it in the cell: "83,37", "2024", "5.200" (grouped format), "95%".
std::string number_text(const std::string& raw, NumberLook look) {
  char* end = nullptr;
  double value = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str()) return raw;
  if (look == NumberLook::Percent) return format_indonesian_number(value * 100, 4) + "%";
  std::string text = format_indonesian_number(value, 6);
  if (look == NumberLook::Plain) text.erase(std::remove(text.begin(), text.end(), '.'), text.end());
  return text;
}

struct Merge {
  int first_column, first_row, last_column, last_row;
};

Sheet read_sheet(const std::string& name, const std::string& xml, const std::vector<std::string>& shared,
                 const std::vector<NumberLook>& looks) {
  std::map<int, std::vector<std::string>> rows;  // row number -> cells
  std::vector<Merge> merges;
  XmlScanner scanner(xml);
  int current_row = 0;
  int next_column = 0;
  for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
    if (token.kind != Kind::Open) continue;
    if (token.name == "row") {
      std::string r = token.attribute("r");
      current_row = r.empty() ? current_row + 1 : std::atoi(r.c_str());
      next_column = 0;
      continue;
    }
    if (token.name == "mergeCell") {
      std::string reference = token.attribute("ref");
      auto colon = reference.find(':');
      if (colon == std::string::npos) continue;
      auto first = parse_reference(std::string_view(reference).substr(0, colon));
      auto last = parse_reference(std::string_view(reference).substr(colon + 1));
      if (first && last) merges.push_back({first->first, first->second, last->first, last->second});
      continue;
    }
    if (token.name != "c") continue;
    int column = next_column;
    if (auto reference = parse_reference(token.attribute("r"))) {
      column = reference->first;
      if (current_row == 0) current_row = reference->second;
    }
    next_column = column + 1;
    if (column >= kMaxColumns || current_row <= 0) continue;
    std::string type = token.attribute("t");
    std::string style = token.attribute("s");
    std::string value;
    if (!token.self_closing) {
      bool in_v = false;
      for (XmlToken inner = scanner.next(); inner.kind != Kind::End; inner = scanner.next()) {
        if (inner.kind == Kind::Close && inner.name == "c") break;
        if (inner.kind == Kind::Open && inner.name == "is" && !inner.self_closing) value = collect_text(scanner, "is");
        if (inner.kind == Kind::Open && inner.name == "v") in_v = !inner.self_closing;
        if (inner.kind == Kind::Close && inner.name == "v") in_v = false;
        if (inner.kind == Kind::Text && in_v) value += decode_xml_text(inner.text);
      }
    }
    std::string text;
    if (type == "s") {
      auto index = static_cast<std::size_t>(std::strtoul(value.c_str(), nullptr, 10));
      text = index < shared.size() ? shared[index] : std::string();
    } else if (type == "inlineStr" || type == "str" || type == "e") {
      text = value;
    } else if (type == "b") {
      text = value == "1" ? "TRUE" : "FALSE";
    } else if (!value.empty()) {
      auto style_index = static_cast<std::size_t>(std::strtoul(style.c_str(), nullptr, 10));
      text = number_text(value, style_index < looks.size() ? looks[style_index] : NumberLook::Plain);
    }
    if (text.empty()) continue;
    auto& cells = rows[current_row];
    if (static_cast<int>(cells.size()) <= column) cells.resize(column + 1);
    cells[column] = std::move(text);
  }

  for (const Merge& merge : merges) {
    auto origin_row = rows.find(merge.first_row);
    if (origin_row == rows.end() || static_cast<int>(origin_row->second.size()) <= merge.first_column) continue;
    std::string origin = origin_row->second[merge.first_column];
    int last_row = std::min(merge.last_row, merge.first_row + 100000);
    int last_column = std::min(merge.last_column, kMaxColumns - 1);
    for (int row = merge.first_row; row <= last_row; ++row) {
      auto& cells = rows[row];
      if (static_cast<int>(cells.size()) <= last_column) cells.resize(last_column + 1);
      for (int column = merge.first_column; column <= last_column; ++column)
        if (cells[column].empty()) cells[column] = origin;
    }
  }

  Sheet sheet;
  sheet.name = name;
  for (auto& [number, cells] : rows) {
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (!cells.empty()) sheet.rows.push_back({number, std::move(cells)});
  }
  return sheet;
}

std::string resolve_target(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

bool looks_like_xlsx(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

std::vector<Sheet> read_xlsx(std::string_view bytes) {
  if (!looks_like_xlsx(bytes)) not_a_workbook("bukan arsip ZIP / not a ZIP archive");
  ZipArchive archive(bytes);
  auto workbook = archive.read("xl/workbook.xml");
  if (!workbook) not_a_workbook("xl/workbook.xml tidak ada / is missing");

  std::map<std::string, std::string> targets;  // relationship id -> part name
  if (auto relations = archive.read("xl/_rels/workbook.xml.rels")) {
    XmlScanner scanner(*relations);
    for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next())
      if (token.kind == Kind::Open && token.name == "Relationship")
        targets[token.attribute("Id")] = resolve_target(token.attribute("Target"));
  }
  std::vector<std::string> shared;
  if (auto strings = archive.read("xl/sharedStrings.xml")) shared = read_shared_strings(*strings);
  std::vector<NumberLook> looks;
  if (auto styles = archive.read("xl/styles.xml")) looks = read_number_looks(*styles);

  std::vector<Sheet> sheets;
  XmlScanner scanner(*workbook);
  int position = 0;
  for (XmlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
    if (token.kind != Kind::Open || token.name != "sheet") continue;
    ++position;
    std::string part = targets.count(token.attribute("id")) ? targets[token.attribute("id")]
                                                             : "xl/worksheets/sheet" + std::to_string(position) + ".xml";
    auto xml = archive.read(part);
    if (!xml) continue;  // a chart sheet or a missing part: no cells to read
    sheets.push_back(read_sheet(token.attribute("name"), *xml, shared, looks));
  }
  if (sheets.empty()) not_a_workbook("tidak ada lembar kerja / no worksheets");
  return sheets;
}

std::vector<Sheet> read_xlsx_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UserError("Berkas \"" + path.string() + "\" tidak dapat dibaca.", "File \"" + path.string() + "\" cannot be read.");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return read_xlsx(bytes);
}

}  // namespace pokin::spreadsheet
