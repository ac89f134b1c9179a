#pragma once
// Cells every form builder makes: text, numbers and percents printed the Indonesian way, and a planner's Value
// ("1.000" is a number, "≥ 80%" and "WTP" stay text, as written).
#include <string>

#include "core/forms/form.h"
#include "core/model/indikator.h"

namespace pokin {

FormCell text_cell(std::string text, FormAlign align = FormAlign::Left);
FormCell bold_cell(std::string text, FormAlign align = FormAlign::Centre);  // header cells
FormCell number_cell(double number, int decimals = 0);  // right aligned, "1.000"; NaN, ±inf: the text "-"
FormCell percent_cell(double percent, int decimals = 2);  // right aligned, "97,50%"
// A Value whose whole text is a number ("1.000", "83,37", "1.500.000", "80%") becomes a Number (or Percent)
// cell with the decimals it was written with; any other text ("≥ 80%", "WTP", "5.200 izin") stays Text.
FormCell value_cell(const Value& value);

// Merges `rows` x `columns` cells from (row, column) of `table_rows` into the first: spans set, the rest covered.
// Spans are cut at the table's edge; a start outside the table changes nothing.
void merge_cells(std::vector<FormRow>& table_rows, int row, int column, int rows, int columns);

}  // namespace pokin
