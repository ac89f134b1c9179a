#pragma once
// Cutting text rendered one table cell per line (a PDF without its layout) into the cells it was made of.
// A line starts a new cell unless it continues the one above: it starts in lower case or with "(" ("(orang)",
// "kehadiran PNS"), the line above ends on a word that needs more ("yang", "dan", "serta", ",", "/", "RKA-"), or
// the cell above is a name written in capitals or Title Case (a program name after its kode: "PROGRAM PENUNJANG
// URUSAN" / "PEMERINTAHAN DAERAH ..."). A line is split where a row's number, a kode or values are glued to a
// cell ("1 Persentase ...", "1.Sub Kegiatan", "X XX 01 2.01 04 Koordinasi ...", "3.000 Formulasi perhitungan :",
// "Program ... Daerah 88.6"). Each cell is classified (cell_kind.h). Linear in the input.
#include <string>
#include <string_view>
#include <vector>

#include "core/import/cell_kind.h"

namespace pokin::import {

struct StreamCell {
  int line = 0;       // 1-based line where the cell starts
  std::string text;   // the cell, its wrapped lines joined by a space (a hyphen at a line's end joins without one)
  CellClass kind;     // classified from its first line
  bool side_by_side = false;
  int lines = 1;      // lines joined into it
  bool values_after = false;  // values followed it on its first line ("... Indeks arsip 70 75")
  int open_parentheses = 0;   // "(" not yet closed in its text (kept as lines join: no rescan)  // its first line opens another cell too (opens_another_cell): columns merged
};

std::vector<StreamCell> cells_from_lines(const std::vector<std::string_view>& lines);

}  // namespace pokin::import
