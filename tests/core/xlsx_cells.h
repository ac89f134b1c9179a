#pragma once
// Reading back an XLSX that an export wrote: one member of the archive (through libzip, independent of the
// libxlsxwriter that wrote it, and needing no external program), the cells of a sheet, and for the forms what
// a sheet holds besides its text: cell types and styles, merged ranges, row heights, page setup, page breaks,
// panes, and the workbook's defined names.
#include <zip.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "xml_reader.h"

namespace pokin::test {

// The bytes of one member; fails the test when the archive or the member cannot be read.
inline std::string unzip(const std::filesystem::path& archive, const std::string& member) {
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> zip(zip_open(archive.string().c_str(), ZIP_RDONLY, &error),
                                                     &zip_discard);
  REQUIRE_MESSAGE(zip != nullptr, "cannot open " << archive.string() << " as a zip archive (libzip error " << error
                                                 << ")");
  zip_stat_t stat;
  zip_stat_init(&stat);
  REQUIRE_MESSAGE(zip_stat(zip.get(), member.c_str(), 0, &stat) == 0, member << " is not in " << archive.string());
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip.get(), member.c_str(), 0), &zip_fclose);
  REQUIRE(file != nullptr);
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  REQUIRE(zip_fread(file.get(), out.data(), out.size()) == static_cast<zip_int64_t>(out.size()));
  return out;
}

