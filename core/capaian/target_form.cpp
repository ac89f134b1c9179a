#include "core/capaian/target_form.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <vector>

#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct NumberAt {
  std::size_t begin, end;
  double value;
};

// Every number in the text. A minus sign counts only before the first number: in "60-80" the dash is the range.
std::vector<NumberAt> numbers_in(std::string_view text) {
  std::vector<NumberAt> numbers;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (is_digit(text[end]) || text[end] == '.' || text[end] == ',')) ++end;
    while (end > i && !is_digit(text[end - 1])) --end;  // "80." at the end of a sentence
    double value = parse_indonesian_number(text.substr(i, end - i)).value_or(0);
    bool minus = numbers.empty() && i > 0 && text[i - 1] == '-' && (i == 1 || text[i - 2] == ' ' || text[i - 2] == '(');
    numbers.push_back({minus ? i - 1 : i, end, minus ? -value : value});
    i = end;
  }
  return numbers;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool contains_any(const std::string& text, std::initializer_list<const char*> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](const char* needle) { return text.find(needle) != std::string::npos; });
}

// "tidak kurang dari 80" is at least 80 and "tidak lebih dari 5" at most 5: the negated forms are read first.
bool says_at_least(const std::string& t) {
  if (contains_any(t, {"tidak kurang", "tidak lebih"})) return t.find("tidak kurang") != std::string::npos;
  return contains_any(t, {"≥", ">=", "=>", ">", "minimal", "minimum", "min.", "min ", "paling sedikit", "sekurang",
                          "lebih dari", "di atas"});
}
bool says_at_most(const std::string& t) {
  if (contains_any(t, {"tidak kurang", "tidak lebih"})) return t.find("tidak lebih") != std::string::npos;
  return contains_any(t, {"≤", "<=", "=<", "<", "maksimal", "maksimum", "maks.", "maks ", "max", "paling banyak",
                          "setinggi", "kurang dari", "di bawah"});
}

}  // namespace

TargetForm read_target(std::string_view text) {
  TargetForm form;
  std::string t = lower(text);
  if (std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isspace(c); })) return form;
  std::vector<NumberAt> numbers = numbers_in(text);
  if (numbers.empty()) {
    form.kind = TargetForm::Kind::Text;
    return form;
  }
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  if (numbers.size() >= 2) {
    std::string between = lower(text.substr(numbers[0].end, numbers[1].begin - numbers[0].end));
    std::string before = lower(text.substr(0, numbers[0].begin));
    bool range = contains_any(between, {"-", "–", "—", "s.d", "s/d", "sd", "sampai", "hingga", "s.d."}) ||
                 (contains_any(before, {"antara"}) && contains_any(between, {"dan", "-"})) ||
                 (says_at_least(before) && says_at_most(between)) || (says_at_most(before) && says_at_least(between));
    if (range) {
      form.kind = TargetForm::Kind::Range;
      form.low = std::min(numbers[0].value, numbers[1].value);
      form.high = std::max(numbers[0].value, numbers[1].value);
      return form;
    }
  }
  // One number (or two that do not form a range: the first one is the target, as planners read it).
  double value = numbers[0].value;
  std::string before = lower(text.substr(0, numbers[0].begin));
  if (says_at_least(before)) {
    form.kind = TargetForm::Kind::AtLeast;
    form.low = value;
    form.high = kInfinity;
  } else if (says_at_most(before)) {
    form.kind = TargetForm::Kind::AtMost;
    form.low = -kInfinity;
    form.high = value;
  } else {
    form.kind = TargetForm::Kind::Number;
    form.low = form.high = value;
  }
  return form;
}

bool read_realisasi(std::string_view text, double& number) {
  std::vector<NumberAt> numbers = numbers_in(text);
  if (numbers.empty()) return false;
  number = numbers[0].value;
  return true;
}

}  // namespace pokin
