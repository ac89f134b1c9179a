#pragma once
// Placing a row's run of value cells, read from a table without cell borders, on the columns its header announced:
// the baseline ("Kondisi Awal", "Status Awal", "Data Capaian ... Awal"), a Target (and an Rp) per year, the kondisi
// akhir (target and Rp). The header's words give the columns in order ("Target Rp Target Rp Target"), its years the
// years; when the count of values does not fit the columns one to one, the shapes decide: in a table with Rp
// columns, targets written as percentages and Rp written as plain numbers are two runs, each placed on its own
// columns. A run that fits no reading is left unplaced (the caller reports it); nothing is guessed beyond the counts.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// What the headers of one flattened table say about its value columns.
struct ValueColumns {
  // The value-column titles in the order written: 'B' baseline, 'T' target, 'R' Rp, 'X' realisasi, 'C' capaian
  // (worked out from target and realisasi, never stored), 'A' kondisi akhir. The longest header read wins (a header printed again on the next page adds nothing).
  std::string order;
  bool baseline = false, akhir = false;
  std::vector<int> years;  // the years written in the headers, sorted, without repeats

  // Reads one header's words ("Kondisi Awal Target Rp Target Rp ... Kondisi Akhir 2021 2022 ..."); a title's
  // years ("TAHUN 2017 - 2021") are no column titles: `with_years` false leaves them out.
  void observe(std::string_view header, bool with_years = true);
  bool has_rp() const { return order.find('R') != std::string::npos; }
};

struct PlacedValues {
  bool placed = false;
  std::string baseline, akhir, akhir_pagu;
  std::map<int, std::string> target, pagu, realisasi;  // by year; cells written empty ("-", "NA") are left out
  int capaian_left_out = 0;  // capaian cells holding a value: Pokin works capaian out itself, so they are not stored
  int numbers_left_out = 0;  // values after a one-year target that fit no column the header names (the caller reports)
};

// Places `values` (a row's run, left to right) on `columns`, with `years` the years of the target columns (the
// header's, or the period's when the header names none).
PlacedValues place_values(const std::vector<std::string>& values, const ValueColumns& columns,
                          const std::vector<int>& years);

// Places `values` on the header's own value columns only (Target Realisasi Capaian of a yearly measurement), one
// to one; not placed when the counts differ.
PlacedValues place_on_header(const std::vector<std::string>& values, const ValueColumns& columns,
                             const std::vector<int>& years);

// Cells of several rows printed column by column (the names of n indicators, then n values of the first column,
// n of the second ...): row i's cells, when `values` holds n x k of them; empty when it does not.
std::vector<std::vector<std::string>> rows_of_columns(const std::vector<std::string>& values, std::size_t rows);

}  // namespace pokin::import