// Cells of an XLSX sheet ("A1" -> text), resolving shared strings.
inline std::map<std::string, std::string> read_sheet(const std::filesystem::path& xlsx, int sheet) {
  std::vector<std::string> shared;
  for (const auto& e : read_xml(unzip(xlsx, "xl/sharedStrings.xml")))
    if (e.name == "si") shared.emplace_back();
    else if (e.name == "t") shared.back() += e.text;
  std::map<std::string, std::string> cells;
  std::string current;
  bool is_shared = false;
  for (const auto& e : read_xml(unzip(xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml"))) {
    if (e.name == "c") {
      current = e.attributes.at("r");
      is_shared = e.attributes.count("t") && e.attributes.at("t") == "s";
    } else if (e.name == "v") {
      cells[current] = is_shared ? shared.at(std::stoul(e.text)) : e.text;
    }
  }
  return cells;
}

// One <c> element: its type ("n" when the t attribute is absent, as OOXML defaults it), its value (a shared
// string resolved to its text) and the index of its style in cellXfs.
struct XlsxCellXml {
  std::string type;
  std::string value;
  int style = 0;
};

struct XlsxSheetXml {
  std::map<std::string, XlsxCellXml> cells;                  // "B3" -> cell
  std::vector<std::string> merges;                           // <mergeCell ref="A1:D1">, in order
  std::map<int, double> custom_heights;                      // 1-based row -> ht, rows with customHeight="1"
  std::map<std::string, std::string> page_setup;             // attributes of <pageSetup>
  std::map<std::string, std::string> page_setup_properties;  // attributes of <pageSetUpPr> (fitToPage)
  std::map<std::string, std::string> print_options;          // attributes of <printOptions>
  std::map<std::string, std::string> pane;                   // attributes of <pane> (frozen rows: ySplit)
  std::vector<int> row_breaks;                               // <rowBreaks><brk id>: the row above the break
  std::vector<double> column_widths;                         // <col width>, in order
};

inline XlsxSheetXml read_sheet_xml(const std::filesystem::path& xlsx, int sheet) {
  std::vector<std::string> shared;
  for (const auto& e : read_xml(unzip(xlsx, "xl/sharedStrings.xml")))
    if (e.name == "si") shared.emplace_back();
    else if (e.name == "t") shared.back() += e.text;
  XlsxSheetXml out;
  std::string current;
  bool in_row_breaks = false;
  for (const auto& e : read_xml(unzip(xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml"))) {
    auto attribute = [&e](const char* name) {
      auto found = e.attributes.find(name);
      return found == e.attributes.end() ? std::string() : found->second;
    };
    if (e.name == "c") {
      current = attribute("r");
      XlsxCellXml& cell = out.cells[current];
      cell.type = attribute("t").empty() ? "n" : attribute("t");
      cell.style = attribute("s").empty() ? 0 : std::stoi(attribute("s"));
    } else if (e.name == "v") {
      XlsxCellXml& cell = out.cells[current];
      cell.value = cell.type == "s" ? shared.at(std::stoul(e.text)) : e.text;
    } else if (e.name == "mergeCell") {
      out.merges.push_back(attribute("ref"));
    } else if (e.name == "row" && attribute("customHeight") == "1") {
      out.custom_heights[std::stoi(attribute("r"))] = std::stod(attribute("ht"));
    } else if (e.name == "pageSetup") {
      out.page_setup = e.attributes;
    } else if (e.name == "pageSetUpPr") {
      out.page_setup_properties = e.attributes;
    } else if (e.name == "printOptions") {
      out.print_options = e.attributes;
    } else if (e.name == "pane") {
      out.pane = e.attributes;
    } else if (e.name == "rowBreaks" || e.name == "colBreaks") {
      in_row_breaks = e.name == "rowBreaks";
    } else if (e.name == "brk" && in_row_breaks) {
      out.row_breaks.push_back(std::stoi(attribute("id")));
    } else if (e.name == "col") {
      out.column_widths.push_back(std::stod(attribute("width")));
    }
  }
  return out;
}

// A cell style (an <xf> of cellXfs) with its font, fill and number format looked up.
struct XlsxCellStyle {
  std::string number_format;  // the format code; built-in ids as OOXML defines them (3 "#,##0", 10 "0.00%")
  bool bold = false;
  bool italic = false;
  bool underline = false;
  double size = 0;
  std::string fill;  // the solid fill's fgColor rgb ("FFD9D9D9"), empty for none
  std::string horizontal;  // <alignment horizontal>
  bool wrap = false;
};

inline std::vector<XlsxCellStyle> read_cell_styles(const std::filesystem::path& xlsx) {
  const std::map<int, std::string> built_in{{0, "General"}, {1, "0"},     {2, "0.00"},  {3, "#,##0"},
                                            {4, "#,##0.00"}, {9, "0%"},   {10, "0.00%"}};
  std::map<int, std::string> formats = built_in;
  std::vector<XlsxCellStyle> fonts;  // only the font fields filled
  std::vector<std::string> fills;
  std::vector<XlsxCellStyle> styles;
  std::string section;  // the enclosing list: "fonts", "fills", "cellXfs" ...
  for (const auto& e : read_xml(unzip(xlsx, "xl/styles.xml"))) {
    auto attribute = [&e](const char* name) {
      auto found = e.attributes.find(name);
      return found == e.attributes.end() ? std::string() : found->second;
    };
    if (e.name == "numFmts" || e.name == "fonts" || e.name == "fills" || e.name == "borders" ||
        e.name == "cellStyleXfs" || e.name == "cellXfs" || e.name == "cellStyles" || e.name == "dxfs") {
      section = e.name;
    } else if (e.name == "numFmt") {
      formats[std::stoi(attribute("numFmtId"))] = attribute("formatCode");
    } else if (section == "fonts") {
      if (e.name == "font") fonts.emplace_back();
      else if (e.name == "b") fonts.back().bold = true;
      else if (e.name == "i") fonts.back().italic = true;
      else if (e.name == "u") fonts.back().underline = true;
      else if (e.name == "sz") fonts.back().size = std::stod(attribute("val"));
    } else if (section == "fills") {
      if (e.name == "fill") fills.emplace_back();
      else if (e.name == "fgColor") fills.back() = attribute("rgb");
    } else if (section == "cellXfs") {
      if (e.name == "xf") {
        XlsxCellStyle style = fonts.at(std::stoul(attribute("fontId")));
        style.number_format = formats.at(std::stoi(attribute("numFmtId")));
        style.fill = fills.at(std::stoul(attribute("fillId")));
        styles.push_back(style);
      } else if (e.name == "alignment") {
        styles.back().horizontal = attribute("horizontal");
        styles.back().wrap = attribute("wrapText") == "1";
      }
    }
  }
  return styles;
}

// The sheets' names in order, and the defined names ("_xlnm.Print_Titles" of sheet 0 -> "'IKU'!$5:$6").
inline std::vector<std::string> read_sheet_names(const std::filesystem::path& xlsx) {
  std::vector<std::string> names;
  for (const auto& e : read_xml(unzip(xlsx, "xl/workbook.xml")))
    if (e.name == "sheet") names.push_back(e.attributes.at("name"));
  return names;
}
inline std::map<std::pair<std::string, int>, std::string> read_defined_names(const std::filesystem::path& xlsx) {
  std::map<std::pair<std::string, int>, std::string> names;
  for (const auto& e : read_xml(unzip(xlsx, "xl/workbook.xml")))
    if (e.name == "definedName") {
      auto local = e.attributes.find("localSheetId");
      names[{e.attributes.at("name"), local == e.attributes.end() ? -1 : std::stoi(local->second)}] = e.text;
    }
  return names;
}

}  // namespace pokin::test
