#pragma once
// What an import found and decided, for the planner to review: per unit what was read, every suggested cascade
// link with its score, every decision taken on the planner's behalf, and every input line that was not
// understood (with its line number). Nothing is dropped silently.
#include <string>
#include <string_view>
#include <vector>

#include "core/import/column_fields.h"
#include "core/import/pemda_context.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::import {

struct NotUnderstoodLine {
  int line = 0;  // 1-based
  std::string text;
  Bilingual reason;
};

// What a suggested parent rests on (cascade_suggestion.h), named in the report next to the score.
enum class SuggestionBasis {
  Words,          // the statements, indicators and unit names
  Code,           // its code or nomenclature kode continues the parent's
  SoleCandidate,  // the only sasaran of the parent unit
  Siblings,       // no word in common: follows its unit's other sasaran
  Coverage,       // moved to a parent sasaran nobody else supported
};

// A proposed parent for a sasaran; ids refer to the imported Document (before it is merged).
struct LinkSuggestion {
  Id sasaran = kNoId;
  Id parent = kNoId;  // kNoId when no candidate was found at all
  double score = 0;
  bool applied = false;  // above the threshold: set as a suggested link
  SuggestionBasis basis = SuggestionBasis::Words;
};

// How one source column of a table was read: its header as composed from all header rows, what it was mapped to
// (Field::None = ignored), whether the planner chose that (--map, a profile, the preview) or the importer guessed,
// and how many of its non-empty cells were stored and how many were left out. The import preview shows these;
// the report lists every column, so no column disappears without a word.
struct ColumnDecision {
  int table = 0;             // 0-based index of the table section (each header row found starts one)
  int column = 0;            // 0-based source column
  std::string header;        // header text, the rows of a multi-row header joined with " / "
  ColumnField field;         // field.field == Field::None: ignored
  bool chosen = false;       // set by the planner (--map, --profile, preview), not guessed
  int cells_stored = 0;      // non-empty cells whose value went into the document
  int cells_left_out = 0;    // non-empty cells not stored (counted, and named in the report)
  std::string field_label = {};  // what the report calls the field when `field` cannot say it ("sasaran lv2"); empty: field's name
};

// How one table section was read: where its header is and how many rows it spans.
struct TableSection {
  int header_line = 0;   // 1-based line of the first header row
  int header_rows = 0;   // rows making up the header (a column-number row under it is not counted)
  bool header_chosen = false;  // --header-rows / profile / preview, not guessed
  int data_rows = 0;     // non-empty rows read under this header as data
};

// What each data row became, for the preview ("Tujuan", "Sasaran Program", "indikator", "lanjutan", "diabaikan").
struct RowDecision {
  int line = 0;
  Bilingual became;
};

struct ImportReport {
  std::string source;  // file name as given
  std::string format;  // "sk", "listing", "lampiran", "table"
  std::vector<NotUnderstoodLine> lines;
  std::vector<LinkSuggestion> suggestions;
  std::vector<Bilingual> notes;
  std::vector<TableSection> tables;     // tables read (text imports: empty)
  std::vector<ColumnDecision> columns;  // every source column of every table
  std::vector<RowDecision> rows;        // every data row of every table
  PemdaContext pemda;                   // the visi and misi an RPJMD table writes above its tujuan

  void not_understood(int line, std::string_view text, Bilingual reason);
  void note(Bilingual message) { notes.push_back(std::move(message)); }
};

// The report as plain text in `language`: per unit (with its parent) the numbers of sasaran and indikator, the
// tables read with every source column (mapped to what, or ignored, and its cells stored and left out), the
// suggestions with their scores, the notes and the lines not understood. "0 lines not understood" is printed only
// when no cell was left out either.
std::string render_report(const Document& imported, const ImportReport& report, Language language);

// The tables part of the report alone: each header found (line, rows, chosen or recognised) and every source
// column with its header, its field (the --map name) or "diabaikan"/"ignored", and its cell counts.
std::string render_columns(const ImportReport& report, Language language);

// Non-empty cells of all tables that were not stored.
int cells_left_out(const ImportReport& report);

// "0 baris tidak dipahami" only when no cell was left out either; else the lines and the cells.
std::string not_understood_summary(const ImportReport& report, Language language);

}  // namespace pokin::import

namespace pokin::import {

// What building the tree from a planning table decided or could not store, summed up over the table (see
// TableTreeBuilder). Every count above zero becomes one note; a guess says it is one.
struct PlanningSummary {
  int no_target_cells = 0;      // "0" / "-" in a year column: no target that year (not counted as left out)
  int positional_links = 0;     // parent links taken from the order of the rows (a guess)
  int stated_links = 0;         // parent links the kode or outline number states
  int awaiting_assignment = 0;  // program / kegiatan / sub kegiatan rows held by the head unit
  std::string awaiting_unit;    // that head unit's name
  int shifted_rows = 0;         // rows shifted left, re-read one column to the right
  std::string shifted_lines;    // the first few of their line numbers
  int context_rows = 0;         // Visi / Misi / Urusan rows: above the tree, not nodes
  // Values not stored, by kind.
  int left_out_rp = 0, left_out_baselines = 0, left_out_targets = 0, left_out_text_cells = 0,
      left_out_relative_years = 0;
};

void note_planning_summary(ImportReport& report, const PlanningSummary& summary);

}  // namespace pokin::import
