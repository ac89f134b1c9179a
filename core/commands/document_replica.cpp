#include "core/commands/document_replica.h"

#include <algorithm>
#include <atomic>

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

std::shared_ptr<const Document> DocumentReplica::snapshot(const Editor& editor) {
  if (editor_ != &editor) {
    copies_.clear();
    editor_ = &editor;
  }
  const std::uint64_t revision = editor.revision();
  for (const Copy& copy : copies_) {
    if (copy.revision == revision) {
      last_served_ = Served::Shared;
      return copy.document;
    }
  }
  // A copy only we reference: no reader can reach it any more, so it may change. The fence pairs with the
  // release a reader's shared_ptr performs when it lets go, so its reads are finished before we write.
  Copy* free = nullptr;
  for (Copy& copy : copies_) {
    if (copy.document.use_count() == 1 && (!free || copy.revision > free->revision)) free = &copy;
  }
  if (free) {
    std::atomic_thread_fence(std::memory_order_acquire);
    if (bring_up_to_date(*free, editor)) {
      last_served_ = Served::Replayed;
      return free->document;
    }
  }
  last_served_ = Served::Copied;
  Copy fresh{std::make_shared<Document>(editor.document()), revision};
  if (free) {
    *free = std::move(fresh);
    return free->document;
  }
  if (copies_.size() >= max_copies_) {
    // Every copy is being read: let go of the oldest (its readers keep it alive) and keep the new one.
    auto oldest = std::min_element(copies_.begin(), copies_.end(),
                                   [](const Copy& a, const Copy& b) { return a.revision < b.revision; });
    copies_.erase(oldest);
  }
  copies_.push_back(std::move(fresh));
  return copies_.back().document;
}

}  // namespace pokin
