#pragma once
// Recognising the header row of another SAKIP application's export, which names its columns as a program does
// ("sasaran_lv2", "kode_induk", "satuan_kerja", "is_crosscutting_lv3") rather than as a planner writes a form:
//   - a WIDE sheet holds one column group per level of the tree (sasaran_lv1, indikator_lv1, sasaran_lv2, ...;
//     also written "sasaran_level_2", "lv2_sasaran", "Sasaran Lv 2"); each row is one path from the top down;
//   - a LONG sheet holds one row per indicator (and year) and states the tree with kode and kode_induk (or id and
//     parent_id), with level, OPD, tahun and target columns.
//   - a JOIN of database tables names each entity's columns (tujuan, indikator_tujuan, sasaran, indikator_sasaran,
//     program ...): read as a wide sheet whose levels are the entities, from the top one down;
//   - a database TABLE's own export (phpMyAdmin / HeidiSQL CSV: "id","id_tujuan","sasaran","indikator","target_1")
//     is read as a long sheet: id_X / X_id of its own entity is the row's kode, of the entity above it the kode
//     induk (rows of another table, unless the file holds that table too).
// Relative year columns (target_1 .. target_5, t1 .. t5) carry relative_year: the document's period places them.
// Only a header whose structure says so is taken: at least two levels of sasaran columns (wide), or a statement
// with an own kode and a parent kode column, or with an own kode and a level column beside an indicator or unit
// column (long).
// Anything else is left to the planning-table reader.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

enum class PeerField {
  None,        // not read (counted as left out)
  Unit,        // satuan_kerja, opd, skpd, unit_kerja, perangkat_daerah
  ParentUnit,  // unit_induk, unit_atasan: the unit above the row's unit
  Sasaran,     // sasaran / uraian / pernyataan (wide: of its level)
  Indikator,
  Satuan,
  Target,      // with `year` when the header names one
  Realisasi,
  Year,        // tahun: the year of the row's target and realisasi (long)
  Baseline,
  Formula,
  SumberData,
  Polarity,
  PenanggungJawab,
  Code,        // the row's own kode / id
  ParentCode,  // kode_induk / parent_id
  Level,
  Crosscutting,  // is_crosscutting: a flag the source keeps, with no target sasaran
  UnitCode,      // kode_opd, kode_skpd: the unit's code (its name when no unit name column is there)
  PeriodStart,   // tahun_awal, periode_awal: the first year of the row's period (places target_1 .. target_n)
  PeriodEnd,     // tahun_akhir, periode_akhir
};

struct PeerColumn {
  PeerField field = PeerField::None;
  int level = 0;  // wide: the level the column belongs to (1 = the top), 0 = not per level
  int year = 0;   // Target/Realisasi: the year in the header, 0 = none
  int entity = -1;  // a column named after its table's entity (misi 0, tujuan 1, sasaran 2, program 3, ...), -1 = none
  int relative_year = 0;     // Target/Realisasi "target_3", "t3": the 3rd year of the document's period, 0 = none
  bool nomenclature = false;  // a statement column holding a program / kegiatan / sub kegiatan name itself
  std::string header;
};

enum class PeerShape { Wide, Long };

struct PeerHeader {
  PeerShape shape = PeerShape::Wide;
  std::vector<PeerColumn> columns;  // one per cell of the header row
  int levels = 0;                   // wide: the deepest level with a sasaran column
  int entity = -1;                  // long: the entity the statements are (program 3, kegiatan 4, sub kegiatan 5), -1 = not said
  bool parent_elsewhere = false;    // long: kode induk keys rows of another table (a kegiatan table's program_kode)
  bool nomenclature = false;        // long: the statements are program / kegiatan / sub kegiatan names
  bool by_entity = false;           // wide: the levels are the entities of a join (tujuan, sasaran, program ...)
  bool from_database = false;       // every cell a program's column name ("id_sasaran", "namaSasaran")
};

// The header read from `cells`, when the row is an export's header (see above).
std::optional<PeerHeader> recognise_peer_header(const std::vector<std::string>& cells);

// The name the report gives a column's field ("sasaran lv2", "kode_induk", "diabaikan").
std::string peer_field_name(const PeerColumn& column);

}  // namespace pokin::import
