#pragma once
// The import preview's state and steering, without ImGui: the file chosen, the options the planner steers with
// (each column's role, the number of header rows), the table as read and the latest run of the import into a
// scratch result. Nothing here touches the open document; the shell applies a run's result only on "Terapkan".
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/import/import_document.h"
#include "core/import/import_profile.h"
#include "core/import/source_table.h"
#include "core/model/ids.h"
#include "core/model/tree_index.h"
#include "core/text/bilingual.h"

namespace pokin::ui {

// Reads an import source on the import job's thread (import::import_file; tests give one of their own).
using ImportReader =
    std::function<import::ImportResult(const std::filesystem::path& path, const import::ImportOptions& options)>;

// Rows of the source the preview shows (the import itself reads them all).
inline constexpr std::size_t kPreviewRows = 200;

// One run of the import with the preview's options: made on the job's thread, then only read (shared, const).
struct ImportPreviewRun {
  ImportPreviewRun() = default;
  ImportPreviewRun(const ImportPreviewRun&) = delete;  // `index` points into `result`: never moved
  ImportPreviewRun& operator=(const ImportPreviewRun&) = delete;

  std::optional<import::ImportResult> result;  // empty when the import failed
  std::optional<Bilingual> failure;            // why it failed (the importer's UserError)
  std::shared_ptr<const import::SourceTable> table;
  std::optional<TreeIndex> index;  // of result->document
  // Per source line: the index of its RowDecision / NotUnderstoodLine in the report; header lines of every table.
  std::unordered_map<int, std::size_t> row_at_line, not_understood_at_line;
  std::unordered_set<int> header_lines;
  // Per source column: its ColumnDecisions (one per table section that has the column), first table first.
  std::unordered_map<int, std::vector<std::size_t>> decisions_of_column;
  std::vector<std::size_t> columns_leaving_cells;  // ColumnDecisions with cells left out
  std::vector<int> years;  // the years a yearly role can name: the period's and those in the headers read
};

// Runs the import of `path` with `options` (the job's work): a UserError becomes the run's failure, anything else
// propagates (the job reports it). `table` is the table as read by an earlier run; read here when null.
std::shared_ptr<const ImportPreviewRun> run_import_preview(const ImportReader& read, const std::filesystem::path& path,
                                                           const import::ImportOptions& options,
                                                           std::shared_ptr<const import::SourceTable> table);

// What the planner looks at in the dialog that outlives one frame.
struct ImportPreviewViewState {
  std::unordered_set<Id> open_units, open_sasaran;  // unfolded tree nodes
  // Starting widths of the table's columns, measured once from the cells of `widths_of`.
  const import::SourceTable* widths_of = nullptr;
  std::vector<float> column_widths;
};

struct ImportPreview {
  std::filesystem::path path;
  std::string source;  // the file name shown
  import::ImportOptions options;
  std::shared_ptr<const import::SourceTable> table;  // once the first run has read it
  std::shared_ptr<const ImportPreviewRun> run;       // the latest finished run
  bool shown = false;         // the dialog is open (after the first run)
  bool run_wanted = true;     // the options changed since `run` was started: run again when the job is free
  bool running = false;       // a run is on the job's thread
  std::uint64_t generation = 0;  // the shell drops a finished run of a preview that was closed
  ImportPreviewViewState view;
  std::optional<Bilingual> profile_note;  // the last profile saved, or why saving or loading one failed
  bool profile_failed = false;

  // Whether "Terapkan" may apply `run`: it succeeded and the options have not changed since.
  bool ready() const { return run && run->result && !running && !run_wanted; }
};

// The role of source column `column` (0-based) as the planner chose it: replaces any earlier choice for that
// column; an empty name gives the column back to the importer's guess. Asks for a new run.
void choose_column_role(ImportPreview& preview, int column, const std::string& role_name);
// The role chosen for `column`, empty when the importer guesses.
std::string chosen_column_role(const ImportPreview& preview, int column);
// The header spans `rows` rows (0: the importer recognises it). Asks for a new run when it changed.
void choose_header_rows(ImportPreview& preview, int rows);
// The header starts at file line `line` (0: where the importer recognises it, or the first non-empty line). Asks
// for a new run when it changed.
void choose_header_line(ImportPreview& preview, int line);

// The planner's steering as a profile (header rows and column roles) to save for the next OPD's table.
import::ImportProfile profile_of(const ImportPreview& preview);
// Steers with a loaded profile instead of the choices made so far; asks for a new run.
void use_profile(ImportPreview& preview, const import::ImportProfile& profile);

}  // namespace pokin::ui
