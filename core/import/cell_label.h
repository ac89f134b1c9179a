#pragma once
// What the leading words of a planning-table cell say it is: "Tujuan 1 :", "Sasaran Strategis :", "Program ...",
// "Kegiatan : ...", "Sub Kegiatan ...", "Indikator Program (Outcome) :", "Indikator Kegiatan (Output):",
// "Indikator Program 1 : ...", and the rows that only give context ("Misi 1 : ...", "Urusan ...").
#include <string>
#include <string_view>

namespace pokin::import {

// The statement levels of a planning table, top down (Renstra T-C.27, RPJMD matrices).
enum class PlanningLevel {
  None,
  Tujuan,
  Sasaran,
  Program,
  Kegiatan,
  SubKegiatan,
};

enum class LabelRole {
  None,       // no label: the text is what its column says
  Statement,  // a statement of `level` ("Program Penunjang ...")
  Indicator,  // an indicator of the statement of `level`
  Context,    // Visi, Misi, Urusan, Bidang Urusan: above the tree, not a node
};

struct LabelledText {
  LabelRole role = LabelRole::None;
  PlanningLevel level = PlanningLevel::None;
  std::string rest;        // the text after the label (and its colon, number, "(Outcome)"); the name to keep
  bool is_name = false;    // Program/Kegiatan/Sub Kegiatan naming the nomenclature (not "Sasaran Program :")
};

// Reads the label at the start of `text` (leading numbering "1.", "a)", "1.1.1." skipped). role None when there
// is none; rest is then the trimmed text. "Program Penunjang Urusan ..." keeps its first word in rest (it is part
// of the Kepmendagri name); "Kegiatan : X" and "Sub Kegiatan X" keep only X.
LabelledText read_statement_label(std::string_view text);

const char* planning_level_name(PlanningLevel level);  // "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"

// The numbering of an indicator within its sasaran, as a Perjanjian Kinerja or an IKI writes it in the indicator
// cell ("1. Persentase ...", "2) Jumlah ...", "a. Indeks ...", "1.2 Nilai ..."), taken off; one or two digits per
// part and a closing "." or ")", so a number that is the indicator's own ("2.500 UMKM ...", "100 desa ...") stays.
std::string without_indicator_numbering(const std::string& text);

}  // namespace pokin::import
