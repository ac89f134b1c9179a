#include "core/import/joined_level_names.h"

#include <cctype>

#include "core/import/cell_kind.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

bool same_word(std::string_view word, std::string_view lower_word) { return lower_ascii(word) == lower_word; }

bool starts_upper(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word.front())) != 0;
}

// "1)", "2.", "(3)", "a)", "b.": a list number written alone.
bool is_list_number(std::string_view word) {
  if (word.size() >= 2 && word.front() == '(' && word.back() == ')') word = word.substr(1, word.size() - 2);
  else if (!word.empty() && (word.back() == ')' || word.back() == '.')) word.remove_suffix(1);
  else return false;
  if (word.empty()) return false;
  bool digits = true;
  for (char c : word) digits = digits && std::isdigit(static_cast<unsigned char>(c)) != 0;
  return digits || (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word.front())) != 0);
}

}  // namespace

std::vector<std::string> split_joined_level_names(std::string_view name, std::string_view level_word) {
  std::vector<std::string_view> words = words_of(name);
  if (words.size() < 4 || !same_word(words.front(), lower_ascii(level_word))) return {trim(name)};
  std::vector<std::string> names;
  std::string current;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // A second opening: the level word, capitalised, after at least one word of the name, not after a joining word,
    // followed by a capitalised word ("... Syarat Kerja Program Peningkatan ...").
    bool opens = i >= 2 && starts_upper(words[i]) && same_word(words[i], lower_ascii(level_word)) && i + 1 < words.size() &&
                 starts_upper(words[i + 1]) && !same_word(words[i + 1], lower_ascii(level_word)) &&
                 !is_joining_word(lower_ascii(words[i - 1])) && !current.empty() &&
                 words_of(current).size() >= 2;
    if (opens) {
      names.push_back(current);
      current.clear();
    }
    if (!current.empty()) current += ' ';
    current += words[i];
  }
  if (!current.empty()) names.push_back(current);
  return names;
}

bool names_only_a_list_number(std::string_view name) {
  std::vector<std::string_view> words = words_of(name);
  if (words.empty()) return true;
  std::size_t at = 0;
  if (same_word(words[0], "program") || same_word(words[0], "kegiatan")) at = 1;
  else if (words.size() >= 2 && same_word(words[0], "sub") && same_word(words[1], "kegiatan")) at = 2;
  else return false;
  if (at == words.size()) return true;
  return at + 1 == words.size() && is_list_number(words[at]);
}

}  // namespace pokin::import
