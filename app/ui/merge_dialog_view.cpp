#include "app/ui/merge_dialog_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "app/ui/counted_section_view.h"
#include "app/ui/strings.h"
#include "core/pemda/merge_source.h"
#include "core/text/utf8_path.h"

namespace pokin::ui {
namespace {

const ImVec4 kRefusalColour(0.8f, 0.15f, 0.15f, 1);
const ImVec4 kNotAddedColour(0.85f, 0.45f, 0.0f, 1);  // amber, as the merge report's decisions lost
const std::size_t kListedRows = 12;                    // the OPD list's height; more files scroll

bool blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

// A chosen file: its name, then its folder dimmed (the name is what the planner recognises).
void file_line(const std::string& path) {
  const std::filesystem::path file = path_from_utf8(path);
  ImGui::TextUnformatted(utf8_path(file.filename()).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", utf8_path(file.parent_path()).c_str());
}

// Whether `listed` (UTF-8, may be empty) names `file`: the same path, or another path to the same file.
bool same_file(const std::string& listed, const std::filesystem::path& file) {
  if (listed.empty()) return false;
  const std::filesystem::path other = path_from_utf8(listed);
  std::error_code error;
  return other == file || std::filesystem::equivalent(other, file, error);
}

}  // namespace

void open_merge_dialog(MergeDialogState& state, bool update) {
  if (state.update != update) state = MergeDialogState{};
  state.update = update;
  state.open = true;
  state.refusal.reset();
}

void add_merge_opd(MergeDialogState& state, const std::vector<std::string>& paths) {
  state.not_added.clear();
  std::size_t added = 0;
  for (const std::string& path : paths) {
    const std::filesystem::path file = path_from_utf8(path);
    const std::string name = utf8_path(file.filename());
    const bool listed =
        std::any_of(state.opd.begin(), state.opd.end(), [&](const std::string& opd) { return same_file(opd, file); });
    if (listed)
      state.not_added.push_back(tr_both("merge.not_added_listed", {name}));
    else if (same_file(state.rpjmd, file))
      state.not_added.push_back(tr_both("merge.not_added_rpjmd", {name}));
    else if (state.update && same_file(state.document_path, file))
      state.not_added.push_back(tr_both("merge.not_added_itself", {name}));
    else if (std::optional<Bilingual> problem = pemda::merge_source_problem(file))
      state.not_added.push_back(*problem);
    else {
      state.opd.push_back(path);
      ++added;
    }
  }
  state.added = added;
}

std::optional<Bilingual> merge_dialog_refusal(const MergeDialogState& state) {
  if (state.update) {
    if (state.opd.empty() && state.rpjmd.empty()) return tr_both("merge.refuse_no_files");
    return std::nullopt;
  }
  if (state.opd.empty()) return tr_both("merge.refuse_no_opd");
  if (blank(state.pemda)) return tr_both("merge.refuse_no_pemda");
  if (state.output.empty()) return tr_both("merge.refuse_no_output");
  std::error_code error;
  if (std::filesystem::exists(path_from_utf8(state.output), error))
    return tr_both("merge.refuse_output_exists", {utf8_path(path_from_utf8(state.output).filename())});
  return std::nullopt;
}

MergeDialogAnswer merge_dialog_view(MergeDialogState& state) {
  MergeDialogAnswer answer = MergeDialogAnswer::None;
  const std::string title =
      std::string(tr(state.update ? "merge.update_title" : "merge.title")) + "###merge_dialog";
  if (state.open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return answer;
  if (!state.open) {  // closed by the shell once the merge started
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
  }
  const float em = ImGui::GetFontSize();
  ImGui::PushTextWrapPos(em * 40);
  ImGui::TextUnformatted(tr(state.update ? "merge.update_intro" : "merge.intro"));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  if (state.update) {
    ImGui::TextUnformatted(format(tr("merge.update_document"), {state.document_name}).c_str());
  } else {
    ImGui::SetNextItemWidth(em * 22);
    ImGui::InputTextWithHint(tr("merge.pemda"), "Kabupaten Balangan", &state.pemda);
  }
  ImGui::Spacing();

  // The OPD files, one line each with its remove button (fixed ids: "###remove_opd<k>" in the child "opd_list"),
  // scrolling past a dozen so that 40 files leave the rest of the dialog on screen.
  ImGui::TextUnformatted(format(tr("merge.opd_files"), {std::to_string(state.opd.size())}).c_str());
  if (!state.opd.empty()) {
    ImGui::SameLine();
    if (ImGui::SmallButton((std::string(tr("merge.remove_all")) + "###remove_all_opd").c_str())) {
      state.opd.clear();
      state.added.reset();
      state.not_added.clear();
    }
  }
  if (state.opd.empty()) {
    ImGui::TextDisabled("%s", tr("merge.no_opd_yet"));
  } else {
    const float rows = static_cast<float>(std::min<std::size_t>(state.opd.size(), kListedRows));
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::BeginChild("opd_list", ImVec2(em * 44, rows * ImGui::GetTextLineHeightWithSpacing() + style.WindowPadding.y * 2),
                      true);
    std::optional<std::size_t> removed;
    for (std::size_t k = 0; k < state.opd.size(); ++k) {
      const std::string remove = std::string(tr("merge.remove")) + "###remove_opd" + std::to_string(k);
      if (ImGui::SmallButton(remove.c_str())) removed = k;
      ImGui::SameLine();
      file_line(state.opd[k]);
    }
    ImGui::EndChild();
    if (removed) state.opd.erase(state.opd.begin() + static_cast<std::ptrdiff_t>(*removed));
  }
  if (ImGui::Button(tr("merge.add_opd"))) answer = MergeDialogAnswer::AddOpd;
  if (state.added) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", format(tr("merge.added"), {std::to_string(*state.added)}).c_str());
  }
  if (counted_section("merge.not_added", state.not_added.size(), true)) {
    ImGui::PushTextWrapPos(em * 44);
    ImGui::PushStyleColor(ImGuiCol_Text, kNotAddedColour);
    for (const Bilingual& line : state.not_added) bullet_line(line.in(current_language()));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
  ImGui::Spacing();

  ImGui::TextUnformatted(tr(state.update ? "merge.rpjmd_update" : "merge.rpjmd"));
  if (state.rpjmd.empty()) {
    ImGui::TextDisabled("%s", tr("merge.none"));
  } else {
    if (ImGui::SmallButton((std::string(tr("merge.remove")) + "###remove_rpjmd").c_str())) state.rpjmd.clear();
    ImGui::SameLine();
    if (!state.rpjmd.empty()) file_line(state.rpjmd);
  }
  if (ImGui::Button(tr("merge.choose_rpjmd"))) answer = MergeDialogAnswer::ChooseRpjmd;
  ImGui::Spacing();

  if (!state.update) {
    ImGui::TextUnformatted(tr("merge.output"));
    if (state.output.empty())
      ImGui::TextDisabled("%s", tr("merge.output_none"));
    else
      file_line(state.output);
    if (ImGui::Button(tr("merge.choose_output"))) answer = MergeDialogAnswer::ChooseOutput;
    ImGui::Spacing();
  }

  if (state.refusal) {
    ImGui::PushTextWrapPos(em * 40);
    ImGui::TextColored(kRefusalColour, "%s", state.refusal->in(current_language()).c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();
  if (ImGui::Button(tr(state.update ? "merge.update_start" : "merge.start"))) {
    state.refusal = merge_dialog_refusal(state);
    if (!state.refusal) answer = MergeDialogAnswer::Start;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) {
    state.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return answer;
}

}  // namespace pokin::ui
