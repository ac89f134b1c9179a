#pragma once
// Berkas > Simpan versi… (name, nomor SK, date of a version recorded inside the file; a refusal shows in the dialog,
// which stays open) and Berkas > Versi… (the versions saved in the file, each of which opens read-only). The shell
// does the saving and opening (Session::save_version, DocumentFiles::open_version) and hands back the outcome.
#include <optional>
#include <string>
#include <vector>

#include "app/ui/intents.h"
#include "core/store/document_versions.h"
#include "core/text/bilingual.h"

namespace pokin::ui {

struct VersionDialogsState {
  bool save_open = false;
  std::string name, nomor_sk, date;  // date: YYYY-MM-DD, today when left empty
  std::optional<Bilingual> save_error;  // why the last "Simpan versi" was refused
  bool list_open = false;
  std::vector<store::VersionInfo> versions;
  std::optional<Bilingual> list_error;  // the list could not be read
};

struct SaveVersionRequest {
  std::string name, nomor_sk, date;
};

// Opens "Simpan versi" with the document's nomor SK filled in and today's date left to the store.
void open_save_version_dialog(VersionDialogsState& state, const std::string& nomor_sk);
// Shows it while `state.save_open`; returns the choices when the planner presses "Simpan versi" (the dialog stays
// open until the shell closes it on success, or shows `save_error`).
std::optional<SaveVersionRequest> save_version_dialog_view(VersionDialogsState& state);

// What the planner chose in the list: a version to open read-only, or to compare the document with (the Compare
// view, the version as the old side).
struct VersionChoice {
  std::string name;
  bool compare = false;
};

// Shows the list while `state.list_open`; returns the version chosen and what to do with it.
std::optional<VersionChoice> versions_dialog_view(VersionDialogsState& state);

// Whether `intent` would change the document (refused while a saved version is shown read-only): everything but
// selecting, folding, opening files and the file actions that do not touch the document.
bool changes_document(const Intent& intent);

}  // namespace pokin::ui
