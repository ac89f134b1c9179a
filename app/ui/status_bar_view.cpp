#include "app/ui/status_bar_view.h"

#include <imgui.h>

#include <cmath>

#include "app/ui/alignment_path.h"
#include "app/ui/palette.h"
#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

constexpr const char* kSeparator = " \xE2\x80\xBA ";  // ›

std::string short_name(const Sasaran& sasaran) {
  if (!sasaran.code.empty()) return sasaran.code;
  return sasaran.statement.size() > 24 ? sasaran.statement.substr(0, 24) + "\xE2\x80\xA6" : sasaran.statement;
}

}  // namespace

std::string selection_path(const Document& document, Id selected) {
  std::string path;
  if (const Unit* unit = document.find_unit(selected)) {
    std::vector<std::string> names;
    for (std::size_t guard = 0; unit && guard <= document.units.size(); ++guard) {
      names.insert(names.begin(), unit->name);
      unit = document.find_unit(unit->parent);
    }
    for (const auto& name : names) path += (path.empty() ? "" : kSeparator) + name;
    return path;
  }
  Id sasaran = selected;
  std::string tail;
  if (const Indikator* indikator = document.find_indikator(selected)) {
    sasaran = indikator->sasaran;
    tail = kSeparator + (indikator->code.empty() ? indikator->name : indikator->code);
  }
  for (Id id : ancestors_and_self(document, sasaran)) {
    const Sasaran& node = document.sasaran.at(id);
    if (path.empty())
      if (const Unit* owner = document.find_unit(node.unit)) path = owner->name;
    path += (path.empty() ? "" : kSeparator) + short_name(node);
  }
  return path + tail;
}

void status_bar_view(const Document& document, const DocumentCounts& counts, const std::string& title,
                     const ViewState& view) {
  ImGui::TextUnformatted(title.c_str());
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  if (document.info.period_years() > 0)
    ImGui::TextDisabled("%s", format(tr("status.period"), {std::to_string(document.info.period_start),
                                                             std::to_string(document.info.period_end)}).c_str());
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::TextDisabled("%s", format(tr("status.counts"), {std::to_string(counts.units), std::to_string(counts.sasaran),
                                                          std::to_string(counts.indikator)}).c_str());
  if (view.selected != kNoId) {
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    ImGui::TextUnformatted(selection_path(document, view.selected).c_str());
  }
  if (!view.message.empty() && ImGui::GetTime() - view.message_time < 8) {
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    ImVec4 colour = view.message_is_error ? ImVec4(0.8f, 0.15f, 0.15f, 1) : ImVec4(0.15f, 0.5f, 0.25f, 1);
    ImGui::TextColored(colour, "%s", view.message.in(current_language()).c_str());
  }
  std::string zoom = format(tr("status.zoom"), {std::to_string(static_cast<int>(std::lround(view.canvas.camera.zoom * 100)))});
  float width = ImGui::CalcTextSize(zoom.c_str()).x;
  ImGui::SameLine(std::max(ImGui::GetWindowContentRegionMax().x - width, ImGui::GetCursorPosX() + 10));
  ImGui::TextDisabled("%s", zoom.c_str());
}

}  // namespace pokin::ui
