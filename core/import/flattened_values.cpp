#include "core/import/flattened_values.h"

#include <algorithm>
#include <cctype>

#include "core/import/flattened_words.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_year_word(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ')' || word.back() == '.')) word.remove_suffix(1);
  if (word.size() != 4) return false;
  for (char c : word)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return word.substr(0, 2) == "19" || word.substr(0, 2) == "20";
}

bool percent(const std::string& value) { return value.find('%') != std::string::npos; }

bool written_empty(const std::string& value) { return value == "-" || value == "NA" || value == "N/A" || value == "n/a"; }

// A run placed position by position on `order` ('B', 'T', 'R', 'X', 'A' as in ValueColumns::order, 'P' the Rp of
// the kondisi akhir); the k-th 'T' and 'R' take years[k]. False when the run and the columns differ in length or
// there are more yearly columns than years.
bool place_in_order(const std::vector<std::string>& values, const std::string& order, const std::vector<int>& years,
                    PlacedValues& out) {
  if (values.size() != order.size()) return false;
  std::size_t targets = static_cast<std::size_t>(std::count(order.begin(), order.end(), 'T'));
  std::size_t rps = static_cast<std::size_t>(std::count(order.begin(), order.end(), 'R'));
  std::size_t realised = static_cast<std::size_t>(std::count(order.begin(), order.end(), 'X'));
  if (targets > years.size() || rps > years.size() || realised > years.size()) return false;
  // A run mixing percentages and plain numbers (targets in percent, Rp in rupiah): each column keeps its shape.
  bool any_percent = false, any_plain = false;
  for (const std::string& value : values)
    if (!written_empty(value)) (percent(value) ? any_percent : any_plain) = true;
  if (any_percent && any_plain)
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (written_empty(values[i])) continue;
      bool money = order[i] == 'R' || order[i] == 'P';
      if ((order[i] == 'B' || order[i] == 'T' || order[i] == 'A' || money) && money == percent(values[i])) return false;
    }
  std::size_t t = 0, r = 0, x = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::string& value = values[i];
    bool empty = written_empty(value);
    switch (order[i]) {
      case 'B': if (!empty) out.baseline = value; break;
      case 'T': if (!empty) out.target[years[t]] = value; ++t; break;
      case 'R': if (!empty) out.pagu[years[r]] = value; ++r; break;
      case 'A': if (!empty) out.akhir = value; break;
      case 'P': if (!empty) out.akhir_pagu = value; break;
      case 'X': if (!empty) out.realisasi[years[x]] = value; ++x; break;
      case 'C': if (!empty) ++out.capaian_left_out; break;
      default: break;
    }
  }
  out.placed = true;
  return true;
}

// The columns of a planning row built from what the header says, for `years` years.
std::string planned_order(bool baseline, std::size_t years, bool rp, bool akhir) {
  std::string order = baseline ? "B" : "";
  for (std::size_t y = 0; y < years; ++y) order += rp ? "TR" : "T";
  if (akhir) order += rp ? "AP" : "A";
  return order;
}

}  // namespace

void ValueColumns::observe(std::string_view header, bool with_years) {
  std::string seen;
  std::string lower = lower_ascii(header);
  std::vector<std::string_view> words;
  std::string_view view = lower;
  std::size_t i = 0;
  while (i < view.size()) {
    while (i < view.size() && view[i] == ' ') ++i;
    std::size_t start = i;
    while (i < view.size() && view[i] != ' ') ++i;
    if (i > start) words.push_back(view.substr(start, i - start));
  }
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string_view word = words[w];
    auto next_is = [&](std::string_view text) { return w + 1 < words.size() && words[w + 1] == text; };
    if (word == "awal" || word == "baseline") {
      if (seen.find('B') == std::string::npos) seen += 'B';
      baseline = true;
    } else if (word == "akhir") {
      if (seen.find('A') == std::string::npos) seen += 'A';
      akhir = true;
    } else if (word == "target") {
      seen += 'T';
    } else if (word == "rp" || word == "rp.") {
      seen += 'R';
    } else if (word == "realisasi") {
      seen += 'X';
    } else if (word == "capaian" && !next_is("kinerja") && !next_is("pada")) {
      seen += 'C';
    }
    if (with_years && is_year_word(word)) {
      std::string_view digits = word.substr(0, 4);
      int year = std::stoi(std::string(digits));
      if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
    }
  }
  std::sort(years.begin(), years.end());
  if (seen.size() > order.size()) order = seen;
}

