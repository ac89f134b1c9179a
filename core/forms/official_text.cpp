#include "core/forms/official_text.h"

#include <array>
#include <utility>

namespace pokin {

std::string instansi_line(const DocumentInfo& info) {
  std::string line = info.instansi;
  if (pemda_adds_to_instansi(info)) line += (line.empty() ? "" : " ") + info.pemda;
  return upper_ascii(line);
}

std::string agency_head_title(const DocumentInfo& info) {
  std::string instansi = upper_ascii(info.instansi);
  static const std::array<std::pair<const char*, const char*>, 3> kRegions{{
      {"PEMERINTAH KABUPATEN ", "BUPATI "},
      {"PEMERINTAH KOTA ", "WALI KOTA "},
      {"PEMERINTAH PROVINSI ", "GUBERNUR "},
  }};
  for (const auto& [prefix, head] : kRegions)
    if (instansi.rfind(prefix, 0) == 0) return head + instansi.substr(std::string(prefix).size());
  return "KEPALA " + instansi_line(info);
}

}  // namespace pokin
