#include "core/text/indonesian_date.h"

#include <array>
#include <ctime>

namespace pokin {

std::string today_indonesian() {
  static constexpr std::array kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  std::time_t now = std::time(nullptr);
  std::tm local = *std::localtime(&now);
  return std::to_string(local.tm_mday) + " " + kMonths[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

}  // namespace pokin
