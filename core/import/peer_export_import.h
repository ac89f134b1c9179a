#pragma once
// Building the tree from another SAKIP application's export (the header forms are in peer_export_header.h):
//   - WIDE: each row is one path from level 1 down; a sasaran is the same node wherever the same path (unit and
//     the statements above it) repeats, so the rows of one branch share their upper cells. The row states the
//     parent links (they are the planner's, not guesses). lv1 becomes level 0 (Sasaran Strategis), lv2 level 1 ...
//   - LONG: each row is an indicator of the sasaran named by its kode (one row per year when a tahun column holds
//     the year of its target); kode_induk states the parent. Levels come from the level column (its lowest value
//     is the top), else from the depth under the parents.
// Every sasaran is owned by the unit its row names (satuan_kerja, opd ...), else by one head unit: the export
// names no unit below the OPD, and the report says so. Cells not stored are counted per column (crosscutting
// flags, a target with no year, text under a level without a sasaran) and the lines are named; a kode_induk that
// matches no kode is named too. Linear in the rows.
#include <vector>

#include "core/import/import_report.h"
#include "core/import/table_reading.h"
#include "core/model/document.h"

namespace pokin::import {

// Reads `rows` when one of their first non-empty rows is an export's header: fills `document` and `report` (its
// tables, columns, rows, notes and lines not understood) and returns true. Returns false, touching nothing,
// when no such header is there.
bool import_peer_export(const std::vector<TableRow>& rows, Document& document, ImportReport& report);

}  // namespace pokin::import
