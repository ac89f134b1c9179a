#include "core/import/flattened_cells.h"

#include <algorithm>
#include <cctype>

#include "core/import/column_fields.h"
#include "core/import/flattened_words.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

bool starts_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(word[i])))
      return false;
  return text.size() == word.size() || text[word.size()] == ' ' || text[word.size()] == ',' || word == "%";
}

std::size_t next_indicator_lead(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] != ' ' || i + 1 >= text.size()) continue;
    std::string_view rest = text.substr(i + 1);
    if (!std::isupper(static_cast<unsigned char>(rest[0])) && rest[0] != '%') continue;
    // "% Desa yang ..." opens an indicator; "x 100 % = 100" is a number's unit.
    if (rest[0] == '%' && (rest.size() < 3 || rest[1] != ' ' || !std::isupper(static_cast<unsigned char>(rest[2])))) continue;
    if (starts_with_any(rest, kIndicatorLeads)) return i + 1;
  }
  return std::string_view::npos;
}

std::size_t explanation_start(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kOpeners = {"Dalam", "Merupakan", "Adalah", "Yaitu", "Dihitung",
                                                               "Cara", "Rumus", "Perbandingan", "Makna"};
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ' ' || !std::islower(static_cast<unsigned char>(text[i - 1]))) continue;
    std::string_view rest = text.substr(i + 1);
    if (!std::isupper(static_cast<unsigned char>(rest[0]))) continue;
    for (std::string_view opener : kOpeners)
      if (rest.substr(0, opener.size()) == opener && (rest.size() == opener.size() || rest[opener.size()] == ' '))
        return i + 1;
  }
  return std::string_view::npos;
}

bool is_rp(std::string_view token) { return token == "Rp" || token == "Rp." || token == "RP" || token == "RP."; }

bool is_year(std::string_view token) {
  return token.size() == 4 && is_value(token) && (token.substr(0, 2) == "19" || token.substr(0, 2) == "20");
}

std::string_view without_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0 && text.size() > 2 && std::islower(static_cast<unsigned char>(text[0])) && (text[1] == '.' || text[1] == ')'))
    i = 2;
  if (i > 0 && i < text.size() && text[i] == ' ') return text.substr(i + 1);
  return i == text.size() ? std::string_view() : text;
}

