#include "app/ui/outline_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <unordered_set>

#include "app/ui/assign_to_unit_view.h"
#include "app/ui/document_search.h"
#include "app/ui/opd_groups.h"
#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

struct Outline {
  const Document& document;
  const TreeIndex& index;
  ViewState& view;
  Intents& intents;
  std::unordered_set<Id> open_units;  // units to unfold so the selection shows
  std::unordered_set<Id> matching_units;
  bool filtering = false;

  bool sasaran_matches(const Sasaran& sasaran) const {
    return contains_folded(sasaran.statement, view.outline_filter) || contains_folded(sasaran.code, view.outline_filter);
  }

  // A unit shows when it, one of its sasaran or something below matches the filter.
  bool collect_matches(Id unit_id) {
    const Unit& unit = document.units.at(unit_id);
    bool any = contains_folded(unit.name, view.outline_filter);
    for (Id sasaran : index.unit_sasaran(unit_id)) any = sasaran_matches(document.sasaran.at(sasaran)) || any;
    for (Id child : index.child_units(unit_id)) any = collect_matches(child) || any;
    if (any) matching_units.insert(unit_id);
    return any;
  }

  void drop_target(Id sasaran) {
    if (!ImGui::BeginDragDropTarget()) return;
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kSasaranPayload)) {
      Id source = *static_cast<const Id*>(payload->Data);
      if (source != sasaran) intents.push_back(Reparent{source, sasaran});
    }
    ImGui::EndDragDropTarget();
  }

  void sasaran_row(Id id) {
    const Sasaran& sasaran = document.sasaran.at(id);
    if (filtering && !sasaran_matches(sasaran)) return;
    ImGui::PushID(static_cast<int>(id));
    std::string label = sasaran_label(sasaran);
    std::size_t indicators = index.sasaran_indikator(id).size();
    label += "  (" + std::to_string(indicators) + ")";
    ImGui::Indent();
    bool selected = view.selected == id || view.multi_selected.count(id);
    if (ImGui::Selectable(label.c_str(), selected)) {
      if (ImGui::GetIO().KeyCtrl) {
        // Ctrl-click picks several sasaran: the one selected before joins the first pick.
        if (view.multi_selected.empty() && document.find_sasaran(view.selected))
          view.multi_selected.insert(view.selected);
        if (!view.multi_selected.erase(id)) view.multi_selected.insert(id);
        intents.push_back(SelectNode{id, false});
      } else {
        view.multi_selected.clear();
        intents.push_back(SelectNode{id, true});
      }
    }
    if (selected && view.outline_reveal) {
      ImGui::SetScrollHereY(0.4f);
      view.outline_reveal = false;
    }
    if (ImGui::IsItemHovered() && !sasaran.statement.empty()) ImGui::SetTooltip("%s", sasaran.statement.c_str());
    if (ImGui::BeginDragDropSource()) {
      ImGui::SetDragDropPayload(kSasaranPayload, &id, sizeof(id));
      ImGui::TextUnformatted(label.c_str());
      ImGui::EndDragDropSource();
    }
    drop_target(id);
    ImGui::Unindent();
    ImGui::PopID();
  }

  // `label` replaces the unit's name and count (an OPD with its totals); `skip_parts` leaves out the child units
  // that head a merged part (the Pemda unit, whose OPD are listed as groups of their own).
  void unit_node(Id unit_id, const std::string* label_override = nullptr, bool skip_parts = false) {
    if (filtering && !matching_units.count(unit_id)) return;
    const Unit& unit = document.units.at(unit_id);
    const auto& sasaran = index.unit_sasaran(unit_id);
    std::vector<Id> kept_children;
    if (skip_parts)
      for (Id child : index.child_units(unit_id))
        if (!document.parts.count(child)) kept_children.push_back(child);
    const auto& children = skip_parts ? kept_children : index.child_units(unit_id);
    ImGui::PushID(static_cast<int>(unit_id));
    std::string label = label_override ? *label_override
                                       : (unit.name.empty() ? std::string(tr("outline.unnamed_unit")) : unit.name) +
                                             "  " + format(tr("outline.count_sasaran"), {std::to_string(sasaran.size())});
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAvailWidth;
    if (view.selected == unit_id) flags |= ImGuiTreeNodeFlags_Selected;
    if (sasaran.empty() && children.empty()) flags |= ImGuiTreeNodeFlags_Leaf;
    if (filtering || open_units.count(unit_id)) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
    bool open = ImGui::TreeNodeEx("unit", flags, "%s", label.c_str());
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) intents.push_back(SelectNode{unit_id, true});
    if (view.selected == unit_id && view.outline_reveal) {
      ImGui::SetScrollHereY(0.4f);
      view.outline_reveal = false;
    }
    if (open) {
      for (Id id : sasaran) sasaran_row(id);
      for (Id child : children) unit_node(child);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }

  // A Pemda document: the Pemda unit with the RPJMD first, then each OPD by name with what it holds, then any unit
  // outside both. Per frame this touches one row per OPD; the counts are kept per TreeIndex (opd_groups.h).
  void pemda_groups() {
    const Id pemda = pemda_unit(document);
    if (pemda != kNoId && document.units.count(pemda)) unit_node(pemda, nullptr, true);
    const std::vector<OpdGroup>& groups = opd_groups_by_name(document, index);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", format(tr("outline.opd_heading"), {std::to_string(groups.size())}).c_str());
    for (const OpdGroup& group : groups) {
      std::string label = opd_name(document, group.opd) + "  " +
                          format(tr("outline.opd_counts"), {std::to_string(group.sasaran), std::to_string(group.indikator)});
      unit_node(group.opd, &label);
    }
    for (Id root : index.root_units())
      if (root != pemda && !document.parts.count(root)) unit_node(root);
  }
};

}  // namespace

