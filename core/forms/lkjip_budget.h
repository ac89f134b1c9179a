#pragma once
// The budget behind a sasaran in one year, for the LKjIP's Anggaran | Realisasi | % columns. A sasaran holds a
// budget when its own pagu or realisasi_pagu of the year is written (a Sasaran Program carries its program's
// pagu). A sasaran without one (a Sasaran Strategis) is carried out through the programs and kegiatan below it:
// its budget is the sum over the nearest sasaran below that hold one, on each branch. Stopping at the nearest
// holder keeps a program's pagu from being counted again with the pagu of its own kegiatan.
#include <optional>

#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin {

struct SasaranBudget {
  int holders = 0;               // sasaran whose budget this sums (0: no budget written for the year)
  int pagu_written = 0;          // holders whose pagu holds a number
  int realisasi_written = 0;     // holders whose realisasi_pagu holds a number
  double pagu = 0;               // sum of the numbers written
  double realisasi = 0;

  bool complete_pagu() const { return holders > 0 && pagu_written == holders; }
  bool complete_realisasi() const { return holders > 0 && realisasi_written == holders; }
};

SasaranBudget sasaran_budget(const Document& document, const TreeIndex& index, Id sasaran, int year);

}  // namespace pokin
