#pragma once
// What one cell of a planning table says it is, read from its text alone: the way a PDF rendered without layout
// (pdftotext, 123dok, scribd, vdokumen, studylib) gives a table, one cell after the other, each on its own line(s).
// Nothing but the shape of the text is used:
//   - column titles in capitals ("SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET RPJMD"),
//     column numbers ("(3)", "1 2 3 4 5 6"), a year alone ("2019": a target column's title);
//   - a row's number alone ("1", "2.", "a."), a nomenclature kode ("X XX 01 2.01", "1.02.01");
//   - values (numbers in either locale, "19,29%", "3.000", "Rp 1.000.000", "61,50 kw/ha", "-", grades "A (4)", "BB");
//   - a satuan written alone ("Persen", "Dokumen", "%", "orang", "Per satuan penduduk");
//   - a statement: a result word ("Meningkatnya", "Terwujudnya", any capitalised "Ter...nya", "Me...nya") or a
//     goal verb ("Meningkatkan", "Mewujudkan");
//   - an indicator: its lead word ("Persentase", "Jumlah", "Indeks", "Angka", "Rasio", "Cakupan" ...);
//   - a level label ("Program ...", "Kegiatan", "1. Sub Kegiatan ..."), an explanation label ("Formulasi
//     perhitungan :", "Sumber Data : ...", "Tipe perhitungan : ..."), a jabatan ("Jabatan : SEKRETARIS ...").
// Everything else is plain text (a name, a wrapped part of a cell, an explanation). Constant time per character.
#include <string>
#include <string_view>
#include <vector>

#include "core/import/cell_label.h"
#include "core/import/text_cleaning.h"
#include "core/import/column_fields.h"
#include "core/import/nomenclature_code.h"

namespace pokin::import {

enum class CellKind {
  Text,
  HeaderWord,
  ColumnNumber,
  Year,
  RowNumber,
  Kode,
  Values,
  Satuan,
  Statement,
  Indicator,
  LevelLabel,
  Explanation,
  Jabatan,
};

struct CellClass {
  CellKind kind = CellKind::Text;
  // LevelLabel: the level it opens; Kode: the level of its depth; Statement: Tujuan for a goal verb ("Meningkatkan")
  PlanningLevel level = PlanningLevel::None;
  Field field = Field::None;  // HeaderWord: the column it names; Explanation: Formula or SumberData
  std::string rest;           // LevelLabel / Explanation / Jabatan: the text after the label ("" when alone)
  int segments = 0;           // Kode: its depth (1 urusan ... 6 sub kegiatan)
};

CellClass classify_cell(std::string_view text);

// A nomenclature kode at the start of `text`, written with dots ("1.02.01 ...") or split by blanks as PDFs and the
// Kepmendagri lists print it ("X XX 01 2.01 04 ...", "1 02 01 2.02"): the kode (segments > 0), and `rest` set to
// the text after it. Row numbers ("1", "2.") and values ("65,7 67,2") are no kode.
NomenclatureCode leading_kode(std::string_view text, std::string& rest);

// Whether a line holds a second cell's opening after its first word: a statement's result word or a goal verb, or
// "Persentase" / "Jumlah", capitalised and not after a joining word ("Meningkatkan Indeks Meningkatkan Nilai
// SAKIP OPD": three columns side by side, not one cell).
bool opens_another_cell(std::string_view line);

// A token that is a number, a percentage, a range or a grade-free value ("19,29%", "3.000", "-", "1.2%", "65,7").
bool is_value_token(std::string_view token);
// A letter grade written as a target ("A", "BB", "AA", "WTP").
bool is_grade(std::string_view word);
// A value that is an amount of money (Rp): eight or more digits, or grouped thousands of at least two groups.
bool looks_like_money(std::string_view token);
// The unit a title line names after its label ("SKPD : BAPPEDA", "Nama OPD : Dinas ...", "Perangkat Daerah :
// Inspektorat"): the text after the label, or "" when the line has none.
std::string unit_after_label(std::string_view line);

// A word that ends a wrapped line in the middle of a cell ("yang", "dan", "serta", "dengan", ...).
bool is_joining_word(std::string_view word);

}  // namespace pokin::import
