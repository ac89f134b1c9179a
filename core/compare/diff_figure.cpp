#include "core/compare/diff_figure.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/compare/change_text.h"
#include "core/compare/restore_removed.h"
#include "core/compare/unshown_changes.h"
#include "core/view/change_marks.h"

namespace pokin {
namespace {

// The strongest mark wins a box: new, then removed, then moved, then changed.
int strength(ChangeMark mark) { return static_cast<int>(ChangeMark::Unchanged) - static_cast<int>(mark); }

ChangeMark mark_of(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return ChangeMark::Added;
    case ChangeKind::Removed: return ChangeMark::Removed;
    case ChangeKind::Moved: return ChangeMark::Moved;
    default: return ChangeMark::Changed;
  }
}

// What a box will say: its mark, the lines of its label, the notes under its indicators.
struct BoxMarks {
  ChangeMark mark = ChangeMark::Unchanged;
  std::vector<std::string> unit_lines;  // what happened to the owner unit: first, under the box's owner line
  std::vector<std::string> lines;
  std::map<Id, std::string> notes;

  void raise(ChangeMark to) {
    if (strength(to) > strength(mark)) mark = to;
  }
};

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
  return text;
}

// "IK1.2" or the start of its name: which indicator a line in the box's label is about.
std::string indikator_name(const Indikator& indikator) {
  if (!indikator.code.empty()) return indikator.code;
  return indikator.name.size() <= 40 ? indikator.name : indikator.name.substr(0, 40) + "\xE2\x80\xA6";
}

// What happened to one unit, as the boxes of the sasaran it owns say it (the view without unit boxes).
struct UnitNotes {
  std::string added, removed, moved_from, old_name, old_jabatan;
  bool any() const {
    return !added.empty() || !removed.empty() || !moved_from.empty() || !old_name.empty() || !old_jabatan.empty();
  }
  std::vector<std::string> lines(Language language) const {
    const bool en = language == Language::English;
    std::vector<std::string> out;
    if (!added.empty()) out.push_back((en ? "New unit: " : "Unit baru: ") + added);
    if (!removed.empty()) out.push_back((en ? "Removed unit: " : "Unit dihapus: ") + removed);
    if (!moved_from.empty()) out.push_back((en ? "Unit moved from: " : "Unit dipindah dari: ") + moved_from);
    // The name says which unit it was; the old jabatan only when the name stayed (the box shows the jabatan).
    if (!old_name.empty()) out.push_back((en ? "Unit formerly: " : "Unit semula: ") + old_name);
    else if (!old_jabatan.empty()) out.push_back((en ? "Jabatan formerly: " : "Jabatan semula: ") + old_jabatan);
    return out;
  }
};

std::string unit_name(const Unit& unit) { return unit.name.empty() ? unit.jabatan : unit.name; }

class FigureBuilder {
 public:
  FigureBuilder(const Document& old_document, const DocumentDiff& diff, const LayoutView& view, Language language,
                DiffFigure& figure)
      : old_(old_document), diff_(diff), view_(view), language_(language), figure_(figure) {
    for (const NodeMatch& match : diff.matches)
      if (match.old_node != kNoId && match.new_node != kNoId) matched_[match.old_node] = match.new_node;
    restored_ = restore_removed_nodes(old_document, diff, matched_, figure.document);
    for (const Change& change : diff.changes) {
      if (change.type != DiffNodeType::Sasaran) continue;
      if (change.kind == ChangeKind::Added) added_sasaran_.insert(change.new_node);
      if (change.kind == ChangeKind::Removed) removed_sasaran_.insert(now(change.old_node));
    }
  }

  void mark_all() {
    for (const Change& change : diff_.changes) mark(change);
    if (view_.granularity != Granularity::Unit) mark_owned_by_units();
    figure_.legend_notes = unshown_change_notes(diff_, figure_.change_boxes, language_);
  }

