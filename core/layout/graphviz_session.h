#pragma once
// The right to call Graphviz. Graphviz 2.42 is not thread-safe: cgraph's dictionaries, its error channel and the
// layout plugins are process-wide state. So every function that reaches Graphviz (graphviz_layout.h and the
// handles of graphviz_handles.h) takes a GraphvizSession, and only LayoutService can open one: the constructor is
// private and LayoutService its only friend. Code anywhere else cannot call Graphviz at all; the rule is kept by
// the compiler, not by a comment.
//
// A session holds the process-wide Graphviz lock while it lives, so that two LayoutServices (the app keeps one per
// open document, and the next document's starts before the last one's stops) take turns instead of running
// Graphviz at the same time. It lends the process's one Graphviz context, created by the first session and kept
// for the life of the program: Graphviz 2.42 leaks ~4 KB of plugin configuration with every context, which would
// add up over an editing session's relayouts.
#include <mutex>

struct GVC_s;  // Graphviz's context (GVC_t); its headers stay inside core/layout/graphviz_*

namespace pokin {

class LayoutService;

class GraphvizSession {
 public:
  ~GraphvizSession() = default;
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  // The process's Graphviz context, valid while this session lives; null when Graphviz could not start.
  GVC_s* context() const { return context_; }

 private:
  friend class LayoutService;
  GraphvizSession();  // blocks until no other session is open

  std::unique_lock<std::mutex> lock_;
  GVC_s* context_ = nullptr;
};

}  // namespace pokin
