#pragma once
// The words by which the flattened-table readers (flattened_rows, flattened_paragraph, flattened_values) recognise
// what a piece of text without cell borders is: statement and indicator lead words, value cells.
#include <array>
#include <string_view>

namespace pokin::import {

inline constexpr std::array<std::string_view, 22> kStatementLeads = {
    "Meningkatnya", "Terwujudnya", "Tersusunnya", "Menurunnya", "Tercapainya", "Terlaksananya", "Tersedianya",
    "Terpenuhinya", "Berkurangnya", "Optimalnya", "Terkendalinya", "Terciptanya", "Terjaminnya", "Peningkatan",
    "Terselenggaranya", "Tertibnya", "Menguatnya", "Membaiknya", "Berkembangnya", "Meningkatkan", "Mewujudkan",
    "Menurunkan"};
inline constexpr std::array<std::string_view, 12> kIndicatorLeads = {
    "Persentase", "Jumlah", "Indeks", "Nilai", "Angka", "Rasio", "Tingkat", "Cakupan", "Predikat", "Prevalensi",
    "Presentase", "%"};

// A number as a table cell writes it: "5.200", "83,37", "99,88%", "1:17,9", "-2,5".
bool is_value(std::string_view token);
// A value cell, or a cell written empty ("-", "NA", "N/A"): what a run of yearly columns holds.
bool is_cell_value(std::string_view token);
// One part of a budget kode ("1", "02", "2.01", "1.02.01.2.02.0001", "X", "XX").
bool is_kode_part(std::string_view word);
// Whether `word` is exactly one of `words` (ASCII case-insensitive).
template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::string_view candidate : words) {
    if (candidate.size() != word.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < word.size() && same; ++i)
      same = (candidate[i] | 0x20) == (word[i] | 0x20);
    if (same) return true;
  }
  return false;
}

}  // namespace pokin::import
