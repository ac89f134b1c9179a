#pragma once
// The import path: text of one source (decree, listing, lampiran or spreadsheet table) -> a plain Document plus an
// ImportReport -> merged into the user's document as one undoable step (commands::merge_document), touching
// nothing that is already there.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands/editor.h"
#include "core/import/cascade_suggestion.h"
#include "core/import/format_detection.h"
#include "core/import/import_report.h"
#include "core/import/table_import.h"
#include "core/model/document.h"

namespace pokin::import {

enum class RequestedFormat { Auto, Sk, Listing, Table };

struct ImportOptions {
  RequestedFormat format = RequestedFormat::Auto;
  std::vector<ColumnMapping> mapping;  // --map COLUMN=FIELD (tables)
  int header_rows = 0;  // --header-rows N: the header spans N rows (0 = recognise it)
  int header_line = 0;  // --header-rows FIRST-LAST: the line of its first row (0 = the first non-empty row)
  double suggestion_threshold = kDefaultSuggestionThreshold;
  // The period of the document imported into, for "Tahun-N" columns; 0 when unknown.
  int period_start = 0;
  int period_end = 0;
};

struct ImportResult {
  Document document;
  ImportReport report;
};

// Reads one source: text, an Excel workbook (.xlsx), a Word document (.docx, recognised by its content; its tables
// and the paragraphs around them), a web page (its tables, html_tables.h) or a PDF (its tables rebuilt from the
// words' positions, pdf_source.h). Throws UserError (Indonesian and English) for empty input, other binary files
// (.doc/.xls of Office 97-2003: save them as .docx/.xlsx first), a damaged or crafted .xlsx/.docx/.pdf, a .docx or
// page without a table, a PDF that is locked or holds no text (a scan), UTF-16 text, and input in which nothing
// could be recognised. Invalid UTF-8 bytes are replaced and reported. Linear in the size of the input.
ImportResult import_text(std::string_view source_name, std::string_view bytes, const ImportOptions& options);
// The PDF part of import_text (`bytes` start with "%PDF-").
ImportResult import_pdf(const std::string& name, std::string_view bytes, const ImportOptions& options);
ImportResult import_file(const std::filesystem::path& path, const ImportOptions& options);

// Merges every result into the editor's document as one history entry. Targets and realisasi outside the
// resulting period cannot be stored: they are dropped and listed in that result's report.
void apply_imports(Editor& editor, std::vector<ImportResult>& results);

// Throws the UserError of import_text for bytes that are not text it reads (another ZIP archive, a damaged PDF,
// Office 97-2003, UTF-16, binary), naming `name`; a workbook, a Word document, a web page and a PDF must be
// recognised (spreadsheet::looks_like_xlsx, looks_like_docx, looks_like_html, pdf::looks_like_pdf) before.
void refuse_binary(std::string_view name, std::string_view bytes);

// The form a source is read as: the one recognised, unless the planner asked for another.
SourceForm form_to_read(SourceForm detected, RequestedFormat requested);

RequestedFormat requested_format_from(std::string_view name);  // "auto", "sk", "listing", "table"; throws UserError

}  // namespace pokin::import
