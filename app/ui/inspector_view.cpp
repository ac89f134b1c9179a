#include "app/ui/inspector_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/document_search.h"
#include "app/ui/outline_view.h"
#include "app/ui/pagu_grid_view.h"
#include "app/ui/strings.h"
#include "core/commands/review_unit_suggestions.h"
#include "app/ui/target_grid_view.h"
#include "core/model/statement_label.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

struct Fields {
  Intents& intents;
  ViewState& view;

  // The first field of a node takes the keyboard when F2 was pressed.
  void maybe_focus() {
    if (view.focus_inspector) {
      ImGui::SetKeyboardFocusHere();
      view.focus_inspector = false;
    }
  }
  bool text(const char* label_key, std::string& value, bool multiline = false) {
    ImGui::TextDisabled("%s", tr(label_key));
    ImGui::PushID(label_key);
    ImGui::SetNextItemWidth(-1);
    bool changed = multiline ? ImGui::InputTextMultiline("##v", &value, ImVec2(-1, ImGui::GetTextLineHeight() * 3.6f))
                             : ImGui::InputText("##v", &value);
    ImGui::PopID();
    return changed;
  }
};

std::string key(const char* kind, Id id, const char* field) {
  return std::string(kind) + ":" + std::to_string(id) + ":" + field;
}

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::TextUnformatted(text);
  ImGui::Separator();
}

void info_fields(const Document& document, Fields& fields) {
  heading(tr("inspector.document"));
  DocumentInfo info = document.info;
  if (fields.text("field.instansi", info.instansi)) fields.intents.push_back(EditInfo{info, "info:instansi"});
  if (fields.text("field.pemda", info.pemda)) fields.intents.push_back(EditInfo{info, "info:pemda"});
  ImGui::TextDisabled("%s", tr("field.period"));
  int period[2] = {info.period_start, info.period_end};
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputInt2("##period", period, ImGuiInputTextFlags_EnterReturnsTrue)) {
    info.period_start = period[0];
    info.period_end = period[1];
    fields.intents.push_back(EditInfo{info, {}});
  }
  info = document.info;
  if (fields.text("field.nomor_sk", info.nomor_sk)) fields.intents.push_back(EditInfo{info, "info:sk"});
  if (fields.text("field.penandatangan", info.penandatangan.nama))
    fields.intents.push_back(EditInfo{info, "info:ttd"});
  ImGui::Spacing();
  ImGui::TextWrapped("%s", tr("inspector.nothing_selected"));
}

// "Terima semua saran unit ini" / "Tolak semua" for the suggested links of the sasaran `unit` owns, when it has any.
void unit_suggestion_buttons(const Document& document, Id unit_id, Fields& fields) {
  std::size_t waiting = commands::suggested_links_of_unit(document, unit_id).size();
  const Unit* unit = document.find_unit(unit_id);
  if (waiting == 0 || !unit) return;
  ImGui::TextColored(ImVec4(0.85f, 0.54f, 0, 1), "%s",
                     format(tr("inspector.unit_suggestions"), {unit->name, std::to_string(waiting)}).c_str());
  if (ImGui::Button(tr("action.accept_unit_suggestions"))) fields.intents.push_back(ReviewUnitSuggestions{unit_id, true});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.reject_unit_suggestions"))) fields.intents.push_back(ReviewUnitSuggestions{unit_id, false});
}

void unit_fields(const Document& document, const TreeIndex& index, const Unit& original, Fields& fields) {
  heading(tr("inspector.unit"));
  Unit unit = original;
  fields.maybe_focus();
  if (fields.text("field.unit_name", unit.name)) fields.intents.push_back(EditUnit{unit, key("unit", unit.id, "name")});
  unit = original;
  if (fields.text("field.jabatan", unit.jabatan))
    fields.intents.push_back(EditUnit{unit, key("unit", unit.id, "jabatan")});
  unit = original;
  if (fields.text("field.holder_name", unit.holder_name))
    fields.intents.push_back(EditUnit{unit, key("unit", unit.id, "holder")});
  unit = original;
  if (fields.text("field.holder_nip", unit.holder_nip))
    fields.intents.push_back(EditUnit{unit, key("unit", unit.id, "nip")});
  unit = original;
  if (fields.text("field.tugas", unit.tugas, true)) fields.intents.push_back(EditUnit{unit, key("unit", unit.id, "tugas")});
  unit = original;
  ImGui::TextDisabled("%s", tr("field.unit_kind"));
  const char* kinds[] = {tr("unit_kind.head"), tr("unit_kind.division"), tr("unit_kind.section"), tr("unit_kind.staff")};
  int kind = static_cast<int>(unit.kind);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##kind", &kind, kinds, 4)) {
    unit.kind = static_cast<UnitKind>(kind);
    fields.intents.push_back(EditUnit{unit, {}});
  }
  unit_suggestion_buttons(document, unit.id, fields);
  ImGui::Spacing();
  if (ImGui::Button(tr("action.add_sasaran"))) fields.intents.push_back(AddUnitSasaran{unit.id});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.move_up"))) fields.intents.push_back(MoveAmongSiblings{unit.id, -1});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.move_down"))) fields.intents.push_back(MoveAmongSiblings{unit.id, +1});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.delete"))) fields.view.delete_question = DeleteQuestion{unit.id};
  heading(format(tr("inspector.unit_sasaran"), {std::to_string(index.unit_sasaran(unit.id).size())}).c_str());
  for (Id id : index.unit_sasaran(unit.id)) {
    ImGui::PushID(static_cast<int>(id));
    if (ImGui::Selectable(sasaran_label(document.sasaran.at(id), 60).c_str()))
      fields.intents.push_back(SelectNode{id, true});
    ImGui::PopID();
  }
}

