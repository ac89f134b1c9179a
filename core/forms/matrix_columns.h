#pragma once
// The columns of the cascading matrix, defined once for the matrix export (core/export/cascade_table.h, one header
// row of text cells) and the matrix form (matrix_form.h, typed cells under two header rows): which columns, in
// which order, what each is called and what each cell of a sasaran's or an indikator's row holds.
//
// Order: Unit Kerja, Level, Kode, Sasaran, Sasaran Atasan; the planning-table columns (kode and name of the
// program / kegiatan, lokasi, pagu and realisasi pagu per year, pagu akhir: each only when some sasaran of the
// document holds one); Kode Indikator, Indikator, Formula, Satuan, Polaritas, Baseline; Target per year; Kondisi
// Akhir Periode (when some indikator holds one); Realisasi per year; Capaian for each of those years in which some
// indikator has a realisasi; Sumber Data, Penanggung Jawab.
#include <optional>
#include <string>
#include <vector>

#include "core/capaian/capaian.h"
#include "core/model/document.h"

namespace pokin {

enum class MatrixField {
  // A sasaran's own columns: the first ones, merged over its indikator rows.
  Unit, Level, Kode, Sasaran, SasaranAtasan, KodeProgram, Program, Lokasi, Pagu, RealisasiPagu, PaguAkhir,
  // An indikator's columns.
  KodeIndikator, Indikator, Formula, Satuan, Polaritas, Baseline, Target, KondisiAkhir, Realisasi, Capaian,
  SumberData, PenanggungJawab,
};

struct MatrixColumn {
  MatrixField field = MatrixField::Unit;
  int year = 0;            // of Pagu, RealisasiPagu, Target, Realisasi and Capaian columns
  std::string header;      // on one header row: "Target 2021", "Pagu 2021 (Rp)"
  std::string group;       // on two header rows, spanning the year columns of one field: "Target", "Pagu (Rp)";
                           // empty for a column whose header spans both rows
  std::string sub_header;  // under the group: "2021"
  double width = 10;       // in characters

  bool of_sasaran() const { return field <= MatrixField::PaguAkhir; }
};

// The columns for `years` (every year of the period, or the one year a form asks for).
std::vector<MatrixColumn> matrix_columns(const Document& document, const std::vector<int>& years);

// What one cell holds before it is printed: text as written, a planner's Value (target, realisasi, baseline, pagu,
// kondisi akhir: a number or text such as "≥ 80%"), or a capaian.
struct MatrixEntry {
  std::string text;              // the text to print when neither below is set
  std::optional<Value> value;
  std::optional<Capaian> capaian;  // set only when computed; when a realisasi is there but the capaian cannot be
                                   // computed, `text` says why ("Realisasi tidak memuat angka")
};

// The cell of `column` in the row of `indikator` (nullptr: the one row of a sasaran without indikator).
MatrixEntry matrix_entry(const Document& document, const MatrixColumn& column, const Sasaran& sasaran,
                         const Indikator* indikator);

// "Naik (makin tinggi makin baik)"
std::string polarity_description(Polarity polarity);

}  // namespace pokin
