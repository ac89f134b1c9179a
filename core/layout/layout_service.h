#pragma once
// Layout runs on one thread per LayoutService, the only place Graphviz can be reached from: the GraphvizSession
// that every Graphviz call requires can only be opened by a LayoutService (graphviz_session.h), and sessions of
// different services take turns. So the canvas, the app's export, the command line, the benches and the tests all
// ask a LayoutService for geometry, whichever engine the view names.
//
// Two ways to ask, from any thread:
//  - submit() / take_latest(): the canvas. A newer request replaces one that has not started; results come back
//    tagged with the generation of their request so a caller drops stale ones; an error becomes Geometry::error.
//  - layout_now(): exports, the command line, benches and tests. Runs on the service thread (before any queued
//    submit()) and waits for the result; a failure is thrown to the caller as a UserError.
// Deterministic: the same document and view give the same geometry. compute_layout() below is the one-off form.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

class LayoutService {
 public:
  LayoutService();
  ~LayoutService();  // finishes the running layout and every layout_now() already waiting, then joins the thread
  LayoutService(const LayoutService&) = delete;
  LayoutService& operator=(const LayoutService&) = delete;

  // Queues a layout; a newer request replaces one that has not started. Returns its generation number.
  std::uint64_t submit(std::shared_ptr<const Document> document, LayoutView view);
  // The newest finished geometry not yet taken, if any.
  std::optional<Geometry> take_latest();
  bool busy() const;

  // Lays `view` of `document` out on the service thread and blocks until it is done. Throws UserError when the
  // view names nothing (an unknown branch), Graphviz reports an error, or the layout fails in any other way (out
  // of memory: "Tata letak gagal / Layout failed"). Must not be called from the service thread itself (nothing
  // Pokin runs there does).
  Geometry layout_now(const Document& document, const LayoutView& view);

 private:
  struct WaitingRequest;

  void run();
  // On the service thread only: the engine the view names; for Graphviz, inside a GraphvizSession.
  static Geometry lay_out(const Document& document, const LayoutView& view);

  mutable std::mutex mutex_;
  std::condition_variable wake_;      // the service thread: work or stop
  std::condition_variable answered_;  // layout_now() callers: a request is done
  std::shared_ptr<const Document> pending_document_;
  LayoutView pending_view_;
  std::uint64_t pending_generation_ = 0;
  bool has_pending_ = false;
  std::deque<WaitingRequest*> waiting_;  // layout_now() callers, each blocked on its own request
  bool working_ = false;
  bool stopping_ = false;
  std::uint64_t next_generation_ = 1;
  std::optional<Geometry> finished_;
  std::thread thread_;
};

// Lays `view` of `document` out through a LayoutService of its own (started and stopped for this call), for
// one-off callers (tests, a command that lays out once). A program that lays out repeatedly keeps a LayoutService.
// Throws as layout_now() does.
Geometry compute_layout(const Document& document, const LayoutView& view);

}  // namespace pokin