  void decorate(LayoutView& view) {
    view.decorations.clear();
    view.fields.language = language_;
    const Document& document = figure_.document;
    const bool by_unit = view.granularity == Granularity::Unit;
    const std::uint32_t unchanged = change_mark_style(ChangeMark::Unchanged).fill;
    if (by_unit)
      for (const auto& [id, unit] : document.units) view.decorations[id].fill = unchanged;
    else
      for (const auto& [id, sasaran] : document.sasaran) view.decorations[id].fill = unchanged;
    for (auto& [box, marks] : boxes_) {
      NodeDecoration& decoration = view.decorations[box];
      ChangeMarkStyle style = change_mark_style(marks.mark);
      decoration.fill = style.fill;
      decoration.ghost = marks.mark == ChangeMark::Removed;
      std::vector<std::string> lines;
      // New and removed boxes say so first; a moved or changed box's lines name what happened themselves.
      if (marks.mark == ChangeMark::Added || marks.mark == ChangeMark::Removed) lines.push_back(style.name.in(language_));
      lines.insert(lines.end(), marks.unit_lines.begin(), marks.unit_lines.end());
      lines.insert(lines.end(), marks.lines.begin(), marks.lines.end());
      decoration.label = joined(lines);
      decoration.indikator_notes = std::move(marks.notes);
    }
  }

 private:
  // The node an old id is in the figure: its match, or itself put back; kNoId when neither.
  Id now(Id old_id) const {
    if (old_id == kNoId) return kNoId;
    if (auto found = matched_.find(old_id); found != matched_.end()) return found->second;
    if (auto found = restored_.find(old_id); found != restored_.end()) return found->second;
    return kNoId;
  }

  Id box_of_sasaran(Id sasaran) const {
    const Sasaran* found = figure_.document.find_sasaran(sasaran);
    if (!found) return kNoId;
    return view_.granularity == Granularity::Unit ? found->unit : sasaran;
  }

  void mark(const Change& change) {
    const Document& document = figure_.document;
    const bool removed = change.kind == ChangeKind::Removed;
    Id node = removed ? now(change.old_node) : change.new_node;
    Id box = kNoId;
    switch (change.type) {
      case DiffNodeType::Sasaran: box = box_of_sasaran(node); break;
      case DiffNodeType::Unit:
        if (view_.granularity == Granularity::Unit && document.find_unit(node)) box = node;
        // Without unit boxes: written on the boxes the unit owns once every change is known (mark_owned_by_units)
        else if (document.find_unit(node)) unit_changes_.push_back(figure_.change_boxes.size());
        break;
      case DiffNodeType::Indikator:
        if (const Indikator* indikator = document.find_indikator(node)) box = box_of_sasaran(indikator->sasaran);
        break;
      case DiffNodeType::Link:
        if (const CrosscuttingLink* link = removed ? old_.find_link(change.old_node) : document.find_link(node))
          box = box_of_sasaran(removed ? now(link->from) : link->from);
        if (removed) node = kNoId;  // a removed link is not put back: its box says so
        break;
    }
    figure_.change_nodes.push_back(node);
    figure_.change_boxes.push_back(box);
    if (node != kNoId || box != kNoId) figure_.changes_of[node != kNoId ? node : box].push_back(change);
    if (box == kNoId) return;

    BoxMarks& marks = boxes_[box];
    const std::string note = change_note(change, language_);
    if (change.type == DiffNodeType::Indikator) {
      const Indikator& indikator = document.indikator.at(node);
      // The indicators of a new box are new with it, those of a removed box removed with it: no note each.
      if (change.kind == ChangeKind::Added && added_sasaran_.count(indikator.sasaran)) return;
      if (removed && removed_sasaran_.count(indikator.sasaran)) return;
      marks.raise(ChangeMark::Changed);
      if (view_.fields.indikator) {
        std::string& text = marks.notes[node];
        text += (text.empty() ? "" : "\n") + note;
      } else {
        marks.lines.push_back("Indikator " + indikator_name(indikator) + ": " + note);
      }
      return;
    }
    if (change.type == DiffNodeType::Sasaran && view_.granularity == Granularity::Unit) {
      const Sasaran& sasaran = document.sasaran.at(node);
      marks.raise(ChangeMark::Changed);
      marks.lines.push_back((sasaran.code.empty() ? std::string("Sasaran") : sasaran.code) + ": " + note);
      return;
    }
    if (change.type == DiffNodeType::Link) {
      marks.raise(ChangeMark::Changed);
      marks.lines.push_back(note);
      return;
    }
    marks.raise(mark_of(change.kind));
    if (change.kind != ChangeKind::Added && !removed) marks.lines.push_back(note);
  }

