#include "core/commands/editor.h"

namespace pokin {

Editor::Editor(Document document) : document_(std::move(document)) {}

void Editor::apply(const std::vector<RowChange>& changes, bool forward) {
  if (forward)
    apply_forward(document_, changes);
  else
    apply_backward(document_, changes);
  ++revision_;
  journal_.push_back({revision_, forward, std::make_shared<const std::vector<RowChange>>(changes)});
  journal_changes_ += changes.size();
  while (!journal_.empty() && (journal_.size() > kJournalEntries || journal_changes_ > kJournalChanges)) {
    journal_start_ = journal_.front().revision;
    journal_changes_ -= journal_.front().changes->size();
    journal_.pop_front();
  }
}

std::optional<std::vector<AppliedChanges>> Editor::changes_since(std::uint64_t revision) const {
  if (revision < journal_start_ || revision > revision_) return std::nullopt;
  // Revisions are consecutive in the journal: the first entry after `revision` is at a known position.
  const std::size_t skip = journal_.size() - static_cast<std::size_t>(revision_ - revision);
  return std::vector<AppliedChanges>(journal_.begin() + static_cast<std::ptrdiff_t>(skip), journal_.end());
}

void Editor::run(Step step, const std::string& typing_key) {
  apply(step.changes, true);
  redo_.clear();
  if (group_depth_ > 0) {
    group_.changes.insert(group_.changes.end(), step.changes.begin(), step.changes.end());
    if (group_.created == kNoId) group_.created = step.created;
    return;
  }
  bool merge = !typing_key.empty() && typing_key == last_typing_key_ && !undo_.empty();
  last_typing_key_ = typing_key;
  if (merge) {
    auto& top = undo_.back();
    top.step.changes.insert(top.step.changes.end(), step.changes.begin(), step.changes.end());
    top.serial = next_serial_++;
    return;
  }
  record(std::move(step));
}

void Editor::record(Step step) {
  if (step.changes.empty()) return;
  undo_.push_back({std::move(step), next_serial_++});
}

void Editor::begin_group(Bilingual name) {
  if (group_depth_++ == 0) {
    group_ = Step{std::move(name), {}, kNoId};
    last_typing_key_.clear();
  }
}

void Editor::end_group() {
  if (group_depth_ == 0) return;
  if (--group_depth_ == 0) record(std::move(group_));
}

void Editor::undo() {
  if (undo_.empty()) return;
  last_typing_key_.clear();
  Entry entry = std::move(undo_.back());
  undo_.pop_back();
  apply(entry.step.changes, false);
  redo_.push_back(std::move(entry));
}

void Editor::redo() {
  if (redo_.empty()) return;
  last_typing_key_.clear();
  Entry entry = std::move(redo_.back());
  redo_.pop_back();
  apply(entry.step.changes, true);
  undo_.push_back(std::move(entry));
}

std::vector<Bilingual> Editor::undo_names() const {
  std::vector<Bilingual> names;
  for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) names.push_back(it->step.name);
  return names;
}

std::vector<Bilingual> Editor::redo_names() const {
  std::vector<Bilingual> names;
  for (auto it = redo_.rbegin(); it != redo_.rend(); ++it) names.push_back(it->step.name);
  return names;
}

}  // namespace pokin
