#pragma once
// Every mutation of a document, as a function that checks the document's invariants against the current state
// and returns the Step that performs it. They never change anything themselves: Editor::run applies the step.
// On an impossible edit they throw UserError (Indonesian and English) and nothing has changed.
//
// Invariants kept here: no cycle among units or among sasaran; every sasaran has an existing owner unit and an
// existing or empty parent; every indikator has its sasaran; target and realisasi years lie inside the period;
// the period is 1 to 10 years; a unit that owns sasaran is deleted only with an explicit policy for them.
#include <string>

#include "core/commands/change.h"

namespace pokin::commands {

// Document metadata (instansi, period, SK, penandatangan, level names, text scales).
Step set_info(const Document& document, DocumentInfo info);

// Units. `unit.id` is ignored by add_unit (a new id is given, returned in Step::created).
Step add_unit(const Document& document, Unit unit);
Step edit_unit(const Document& document, Unit unit);
Step move_unit(const Document& document, Id unit, Id new_parent);

enum class ChildPolicy {
  DeleteSubtree,  // delete everything below too
  LiftChildren,   // children move up to the deleted node's parent
};
enum class OwnedSasaranPolicy {
  Refuse,  // refuse when the deleted unit(s) own sasaran
  Delete,  // delete them (their supporting sasaran are lifted to the grandparent)
  MoveTo,  // give them to `move_to`
};
struct UnitDeletion {
  ChildPolicy children = ChildPolicy::LiftChildren;
  OwnedSasaranPolicy sasaran = OwnedSasaranPolicy::Refuse;
  Id move_to = kNoId;
};
Step delete_unit(const Document& document, Id unit, UnitDeletion policy);

// Sasaran.
Step add_sasaran(const Document& document, Sasaran sasaran);
Step edit_sasaran(const Document& document, Sasaran sasaran);
// Links `sasaran` to `new_parent` (kNoId unlinks) as set by a person.
Step reparent_sasaran(const Document& document, Id sasaran, Id new_parent);
// The planner keeps a suggested link: it becomes a person's link.
Step accept_suggested_link(const Document& document, Id sasaran);
Step delete_sasaran(const Document& document, Id sasaran, ChildPolicy children);

// Indikator (with their targets and realisasi).
Step add_indikator(const Document& document, Indikator indikator);
Step edit_indikator(const Document& document, Indikator indikator);
Step delete_indikator(const Document& document, Id indikator);
// Empty text clears the year. The number is read from the text (Indonesian format).
Step set_target(const Document& document, Id indikator, int year, std::string text);
Step set_realisasi(const Document& document, Id indikator, int year, std::string text);

// Moves a unit, sasaran or indikator `delta` places among its siblings (-1 up, +1 down). Refused at the ends.
Step move_among_siblings(const Document& document, Id node, int delta);

// Crosscutting links.
Step add_link(const Document& document, CrosscuttingLink link);
Step edit_link(const Document& document, CrosscuttingLink link);
Step delete_link(const Document& document, Id link);

// Adds every entity of `incoming` to `document` under fresh ids, touching nothing that is there (import).
// `incoming` units without a parent stay roots unless `attach_roots_to` names a unit of `document`.
// Metadata fields of `document` that are empty are filled from `incoming`; the period is taken when none is set.
Step merge_document(const Document& document, const Document& incoming, Bilingual name, Id attach_roots_to = kNoId);

}  // namespace pokin::commands
