#pragma once
// The report after Berkas > Gabungkan dokumen OPD… or Perbarui dari dokumen OPD… (core/pemda/merge_report.h): a
// summary line, the parts as a table (added, replaced, unchanged, with their counts), then one section each for
// the decisions of Bappeda kept and those lost (open, in amber), the RPJMD rows not taken, the suggested links to
// sasaran RPJMD, crosscutting between OPD, and the notes. Copy puts the plain-text report (as `pokin merge`
// prints it) on the clipboard. Shown while `shown` holds a report; closing clears it.
#include <optional>
#include <string>

#include "app/ui/view_state.h"
#include "core/pemda/merge_report.h"

namespace pokin::ui {

struct MergeReportShown {
  pemda::MergeReport report;
  std::string document;  // the Pemda document's file name
  std::string version;   // updating: the version recorded before the file changed; empty for a new document
};

void merge_report_view(std::optional<MergeReportShown>& shown, ViewState& view);

}  // namespace pokin::ui
