#include "core/export/cascade_table.h"

#include <functional>

#include "core/forms/form_scope.h"
#include "core/forms/matrix_columns.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

std::string value_at(const std::map<int, Value>& values, int year) {
  auto found = values.find(year);
  return found == values.end() ? std::string() : found->second.text;
}

// Rows of one sasaran: `head` (its own columns) followed by each indikator's columns, or one row with empty
// indikator columns when it has none; its own columns merge over the rows.
void add_sasaran_rows(Table& table, const Document& document, const std::vector<Id>& indikator,
                      std::vector<std::string> head,
                      const std::function<std::vector<std::string>(const Indikator&)>& indikator_columns) {
  int first = static_cast<int>(table.rows.size());
  std::vector<int> merged(head.size());
  for (std::size_t c = 0; c < head.size(); ++c) merged[c] = static_cast<int>(c);
  if (indikator.empty()) {
    head.resize(table.headers.size());
    table.rows.push_back(std::move(head));
    return;
  }
  for (Id id : indikator) {
    std::vector<std::string> row = head;
    auto tail = indikator_columns(document.indikator.at(id));
    row.insert(row.end(), tail.begin(), tail.end());
    table.rows.push_back(std::move(row));
  }
  int last = static_cast<int>(table.rows.size()) - 1;
  if (last > first) table.merges.push_back({first, last, std::move(merged)});
}

}  // namespace

Table cascade_matrix(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  const std::vector<MatrixColumn> columns = matrix_columns(document, form_years(document.info));
  Table table;
  table.name = "Matriks Cascading";
  std::vector<int> sasaran_columns;
  for (const MatrixColumn& column : columns) {
    table.headers.push_back(column.header);
    table.widths.push_back(column.width);
    if (column.of_sasaran()) sasaran_columns.push_back(static_cast<int>(table.headers.size()) - 1);
  }
  auto add_row = [&](const Sasaran& sasaran, const Indikator* indikator) {
    std::vector<std::string> row;
    for (const MatrixColumn& column : columns) {
      MatrixEntry entry = matrix_entry(document, column, sasaran, indikator);
      if (entry.capaian)
        table.percents.push_back({static_cast<int>(table.rows.size()), static_cast<int>(row.size()),
                                  entry.capaian->percent});
      row.push_back(std::move(entry.text));
    }
    table.rows.push_back(std::move(row));
  };
  for (Id id : sasaran_in_tree_order(document, index, view.branch)) {
    const Sasaran& sasaran = document.sasaran.at(id);
    const auto& indikator = index.sasaran_indikator(id);
    int first = static_cast<int>(table.rows.size());
    if (indikator.empty()) add_row(sasaran, nullptr);
    for (Id indikator_id : indikator) add_row(sasaran, &document.indikator.at(indikator_id));
    int last = static_cast<int>(table.rows.size()) - 1;
    if (last > first) table.merges.push_back({first, last, sasaran_columns});
  }
  return table;
}


}  // namespace pokin
