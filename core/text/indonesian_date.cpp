#include "core/text/indonesian_date.h"

#include <array>
#include <ctime>

namespace pokin {
namespace {

std::tm local_now() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  if (const std::tm* converted = std::localtime(&now)) local = *converted;
  return local;
}

}  // namespace

std::string indonesian_date(int day, int month, int year) {
  static constexpr std::array<const char*, 12> kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                                       "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  if (month < 1 || month > 12) return {};
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string today_indonesian() {
  std::tm now = local_now();
  return indonesian_date(now.tm_mday, now.tm_mon + 1, now.tm_year + 1900);
}

int current_year() { return local_now().tm_year + 1900; }

}  // namespace pokin