  // The view without unit boxes: each unit change written under the owner line of every box its unit owns, the
  // boxes marked changed (unless marked stronger); the change's box is the unit's topmost one. A unit that owns
  // no box, and the unit fields no sasaran box shows (holder, NIP, tugas, fungsi, kind), keep kNoId: counted in
  // the legend notes.
  void mark_owned_by_units() {
    const Document& document = figure_.document;
    std::map<Id, std::vector<Id>> owned;
    for (const auto& [id, sasaran] : document.sasaran) owned[sasaran.unit].push_back(id);
    for (auto& [unit, boxes] : owned)
      std::stable_sort(boxes.begin(), boxes.end(), [&](Id a, Id b) {
        return document.sasaran.at(a).level < document.sasaran.at(b).level;
      });
    std::map<Id, UnitNotes> notes;
    for (std::size_t index : unit_changes_) {
      const Change& change = diff_.changes[index];
      const Id unit = figure_.change_nodes[index];
      auto boxes = owned.find(unit);
      if (boxes == owned.end()) continue;
      UnitNotes& note = notes[unit];
      const std::string name = unit_name(document.units.at(unit));
      switch (change.kind) {
        case ChangeKind::Added: note.added = name; break;
        case ChangeKind::Removed: note.removed = name; break;
        case ChangeKind::Moved:
          note.moved_from = change.old_text.empty() ? std::string(language_ == Language::English ? "(no parent)"
                                                                                                 : "(tanpa induk)")
                                                    : change.old_text;
          break;
        case ChangeKind::Reworded: note.old_name = change.old_text; break;
        default:
          if (change.field != "jabatan") continue;  // not on a sasaran box: counted in the legend
          note.old_jabatan = change.old_text;
      }
      figure_.change_boxes[index] = boxes->second.front();
      for (Id box : boxes->second) figure_.changes_of[box].push_back(change);  // the inspector of each box
    }
    for (const auto& [unit, note] : notes) {
      if (!note.any()) continue;
      const std::vector<std::string> lines = note.lines(language_);
      for (Id box : owned.at(unit)) {
        BoxMarks& marks = boxes_[box];
        marks.raise(ChangeMark::Changed);
        marks.unit_lines.insert(marks.unit_lines.end(), lines.begin(), lines.end());
      }
    }
  }

  const Document& old_;
  const DocumentDiff& diff_;
  const LayoutView& view_;
  Language language_;
  DiffFigure& figure_;
  std::unordered_map<Id, Id> matched_;
  std::unordered_map<Id, Id> restored_;
  std::set<Id> added_sasaran_;    // in the figure
  std::set<Id> removed_sasaran_;  // put back, in the figure
  std::map<Id, BoxMarks> boxes_;
  std::vector<std::size_t> unit_changes_;  // without unit boxes: the unit changes, by index into diff_.changes
};

}  // namespace

DiffFigure diff_figure(const Document& old_document, const Document& new_document, const DocumentDiff& diff,
                       const LayoutView& view, Language language) {
  DiffFigure figure;
  figure.document = new_document;
  figure.view = view;
  FigureBuilder builder(old_document, diff, view, language, figure);
  builder.mark_all();
  builder.decorate(figure.view);
  return figure;
}

}  // namespace pokin
