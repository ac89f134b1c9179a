#pragma once
// How much of a workbook the XLSX reader is willing to read. An .xlsx is untrusted input: a few hundred bytes can
// declare gigabytes (a "zip bomb", a merged range over the whole sheet), so every quantity that costs memory or
// time has a ceiling, and crossing one is a UserError that names it. The defaults are far above any planner's
// matrix (a Renstra matrix is a few hundred rows by a few dozen columns) and far below what hurts a laptop.
#include <cstddef>

namespace pokin::spreadsheet {

struct XlsxLimits {
  std::size_t max_member_bytes = std::size_t{64} << 20;  // one part of the archive, uncompressed
  std::size_t max_total_bytes = std::size_t{128} << 20;  // all parts read, uncompressed
  std::size_t max_cells = 2'000'000;    // cells of all sheets, counting the empty ones left of a row's last cell
  std::size_t max_rows = 200'000;       // rows with at least one non-empty cell, all sheets
  int max_columns = 1'024;              // the widest row (column AMJ); Excel's own limit is 16,384 (XFD)
  std::size_t max_merged_cells = 1'000'000;  // cells that merged ranges fill, all sheets (clipped to the data)
  std::size_t max_strings = 1'000'000;  // entries of the shared-string table
  std::size_t max_styles = 100'000;     // cell styles and number formats (Excel itself stops at 64,000)
  std::size_t max_sheets = 1'000;       // sheets listed in the workbook
};

// Excel's own sheet size: a cell reference beyond it is not a cell of any workbook.
constexpr int kExcelRows = 1'048'576;
constexpr int kExcelColumns = 16'384;  // A .. XFD

}  // namespace pokin::spreadsheet

#include <string>

#include "core/spreadsheet/office_file_kind.h"

namespace pokin::spreadsheet {

// What a workbook has used so far, across its sheets, of the limits above.
struct XlsxUsage {
  std::size_t cells = 0;
  std::size_t rows = 0;
  std::size_t merged_cells = 0;
};

enum class XlsxLimit { Cells, Rows, Columns, MergedCells, Strings, Styles, Sheets };

// Throws the UserError that says limit `which` (set to `limit`) was passed; `where` names the sheet, cell or part
// in Indonesian and English ("" when the whole workbook is meant); the file is named as `kind` (the limits are
// shared with the reader of Word tables).
// `number` with its thousands grouped by `separator` ('.' in Indonesian messages, ',' in English ones).
std::string grouped(std::size_t number, char separator);

[[noreturn]] void refuse_beyond_limit(XlsxLimit which, std::size_t limit, const std::string& where_id,
                                      const std::string& where_en, const OfficeFileKind& kind = kExcelFile);

}  // namespace pokin::spreadsheet
