#include "core/forms/matrix_form.h"

#include "core/capaian/capaian_band.h"
#include "core/forms/form_cells.h"
#include "core/forms/form_scope.h"
#include "core/forms/matrix_columns.h"
#include "core/forms/official_text.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

// Matrix column widths are in characters of the spreadsheet; a printed character of the table's text is about
// 2 mm wide.
constexpr double kMillimetresPerCharacter = 2.0;

FormCell typed_cell(const MatrixEntry& entry) {
  if (entry.capaian) {
    FormCell cell = percent_cell(entry.capaian->percent);
    cell.band = band_of(entry.capaian->percent);
    return cell;
  }
  if (entry.value) return value_cell(*entry.value);
  return text_cell(entry.text);
}

// Two header rows where year columns group under one title ("Target" over "2021" ... "2026"), a single column's
// title spanning both; one row when no column groups.
std::vector<FormRow> header_rows(const std::vector<MatrixColumn>& columns) {
  bool grouped = false;
  for (const MatrixColumn& column : columns) grouped |= !column.group.empty();
  if (!grouped) {
    FormRow row;
    for (const MatrixColumn& column : columns) row.push_back(bold_cell(column.header));
    return {row};
  }
  std::vector<FormRow> rows(2);
  for (const MatrixColumn& column : columns) {
    rows[0].push_back(bold_cell(column.group.empty() ? column.header : column.group));
    rows[1].push_back(bold_cell(column.group.empty() ? "" : column.sub_header));
  }
  for (int c = 0; c < static_cast<int>(columns.size());) {
    int end = c + 1;
    if (columns[c].group.empty()) {
      merge_cells(rows, 0, c, 2, 1);
    } else {
      while (end < static_cast<int>(columns.size()) && columns[end].group == columns[c].group &&
             columns[end].field == columns[c].field)
        ++end;
      merge_cells(rows, 0, c, 1, end - c);
    }
    c = end;
  }
  return rows;
}

FormTitle title(const Document& document, const FormScope& scope, const FormRequest& request) {
  const DocumentInfo& info = document.info;
  FormTitle title;
  title.lines.push_back("MATRIKS CASCADING / POHON KINERJA");
  if (scope.unit != kNoId) title.lines.push_back(upper_ascii(document.units.at(scope.unit).name));
  if (!info.instansi.empty()) title.lines.push_back(upper_ascii(info.instansi));
  if (pemda_adds_to_instansi(info)) title.lines.push_back(upper_ascii(info.pemda));
  if (request.year != 0)
    title.lines.push_back("TAHUN " + std::to_string(request.year));
  else if (info.period_years() > 0)
    title.lines.push_back("PERIODE " + std::to_string(info.period_start) + "-" + std::to_string(info.period_end));
  return title;
}

}  // namespace

Form matrix_form(const Document& document, const FormRequest& request) {
  const FormScope scope = form_scope(document, request, UnitReach::WithUnitsBelow);
  const std::vector<MatrixColumn> columns = matrix_columns(document, scope.years);
  TreeIndex index(document);

  FormTable table;
  for (const MatrixColumn& column : columns) table.widths.push_back(column.width * kMillimetresPerCharacter);
  table.header = header_rows(columns);
  auto add_row = [&](const Sasaran& sasaran, const Indikator* indikator) {
    FormRow row;
    for (const MatrixColumn& column : columns) row.push_back(typed_cell(matrix_entry(document, column, sasaran, indikator)));
    table.rows.push_back(std::move(row));
  };
  for (Id id : scope.sasaran) {
    const Sasaran& sasaran = document.sasaran.at(id);
    const auto& indikator = index.sasaran_indikator(id);
    int first = static_cast<int>(table.rows.size());
    if (indikator.empty()) add_row(sasaran, nullptr);
    for (Id indikator_id : indikator) add_row(sasaran, &document.indikator.at(indikator_id));
    int count = static_cast<int>(table.rows.size()) - first;
    for (int c = 0; c < static_cast<int>(columns.size()) && count > 1; ++c)
      if (columns[c].of_sasaran()) merge_cells(table.rows, first, c, count, 1);
  }

  Form form;
  form.kind = FormKind::Matrix;
  form.name = "Matriks Cascading";
  form.paper = request.paper;
  form.orientation = request.orientation;
  // Assigned in place: GCC 12 warns (falsely) of uninitialised members when a FormTable is pushed into the vector.
  form.blocks.resize(2);
  form.blocks[0] = title(document, scope, request);
  form.blocks[1] = std::move(table);
  return form;
}

}  // namespace pokin
