#pragma once
// Reading planning tables whose cell borders were lost (text copied from a PDF or a web page): one row per line
// with the cells joined by single spaces, or one cell per line. Nothing separates the columns, so they are
// guessed from how Indonesian planning statements are written:
//   - a statement opens with a result word ("Meningkatnya", "Terwujudnya", "Tersusunnya", "Menurunnya", ...) or a
//     label ("Sasaran Kegiatan :", "Program ...", "Kegiatan :", "Sub-Kegiatan :");
//   - an indicator opens with its lead word ("Persentase", "Jumlah", "Indeks", "Nilai", "Angka", "Rasio",
//     "Tingkat", "Cakupan", "Predikat", "Prevalensi", "%") or an indicator label ("Indikator Program 1 :");
//   - the numbers at the end of an indicator (on its line or on the lines after it) are its yearly targets when
//     their count equals the years of the header ("2011" ... "2015" on their own, or "TAHUN 2017 - 2021");
//   - a line starting in lower case continues the statement or indicator above (a wrapped cell).
// A line holding the cells of several rows (a PDF render that joined a table into one paragraph, with its header
// words and column numbers) is first cut into pieces where a cell opens (core/import/flattened_paragraph.h); the
// header's words give the value columns, and each indicator's run of values is placed on them (baseline, Target/Rp
// per year, kondisi akhir; core/import/flattened_values.h). The lines above a row of column numbers are the title
// (instansi, period); prose, penjelasan cells, values that fit no column, a second pagu of one statement and a row
// cut by the end of the text are named in the report, never imported.
// The rows found go through TableTreeBuilder like any table row, so levels, decisions and the report are the
// ones of a bordered table. The report says the columns were guessed and lists the lines not understood.
// Linear in the length of the text (a cell's repeated phrase is looked for in its first 80 words only).
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// Reads `lines` as a flattened table into `document`. Returns the number of statements and indicators read (0:
// nothing recognised, document and report untouched).
int import_flattened_rows(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

}  // namespace pokin::import
