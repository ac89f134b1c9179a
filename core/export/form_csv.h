#pragma once
// Forms (core/forms/form.h) as CSV that opens in the planner's spreadsheet: UTF-8 with a byte-order mark, the
// separator and decimal mark asked for (default ";" with a decimal comma, what Excel with Indonesian settings
// reads), numbers without thousands separators (so "1.000" is never read as 1), one header line per table (the
// form's header rows joined per column), merged cells repeated. Title lines, paragraphs and signatures are left
// out: a CSV holds tables. Several forms (one PK per unit) follow each other, each table under a line naming it.
#include <string>
#include <vector>

#include "core/forms/form.h"
#include "core/text/csv_field.h"

namespace pokin {

struct CsvStyle {
  CsvSeparator separator = CsvSeparator::Semicolon;
  char decimal = ',';  // ',' or '.'
};

std::string forms_to_csv(const std::vector<Form>& forms, const CsvStyle& style);

}  // namespace pokin
