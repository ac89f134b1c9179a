#pragma once
// Placing the units an importer found into the organisation tree: head -> Sekretariat/Bidang -> Sub Bagian/Seksi
// -> staff. Used after every importer that does not read explicit parents.
#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

// Gives a parent to every unit of `document` that has none, except the head:
//  - without a head unit, one named "Kepala Dinas" is added (and reported);
//  - Sekretariat and Bidang go under the head;
//  - a Sub Bagian goes under the Sekretariat when there is one;
//  - a Seksi / Sub Bidang / Sub Koordinator goes to the Bidang whose name (and sasaran) its own shares most,
//    otherwise to the nearest Bidang above it in document order;
//  - a staff position goes to the nearest Seksi / Sub Bagian (or Bidang) above it in document order;
//  - a unit that cannot be placed goes under the head and is reported.
// Then sets each sasaran's level to its unit's depth below the head.
// With `in_document_order` (decrees list each Kabid before his Kasi), a Seksi whose name shares a word with the
// Bidang just above it stays there; otherwise (listings, where units come in any order) the best match wins.
void infer_unit_hierarchy(Document& document, ImportReport& report, bool in_document_order = false);

// Sets every sasaran's level to the depth of its unit (the head's sasaran are level 0), or keeps the deeper level
// an importer gave it (an indented outline inside one unit).
void set_sasaran_levels(Document& document);

}  // namespace pokin::import
