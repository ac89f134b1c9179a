#include "app/ui/import_preview.h"

#include <algorithm>
#include <set>

namespace pokin::ui {
namespace {

constexpr int kEarliestYear = 1990;
constexpr int kLatestYear = 2100;
constexpr std::size_t kRowsSearchedForYears = 15;  // when no header was found: the top of the table

// Four-digit years written in `cell` ("2024", "Target 2025", "Tahun 2021/2022").
void collect_years(const std::string& cell, std::set<int>& years) {
  int digits = 0, value = 0;
  for (std::size_t i = 0; i <= cell.size(); ++i) {
    const bool digit = i < cell.size() && cell[i] >= '0' && cell[i] <= '9';
    if (digit) {
      value = digits < 5 ? value * 10 + (cell[i] - '0') : value;
      ++digits;
      continue;
    }
    if (digits == 4 && value >= kEarliestYear && value <= kLatestYear) years.insert(value);
    digits = value = 0;
  }
}

std::vector<int> role_years(const ImportPreviewRun& run, const import::ImportOptions& options) {
  std::set<int> years;
  for (int year = options.period_start; year > 0 && year <= options.period_end; ++year) years.insert(year);
  if (run.result)
    for (const import::ColumnDecision& decision : run.result->report.columns)
      if (decision.field.year > 0) years.insert(decision.field.year);
  const auto& rows = run.table->rows;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const bool header = run.header_lines.empty() ? i < kRowsSearchedForYears : run.header_lines.count(rows[i].line) > 0;
    if (!header) continue;
    for (const std::string& cell : rows[i].cells) collect_years(cell, years);
  }
  return {years.begin(), years.end()};
}

void index_report(ImportPreviewRun& run) {
  const import::ImportReport& report = run.result->report;
  for (std::size_t i = 0; i < report.rows.size(); ++i) run.row_at_line.emplace(report.rows[i].line, i);
  for (std::size_t i = 0; i < report.lines.size(); ++i) run.not_understood_at_line.emplace(report.lines[i].line, i);
  for (const import::TableSection& section : report.tables)
    for (int row = 0; row < section.header_rows; ++row) run.header_lines.insert(section.header_line + row);
  std::vector<std::size_t> order(report.columns.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return report.columns[a].table < report.columns[b].table; });
  for (std::size_t i : order) {
    run.decisions_of_column[report.columns[i].column].push_back(i);
    if (report.columns[i].cells_left_out > 0) run.columns_leaving_cells.push_back(i);
  }
  std::sort(run.columns_leaving_cells.begin(), run.columns_leaving_cells.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = report.columns[a];
    const auto& y = report.columns[b];
    return x.table != y.table ? x.table < y.table : x.column < y.column;
  });
}

}  // namespace

std::shared_ptr<const ImportPreviewRun> run_import_preview(const ImportReader& read, const std::filesystem::path& path,
                                                           const import::ImportOptions& options,
                                                           std::shared_ptr<const import::SourceTable> table) {
  auto run = std::make_shared<ImportPreviewRun>();
  try {
    run->result.emplace(read(path, options));
  } catch (const UserError& error) {
    run->failure = error.message();
  }
  if (!table) {
    try {
      table = std::make_shared<const import::SourceTable>(
          import::read_source_table_file(path, options.format, kPreviewRows));
    } catch (const UserError&) {
      table = std::make_shared<const import::SourceTable>();  // a damaged workbook: the import's failure says why
    }
  }
  run->table = std::move(table);
  if (run->result) {
    run->index.emplace(run->result->document);
    index_report(*run);
  }
  run->years = role_years(*run, options);
  return run;
}

void choose_column_role(ImportPreview& preview, int column, const std::string& role_name) {
  const std::string number = std::to_string(column + 1);
  auto& mapping = preview.options.mapping;
  std::erase_if(mapping, [&](const import::ColumnMapping& entry) { return entry.column == number; });
  if (!role_name.empty()) mapping.push_back({number, role_name});
  preview.run_wanted = true;
}

std::string chosen_column_role(const ImportPreview& preview, int column) {
  const std::string number = std::to_string(column + 1);
  for (const import::ColumnMapping& entry : preview.options.mapping)
    if (entry.column == number) return entry.field;
  return {};
}

namespace {

// The first table's header as the latest run recognised it, when it found one.
const import::TableSection* recognised_header(const ImportPreview& preview) {
  if (!preview.run || !preview.run->result || preview.run->result->report.tables.empty()) return nullptr;
  return &preview.run->result->report.tables.front();
}

}  // namespace

void choose_header_rows(ImportPreview& preview, int rows) {
  rows = std::max(0, rows);
  if (rows == preview.options.header_rows) return;
  // Counting rows keeps the header where it was recognised (a title line above it stays out of it).
  if (rows > 0 && preview.options.header_line == 0)
    if (const import::TableSection* header = recognised_header(preview)) preview.options.header_line = header->header_line;
  if (rows == 0) preview.options.header_line = 0;
  preview.options.header_rows = rows;
  preview.run_wanted = true;
}

void choose_header_line(ImportPreview& preview, int line) {
  line = std::max(0, line);
  if (line == preview.options.header_line) return;
  preview.options.header_line = line;
  // A start line needs a row count: the recognised one, else one row.
  if (line > 0 && preview.options.header_rows == 0) {
    const import::TableSection* header = recognised_header(preview);
    preview.options.header_rows = header && header->header_rows > 0 ? header->header_rows : 1;
  }
  if (line == 0) preview.options.header_rows = 0;
  preview.run_wanted = true;
}

import::ImportProfile profile_of(const ImportPreview& preview) {
  import::ImportProfile profile;
  profile.header = {preview.options.header_rows, preview.options.header_line};
  profile.mapping = preview.options.mapping;
  return profile;
}

void use_profile(ImportPreview& preview, const import::ImportProfile& profile) {
  preview.options.header_rows = profile.header.rows;
  preview.options.header_line = profile.header.line;
  preview.options.mapping = profile.mapping;
  preview.run_wanted = true;
}

}  // namespace pokin::ui
