#pragma once
// Berkas > Gabungkan dokumen OPD… (a new Pemda document: the Pemda's name, the RPJMD, the OPD files, where to save)
// and Berkas > Perbarui dari dokumen OPD… (the OPD's new files merged into the open Pemda document; the RPJMD may
// be replaced too). The OPD files are picked with the app's file chooser, several at once in the in-app browser
// (Ctrl/Shift+click, or every .pokin of a folder), and listed (scrolling past a dozen) with a remove button each;
// a file not added (already listed, not a Pokin document, unreadable) is listed with why. The shell runs the merge
// (opd_merge.h) on the background job.
#include <optional>
#include <string>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin::ui {

struct MergeDialogState {
  bool open = false;
  bool update = false;            // Perbarui: into the open Pemda document (no name, no file to save)
  std::string pemda;              // "Kabupaten Balangan"
  std::string rpjmd;              // UTF-8 path; empty: none
  std::vector<std::string> opd;   // UTF-8 paths, in the order chosen
  std::string output;             // UTF-8 path of the new Pemda document
  std::string document_name;      // updating: the open document's file name, shown in the dialog
  std::string document_path;      // updating: the open document's file (never one of its OPD files)
  // What the last addition of OPD files said, shown under the list until the next one: how many it added, and each
  // file it did not add with why.
  std::optional<std::size_t> added;
  std::vector<Bilingual> not_added;
  std::optional<Bilingual> refusal;  // why the last press of Gabungkan / Perbarui was refused
};

enum class MergeDialogAnswer { None, AddOpd, ChooseRpjmd, ChooseOutput, Start };

// Opens the dialog for a new Pemda document (`update` false) or for updating the open one. The files chosen the
// last time stay listed when the same dialog opens again (a merge that failed need not be picked anew).
void open_merge_dialog(MergeDialogState& state, bool update);
// Adds OPD files, in their order. Not added, each with its reason in `state.not_added`: a file already listed,
// the RPJMD or (updating) the Pemda document itself, and what pemda::merge_source_problem finds (a missing or
// unreadable file, a .pokin that is no Pokin document).
void add_merge_opd(MergeDialogState& state, const std::vector<std::string>& paths);
// Why the merge cannot start yet, or nothing: no OPD file (updating: neither an OPD file nor an RPJMD), no
// Pemda name, no file to save to, or that file exists already (a merge never overwrites a document).
std::optional<Bilingual> merge_dialog_refusal(const MergeDialogState& state);

// Shows the dialog while `state.open`. Returns Start only when merge_dialog_refusal has nothing to say (otherwise
// the reason shows in the dialog, which stays open); the file buttons ask the shell for the chooser.
MergeDialogAnswer merge_dialog_view(MergeDialogState& state);

}  // namespace pokin::ui
