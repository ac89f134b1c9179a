#include "core/commands/value_numbers.h"

#include "core/model/indonesian_number.h"

namespace pokin::commands {

void renumber(Value& value, const Value* before) {
  if (before && before->text == value.text) {
    value.number = before->number;
    return;
  }
  value.number = parse_indonesian_number(value.text);
}

void renumber_years(std::map<int, Value>& values, const std::map<int, Value>* before) {
  for (auto& [year, value] : values) {
    const Value* previous = nullptr;
    if (before)
      if (auto it = before->find(year); it != before->end()) previous = &it->second;
    renumber(value, previous);
  }
}

}  // namespace pokin::commands
