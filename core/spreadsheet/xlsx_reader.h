#pragma once
// Reading the cells of an Excel workbook (.xlsx, as Excel, LibreOffice and libxlsxwriter write it) as text, so
// that planners' own matrices import like CSV. Numbers come out as the cell shows them in an Indonesian Excel:
// "83,37", "2024", "5.200" where the format groups thousands, "80%" where it is a percentage; a merged area repeats its top-left text in every cell it covers (a sasaran
// merged over its indicators, a "Target" heading merged over the year columns).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xlsx_limits.h"

namespace pokin::spreadsheet {

struct SheetRow {
  int row = 0;                     // 1-based row number in the sheet
  std::vector<std::string> cells;  // column A first; trailing empty cells dropped
  bool outside_table = false;      // text of a web page above a table (its title), not a row of it
};

struct Sheet {
  std::string name;
  std::vector<SheetRow> rows;  // rows that have at least one non-empty cell, in order
};

// True when `bytes` start like a ZIP archive (an .xlsx is one).
bool looks_like_xlsx(std::string_view bytes);

// All worksheets in workbook order (chart sheets have no cells and are left out). `bytes` are untrusted: every
// problem (not a workbook, a damaged or encrypted archive, XML that is not well-formed, a reference beyond
// Excel's sheet, a limit passed) is a UserError saying which; nothing else is thrown but std::bad_alloc when
// memory runs out below the limits.
std::vector<Sheet> read_xlsx(std::string_view bytes, const XlsxLimits& limits = {});
std::vector<Sheet> read_xlsx_file(const std::filesystem::path& path, const XlsxLimits& limits = {});

}  // namespace pokin::spreadsheet
