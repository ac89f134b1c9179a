#include "app/ui/form_export_options_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>
#include <string>

#include "app/ui/strings.h"

namespace pokin::ui {

std::vector<Id> units_with_sasaran(const Document& document) {
  std::set<Id> owners;
  for (const auto& [id, sasaran] : document.sasaran) owners.insert(sasaran.unit);
  std::vector<Id> units;
  for (Id id : owners)
    if (document.find_unit(id)) units.push_back(id);
  std::stable_sort(units.begin(), units.end(), [&](Id a, Id b) {
    const Unit &x = document.units.at(a), &y = document.units.at(b);
    if (x.kind != y.kind) return x.kind < y.kind;
    return x.order < y.order;
  });
  return units;
}

void form_export_options_view(FormRequest& form, ExportRequest& request, const Document& document) {
  const char* kinds[] = {tr("export.form_matrix"), tr("export.form_iku"), tr("export.form_pk"),
                         tr("export.form_renstra"), tr("export.form_lkjip"), tr("export.form_penjenjangan")};
  int kind = static_cast<int>(form.kind);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##form", &kind, kinds, static_cast<int>(std::size(kinds)))) {
    form.kind = static_cast<FormKind>(kind);
    form.orientation = form.kind == FormKind::Pk ? Orientation::Portrait : Orientation::Landscape;
  }
  // Forms are tables and signed pages: the figure formats do not apply.
  const ExportFormat formats[] = {ExportFormat::Xlsx, ExportFormat::Docx, ExportFormat::Pdf, ExportFormat::Csv};
  const char* format_names[] = {"XLSX (Excel)", "DOCX (Word)", "PDF", "CSV"};
  int format = static_cast<int>(std::find(std::begin(formats), std::end(formats), request.format) - std::begin(formats));
  if (format >= 4) format = 0;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  ImGui::Combo(tr("export.format"), &format, format_names, 4);
  request.format = formats[format];

  // The list of units is read from the document only while the combo is open, not every frame.
  std::string current = form.unit.empty() ? tr(form.kind == FormKind::Pk ? "export.unit_each" : "export.unit_all")
                                          : form.unit;
  if (const Unit* unit = document.find_unit(std::atoll(form.unit.c_str()))) current = unit->name;
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7);
  if (form.kind == FormKind::Penjenjangan) form.unit.clear();  // the table covers every OPD
  if (form.kind != FormKind::Penjenjangan && ImGui::BeginCombo(tr("export.unit"), current.c_str())) {
    const std::vector<Id> units = units_with_sasaran(document);
    if (ImGui::Selectable(tr(form.kind == FormKind::Pk ? "export.unit_each" : "export.unit_all"), form.unit.empty()))
      form.unit.clear();
    for (Id id : units) {
      ImGui::PushID(static_cast<int>(id));
      if (ImGui::Selectable(document.units.at(id).name.c_str(), form.unit == std::to_string(id)))
        form.unit = std::to_string(id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }

  const DocumentInfo& info = document.info;
  std::string year = form.year == 0 ? tr(form.kind == FormKind::Pk || form.kind == FormKind::Lkjip ? "export.year_auto"
                                                                                                    : "export.year_all")
                                    : std::to_string(form.year);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  if (ImGui::BeginCombo(tr("export.year"), year.c_str())) {
    if (ImGui::Selectable(tr(form.kind == FormKind::Pk || form.kind == FormKind::Lkjip ? "export.year_auto"
                                                                                      : "export.year_all"),
                          form.year == 0))
      form.year = 0;
    for (int y = info.period_start; y > 0 && y <= info.period_end; ++y)
      if (ImGui::Selectable(std::to_string(y).c_str(), form.year == y)) form.year = y;
    ImGui::EndCombo();
  }
  if (form.year != 0 && !info.in_period(form.year)) form.year = 0;  // the period was edited meanwhile
  if (form.kind == FormKind::Iku) ImGui::Checkbox(tr("export.iku_targets"), &form.targets);

  if (request.format != ExportFormat::Csv) {
    const char* papers[] = {"A4", "A3", "F4"};
    int paper = static_cast<int>(form.paper);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    if (ImGui::Combo(tr("export.paper"), &paper, papers, 3)) form.paper = static_cast<Paper>(paper);
    int orientation = static_cast<int>(form.orientation);
    ImGui::RadioButton(tr("export.landscape"), &orientation, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("export.portrait"), &orientation, 1);
    form.orientation = static_cast<Orientation>(orientation);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint(tr("export.place"), tr("export.place_hint"), &form.place);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint(tr("export.date"), tr("export.date_today"), &form.date);
  } else {
    int separator = request.csv.separator == CsvSeparator::Comma ? 1 : request.csv.separator == CsvSeparator::Tab ? 2 : 0;
    ImGui::RadioButton(tr("export.sep_semicolon"), &separator, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("export.sep_comma"), &separator, 1);
    ImGui::SameLine();
    ImGui::RadioButton(tr("export.sep_tab"), &separator, 2);
    request.csv = separator == 1 ? CsvStyle{CsvSeparator::Comma, '.'}
                  : separator == 2 ? CsvStyle{CsvSeparator::Tab, ','}
                                   : CsvStyle{CsvSeparator::Semicolon, ','};
  }
}

}  // namespace pokin::ui
