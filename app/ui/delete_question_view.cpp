#include "app/ui/delete_question_view.h"

#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

using commands::ChildPolicy;
using commands::OwnedSasaranPolicy;

// The unit and, when its sub-units go with it, everything below it.
std::set<Id> doomed_units(const TreeIndex& index, const DeleteQuestion& question) {
  std::vector<Id> units{question.id};
  if (question.children == ChildPolicy::DeleteSubtree)
    for (std::size_t i = 0; i < units.size(); ++i)
      for (Id child : index.child_units(units[i])) units.push_back(child);
  return {units.begin(), units.end()};
}

std::size_t owned_sasaran(const TreeIndex& index, const std::set<Id>& units) {
  std::size_t count = 0;
  for (Id unit : units) count += index.unit_sasaran(unit).size();
  return count;
}

std::string unit_label(const Unit& unit) { return unit.name.empty() ? unit.jabatan : unit.name; }

// The choices for a unit; fills `question` as the planner changes them. True when the question can be answered.
bool unit_choices(const Document& document, const TreeIndex& index, DeleteQuestion& question) {
  if (!index.child_units(question.id).empty()) {
    if (ImGui::RadioButton(tr("question.unit_lift"), question.children == ChildPolicy::LiftChildren))
      question.children = ChildPolicy::LiftChildren;
    if (ImGui::RadioButton(tr("question.unit_subtree"), question.children == ChildPolicy::DeleteSubtree))
      question.children = ChildPolicy::DeleteSubtree;
    ImGui::Spacing();
  }
  const std::size_t owned = owned_sasaran(index, doomed_units(index, question));
  if (owned == 0) return true;
  ImGui::TextUnformatted(format(tr("question.unit_owns"), {std::to_string(owned)}).c_str());
  const std::vector<Id> receivers = units_receiving_sasaran(document, index, question);
  if (receivers.empty()) question.owned = OwnedSasaranPolicy::Delete;
  if (std::find(receivers.begin(), receivers.end(), question.move_to) == receivers.end())
    question.move_to = receivers.empty() ? kNoId : receivers.front();

  ImGui::BeginDisabled(receivers.empty());
  if (ImGui::RadioButton(tr("question.sasaran_move"), question.owned == OwnedSasaranPolicy::MoveTo))
    question.owned = OwnedSasaranPolicy::MoveTo;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  const Unit* receiver = document.find_unit(question.move_to);
  if (ImGui::BeginCombo("##move_to", receiver ? unit_label(*receiver).c_str() : "")) {
    for (Id id : receivers) {
      ImGui::PushID(static_cast<int>(id));
      if (ImGui::Selectable(unit_label(document.units.at(id)).c_str(), id == question.move_to)) {
        question.move_to = id;
        question.owned = OwnedSasaranPolicy::MoveTo;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::EndDisabled();
  if (ImGui::RadioButton(tr("question.sasaran_delete"), question.owned == OwnedSasaranPolicy::Delete))
    question.owned = OwnedSasaranPolicy::Delete;
  return question.owned == OwnedSasaranPolicy::Delete || question.move_to != kNoId;
}

}  // namespace

std::vector<Id> units_receiving_sasaran(const Document& document, const TreeIndex& index,
                                        const DeleteQuestion& question) {
  const std::set<Id> doomed = doomed_units(index, question);
  std::vector<Id> receivers;
  if (const Unit* unit = document.find_unit(question.id); unit && document.find_unit(unit->parent))
    receivers.push_back(unit->parent);
  for (const auto& [id, unit] : document.units)
    if (!doomed.count(id) && (receivers.empty() || id != receivers.front())) receivers.push_back(id);
  return receivers;
}

Intents delete_question_view(const Document& document, const TreeIndex& index, ViewState& view) {
  Intents intents;
  const std::string title = std::string(tr("question.delete_title")) + "###delete";
  if (view.delete_question && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return intents;
  if (!view.delete_question) {  // answered elsewhere (the document was replaced)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return intents;
  }
  DeleteQuestion& question = *view.delete_question;
  bool answered = false;
  auto answer = [&](DeleteNode intent) {
    intents.push_back(intent);
    answered = true;
  };

  if (const Sasaran* sasaran = document.find_sasaran(question.id)) {
    std::string what = sasaran->code.empty() ? sasaran->statement : sasaran->code;
    ImGui::TextUnformatted(format(tr("question.delete_text"), {what}).c_str());
    ImGui::Spacing();
    if (!index.child_sasaran(question.id).empty()) {
      if (ImGui::Button(tr("question.delete_lift"))) answer(DeleteNode{question.id, ChildPolicy::LiftChildren});
      ImGui::SameLine();
      if (ImGui::Button(tr("question.delete_subtree"))) answer(DeleteNode{question.id, ChildPolicy::DeleteSubtree});
    } else if (ImGui::Button(tr("action.delete"))) {
      answer(DeleteNode{question.id, ChildPolicy::LiftChildren});
    }
  } else if (const Unit* unit = document.find_unit(question.id)) {
    ImGui::TextUnformatted(format(tr("question.delete_text"), {unit_label(*unit)}).c_str());
    ImGui::Spacing();
    const bool ready = unit_choices(document, index, question);
    ImGui::Spacing();
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(tr("action.delete")))
      answer(DeleteNode{question.id, question.children, question.owned, question.move_to});
    ImGui::EndDisabled();
  } else if (const Indikator* indikator = document.find_indikator(question.id)) {
    ImGui::TextUnformatted(format(tr("question.delete_text"), {indikator->name}).c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr("action.delete"))) answer(DeleteNode{question.id});
  } else {
    answered = true;  // nothing left to delete
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) answered = true;
  if (answered) {
    view.delete_question.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return intents;
}

}  // namespace pokin::ui
