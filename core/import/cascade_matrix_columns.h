#pragma once
// A cascading matrix ("Matriks Cascading", "Cascading Kinerja", a Pohon Kinerja table in a Renstra annex): the tree
// written as a table, one group of columns per level, left to right:
//   Sasaran Strategis | IKU | Penanggung Jawab | Sasaran Program | IKP | Penanggung Jawab | Sasaran Kegiatan | IKK ...
// A group starts at its statement column; the indicator, jabatan/unit, satuan, target and other columns up to the
// next statement column belong to that level. A jabatan column standing directly before each statement column
// ("Jabatan | Sasaran | Indikator | Jabatan | Sasaran Program ...") leads its group instead, so does a Kode column
// right before a statement column ("Kode | Sasaran Strategis | ...": the sasaran's code).
//
// The groups become the levels of a wide cascade sheet (ColumnField::tier, read by tiered_cascade_rows.cpp). The
// level of a group comes from the words of its statement header when every group names one and they go down in
// order ("strategis" / "tujuan" 1, "program" 2, "kegiatan" 3, "sub kegiatan" / "individu" / "rencana aksi" 4: a
// Bidang's matrix starting at "Sasaran Program" starts at level 2); otherwise from the order of the groups (1, 2 ...).
//
// A Tujuan column left of the sasaran columns (Tujuan | Indikator Tujuan | Sasaran Strategis | IKU | ...) is the first
// group: its node is a Tujuan (level 0) and the sasaran strategis sit under it, also at level 0.
//
// A table is read this way only when it holds two or more sasaran columns and no planning columns (Program,
// Kegiatan names, Rp, kondisi akhir, lokasi: those are Renstra/RPJMD forms, read by table_tree_builder.cpp), and
// none of its columns has a level already (a peer app's sasaran_lv1 ...), and its statement headers are written in
// words, not as a program names its columns ("id_sasaran", "nama_sasaran": another app's table, not a matrix).
#include <string>
#include <vector>

#include "core/import/column_fields.h"

namespace pokin::import {

// Gives the columns of a cascading matrix their level (tier). `headers` are the composed header texts, one per
// column (may be shorter than `layout`). A "Target" without a year written once per level is one year for all the
// levels: its Tahun-N numbering (header_block.h) is undone, the year comes from the title above. Returns the number of levels found; 0 (layout unchanged) when the table
// is not a cascading matrix.
int assign_cascade_tiers(ColumnLayout& layout, const std::vector<std::string>& headers);

// A matrix of IKU (Sasaran Strategis | Kode | Indikator Kinerja Utama | Target ... | Unit in Charge): a Kode column
// standing between the statement column and the indicator column right after it numbers the indicators ("1.1",
// "1.2" under one merged sasaran), not the sasaran. Sets such columns to describe the indicator; returns how many.
int give_codes_to_indicators(ColumnLayout& layout);

// Whether the group of level `tier` is a matrix's Tujuan column.
bool is_tujuan_tier(const ColumnLayout& layout, int tier);

// The level a statement header names: "Sasaran Strategis" 1, "Sasaran Program" 2, "Sasaran Kegiatan" 3,
// "Sasaran Sub Kegiatan" / "Sasaran Individu" / "Rencana Aksi" 4; 0 when it names none ("Sasaran", "Kinerja").
int cascade_level_named(const std::string& header);

// The level a Level / Eselon / Jenjang cell names in a long cascade table (one row per node, the tree in row order):
// the words of cascade_level_named ("Sasaran Program", "Eselon III", "Kepala Seksi") or an eselon written alone in
// roman numerals ("II" 1, "III" 2, "IV" 3, "V" 4); 0 for anything else (plain numbers are other apps' codes).
int cascade_level_of_cell(const std::string& cell);

}  // namespace pokin::import
