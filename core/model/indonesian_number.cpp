#include "core/model/indonesian_number.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pokin {
namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr double kLargestPlainNumber = 1e15;

// "1,5E+20", "-1E+30", "1,23456789012346E+15": at most 15 significant digits, as Excel shows large numbers.
std::string scientific_indonesian_number(double number) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.14E", number);  // "-1.50000000000000E+20"
  std::string text(buffer);
  auto exponent_at = text.find('E');
  std::string mantissa = text.substr(0, exponent_at);
  std::string exponent = text.substr(exponent_at + 1);  // "+20", "+308"
  while (mantissa.back() == '0') mantissa.pop_back();
  if (mantissa.back() == '.') mantissa.pop_back();
  std::replace(mantissa.begin(), mantissa.end(), '.', ',');
  std::string sign(1, exponent[0]);
  std::string digits = exponent.substr(1);
  while (digits.size() > 2 && digits[0] == '0') digits.erase(0, 1);
  return mantissa + "E" + sign + digits;
}
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
  // Beyond 15 significant digits a double no longer holds the integer digits it would print (and they no longer
  // fit an integer type): show it as Excel does, in scientific notation with a decimal comma.
  if (std::fabs(number) >= kLargestPlainNumber) return scientific_indonesian_number(number);
  decimals = std::clamp(decimals, 0, 9);
  bool negative = number < 0;
  double magnitude = std::fabs(number);
  double whole_part = std::floor(magnitude);
  // Like Excel, at most 15 significant digits: further decimals would show the noise of the binary fraction.
  int integer_digits = whole_part >= 1 ? static_cast<int>(std::to_string(static_cast<unsigned long long>(whole_part)).size()) : 0;
  decimals = std::min(decimals, std::max(0, 15 - integer_digits));
  auto factor = static_cast<unsigned long long>(std::pow(10.0, decimals));
  auto whole = static_cast<unsigned long long>(whole_part);
  auto frac = static_cast<unsigned long long>(std::round((magnitude - whole_part) * static_cast<double>(factor)));
  if (frac >= factor) {  // 0.9999999 rounded up to the next whole number
    ++whole;
    frac -= factor;
  }

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