std::string sasaran_label(const Sasaran& sasaran, std::size_t max_chars) {
  std::string statement = sasaran.statement;
  if (statement.size() > max_chars) {
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(statement[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    statement = statement.substr(0, cut) + "\xE2\x80\xA6";
  }
  std::string label = sasaran.code.empty() ? statement : sasaran.code + "  " + statement;
  // A Tujuan sits among the Sasaran Strategis of its unit: the list says which one it is.
  return sasaran.kind == StatementKind::Tujuan ? "Tujuan  " + label : label;
}

Intents outline_view(const Document& document, const TreeIndex& index, ViewState& view) {
  Intents intents;
  Outline outline{document, index, view, intents, {}, {}, false};
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##outline_filter", tr("outline.filter_hint"), &view.outline_filter);
  outline.filtering = !view.outline_filter.empty();
  if (outline.filtering)
    for (Id root : index.root_units()) outline.collect_matches(root);

  // Unfold the units down to the selection once, when it changed elsewhere (canvas, search).
  if (view.outline_reveal) {
    Id unit = kNoId;
    if (const Sasaran* sasaran = document.find_sasaran(view.selected)) unit = sasaran->unit;
    if (const Indikator* indikator = document.find_indikator(view.selected))
      if (const Sasaran* owner = document.find_sasaran(indikator->sasaran)) unit = owner->unit;
    if (const Unit* selected_unit = document.find_unit(view.selected)) unit = selected_unit->parent;
    for (std::size_t guard = 0; unit != kNoId && guard <= document.units.size(); ++guard) {
      outline.open_units.insert(unit);
      const Unit* current = document.find_unit(unit);
      unit = current ? current->parent : kNoId;
    }
  }

  // The bar for picked sasaran sits below the tree, so picking one does not move the rows under the mouse.
  std::erase_if(view.multi_selected, [&](Id id) { return !document.find_sasaran(id); });
  float bar = view.multi_selected.empty() ? 0 : ImGui::GetFrameHeightWithSpacing();
  ImGui::BeginChild("outline_tree", ImVec2(0, -bar));
  if (is_pemda_document(document)) {
    outline.pemda_groups();
  } else {
    for (Id root : index.root_units()) outline.unit_node(root);
  }
  // Sasaran whose owner unit is missing still need a home in the outline.
  for (Id root : index.root_sasaran())
    if (!document.find_unit(document.sasaran.at(root).unit)) outline.sasaran_row(root);
  if (document.units.empty()) ImGui::TextDisabled("%s", tr("outline.empty"));
  ImGui::EndChild();
  for (Intent& intent : assign_to_unit_view(document, view)) intents.push_back(std::move(intent));
  view.outline_reveal = false;
  return intents;
}

}  // namespace pokin::ui
