#include "core/commands/document_replica.h"

#include <algorithm>

namespace pokin {

DocumentReplica::DocumentReplica(std::size_t copies) : max_copies_(std::max<std::size_t>(copies, 1)) {}

bool DocumentReplica::bring_up_to_date(Copy& copy, const Editor& editor) const {
  auto journal = editor.changes_since(copy.revision);
  if (!journal) return false;
  for (const AppliedChanges& applied : *journal) {
    if (applied.forward)
      apply_forward(*copy.document, *applied.changes);
    else
      apply_backward(*copy.document, *applied.changes);
  }
  copy.document->last_id = editor.document().last_id;
  copy.revision = editor.revision();
  return true;
}

std::shared_ptr<const Document> DocumentReplica::lend(const Copy& copy) {
  copy.readers->fetch_add(1, std::memory_order_relaxed);
  // The reader's pointer keeps the document alive on its own (the replica may drop the copy meanwhile) and
  // counts itself out when the last copy of it is released.
  return std::shared_ptr<const Document>(copy.document.get(),
                                         [document = copy.document, readers = copy.readers](const Document*) {
                                           readers->fetch_sub(1, std::memory_order_release);
                                         });
}

std::shared_ptr<const Document> DocumentReplica::snapshot(const Editor& editor) {
  if (editor_ != &editor) {
    copies_.clear();
    editor_ = &editor;
  }
  const std::uint64_t revision = editor.revision();
  for (const Copy& copy : copies_) {
    if (copy.revision == revision) {
      last_served_ = Served::Shared;
      return lend(copy);
    }
  }
  // A copy no reader holds any more may change: the acquire load pairs with each reader's release when it let
  // go, so its reads are finished before we write (an explicit pairing, which ThreadSanitizer also sees).
  Copy* free = nullptr;
  for (Copy& copy : copies_) {
    if (copy.readers->load(std::memory_order_acquire) == 0 && (!free || copy.revision > free->revision))
      free = &copy;
  }
  if (free) {
    if (bring_up_to_date(*free, editor)) {
      last_served_ = Served::Replayed;
      return lend(*free);
    }
  }
  last_served_ = Served::Copied;
  Copy fresh{std::make_shared<Document>(editor.document()), revision};
  if (free) {
    *free = std::move(fresh);
    return lend(*free);
  }
  if (copies_.size() >= max_copies_) {
    // Every copy is being read: let go of the oldest (its readers keep it alive) and keep the new one.
    auto oldest = std::min_element(copies_.begin(), copies_.end(),
                                   [](const Copy& a, const Copy& b) { return a.revision < b.revision; });
    copies_.erase(oldest);
  }
  copies_.push_back(std::move(fresh));
  return lend(copies_.back());
}

}  // namespace pokin
