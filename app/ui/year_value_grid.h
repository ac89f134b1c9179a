#pragma once
// A grid of two values per year of the period (target and realisasi of an indicator, pagu and realisasi pagu of a
// sasaran): a row per year, text typed as the planner writes it ("≥ 80%", "5.200", "WTP"), read as a number by
// core. Both columns are as wide as each other. With no period it says so and draws no grid.
#include <functional>
#include <map>
#include <string>

#include "core/model/document.h"

namespace pokin::ui {

struct YearColumn {
  const char* header;                  // already translated
  const char* input_id;                // "##target": unique within the grid
  const std::map<int, Value>& values;  // year -> value shown
};

// `edited(year, second_column, text)` for each cell typed into this frame. `extra_rows` runs inside the table after
// the year rows (each starts with ImGui::TableNextRow()), for a row such as the end of the period.
void year_value_grid(const char* id, const DocumentInfo& info, const YearColumn& first, const YearColumn& second,
                     const std::function<void(int year, bool second_column, const std::string& text)>& edited,
                     const std::function<void()>& extra_rows = {});

}  // namespace pokin::ui
