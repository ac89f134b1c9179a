#pragma once
// Forms (core/forms/form.h) as CSV that opens in the planner's spreadsheet: UTF-8 with a byte-order mark, the
// separator and decimal mark asked for (default ";" with a decimal comma, what Excel with Indonesian settings
// reads), numbers without thousands separators (so "1.000" is never read as 1), one header line per table (the
// form's header rows joined per column), merged cells repeated. Title lines, paragraphs and signatures are left
// out: a CSV holds tables. Several forms (one PK per unit) follow each other, each table under a line naming it.
//
// In detail:
//  - Number and Percent cells are written from FormCell::number, with as few decimals as the figure needs and at
//    most the cell's `decimals`, in `decimal`: 1000 -> "1000", 83.37 -> "83,37", a percent 97.5 -> "97,5" (the
//    figure of the percent, not 0,975; the header says "(%)"). A number that is not finite is written as its
//    text. Text cells are written as typed ("≥ 80%", "WTP") through csv_field (RFC 4180 quoting).
//  - The header line: per column, the texts of the header rows from top to bottom joined with " - " ("Tahun
//    2024 - Target"); a cell spanning several columns or rows counts for each of them (once per column); the row
//    of column numbers (FormTable::numbered_columns) is not written.
//  - A covered cell repeats its covering cell's text, so a filtered or sorted sheet keeps its sasaran. A merged
//    Number or Percent cell (a sasaran's anggaran over its indicator rows) is written once, in its first cell,
//    and its covered cells stay empty: a planner's SUM over the column then counts each rupiah once, as it
//    does over the merged cell in XLSX.
//  - One table in all: the file opens with its header line. More tables (several forms, or a form with several
//    tables): each is preceded by a line holding the form's name (" - Tabel 2" ... for a form's later tables),
//    and tables are separated by an empty line.
//  - A comma separator with a decimal comma gives a correct file: every number holding a decimal comma is quoted
//    ("83,37"), so each value stays in its column for any reader that follows RFC 4180. A decimal mark other than
//    ',' or '.' throws UserError, as does a set of forms holding no table.
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

// A number as the CSV writes it: no thousands separators, at most `decimals` decimals (0-15), no trailing zeros,
// `decimal` as the decimal mark. 1234.5 with ',' -> "1234,5".
std::string csv_number(double number, int decimals, char decimal);

}  // namespace pokin
