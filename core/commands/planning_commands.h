#pragma once
// Edits of the planning-table fields of a sasaran and an indikator (Renstra T-C.27, RPJMD matrices), and the
// assignment of many sasaran to one unit in one step. Like core/commands/commands.h: each function checks the
// document and returns the Step that performs the edit, or throws UserError (Indonesian and English) and nothing
// has changed.
#include <string>
#include <vector>

#include "core/commands/change.h"

namespace pokin::commands {

// A Tujuan takes level 0, the level of the Sasaran Strategis it sits above; a Sasaran keeps its level.
Step set_statement_kind(const Document& document, Id sasaran, StatementKind kind);
// The program / kegiatan / sub kegiatan a sasaran is carried out through; an empty Nomenclature clears it.
Step set_nomenclature(const Document& document, Id sasaran, Nomenclature nomenclature);
// Empty text clears the year. The number is read from the text ("Rp 11.566.246.594"). The year lies in the period.
Step set_pagu(const Document& document, Id sasaran, int year, std::string text);
Step set_realisasi_pagu(const Document& document, Id sasaran, int year, std::string text);
Step set_pagu_akhir(const Document& document, Id sasaran, std::string text);
Step set_lokasi(const Document& document, Id sasaran, std::string lokasi);
// The target at the end of the Renstra period; the number is read from the text.
Step set_kondisi_akhir(const Document& document, Id indikator, std::string text);

// Gives every sasaran of `sasaran` to `unit` (after that unit's own sasaran, in the given order): program and
// kegiatan rows an import left with the OPD head until the planner says which bidang or seksi holds them.
// Links, levels and indikator stay as they are. Refused when the list is empty or names no sasaran to move.
Step assign_sasaran_to_unit(const Document& document, const std::vector<Id>& sasaran, Id unit);

}  // namespace pokin::commands