void indikator_fields(const Document& document, const Indikator& original, Fields& fields, bool focus) {
  Indikator indikator = original;
  auto edit = [&](const char* field) {
    fields.intents.push_back(EditIndikator{indikator, key("indikator", indikator.id, field)});
    indikator = original;
  };
  if (focus) fields.maybe_focus();
  if (fields.text("field.indikator_name", indikator.name, true)) edit("name");
  if (fields.text("field.code", indikator.code)) edit("code");
  if (fields.text("field.formula", indikator.formula, true)) edit("formula");
  if (fields.text("field.satuan", indikator.satuan)) edit("satuan");
  ImGui::TextDisabled("%s", tr("field.polarity"));
  const char* polarities[] = {tr("polarity.naik"), tr("polarity.turun"), tr("polarity.tetap")};
  int polarity = static_cast<int>(indikator.polarity);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##polarity", &polarity, polarities, 3)) {
    indikator.polarity = static_cast<Polarity>(polarity);
    fields.intents.push_back(EditIndikator{indikator, {}});
    indikator = original;
  }
  if (fields.text("field.sumber_data", indikator.sumber_data)) edit("sumber");
  if (fields.text("field.penanggung_jawab", indikator.penanggung_jawab)) edit("pj");
  ImGui::TextDisabled("%s", tr("field.baseline"));
  std::string baseline = indikator.baseline.text;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##baseline", &baseline)) {
    indikator.baseline.text = baseline;
    edit("baseline");
  }
  ImGui::Spacing();
  for (Intent& intent : target_grid_view(document.info, original)) fields.intents.push_back(std::move(intent));
  if (fields.text("field.kondisi_akhir", indikator.kondisi_akhir.text)) edit("kondisi_akhir");
  ImGui::Spacing();
  if (ImGui::SmallButton(tr("action.move_up"))) fields.intents.push_back(MoveAmongSiblings{original.id, -1});
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("action.move_down"))) fields.intents.push_back(MoveAmongSiblings{original.id, +1});
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("action.delete_indikator"))) fields.intents.push_back(DeleteNode{original.id});
}

// In a Pemda document a sasaran of another OPD is named with its OPD ("[Dinas Sosial] SS1 ..."): codes repeat
// from one OPD to the next, and a link to another OPD is how Bappeda proposes crosscutting between them.
std::string other_opd_prefix(const Document& document, Id own_opd, Id sasaran) {
  Id opd = opd_of_sasaran(document, sasaran);
  return opd != kNoId && opd != own_opd ? "[" + opd_name(document, opd) + "] " : std::string();
}

