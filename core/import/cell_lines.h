#pragma once
// Reading a planning table rendered one cell per line (pdftotext without -layout, and the 123dok / adoc / scribd /
// vdokumen / studylib renderers): a header whose words stand on their own lines ("No", "SASARAN STRATEGIS",
// "INDIKATOR KINERJA UTAMA", "SATUAN", "2019" "2020" ..., or "KODE" "PROGRAM" "KEGIATAN" "SUB KEGIATAN" "(Rp)"),
// then each row's cells one after the other, a long cell wrapped over several lines.
//
// A table whose empty cells are kept as empty lines (Word's "Convert Table to Text"), or a PDF copy under the column
// numbers "(1)" ... "(N)", is read as a grid of rows first (cell_grid.h); the rest of this reading is for text
// that gives neither.
// The cells are cut and classified by cell_stream.h and cell_kind.h; this reader walks them in order and puts
// each where its shape says it belongs:
//   - a statement ("Meningkatnya ...") opens a sasaran, a kode then a name (or "Program ..." / "Kegiatan" /
//     "Sub Kegiatan ...") a program, kegiatan or sub kegiatan at the level of its kode or label;
//   - an indicator's lead word ("Persentase ...") opens an indicator of the statement above; where the rows are
//     numbered ("1 Persentase ...", "2."), only a numbered one does, and an unnumbered one is part of the
//     formula;
//   - a satuan alone is the satuan of that indicator, values its targets (one per year of the header, in order),
//     or, after a statement without indicator, its Rp (pagu of the year the title names);
//   - an explanation label ("Formulasi perhitungan :", "Sumber Data : ...") and the text after an indicator fill
//     its formula and sumber data;
//   - "Jabatan : X" names the unit of the rows below.
// The header's words say which columns exist and give the years. Reading starts at the first statement,
// indicator or kode after a header that names a statement or indicator column; text before it is the title.
// The rows go through TableTreeBuilder, so levels, parent links, decisions and notes are those of any table. Every
// cell that found no place is named in the report with its line, and the values left out are counted.
// Linear in the number of lines.
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// Whether `lines` look like a table rendered one cell per line: after a header naming a statement or indicator
// column, most non-empty lines are short (a cell or part of one), and statements, indicators or kodes are found.
bool looks_like_cell_lines(const std::vector<std::string_view>& lines);

// Reads `lines` into `document`. Returns the number of statements and indicators read; 0 leaves document and
// report untouched.
int import_cell_lines(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

}  // namespace pokin::import
