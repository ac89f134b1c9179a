#pragma once
// What the planner asks for: which form, for which unit, which year and how deep (`pokin export --form ...
// --unit ... --year ... --levels ...`, and the app's export dialog).
#include <string>

#include "core/forms/form.h"
#include "core/model/ids.h"

namespace pokin {

struct FormRequest {
  FormKind kind = FormKind::Matrix;
  // One unit (resolve_unit in unit_selection.h: an id, or a unit's name or jabatan) and what it owns; empty: the
  // whole document (for the PK: one agreement per unit that owns sasaran, head of agency first).
  std::string unit;
  // PK and LKjIP: the year (0 = the PK's current year within the period, the LKjIP's latest year with realisasi).
  // Matrix, IKU and Renstra: only this year's columns (0 = every year of the period).
  int year = 0;
  int levels = 0;       // only sasaran down to this level (1 = Sasaran Strategis only); 0 = all
  Id branch = kNoId;    // only this sasaran and what is below it; kNoId = all
  bool targets = false; // IKU: add the yearly target columns (every year, or `year` only)
  Paper paper = Paper::F4;
  Orientation orientation = Orientation::Landscape;
  std::string place;    // signatures: where signed ("Paringin"); empty: a dotted gap to fill by hand
  std::string date;     // signatures: the printed date ("2 Januari 2024"); empty: today
};

}  // namespace pokin
