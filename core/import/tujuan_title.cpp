#include "core/import/tujuan_title.h"

#include <cctype>
#include <string>
#include <vector>

#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

bool all_digits(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (std::isdigit(static_cast<unsigned char>(c)) == 0 && c != '.') return false;
  return true;
}

}  // namespace

bool ends_with_tujuan_title(std::string_view cell) {
  std::vector<std::string_view> words = words_of(cell);
  std::size_t end = words.size();
  // What may stand after the title: ":" , "URAIAN" (the sub-column of its text), the tujuan's number.
  while (end > 0 && (words[end - 1] == ":" || words[end - 1] == "URAIAN" || all_digits(words[end - 1]))) --end;
  if (end == 0) return false;
  std::string_view last = words[end - 1];
  if (!last.empty() && last.back() == ':') last.remove_suffix(1);
  if (last != "TUJUAN") return false;  // in capitals: a title, not the word in a sentence
  if (end >= 2) {
    std::string before = lower_ascii(words[end - 2]);
    if (before == "indikator" || before == "dan" || before == "sasaran" || before == "mencapai" || before == "kinerja")
      return false;
  }
  return true;
}

}  // namespace pokin::import