void links_section(const Document& document, const TreeIndex& index, Id sasaran_id, Fields& fields) {
  const auto& links = index.links_from(sasaran_id);
  const bool pemda = is_pemda_document(document);
  const Id own_opd = pemda ? opd_of_sasaran(document, sasaran_id) : kNoId;
  heading(tr("inspector.crosscutting"));
  const char* statuses[] = {tr("link_status.usulan"), tr("link_status.diterima"), tr("link_status.ditolak")};
  for (Id link_id : links) {
    const CrosscuttingLink& link = document.links.at(link_id);
    ImGui::PushID(static_cast<int>(link_id));
    std::string partner = link.partner_name;
    if (const Sasaran* helper = document.find_sasaran(link.to))
      partner = (pemda ? other_opd_prefix(document, own_opd, link.to) : std::string()) + sasaran_label(*helper, 50);
    ImGui::TextWrapped("%s", partner.c_str());
    int status = static_cast<int>(link.status);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::Combo("##status", &status, statuses, 3))
      fields.intents.push_back(SetLinkStatus{link_id, static_cast<LinkStatus>(status)});
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("action.delete"))) fields.intents.push_back(DeleteLink{link_id});
    ImGui::PopID();
  }
  // A new link: another sasaran of this document that helps, or a partner outside it.
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##helped_by", tr("inspector.add_link"))) {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("##link_search", tr("search.hint"), &fields.view.link_search);
    int shown = 0;
    for (const auto& [id, candidate] : document.sasaran) {
      if (id == sasaran_id || shown >= 60) continue;
      std::string opd = pemda ? other_opd_prefix(document, own_opd, id) : std::string();
      if (!contains_folded(candidate.statement, fields.view.link_search) &&
          !contains_folded(candidate.code, fields.view.link_search) && !contains_folded(opd, fields.view.link_search))
        continue;
      ++shown;
      ImGui::PushID(static_cast<int>(id));
      if (ImGui::Selectable((opd + sasaran_label(candidate, 70)).c_str()))
        fields.intents.push_back(AddLink{sasaran_id, id, {}});
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  ImGui::InputTextWithHint("##partner", tr("inspector.partner_hint"), &fields.view.link_partner);
  ImGui::SameLine();
  if (ImGui::Button(tr("action.add_partner")) && !fields.view.link_partner.empty()) {
    fields.intents.push_back(AddLink{sasaran_id, kNoId, fields.view.link_partner});
    fields.view.link_partner.clear();
  }
}

