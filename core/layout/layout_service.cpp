#include "core/layout/layout_service.h"

#include <exception>

#include "core/text/bilingual.h"

namespace pokin {

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

void LayoutService::run() {
  for (;;) {
    std::shared_ptr<const Document> document;
    LayoutView view;
    std::uint64_t generation;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || has_pending_; });
      if (stopping_) return;
      document = std::move(pending_document_);
      view = std::move(pending_view_);
      generation = pending_generation_;
      has_pending_ = false;
      working_ = true;
    }
    Geometry geometry;
    try {
      if (document) geometry = compute_layout(*document, view);
    } catch (const UserError& error) {
      geometry.error = error.message().id + " / " + error.message().en;
    } catch (const std::exception& error) {
      geometry.error = std::string("Tata letak gagal / Layout failed: ") + error.what();
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
