#pragma once
// Reading the budget kode of a planning row (Kepmendagri 050-5889/2021 and its amendments): urusan X, bidang
// X.XX, program X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan X.XX.XX.X.XX.XXXX. Tables write it in one cell
// ("1.02.01.2.02") or split over 4-6 cells ("5 | 01 | 01 | 2,01", "1 02 01 2.02", where "2,01" is a PDF's 2.01
// and "202" a PDF's 2.02); placeholders of a generic table ("X XX 01 2.10") count as segments.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/sasaran.h"

namespace pokin::import {

struct NomenclatureCode {
  std::string kode;              // segments joined with '.', "" when the cells hold no kode
  int segments = 0;              // 1 urusan, 2 bidang, 3 program, 5 kegiatan, 6 sub kegiatan
  NomenclatureKind kind = NomenclatureKind::None;  // from the depth; None for urusan, bidang and odd depths
};

// The kode written in `parts` (each Code column's cell, left to right). Cells that are not kode-like (letters
// other than the X placeholder, long words) make the result empty: such a column holds a sasaran's own code.
NomenclatureCode read_nomenclature_code(const std::vector<std::string>& parts);

// Outline numbering ("1.1", "1.1.1", "2.3."): dotted numbers whose second segment has one digit, where a kode has
// a two-digit bidang ("1.02.01"). A cascading matrix numbers its nodes this way: the number is the node's code.
bool is_outline_number(std::string_view text);

// A kode at the start of a name cell ("1.02.01 Program Penunjang ..."): the kode, and `rest` set to the name.
// Needs at least two segments so that a numbering "1." is not taken for a kode.
NomenclatureCode leading_nomenclature_code(std::string_view text, std::string& rest);

// Whether `child` lies under `parent` by its kode ("1.02.01" holds "1.02.01.2.02").
bool kode_within(std::string_view parent, std::string_view child);

}  // namespace pokin::import
