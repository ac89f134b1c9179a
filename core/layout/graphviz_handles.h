#pragma once
// Move-only owners of Graphviz handles (in the manner of Graphviz's own gvc++/cgraph++, which Debian 12's
// Graphviz 2.42 does not ship), so that every exit path frees the layout, then the graph.
// Graphviz's C API takes `char*` where it only reads; the const_casts live here and nowhere else.
// Graphviz is not thread-safe: the handles that start Graphviz work (a graph, a layout, the error channel) take the
// GraphvizSession that only the LayoutService thread can hold (graphviz_session.h).
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>
#include <utility>

#include "core/layout/graphviz_session.h"

namespace pokin::graphviz {

inline char* chars(const char* text) { return const_cast<char*>(text); }

template <typename Handle, void (*Free)(Handle*)>
class Owner {
 public:
  Owner() = default;
  explicit Owner(Handle* handle) : handle_(handle) {}
  ~Owner() { reset(); }
  Owner(Owner&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
  Owner& operator=(Owner&& other) noexcept {
    if (this != &other) {
      reset();
      handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
  }
  Owner(const Owner&) = delete;
  Owner& operator=(const Owner&) = delete;
  Handle* get() const { return handle_; }
  explicit operator bool() const { return handle_ != nullptr; }
  void reset() {
    if (handle_) Free(std::exchange(handle_, nullptr));
  }

 private:
  Handle* handle_ = nullptr;
};

inline void close_graph(Agraph_t* graph) { agclose(graph); }

using Graph = Owner<Agraph_t, close_graph>;

inline Graph open_directed_graph(GraphvizSession&, const char* name) {
  return Graph(agopen(chars(name), Agdirected, nullptr));
}

// A laid-out graph: gvFreeLayout runs before the graph it refers to is freed (declare it after the graph).
class Layout {
 public:
  // Returns gvLayout's result in `status` (0 = success); the layout is freed on destruction either way.
  Layout(GraphvizSession& session, Agraph_t* graph, const char* engine, int& status)
      : context_(session.context()), graph_(graph) {
    status = gvLayout(context_, graph_, chars(engine));
  }
  ~Layout() { gvFreeLayout(context_, graph_); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

// Declares an attribute with its default for every object of `kind` (AGRAPH, AGNODE, AGEDGE).
inline Agsym_t* declare(Agraph_t* graph, int kind, const char* name, const char* fallback) {
  return agattr(graph, kind, chars(name), chars(fallback));
}
inline void set(void* object, Agsym_t* attribute, const std::string& value) {
  agxset(object, attribute, chars(value.c_str()));
}

// Collects Graphviz's messages (instead of printing them on stderr) while it lives, and tells whether Graphviz
// reported an error (warnings do not count).
class ErrorCapture {
 public:
  explicit ErrorCapture(GraphvizSession&) {
    agreseterrors();
    messages_target() = &messages_;
    previous_ = agseterrf(&collect);
  }
  ~ErrorCapture() {
    agseterrf(previous_);
    messages_target() = nullptr;
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;
  bool failed() const { return agerrors() > AGWARN; }  // the highest level reported since construction
  const std::string& messages() const { return messages_; }

 private:
  static std::string*& messages_target() {
    static std::string* target = nullptr;  // one session at a time holds the Graphviz lock
    return target;
  }
  static int collect(char* message) {
    if (messages_target() && message) *messages_target() += message;
    return 0;
  }
  std::string messages_;
  agusererrf previous_ = nullptr;
};

}  // namespace pokin::graphviz
