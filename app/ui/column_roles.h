#pragma once
// The roles a table column can be given in the import preview's drop-down, each with the field name the importer
// reads (ImportOptions::mapping, the CLI's --map, see field_from_name in core/import/column_fields.h) and its label
// in the current language. Only names the importer accepts are offered, so a field the importer does not know yet
// never reaches it.
#include <string>
#include <vector>

#include "core/import/column_fields.h"

namespace pokin::ui {

struct ColumnRole {
  std::string name;   // "indikator", "target:2024", "target:3" (year 3 of the period); empty: the importer's guess
  std::string label;  // "Indikator", "Target 2024", "Target tahun ke-3"
};

// Automatic (the importer's guess), ignore, then each field; the yearly ones (target, realisasi, pagu) once for
// each of `years` and once for each year 1..5 of the period.
std::vector<ColumnRole> offered_column_roles(const std::vector<int>& years);

// The name of what a column was read as, as field_from_name reads it back ("target:2024"); "abaikan" for none.
// The same names as import::field_name of the table importer (once that is on main, this can defer to it).
std::string column_role_name(const import::ColumnField& field);
// Its label in the current language ("Target 2024", "Indikator program", "Diabaikan").
std::string column_role_label(const import::ColumnField& field);

}  // namespace pokin::ui
