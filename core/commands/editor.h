#pragma once
// The Editor owns the document being edited and its history. Everything that changes a document goes through
// Editor::run with a Step built by the functions of core/commands/commands.h. Not thread-safe: one thread (the
// UI or a command-line tool) owns an Editor; other threads get copies of the Document.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/commands/change.h"

namespace pokin {

// One list of changes the Editor applied to its document: a step run or redone (forward) or undone (backward).
// `revision` is the editor's revision right after it was applied.
struct AppliedChanges {
  std::uint64_t revision = 0;
  bool forward = true;
  std::shared_ptr<const std::vector<RowChange>> changes;
};

class Editor {
 public:
  explicit Editor(Document document = {});

  const Document& document() const { return document_; }
  // Moves on every change, undo and redo; derived data (layout, checks) is keyed by it.
  std::uint64_t revision() const { return revision_; }

  // Applies `step` and records it. A step with a non-empty `typing_key` equal to the previous step's key is merged
  // into it (a run of typing into one field is one undo step) until seal_typing() is called.
  void run(Step step, const std::string& typing_key = {});
  void seal_typing() { last_typing_key_.clear(); }

  // Steps run between begin_group and end_group become one history entry named `name` (a drag, an import).
  // Groups nest; the outermost name wins. An empty group leaves no entry.
  void begin_group(Bilingual name);
  void end_group();

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  void undo();
  void redo();
  // What was applied since `revision`, oldest first: replaying it (apply_forward when `forward`, else
  // apply_backward) onto a copy of the document as it was at `revision` gives the current document exactly.
  // Empty when `revision` is the current one. std::nullopt when the journal no longer reaches back that far (it
  // keeps the last kJournalEntries applications and at most kJournalChanges changes) or `revision` is not one of
  // this editor's: the reader then copies the whole document.
  std::optional<std::vector<AppliedChanges>> changes_since(std::uint64_t revision) const;
  static constexpr std::size_t kJournalEntries = 256;
  static constexpr std::size_t kJournalChanges = 50000;

  // Names of the steps, most recent first.
  std::vector<Bilingual> undo_names() const;
  std::vector<Bilingual> redo_names() const;

  // Whether the document differs from the state last marked saved (or the state it was opened in).
  bool modified() const { return current_serial() != saved_serial_; }
  void mark_saved() { saved_serial_ = current_serial(); }

 private:
  struct Entry {
    Step step;
    std::uint64_t serial;
  };
  std::uint64_t current_serial() const { return undo_.empty() ? 0 : undo_.back().serial; }
  void record(Step step);
  // Every change to document_ goes through here: applies, moves the revision and journals.
  void apply(const std::vector<RowChange>& changes, bool forward);

  Document document_;
  std::vector<Entry> undo_;
  std::vector<Entry> redo_;
  std::uint64_t revision_ = 0;
  std::deque<AppliedChanges> journal_;
  std::size_t journal_changes_ = 0;
  std::uint64_t journal_start_ = 0;  // the oldest revision changes_since can answer for
  std::uint64_t next_serial_ = 1;
  std::uint64_t saved_serial_ = 0;
  std::string last_typing_key_;
  int group_depth_ = 0;
  Step group_;
};

// Begins a group on construction and ends it on destruction, also when an exception leaves the scope: the steps
// run so far stay applied and recorded as one entry (callers that must be all-or-nothing build one Step).
class EditGroup {
 public:
  EditGroup(Editor& editor, Bilingual name) : editor_(editor) { editor_.begin_group(std::move(name)); }
  ~EditGroup() { editor_.end_group(); }
  EditGroup(const EditGroup&) = delete;
  EditGroup& operator=(const EditGroup&) = delete;

 private:
  Editor& editor_;
};

}  // namespace pokin
