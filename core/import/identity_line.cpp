#include "core/import/identity_line.h"

#include <cctype>
#include <string_view>

#include "core/import/text_cleaning.h"

namespace pokin::import {

bool identity_line(const std::vector<std::string>& cells) {
  std::vector<std::string> filled;
  for (const std::string& cell : cells)
    if (std::string text = clean_text(cell); !text.empty()) filled.push_back(text);
  constexpr std::size_t kMostCells = 3;
  if (filled.empty() || filled.size() > kMostCells) return false;
  std::string first = lower_ascii(filled.front());
  // A list number: "1. Jabatan", "a. Tugas".
  std::size_t mark = first.find_first_of(".)");
  if (mark != std::string::npos && mark > 0 && mark <= 2 && mark + 1 < first.size() && first[mark + 1] == ' ' &&
      std::isalnum(static_cast<unsigned char>(first[0])))
    first = trim(first.substr(mark + 1));
  std::size_t colon = first.find(':');
  std::string label = trim(first.substr(0, colon));
  bool colon_follows = colon != std::string::npos || (filled.size() > 1 && filled[1].front() == ':');
  if (!colon_follows) return false;
  for (std::string_view known : {"jabatan", "nama jabatan", "tugas", "tugas pokok", "uraian tugas", "fungsi", "unit kerja",
                                 "nama", "nip", "pangkat", "pangkat/gol", "pangkat/golongan", "atasan langsung"})
    if (label == known) return true;
  return false;
}

}  // namespace pokin::import
