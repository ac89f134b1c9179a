#pragma once
// What a view asks for. Views never change the document: they return intents; apply_intent() turns the
// document intents into core commands run by the Editor, the shell handles the file and window actions.
#include <string>
#include <variant>
#include <vector>

#include "core/commands/commands.h"
#include "core/model/document.h"

namespace pokin::ui {

struct SelectNode {
  Id id = kNoId;
  bool center = false;  // also bring it to the middle of the canvas
};
struct ToggleCollapse {
  Id id = kNoId;
};
struct EditInfo {
  DocumentInfo info;
  std::string typing_key;
};
struct EditUnit {
  Unit unit;
  std::string typing_key;  // a run of typing into one field is one undo step
};
struct EditSasaran {
  Sasaran sasaran;
  std::string typing_key;
};
struct EditIndikator {
  Indikator indikator;
  std::string typing_key;
};
struct SetYearValue {
  Id indikator = kNoId;
  int year = 0;
  bool realisasi = false;  // false: target
  std::string text;
};
struct SetPaguValue {
  Id sasaran = kNoId;
  int year = 0;
  bool realisasi = false;  // false: pagu
  std::string text;
};
// Give all these sasaran to one unit in one undo step (the outline's "Pindahkan ke unit...").
struct AssignSasaranToUnit {
  std::vector<Id> sasaran;
  Id unit = kNoId;
};
struct AddChildSasaran {
  Id parent = kNoId;  // the sasaran the new one supports
};
struct AddUnitSasaran {
  Id unit = kNoId;  // a new sasaran owned by this unit, linked to a sasaran of the parent unit when there is one
};
struct AddIndikator {
  Id sasaran = kNoId;
};
struct DeleteNode {
  Id id = kNoId;
  commands::ChildPolicy children = commands::ChildPolicy::LiftChildren;  // below a sasaran or a unit
  // A unit's own sasaran (and, with DeleteSubtree, those of its sub-units): refused unless deleted or moved.
  commands::OwnedSasaranPolicy owned = commands::OwnedSasaranPolicy::Refuse;
  Id move_to = kNoId;  // the unit that receives them with OwnedSasaranPolicy::MoveTo
};
struct MoveAmongSiblings {
  Id id = kNoId;
  int delta = 0;
};
struct Reparent {
  Id sasaran = kNoId;
  Id new_parent = kNoId;
};
struct AcceptSuggestion {
  Id sasaran = kNoId;
};
// All suggested links of the sasaran of one unit, accepted or rejected in one step.
struct ReviewUnitSuggestions {
  Id unit = kNoId;
  bool accept = true;
};
struct SetLinkStatus {
  Id link = kNoId;
  LinkStatus status = LinkStatus::Diterima;
};
struct AddLink {
  Id from = kNoId;           // the sasaran that is helped
  Id to = kNoId;             // the sasaran that helps, or kNoId for an outside partner
  std::string partner_name;  // when `to` is kNoId
};
struct DeleteLink {
  Id link = kNoId;
};
struct Undo {};
struct Redo {};
// Undo (negative) or redo (positive) this many steps: a click in the history list.
struct HistoryJump {
  int steps = 0;
};

// Actions of the shell (files, window): the views only name them. The last four answer the shell's questions.
enum class AppAction {
  New, Open, Save, SaveAs, Import, Export, ExportForm, Quit,
  Find, FitAll, ZoomToSelection, EditSelected, DeleteSelected, ToggleMeeting,
  SaveAndQuit, QuitWithoutSaving, OpenRecovery, IgnoreRecovery,
  SaveVersion, Versions,
  Compare, LeaveCompare,  // Berkas > Bandingkan dengan…, and leaving the Compare view
  MergeOpd, UpdateFromOpd,  // Berkas > Gabungkan dokumen OPD…, and Perbarui dari dokumen OPD… (a Pemda document)
};
struct RequestAction {
  AppAction action;
};
struct OpenFile {
  std::string path;
};

using Intent = std::variant<SelectNode, ToggleCollapse, EditInfo, EditUnit, EditSasaran, EditIndikator, SetYearValue,
                            AddChildSasaran, AddUnitSasaran, AddIndikator, DeleteNode, MoveAmongSiblings, Reparent,
                            AcceptSuggestion, ReviewUnitSuggestions, SetLinkStatus, AddLink, DeleteLink, Undo, Redo,
                            HistoryJump, RequestAction, OpenFile, SetPaguValue, AssignSasaranToUnit>;
using Intents = std::vector<Intent>;

}  // namespace pokin::ui
