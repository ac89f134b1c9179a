#pragma once
// Layout runs on one thread that owns every Graphviz call (Graphviz is not thread-safe). Callers submit a
// document snapshot and a view; results come back tagged with the generation of their request so a caller drops
// stale ones. Any thread may call submit() and take_latest(); compute_layout() may only be called where no
// LayoutService is running (tests, command-line exports).
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

// Synchronous layout. Deterministic: the same document and view give the same geometry.
Geometry compute_layout(const Document& document, const LayoutView& view);

class LayoutService {
 public:
  LayoutService();
  ~LayoutService();  // finishes the running layout, then joins the thread
  LayoutService(const LayoutService&) = delete;
  LayoutService& operator=(const LayoutService&) = delete;

  // Queues a layout; a newer request replaces one that has not started. Returns its generation number.
  std::uint64_t submit(std::shared_ptr<const Document> document, LayoutView view);
  // The newest finished geometry not yet taken, if any.
  std::optional<Geometry> take_latest();
  bool busy() const;

 private:
  void run();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::shared_ptr<const Document> pending_document_;
  LayoutView pending_view_;
  std::uint64_t pending_generation_ = 0;
  bool has_pending_ = false;
  bool working_ = false;
  bool stopping_ = false;
  std::uint64_t next_generation_ = 1;
  std::optional<Geometry> finished_;
  std::thread thread_;
};

}  // namespace pokin