void sasaran_fields(const Document& document, const TreeIndex& index, const Sasaran& original, Fields& fields,
                    Id focus_indikator) {
  heading(statement_label(document.info, original).c_str());
  Sasaran sasaran = original;
  auto edit = [&](const char* field) {
    fields.intents.push_back(EditSasaran{sasaran, key("sasaran", sasaran.id, field)});
    sasaran = original;
  };
  if (focus_indikator == kNoId) fields.maybe_focus();
  if (fields.text("field.statement", sasaran.statement, true)) edit("statement");
  if (fields.text("field.code", sasaran.code)) edit("code");

  ImGui::TextDisabled("%s", tr("field.statement_kind"));
  const char* kinds[] = {tr("statement_kind.sasaran"), tr("statement_kind.tujuan")};
  int kind = static_cast<int>(original.kind);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##statement_kind", &kind, kinds, 2)) {
    sasaran.kind = static_cast<StatementKind>(kind);
    if (sasaran.kind == StatementKind::Tujuan) sasaran.level = 0;  // a Tujuan sits above the Sasaran Strategis
    edit("kind");
  }
  if (original.kind == StatementKind::Sasaran) {
    ImGui::TextDisabled("%s", tr("field.level"));
    int levels = std::max<int>(static_cast<int>(document.info.levels.size()), original.level + 1);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##level", level_sasaran_label(document.info, original.level).c_str())) {
      for (int level = 0; level < levels; ++level)
        if (ImGui::Selectable(level_sasaran_label(document.info, level).c_str(), level == original.level)) {
          sasaran.level = level;
          edit("level");
        }
      ImGui::EndCombo();
    }
  }
  ImGui::TextDisabled("%s", tr("field.owner_unit"));
  const Unit* owner = document.find_unit(original.unit);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##unit", owner ? owner->name.c_str() : "?")) {
    for (const auto& [id, unit] : document.units) {
      ImGui::PushID(static_cast<int>(id));
      if (ImGui::Selectable(unit.name.c_str(), id == original.unit)) {
        sasaran.unit = id;
        edit("unit");
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }

  ImGui::TextDisabled("%s", tr("field.parent"));
  if (const Sasaran* parent = document.find_sasaran(original.parent)) {
    if (ImGui::Selectable(sasaran_label(*parent, 60).c_str())) fields.intents.push_back(SelectNode{parent->id, true});
    if (ImGui::SmallButton(tr("action.unlink"))) fields.intents.push_back(Reparent{original.id, kNoId});
  } else if (original.level > 0) {
    ImGui::TextColored(ImVec4(0.78f, 0.16f, 0.16f, 1), "%s", tr("inspector.not_linked"));
  } else {
    ImGui::TextUnformatted("\xE2\x80\x94");
  }
  ImGui::TextWrapped("%s", tr("inspector.reparent_hint"));
  if (original.link_origin == LinkOrigin::Suggested && original.parent != kNoId) {
    ImGui::TextColored(ImVec4(0.85f, 0.54f, 0, 1), "%s",
                       format(tr("inspector.suggested_link"), {std::to_string(static_cast<int>(original.suggestion_score * 100))}).c_str());
    if (ImGui::Button(tr("action.accept_link"))) fields.intents.push_back(AcceptSuggestion{original.id});
    ImGui::SameLine();
    if (ImGui::Button(tr("action.reject_link"))) fields.intents.push_back(Reparent{original.id, kNoId});
    unit_suggestion_buttons(document, original.unit, fields);
  }
  if (fields.text("field.note", sasaran.note, true)) edit("note");

  heading(tr("inspector.budget"));
  ImGui::TextDisabled("%s", tr("field.nomenclature_kind"));
  const char* nomenclature_kinds[] = {"\xE2\x80\x94", tr("nomenclature_kind.program"), tr("nomenclature_kind.kegiatan"),
                                      tr("nomenclature_kind.sub_kegiatan")};
  int nomenclature_kind = static_cast<int>(original.nomenclature.kind);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##nomenclature_kind", &nomenclature_kind, nomenclature_kinds, 4)) {
    sasaran.nomenclature.kind = static_cast<NomenclatureKind>(nomenclature_kind);
    edit("nomenclature_kind");
  }
  if (fields.text("field.nomenclature_kode", sasaran.nomenclature.kode)) edit("nomenclature_kode");
  if (fields.text("field.nomenclature_name", sasaran.nomenclature.name, true)) edit("nomenclature_name");
  if (fields.text("field.lokasi", sasaran.lokasi)) edit("lokasi");
  ImGui::Spacing();
  for (Intent& intent : pagu_grid_view(document.info, original)) fields.intents.push_back(std::move(intent));

  ImGui::Spacing();
  if (ImGui::Button(tr("action.add_child"))) fields.intents.push_back(AddChildSasaran{original.id});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.add_indikator"))) fields.intents.push_back(AddIndikator{original.id});
  if (ImGui::Button(tr("action.move_up"))) fields.intents.push_back(MoveAmongSiblings{original.id, -1});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.move_down"))) fields.intents.push_back(MoveAmongSiblings{original.id, +1});
  ImGui::SameLine();
  if (ImGui::Button(tr("action.delete"))) fields.view.delete_question = DeleteQuestion{original.id};

  const auto& indicators = index.sasaran_indikator(original.id);
  heading(format(tr(original.kind == StatementKind::Tujuan ? "inspector.indikator_tujuan_count"
                                                          : "inspector.indikator_count"),
                 {std::to_string(indicators.size())})
              .c_str());
  for (Id id : indicators) {
    const Indikator& indikator = document.indikator.at(id);
    ImGui::PushID(static_cast<int>(id));
    std::string title = (indikator.code.empty() ? "" : indikator.code + "  ") + indikator.name + "###header";
    if (id == focus_indikator) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
    if (ImGui::CollapsingHeader(title.c_str(), indicators.size() == 1 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
      ImGui::Indent(ImGui::GetFontSize() * 0.5f);
      indikator_fields(document, indikator, fields, id == focus_indikator);
      ImGui::Unindent(ImGui::GetFontSize() * 0.5f);
    }
    ImGui::PopID();
  }
  links_section(document, index, original.id, fields);
}

}  // namespace

Id next_suggested_link(const Document& document, Id after) {
  Id first = kNoId;
  for (const auto& [id, sasaran] : document.sasaran) {
    if (sasaran.link_origin != LinkOrigin::Suggested || sasaran.parent == kNoId) continue;
    if (first == kNoId) first = id;
    if (id > after) return id;
  }
  return first;
}

Intents inspector_view(const Document& document, const TreeIndex& index, ViewState& view,
                       std::size_t waiting) {
  Intents intents;
  Fields fields{intents, view};
  if (waiting > 0) {
    ImGui::TextColored(ImVec4(0.85f, 0.54f, 0, 1), "%s",
                       format(tr("inspector.suggestions_waiting"), {std::to_string(waiting)}).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("action.review_next"))) {
      Id next = next_suggested_link(document, view.selected);
      if (next != kNoId) intents.push_back(SelectNode{next, true});
    }
  }
  if (const Sasaran* sasaran = document.find_sasaran(view.selected)) {
    sasaran_fields(document, index, *sasaran, fields, kNoId);
  } else if (const Indikator* indikator = document.find_indikator(view.selected)) {
    if (const Sasaran* owner = document.find_sasaran(indikator->sasaran))
      sasaran_fields(document, index, *owner, fields, indikator->id);
  } else if (const Unit* unit = document.find_unit(view.selected)) {
    unit_fields(document, index, *unit, fields);
  } else {
    info_fields(document, fields);
  }
  return intents;
}

}  // namespace pokin::ui
