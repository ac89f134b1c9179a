#pragma once
// Reading and writing the words of official titles and names: without surrounding blanks, compared and cased in
// ASCII only (Indonesian titles are ASCII: "Kepala Dinas", "Kabupaten", "Rp"); bytes beyond ASCII (UTF-8 letters)
// are kept as typed.
#include <string>
#include <string_view>

namespace pokin {

inline std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

inline std::string lower_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

inline std::string upper_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

// Whether `lower_text` opens with the word `lower_word` followed by a space (both already lower case).
inline bool starts_with_word(std::string_view lower_text, std::string_view lower_word) {
  return lower_text.size() > lower_word.size() && lower_text.substr(0, lower_word.size()) == lower_word &&
         lower_text[lower_word.size()] == ' ';
}

}  // namespace pokin