PlacedValues place_on_header(const std::vector<std::string>& values, const ValueColumns& columns,
                             const std::vector<int>& years) {
  PlacedValues out;
  std::string order;
  for (char c : columns.order)
    if (c != 'A' && c != 'B') order += c;
  if (values.empty() || order.empty()) return out;
  // A realisasi without its capaian column in the (cut) header still has the capaian after it.
  if (!place_in_order(values, order, years, out) && order.back() == 'X') place_in_order(values, order + "C", years, out);
  return out;
}

PlacedValues place_values(const std::vector<std::string>& values, const ValueColumns& columns,
                          const std::vector<int>& years) {
  PlacedValues out;
  if (values.empty()) return out;
  // The header's own order: all of it, or all of it after a baseline the (cut) header did not show.
  std::string order;
  for (char c : columns.order)
    if (c != 'A' && c != 'B') order += c;
  if (!order.empty()) {
    std::string full = (columns.baseline ? "B" : "") + order;
    if (place_in_order(values, full, years, out)) return out;
    if (!columns.baseline && place_in_order(values, "B" + order, years, out)) return out;
  }
  bool rp = columns.has_rp();
  // The planning columns for the years: with or without baseline, kondisi akhir and Rp.
  for (bool baseline : {columns.baseline, !columns.baseline})
    for (bool akhir : {columns.akhir, !columns.akhir})
      for (bool with_rp : {rp, false}) {
        // A baseline column labelled with the first year ("Kondisi Awal ... 2012 2013 ... 2018"): targets from the
        // second year on.
        if (baseline && columns.baseline && years.size() > 1 &&
            place_in_order(values, planned_order(true, years.size() - 1, with_rp, akhir),
                           std::vector<int>(years.begin() + 1, years.end()), out))
          return out;
        if (place_in_order(values, planned_order(baseline, years.size(), with_rp, akhir), years, out)) return out;
      }
  // Targets in percent and Rp as plain numbers: two runs, each on its own columns.
  if (rp) {
    std::vector<std::string> targets, money;
    for (const std::string& value : values) (percent(value) ? targets : money).push_back(value);
    if (!targets.empty() && !money.empty()) {
      PlacedValues target_part, money_part;
      std::string money_order = planned_order(false, years.size(), false, false);
      std::replace(money_order.begin(), money_order.end(), 'T', 'R');
      bool money_placed = place_in_order(money, money_order + "P", years, money_part) ||
                          place_in_order(money, money_order, years, money_part);
      for (bool baseline : {true, false})
        for (bool akhir : {true, false})
          if (!target_part.placed) place_in_order(targets, planned_order(baseline, years.size(), false, akhir), years, target_part);
      if (target_part.placed) {
        out = target_part;
        if (money_placed) {
          out.pagu = money_part.pagu;
          out.akhir_pagu = money_part.akhir_pagu;
        }
        return out;
      }
    }
  }
  return out;
}

std::vector<std::vector<std::string>> rows_of_columns(const std::vector<std::string>& values, std::size_t rows) {
  std::vector<std::vector<std::string>> out;
  if (rows == 0 || values.empty() || values.size() % rows != 0) return out;
  std::size_t columns = values.size() / rows;
  out.resize(rows);
  for (std::size_t c = 0; c < columns; ++c)
    for (std::size_t r = 0; r < rows; ++r) out[r].push_back(values[c * rows + r]);
  return out;
}

}  // namespace pokin::import
