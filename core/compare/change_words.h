#pragma once
// The names of a comparison's parts: stable words for JSON and scripts (never renamed), and labels a planner
// reads in the matrix and on the command line.
#include <string>
#include <string_view>

#include "core/compare/document_diff.h"
#include "core/text/bilingual.h"

namespace pokin {

std::string_view to_word(ChangeKind kind);     // added, removed, moved, reworded, field_changed, target_changed
std::string_view to_word(DiffNodeType type);   // unit, sasaran, indikator, link
std::string_view to_word(MatchBasis basis);    // same_id, code, text

Bilingual change_kind_label(ChangeKind kind);  // "Ditambahkan" / "Added" ...
Bilingual node_type_label(DiffNodeType type);  // "Unit kerja" / "Unit" ...
// A Change::field as a planner names it ("Satuan" / "Unit of measure"); the key itself for an unknown one.
Bilingual field_label(const std::string& field);

}  // namespace pokin
