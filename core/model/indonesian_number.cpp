#include "core/model/indonesian_number.h"

#include <cmath>

namespace pokin {
namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<double> parse_indonesian_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && !is_digit(text[i])) ++i;
  if (i == text.size()) return std::nullopt;
  bool negative = i > 0 && text[i - 1] == '-' && (i == 1 || text[i - 2] == ' ');

  double integer_part = 0;
  double fraction = 0;
  double scale = 1;
  bool in_fraction = false;
  while (i < text.size()) {
    char c = text[i];
    if (is_digit(c)) {
      if (in_fraction) {
        scale /= 10;
        fraction += (c - '0') * scale;
      } else {
        integer_part = integer_part * 10 + (c - '0');
      }
      ++i;
      continue;
    }
    bool next_is_digit = i + 1 < text.size() && is_digit(text[i + 1]);
    if (c == ',' && !in_fraction && next_is_digit) {
      in_fraction = true;
      ++i;
      continue;
    }
    if (c == '.' && !in_fraction && next_is_digit) {
      std::size_t digits = 0;
      while (i + 1 + digits < text.size() && is_digit(text[i + 1 + digits])) ++digits;
      if (digits == 3) {  // thousands group
        ++i;
        continue;
      }
      in_fraction = true;  // "3.5": an English decimal point
      ++i;
      continue;
    }
    break;
  }
  double value = integer_part + fraction;
  return negative ? -value : value;
}

Value make_value(std::string text) {
  Value value;
  value.number = parse_indonesian_number(text);
  value.text = std::move(text);
  return value;
}

std::string format_indonesian_number(double number, int decimals) {
  if (!std::isfinite(number)) return "-";
  bool negative = number < 0;
  double factor = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(number) * factor);
  auto whole = static_cast<unsigned long long>(rounded / factor);
  auto frac = static_cast<unsigned long long>(rounded - static_cast<double>(whole) * factor);

  std::string digits = std::to_string(whole);
  std::string grouped;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) grouped += '.';
    grouped += digits[k];
  }
  std::string result = negative && (whole > 0 || frac > 0) ? "-" + grouped : grouped;
  if (decimals > 0 && frac > 0) {
    std::string fraction_text = std::to_string(frac);
    if (static_cast<int>(fraction_text.size()) < decimals)
      fraction_text.insert(0, static_cast<std::size_t>(decimals) - fraction_text.size(), '0');
    while (!fraction_text.empty() && fraction_text.back() == '0') fraction_text.pop_back();
    result += "," + fraction_text;
  }
  return result;
}

}  // namespace pokin
