#pragma once
// The tree of a comparison drawn once: the new document's tree, with the boxes only the old one had put back
// (ghosted) where they stood, every box decorated by what happened to it: added (marked), removed (ghosted),
// moved (its old parent named), reworded (the old text), targets changed (old -> new per year). Exported like
// any figure (export_document with `document` and `view`), and shown by the app's Compare view.
//
// Units: with Granularity::Unit each unit is a box and carries its own marks (new, removed and ghosted, moved
// from its old parent unit, "Semula: <old name>"). Without unit boxes (Granularity::Sasaran) a unit shows as the
// owner line of each sasaran box it owns, so its change is written there, under that line, on every box it owns
// ("Unit baru: ...", "Unit dihapus: ...", "Unit semula: <old name>", "Jabatan semula: ...", "Unit dipindah dari:
// <old parent unit>"), and those boxes are marked changed unless a stronger mark is theirs already. A unit change
// no box can show (a unit that owns no sasaran in the figure; a unit's holder, NIP, tugas, fungsi or kind in the
// sasaran view) is counted in `legend_notes`, so nothing is silently missing from the figure.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/compare/document_diff.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin {

struct DiffFigure {
  Document document;  // the new document plus the removed nodes (with ids that do not clash)
  LayoutView view;    // decorations carry the marks; the rest as the caller asked
  // For each node of `document`: every change that marks it, for the app's inspector.
  std::unordered_map<Id, std::vector<Change>> changes_of;
  // For each change of the diff, in its order: the node it is about in `document` (a removed node: where it was
  // put back; kNoId when it could not be placed or is a removed crosscutting link) and the box that carries its
  // mark (an indikator's sasaran, a link's helped sasaran; with Granularity::Unit the owner unit; kNoId when no
  // box of the view shows it). The Compare view frames this box when its row is clicked.
  std::vector<Id> change_nodes;
  std::vector<Id> change_boxes;
  // In the figure's language, for the legend (ExportRequest::legend_notes) and the Compare view: how many changes
  // no box shows (change_boxes[i] == kNoId), unit changes counted by kind; empty when every change is drawn.
  std::vector<std::string> legend_notes;
};

DiffFigure diff_figure(const Document& old_document, const Document& new_document, const DocumentDiff& diff,
                       const LayoutView& view, Language language);

}  // namespace pokin
