#pragma once
// The Editor owns the document being edited and its history. Everything that changes a document goes through
// Editor::run with a Step built by the functions of core/commands/commands.h. Not thread-safe: one thread (the
// UI or a command-line tool) owns an Editor; other threads get copies of the Document.
#include <cstdint>
#include <string>
#include <vector>

#include "core/commands/change.h"

namespace pokin {

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

  Document document_;
  std::vector<Entry> undo_;
  std::vector<Entry> redo_;
  std::uint64_t revision_ = 0;
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
