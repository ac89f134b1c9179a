#include "app/ui/background_job.h"

#include <imgui.h>

#include <chrono>
#include <cmath>

#include "app/ui/job_failure.h"
#include "app/ui/strings.h"

namespace pokin::ui {

BackgroundJob::~BackgroundJob() {
  if (job_.valid()) job_.wait();
}

std::optional<Bilingual> BackgroundJob::take_finished() {
  std::future<Finish> finished = std::move(job_);
  try {
    Finish finish = finished.get();  // rethrows what the work threw on its thread
    finish();
  } catch (...) {
    return job_failure_message(std::current_exception());
  }
  return std::nullopt;
}

std::optional<Bilingual> BackgroundJob::wait() {
  if (!job_.valid()) return std::nullopt;
  job_.wait();
  return take_finished();
}

std::optional<Bilingual> BackgroundJob::frame() {
  if (!job_.valid()) return std::nullopt;
  const bool finished = job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  if (!title_key_) return finished ? take_finished() : std::nullopt;
  const std::string title = std::string(tr(title_key_)) + "###job_progress";
  if (!finished && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(text_.c_str());
    // The work gives no fraction: an indeterminate bar that keeps moving shows the app is alive.
    ImGui::ProgressBar(static_cast<float>(std::fmod(ImGui::GetTime(), 1.5) / 1.5),
                       ImVec2(ImGui::GetFontSize() * 22, 0), "");
    if (finished) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (!finished) return std::nullopt;
  return take_finished();
}

}  // namespace pokin::ui