bool names_an_instansi(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kUnitWords = {
      "KECAMATAN", "DINAS", "BADAN", "SEKRETARIAT", "INSPEKTORAT", "KELURAHAN", "PUSKESMAS", "BIRO", "KANTOR",
      "SATUAN", "BAGIAN", "RUMAH SAKIT"};
  if (text.size() > 120 || !starts_with_any(text, kUnitWords)) return false;
  for (char c : text)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

bool is_explanation_label(std::string_view body) {
  Field field = recognise_header(body.substr(0, body.size() - 1)).field;
  return field == Field::Formula || field == Field::SumberData || starts_word(body, "Tipe") ||
         starts_word(body, "Penjelasan") || starts_word(body, "Keterangan") || starts_word(body, "Alasan") ||
         starts_word(body, "Tugas") || starts_word(body, "Fungsi") || starts_word(body, "Makna");
}

bool reads_as_explanation(std::string_view text) {
  // Verbs of a sentence saying what an indicator means ("... yang tinggi menggambarkan bahwa ..."); a name holds
  // none of them.
  static constexpr std::array<std::string_view, 6> kVerbs = {"menggambarkan", "menunjukkan", "menunjukan",
                                                             "mencerminkan", "merupakan", "adalah"};
  std::vector<std::string_view> words = words_of(text);
  if (words.size() < 6) return false;
  for (std::string_view word : words)
    for (std::string_view verb : kVerbs)
      if (word == verb) return true;
  return false;
}

std::string_view labelled_value(std::string_view body, std::initializer_list<std::string_view> labels) {
  for (std::string_view label : labels) {
    if (body.size() <= label.size() || !starts_word(body.substr(0, label.size()), label)) continue;
    std::string_view rest = body.substr(label.size());
    std::size_t colon = rest.find_first_not_of(' ');
    if (colon != std::string_view::npos && rest[colon] == ':') return rest.substr(colon + 1);
  }
  return {};
}

bool opens_explanation(std::string_view body) {
  std::size_t colon = body.find(':');
  if (colon == std::string_view::npos || colon > 30 || colon + 1 == body.size() ||
      words_of(body.substr(0, colon)).size() > 3)
    return false;
  return is_explanation_label(trim(body.substr(0, colon)) + " :");
}

std::size_t repeated_cell(std::string_view text) {
  std::vector<std::string_view> words = words_of(text);
  std::size_t n = std::min<std::size_t>(words.size(), 80);
  for (std::size_t start = 1; start < n; ++start)
    for (std::size_t length = 3; start + 2 * length <= n; ++length) {
      bool same = true;
      for (std::size_t k = 0; k < length && same; ++k) same = words[start + k] == words[start + length + k];
      if (same) return static_cast<std::size_t>(words[start].data() - text.data());
    }
  return std::string_view::npos;
}

bool reads_as_ratio(std::string_view text) {
  for (std::string_view word : words_of(text))
    for (std::string_view ratio : {"terhadap", "dibagi", "dikali", "dikalikan", "x", "X", "/"})
      if (word == ratio) return true;
  return false;
}

std::string shortened(const std::string& text) { return text.size() > 200 ? text.substr(0, 197) + "..." : text; }

std::string instansi_in_title(std::string_view text) {
  static constexpr std::array<std::string_view, 13> kUnitWords = {
      "KECAMATAN", "DINAS", "BADAN", "SEKRETARIAT", "INSPEKTORAT", "KELURAHAN", "PUSKESMAS", "BIRO", "KANTOR",
      "SATUAN", "BAGIAN", "RUMAH SAKIT", "UPT"};
  if (text.size() > 160) return "";
  if (std::any_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }))
    return "";
  std::size_t best = std::string_view::npos;
  for (std::string_view word : kUnitWords) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      bool starts = at == 0 || text[at - 1] == ' ';
      bool ends = at + word.size() == text.size() || text[at + word.size()] == ' ';
      if (starts && ends) {
        best = std::min(best, at);
        break;
      }
    }
  }
  if (best == std::string_view::npos) return "";
  std::string_view name = text.substr(best);
  if (std::size_t period = name.find(" TAHUN"); period != std::string_view::npos) name = name.substr(0, period);
  return trim(name);
}

std::string instansi_in_sentence(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kUnitWords = {
      "Badan", "Dinas", "Sekretariat", "Inspektorat", "Kecamatan", "Kantor", "Satuan", "Kelurahan"};
  std::vector<std::string_view> words = words_of(text);
  std::string found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_one_of(words[i], kUnitWords) || !std::isupper(static_cast<unsigned char>(words[i][0]))) continue;
    std::size_t end = i + 1;
    while (end < words.size() && end - i < 12 && words[end] != "Tahun" &&
           (std::isupper(static_cast<unsigned char>(words[end][0])) || words[end] == "dan"))
      ++end;
    if (end < words.size() && words[end] == "Tahun" && end - i >= 3) {
      found.clear();
      for (std::size_t k = i; k < end; ++k) found += (k > i ? " " : "") + std::string(words[k]);
    }
  }
  return found;
}

bool is_satuan(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kSatuan = {
      "persen", "%", "orang", "dokumen", "unit", "laporan", "desa", "indeks", "nilai", "predikat", "kali", "hari",
      "paket", "buah", "rupiah", "tahun", "bulan", "lokasi", "kasus", "poin", "skor", "rasio", "jiwa", "km"};
  for (std::string_view satuan : kSatuan)
    if (word.size() == satuan.size() && starts_word(word, satuan)) return true;
  return false;
}

bool unfinished(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kJoining = {
      "jumlah", "yang", "dan", "di", "dari", "per", "dengan", "pada", "untuk", "dalam", "ke", "atas", "terhadap", "oleh"};
  std::size_t space = name.rfind(' ');
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  for (std::string_view word : kJoining)
    if (last.size() == word.size() && starts_word(last, word)) return true;
  return false;
}

}  // namespace pokin::import
