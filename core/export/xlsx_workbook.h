#pragma once
// What every XLSX export shares (the matrix tables of xlsx_export.h, the forms of form_xlsx.h): a libxlsxwriter
// workbook written to a planner's file through an OutputFile, the library's refusals collected and turned into
// the planner's message, and Excel's limits on cell text and sheet names.
#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "core/export/output_file.h"

namespace pokin {

// Valid UTF-8 (control characters as spaces) within Excel's 32.767 characters per cell, cut between characters
// with "…" when longer.
std::string cell_text(std::string_view raw);

// A sheet name Excel accepts: none of []:*?/\ , no apostrophe at either end, at most 31 characters (cut between
// characters, not bytes). May come back empty.
std::string sheet_name(std::string_view name);

// Turns libxlsxwriter's result into the planner's message: a failed file operation names its `cause` (errno
// after workbook_close: disk full, permission denied), anything else the library's own reason.
void throw_on_workbook_error(lxw_error error, std::error_code cause, const std::filesystem::path& path);

// A workbook bound for `target`: libxlsxwriter writes a temporary beside it, renamed over it by close() only when
// the library refused nothing; any failure (or a destruction without close) leaves `target` as it was.
class XlsxWorkbookFile {
 public:
  // Throws UserError when the target cannot be written (refused by OutputFile, folder missing or read-only).
  explicit XlsxWorkbookFile(const std::filesystem::path& target);
  ~XlsxWorkbookFile();
  XlsxWorkbookFile(const XlsxWorkbookFile&) = delete;
  XlsxWorkbookFile& operator=(const XlsxWorkbookFile&) = delete;

  lxw_workbook* workbook() { return workbook_; }
  // Records the first call the library refused (a cell or a sheet left out): close() then fails the export.
  void keep(lxw_error error) {
    if (refused_ == LXW_NO_ERROR) refused_ = error;
  }
  // A new sheet, or nullptr (recorded as a refusal) when the library refuses its name.
  lxw_worksheet* add_sheet(const std::string& name);
  // Writes the workbook and renames it into place. Throws UserError (target untouched) when the library refused
  // a call or the file could not be written.
  void close();

 private:
  OutputFile file_;
  lxw_workbook* workbook_ = nullptr;
  lxw_error refused_ = LXW_NO_ERROR;
};

}  // namespace pokin
