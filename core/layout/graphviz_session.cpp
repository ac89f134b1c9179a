#include "core/layout/graphviz_session.h"

#include <graphviz/gvc.h>

namespace pokin {
namespace {

std::mutex& graphviz_lock() {
  static std::mutex lock;
  return lock;
}

}  // namespace

GraphvizSession::GraphvizSession() : lock_(graphviz_lock()) {
  // Created under the lock by the first session and never freed: a LayoutService thread may still be finishing a
  // layout while static objects are destroyed at exit, and the context stays reachable, so no leak is reported.
  static GVC_t* context = nullptr;
  if (!context) context = gvContext();
  context_ = context;
}

}  // namespace pokin
