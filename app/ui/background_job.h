#pragma once
// The one runner of the app's background work (reading an import, writing an export) and its progress modal.
// One job at a time. Whatever the work throws, on its thread or while its result is taken in on the UI thread,
// ends as a message (job_failure.h), never as a terminated process; a failed job's result is not taken in, so the
// document stays as it was.
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "core/text/bilingual.h"

namespace pokin::ui {

class BackgroundJob {
 public:
  BackgroundJob() = default;
  ~BackgroundJob();  // waits for a running job: its thread may still read the snapshot it was given
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;

  bool busy() const { return job_.valid(); }

  // Runs `work` on a thread of its own (it must touch only what it captured: copies, immutable snapshots). Once it
  // has finished, frame() hands the result to `finish` on the UI thread. The progress modal is titled by the
  // catalogue key `title_key` and shows `text`; a null `title_key` shows none (the caller shows its own progress,
  // e.g. inside a dialog that must stay live). Returns false, starting nothing, while another job runs.
  template <class Result>
  bool start(const char* title_key, std::string text, std::function<Result()> work,
             std::function<void(Result&)> finish) {
    if (busy()) return false;
    title_key_ = title_key;
    text_ = std::move(text);
    job_ = std::async(std::launch::async, [work = std::move(work), finish = std::move(finish)]() -> Finish {
      auto result = std::make_shared<Result>(work());
      return [finish, result] { finish(*result); };
    });
    return true;
  }

  // Call once per frame (UI thread): shows the progress modal while the job runs; once it has finished, runs its
  // finish. Returns the failure message when the work or its finish threw anything.
  std::optional<Bilingual> frame();
  // Blocks until the running job has finished, then takes it in as frame() does (tests, closing the app).
  std::optional<Bilingual> wait();

 private:
  using Finish = std::function<void()>;
  std::optional<Bilingual> take_finished();

  std::future<Finish> job_;
  const char* title_key_ = "";
  std::string text_;
};

}  // namespace pokin::ui
