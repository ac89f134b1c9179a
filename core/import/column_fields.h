#pragma once
// Recognising table columns by their header text, and reading one row through the recognised layout.
// Headers as planners write them: SASARAN / KINERJA / TUJUAN / PROGRAM / KEGIATAN; INDIKATOR; FORMULASI /
// PENJELASAN / RUMUS / PERHITUNGAN; SATUAN; KONDISI AWAL / BASELINE; target per year ("2024", "Target 2024",
// "Tahun 2024", "Tahun-3"); REALISASI 2024; SUMBER DATA; PENANGGUNG JAWAB / UNIT; UNIT INDUK / ATASAN; LEVEL;
// KODE; KODE INDUK; NO; and the columns of other SAKIP apps' sheets: sasaran_lv1 / indikator_lv1 ... (one pair per
// level), satuan_kerja, kode_induk, uraian (the statement), tahun (the row's year in a long sheet).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/indikator.h"

namespace pokin::import {

enum class Field {
  None,
  Number,
  Sasaran,
  Indikator,
  Formula,
  Satuan,
  Baseline,
  Target,
  Realisasi,
  SumberData,
  Unit,
  ParentUnit,
  Level,
  Code,
  ParentCode,
  Polarity,
  // Planning tables (Renstra T-C.27, RPJMD matrices): the statement columns above and beside the sasaran, the
  // budget nomenclature, Rp per year, the end-of-period condition, the location.
  Tujuan,
  Program,      // program name (nomenclature), or a shared "Program/Kegiatan/Sub Kegiatan" column
  Kegiatan,
  SubKegiatan,
  Pagu,           // Rp of a year (yearly, like Target)
  RealisasiPagu,  // Rp spent in a year (yearly)
  KondisiAkhir,      // target at the end of the period
  KondisiAkhirPagu,  // Rp at the end of the period
  Lokasi,
  // A long sheet's year column ("tahun"): the year of the row's Target / Realisasi / Rp columns that name none.
  Year,
  // An RPJMD's Misi column beside its tujuan (pemda_context.h): no statement, the misi the row's tujuan serves.
  Misi,
  // An RPJMD's Visi column (a cascading sheet repeats the visi on every row): no statement, the Pemda's visi.
  Visi,
};

struct ColumnField {
  Field field = Field::None;
  int year = 0;           // Target/Realisasi: the year written in the header
  int relative_year = 0;  // "Tahun-3": the third year of the period
  bool continues_left = false;  // an empty header cell: its cells belong to the column on the left
  // Indikator: the statement column it measures ("Indikator Tujuan" -> Tujuan). Never Sasaran: the sasaran's
  // indicator is the plain indicator column (RowValues::indikator). Code: Indikator for the indicator's own code
  // ("Kode IKU").
  Field describes = Field::None;
  // A wide sheet with one column pair per level ("sasaran_lv2 | indikator_lv2", "Sasaran Level 2"): the level
  // (1 = the top) of a Sasaran or Indikator column; 0 for a table with one sasaran column.
  int tier = 0;
  bool operator==(const ColumnField&) const = default;
};

ColumnField recognise_header(std::string_view header);

// The first year 1900-2099 written alone in `text` ("PERJANJIAN KINERJA TAHUN 2025" -> 2025), or 0.
int year_in_text(std::string_view text);

// A field named on the command line (--map COLUMN=FIELD): sasaran, indikator, formula, satuan, baseline,
// target:2024, target-2024, realisasi:2024, sumber, unit, unit_induk, level, kode, kode_induk, polaritas, no,
// abaikan/ignore. nullopt when the name is unknown.
std::optional<ColumnField> field_from_name(std::string_view name);

// The name field_from_name reads back to `column` ("sasaran", "target:2024", "target:3" for Tahun-3, "pagu:2024",
// "indikator_program", "abaikan" for Field::None).
std::string field_name(const ColumnField& column);

// The spreadsheet letter of a 0-based column: A ... Z, AA ...
std::string column_letter(int column);

// The field of each column of a header row (one entry per cell).
using ColumnLayout = std::vector<ColumnField>;

// The layout of a header row: each cell recognised; empty cells after a recognised one continue it.
ColumnLayout layout_from_header(const std::vector<std::string>& cells);

// The layout for tables with one statement column per row (the SK lampiran per jabatan: "PROGRAM | INDIKATOR
// PROGRAM"): a tujuan, program, kegiatan or sub kegiatan column reads as the sasaran, an indicator column of one
// statement as the row's indicator.
ColumnLayout with_one_statement_column(ColumnLayout layout);

// The fields of the planning forms (Renstra T-C.27, RPJMD): tujuan, program / kegiatan / sub kegiatan names, Rp,
// kondisi akhir, lokasi.
bool is_planning_field(Field field);

// How many columns of `layout` hold a field.
int recognised_columns(const ColumnLayout& layout);
bool has_field(const ColumnLayout& layout, Field field);

// The values of one data row, read through a layout. Cells under an empty header column belong to the field on
// their left (a header cell spanning two columns, as converted PDFs write it).
struct RowValues {
  std::string number;     // "1", "2."
  std::string sasaran;    // raw text
  int sasaran_indent = 0; // leading blanks of the sasaran cell (an indented outline; a tab counts 4)
  std::string indikator;  // raw text
  std::string letter;     // sub-indicator letter ("a") found before the indicator name
  std::string indikator_code;  // a "Kode IKU" / "Kode Indikator" column: the indicator's own code ("C1.1")
  std::string formula;    // raw text (may hold LaTeX / HTML)
  std::string satuan, baseline, sumber_data, unit, parent_unit, level, code, parent_code, polarity;
  std::map<int, std::string> target, realisasi;                    // by year
  std::map<int, std::string> relative_target, relative_realisasi;  // by year of the period (1-based)
  std::string tujuan, program, kegiatan, sub_kegiatan;  // raw text of the statement / nomenclature columns
  std::vector<std::string> code_parts;                  // each Code column's cell, left to right ("5", "01", "2,01")
  std::map<int, std::string> pagu, realisasi_pagu;      // by year
  std::map<int, std::string> relative_pagu, relative_realisasi_pagu;
  std::string kondisi_akhir, kondisi_akhir_pagu, lokasi;
  // Indicators read from columns that name the statement they measure ("Indikator Tujuan"): by that field.
  std::map<Field, std::string> indikator_of;
  // A wide sheet: the sasaran and indicator of each level (ColumnField::tier), left to right.
  std::map<int, std::string> sasaran_tier, indikator_tier;
  std::string year;  // the long sheet's year cell, as written
  std::string misi;  // the Misi column's cell, as written
  std::string visi;  // the Visi column's cell, as written
  bool empty() const;
};

RowValues read_row(const ColumnLayout& layout, const std::vector<std::string>& cells);

// Moves the values of columns that name no year (Target, Realisasi, Rp, Rp spent) to `year`, never over a value
// that year already holds. Returns how many columns' values were moved.
int give_year_to_yearless(RowValues& row, int year);

// The indicator a row describes (name, sub-indicator letter as code, formula with its original, satuan,
// polarity, sumber data, baseline, targets and realisasi of the years written in the header), owned by `sasaran`.
// Targets of "Tahun-N" columns are left to the caller, who knows the period.
Indikator indikator_from_row(const RowValues& row, Id sasaran, std::string penanggung_jawab);

// A continuation row (empty indicator cell): its formula and sumber data extend the indicator above.
void continue_indikator(Indikator& indikator, const RowValues& row);

// "turun", "negatif", "lower is better" -> Turun; "tetap", "range" -> Tetap; anything else Naik.
Polarity polarity_from(const std::string& text);

// Whether `cells` is the column-number row printed under many official headers ("1 2 3 4 5 6").
bool is_column_number_row(const std::vector<std::string>& cells);

}  // namespace pokin::import
