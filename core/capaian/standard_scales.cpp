#include "core/capaian/standard_scales.h"

namespace pokin {

std::vector<std::vector<std::string>> standard_text_scales() {
  return {{"WTP", "WDP", "TW", "TMP"},
          {"AA", "A", "BB", "B", "CC", "C", "D"},
          {"Zona Hijau", "Zona Kuning", "Zona Merah"}};
}

}  // namespace pokin
