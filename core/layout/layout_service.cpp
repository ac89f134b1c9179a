#include "core/layout/layout_service.h"

#include <exception>

#include "core/layout/graphviz_layout.h"
#include "core/layout/graphviz_session.h"
#include "core/layout/pokin_layout.h"
#include "core/text/bilingual.h"

namespace pokin {

// A layout_now() request: lives on its caller's stack, filled in by the service thread under the mutex. A failure
// comes back as its message, not as the exception object, so that no exception is shared between threads.
struct LayoutService::WaitingRequest {
  const Document& document;
  const LayoutView& view;
  Geometry geometry;
  std::optional<Bilingual> error;
  bool done = false;
};

LayoutService::LayoutService() : thread_([this] { run(); }) {}

LayoutService::~LayoutService() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

std::uint64_t LayoutService::submit(std::shared_ptr<const Document> document, LayoutView view) {
  std::uint64_t generation;
  {
    std::lock_guard lock(mutex_);
    generation = next_generation_++;
    pending_document_ = std::move(document);
    pending_view_ = std::move(view);
    pending_generation_ = generation;
    has_pending_ = true;
  }
  wake_.notify_all();
  return generation;
}

std::optional<Geometry> LayoutService::take_latest() {
  std::lock_guard lock(mutex_);
  std::optional<Geometry> result = std::move(finished_);
  finished_.reset();
  return result;
}

bool LayoutService::busy() const {
  std::lock_guard lock(mutex_);
  return has_pending_ || working_;
}

Geometry LayoutService::layout_now(const Document& document, const LayoutView& view) {
  WaitingRequest request{document, view, {}, std::nullopt, false};
  {
    std::unique_lock lock(mutex_);
    waiting_.push_back(&request);
    wake_.notify_all();
    answered_.wait(lock, [&] { return request.done; });
  }
  if (request.error) throw UserError(std::move(*request.error));
  return std::move(request.geometry);
}

Geometry LayoutService::lay_out(const Document& document, const LayoutView& view) {
  if (view.engine == LayoutEngine::Graphviz) {
    GraphvizSession graphviz;
    return graphviz_layout(graphviz, document, view);
  }
  return pokin_layout(document, view);
}

Geometry compute_layout(const Document& document, const LayoutView& view) {
  LayoutService service;
  return service.layout_now(document, view);
}

void LayoutService::run() {
  for (;;) {
    WaitingRequest* waiting = nullptr;
    std::shared_ptr<const Document> document;
    LayoutView view;
    std::uint64_t generation = 0;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || has_pending_ || !waiting_.empty(); });
      if (!waiting_.empty()) {
        waiting = waiting_.front();
        waiting_.pop_front();
      } else if (stopping_) {
        return;
      } else {
        document = std::move(pending_document_);
        view = std::move(pending_view_);
        generation = pending_generation_;
        has_pending_ = false;
        working_ = true;
      }
    }
    if (waiting) {
      // The caller is blocked in layout_now() until `done`, so its document and view stay alive until then.
      Geometry geometry;
      std::optional<Bilingual> error;
      try {
        geometry = lay_out(waiting->document, waiting->view);
      } catch (const UserError& failure) {
        error = failure.message();
      } catch (const std::exception& failure) {
        error = Bilingual{std::string("Tata letak gagal: ") + failure.what(),
                          std::string("Layout failed: ") + failure.what()};
      } catch (...) {
        error = Bilingual{"Tata letak gagal.", "Layout failed."};
      }
      {
        std::lock_guard lock(mutex_);
        waiting->geometry = std::move(geometry);
        waiting->error = std::move(error);
        waiting->done = true;
      }
      answered_.notify_all();
      continue;
    }
    Geometry geometry;
    try {
      if (document) geometry = lay_out(*document, view);
    } catch (const UserError& error) {
      geometry.error = error.message().id + " / " + error.message().en;
    } catch (const std::exception& error) {
      geometry.error = std::string("Tata letak gagal / Layout failed: ") + error.what();
    } catch (...) {
      geometry.error = "Tata letak gagal / Layout failed";
    }
    geometry.generation = generation;
    {
      std::lock_guard lock(mutex_);
      working_ = false;
      if (!finished_ || finished_->generation < generation) finished_ = std::move(geometry);
    }
  }
}

}  // namespace pokin
