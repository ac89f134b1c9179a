#pragma once
// Read-only copies of an Editor's document for other threads (layout, checks, autosave) at a cost proportional
// to what changed, not to the document. The replica keeps a few Document copies. A copy no reader references any
// more is brought up to the editor's revision by replaying the editor's journal onto it (apply_forward and
// apply_backward are exact); a copy a reader still holds is never touched, so a snapshot never changes under its
// reader. Only when every copy is held, or the journal no longer reaches back to a free copy's revision, is the
// whole document copied.
//
// Owned by the thread that owns the Editor; readers on other threads only hold and read the shared_ptrs.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/commands/editor.h"

namespace pokin {

class DocumentReplica {
 public:
  explicit DocumentReplica(std::size_t copies = 3);

  // The editor's document at editor.revision(). Taken twice at the same revision, the same copy.
  std::shared_ptr<const Document> snapshot(const Editor& editor);

  // How the last snapshot() was served (tests, benches).
  enum class Served { Shared, Replayed, Copied };
  Served last_served() const { return last_served_; }

 private:
  struct Copy {
    std::shared_ptr<Document> document;
    std::uint64_t revision = 0;
    // Snapshots of this copy still held by readers. A reader lets go with a release decrement, and a copy is
    // changed only after an acquire load reads 0, so every read of a reader happens before the next replay.
    std::shared_ptr<std::atomic<long>> readers = std::make_shared<std::atomic<long>>(0);
  };
  bool bring_up_to_date(Copy& copy, const Editor& editor) const;
  // A snapshot of `copy` for a reader: the document, counted in copy.readers until the reader lets go.
  static std::shared_ptr<const Document> lend(const Copy& copy);

  std::size_t max_copies_;
  std::vector<Copy> copies_;
  const Editor* editor_ = nullptr;  // revisions are an editor's own: another editor invalidates the copies
  Served last_served_ = Served::Copied;
};

}  // namespace pokin
