#include "core/pemda/pemda_titles.h"

#include "core/text/ascii_text.h"

namespace pokin::pemda {
namespace {

// `text` without `prefix` (ASCII case ignored) and the blanks after it, when it opens with it as a word.
bool strip_word(std::string& text, std::string_view prefix) {
  std::string lower = lower_ascii(text);
  if (!starts_with_word(lower, prefix) && !(prefix.back() == '.' && lower.rfind(prefix, 0) == 0)) return false;
  text = trimmed(std::string_view(text).substr(prefix.size()));
  return !text.empty();
}

}  // namespace

PemdaTitles pemda_titles(std::string_view name) {
  std::string rest = trimmed(name);
  if (rest.empty()) return {};
  strip_word(rest, "pemerintah");
  if (strip_word(rest, "kota")) return {"Kota " + rest, "Pemerintah Kota " + rest, "Wali Kota " + rest};
  if (strip_word(rest, "provinsi")) return {"Provinsi " + rest, "Pemerintah Provinsi " + rest, "Gubernur " + rest};
  if (!strip_word(rest, "kabupaten")) strip_word(rest, "kab.");
  return {"Kabupaten " + rest, "Pemerintah Kabupaten " + rest, "Bupati " + rest};
}

std::string instansi_key(std::string_view instansi) {
  std::string key;
  for (char c : lower_ascii(std::string(instansi))) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (word) key += c;
    else if (!key.empty() && key.back() != ' ') key += ' ';
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  for (std::string_view region : {" kabupaten ", " kab ", " kota ", " provinsi "}) {
    std::size_t at = key.rfind(region);
    if (at != std::string::npos && at > 0) key.erase(at);
  }
  return key;
}

}  // namespace pokin::pemda
