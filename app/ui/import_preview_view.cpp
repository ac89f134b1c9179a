#include "app/ui/import_preview_view.h"

#include <imgui.h>
#include <imgui_internal.h>  // PushOverrideID: the role drop-downs keep one id wherever the table sits

#include <algorithm>
#include <functional>

#include "app/ui/column_roles.h"
#include "app/ui/outline_view.h"
#include "app/ui/strings.h"
#include "core/spreadsheet/cell_reference.h"

namespace pokin::ui {
namespace {

// ImGui 1.86 tables hold at most 64 columns; two are the line and what the row became.
constexpr int kMostSourceColumns = 62;
constexpr std::size_t kCellChars = 48;
constexpr std::size_t kTreeLabelChars = 110;
constexpr std::size_t kProblemsWrapped = 300;

const ImVec4 kProblemColour(0.80f, 0.16f, 0.16f, 1);
const ImVec4 kGuessColour(0.85f, 0.52f, 0.0f, 1);

ImGuiID role_seed(int column) {
  return ImHashData(&column, sizeof(column), ImHashStr("import_preview_role"));
}

// The first line of a cell, trimmed and shortened (UTF-8 kept whole); `shortened` says whether anything was cut.
std::string cell_text(const std::string& cell, bool& shortened) {
  std::size_t begin = cell.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) {
    shortened = false;
    return {};
  }
  std::size_t end = cell.find_last_not_of(" \t\r\n") + 1;
  std::string text = cell.substr(begin, end - begin);
  std::size_t cut = std::min(text.find('\n'), kCellChars);
  shortened = cut < text.size();
  if (!shortened) return text;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

// Column 3 (0-based 2) is "C".
std::string column_name(int column) {
  return spreadsheet::column_letters(column) + " \xC2\xB7 " + std::to_string(column + 1);
}

struct Dialog {
  ImportPreview& preview;
  const ImportPreviewRun& run;
  const Language language = current_language();

  const import::ImportReport* report() const { return run.result ? &run.result->report : nullptr; }

  const import::ColumnDecision* first_decision(int column) const {
    auto found = run.decisions_of_column.find(column);
    if (!report() || found == run.decisions_of_column.end()) return nullptr;
    return &report()->columns[found->second.front()];
  }

  void summary() {
    const import::SourceTable& table = *run.table;
    if (run.result) {
      const Document& document = run.result->document;
      std::size_t indikator = document.indikator.size();
      ImGui::TextUnformatted(format(tr("preview.read"), {std::to_string(document.units.size()),
                                                         std::to_string(document.sasaran.size()),
                                                         std::to_string(indikator)})
                                 .c_str());
    } else if (run.failure) {
      ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
      ImGui::TextUnformatted(tr("preview.failed"));
      ImGui::PopStyleColor();
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::TextDisabled("%s", format(tr("preview.rows_shown"), {std::to_string(table.rows.size()),
                                                                 std::to_string(table.total_rows)})
                                  .c_str());
    if (table.of_cells) {  // a decree or listing has no header to choose
      ImGui::SameLine(0, ImGui::GetFontSize() * 2);
      int header_rows = preview.options.header_rows;
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
      if (ImGui::InputInt(tr("preview.header_rows"), &header_rows)) choose_header_rows(preview, header_rows);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("preview.header_rows_hint"));
      ImGui::SameLine();
      int header_line = preview.options.header_line;
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
      if (ImGui::InputInt(tr("preview.header_line"), &header_line)) choose_header_line(preview, header_line);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("preview.header_line_hint"));
    }
    if (preview.profile_note) {
      ImGui::SameLine(0, ImGui::GetFontSize() * 2);
      if (preview.profile_failed) ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
      ImGui::TextUnformatted(preview.profile_note->in(current_language()).c_str());
      if (preview.profile_failed) ImGui::PopStyleColor();
    }
    if (preview.running || preview.run_wanted) {
      ImGui::SameLine(0, ImGui::GetFontSize() * 2);
      ImGui::TextColored(kGuessColour, "%s", tr("preview.rerunning"));
    }
  }

  void role_combo(int column, const std::vector<ColumnRole>& roles) {
    const import::ColumnDecision* decision = first_decision(column);
    const std::string chosen = chosen_column_role(preview, column);
    std::string shown = "?";
    bool left_out = false;
    if (!chosen.empty()) {
      shown = chosen;
      for (const ColumnRole& role : roles)
        if (role.name == chosen) shown = role.label;
    } else if (decision) {
      shown = column_role_label(decision->field);
      left_out = decision->cells_left_out > 0;
    }
    ImGui::PushOverrideID(role_seed(column));
    if (!chosen.empty()) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (left_out) ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool open = ImGui::BeginCombo("##role", shown.c_str(), ImGuiComboFlags_HeightLarge);
    if (left_out) ImGui::PopStyleColor();
    if (!chosen.empty()) ImGui::PopStyleColor();
    if (!open && ImGui::IsItemHovered()) role_tooltip(column, decision, chosen);
    if (open) {
      for (const ColumnRole& role : roles) {
        const bool selected = role.name == chosen;
        if (ImGui::Selectable(role.label.c_str(), selected)) choose_column_role(preview, column, role.name);
        if (selected) ImGui::SetItemDefaultFocus();
      }
      ImGui::EndCombo();
    }
    ImGui::PopID();
  }

  void role_tooltip(int column, const import::ColumnDecision* decision, const std::string& chosen) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    if (!chosen.empty()) ImGui::TextUnformatted(tr("preview.role_chosen"));
    if (!decision) {
      ImGui::TextUnformatted(tr("preview.role_unknown"));
    } else {
      auto found = run.decisions_of_column.find(column);
      for (std::size_t index : found->second) {
        const import::ColumnDecision& each = report()->columns[index];
        ImGui::TextUnformatted(format(tr("preview.role_of_table"),
                                      {std::to_string(each.table + 1), each.header, column_role_label(each.field),
                                       each.chosen ? tr("preview.chosen") : tr("preview.guessed")})
                                   .c_str());
        ImGui::TextUnformatted(format(tr("preview.role_cells"), {std::to_string(each.cells_stored),
                                                                 std::to_string(each.cells_left_out)})
                                   .c_str());
      }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }

  std::string became(int line) const {
    if (!report()) return {};
    if (auto row = run.row_at_line.find(line); row != run.row_at_line.end())
      return report()->rows[row->second].became.in(language);
    if (run.header_lines.count(line)) return tr("preview.row_header");
    if (run.not_understood_at_line.count(line)) return tr("preview.row_not_understood");
    return {};
  }

  // Wide enough for the longest cell shown (within limits), so text columns read and number columns stay narrow.
  const std::vector<float>& column_widths(const import::SourceTable& source, int columns) {
    ImportPreviewViewState& view = preview.view;
    if (view.widths_of == &source && static_cast<int>(view.column_widths.size()) == columns) return view.column_widths;
    const float font = ImGui::GetFontSize();
    view.widths_of = &source;
    view.column_widths.assign(columns, font * 7);
    for (const import::TableRow& row : source.rows)
      for (int column = 0; column < std::min(columns, static_cast<int>(row.cells.size())); ++column) {
        bool shortened = false;
        const float width = ImGui::CalcTextSize(cell_text(row.cells[column], shortened).c_str()).x;
        view.column_widths[column] = std::max(view.column_widths[column], width + font);
      }
    // One column (the lines of a decree or listing) may take the width of the dialog.
    const float widest = columns == 1 ? font * 70 : font * 22;
    for (float& width : view.column_widths) width = std::min(width, widest);
    return view.column_widths;
  }

  void table(float height) {
    const import::SourceTable& source = *run.table;
    int columns = static_cast<int>(source.columns);
    if (report())
      for (const import::ColumnDecision& decision : report()->columns) columns = std::max(columns, decision.column + 1);
    if (source.rows.empty() || columns == 0) {
      ImGui::BeginChild("no_table", ImVec2(0, height), true);
      ImGui::TextWrapped("%s", tr("preview.no_table"));
      ImGui::EndChild();
      return;
    }
    const int shown_columns = std::min(columns, kMostSourceColumns);
    const std::vector<ColumnRole> roles = offered_column_roles(run.years);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Borders |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##preview_table", shown_columns + 2, flags, ImVec2(0, height))) return;
    const float font = ImGui::GetFontSize();
    // Lines of a decree or listing have no columns to give roles to.
    ImGui::TableSetupScrollFreeze(2, source.of_cells ? 2 : 1);
    ImGui::TableSetupColumn(tr("preview.line"), ImGuiTableColumnFlags_WidthFixed, font * 3.5f);
    ImGui::TableSetupColumn(tr("preview.became"), ImGuiTableColumnFlags_WidthFixed, font * 9);
    const std::vector<float>& widths = column_widths(source, shown_columns);
    for (int column = 0; column < shown_columns; ++column)
      ImGui::TableSetupColumn(column_name(column).c_str(), ImGuiTableColumnFlags_WidthFixed, widths[column]);

    // Two frozen rows: the column (letter, number, header as composed) and its role.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(tr("preview.line"));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(tr("preview.became"));
    for (int column = 0; column < shown_columns; ++column) {
      ImGui::TableSetColumnIndex(column + 2);
      const import::ColumnDecision* decision = first_decision(column);
      bool shortened = false;
      std::string header = decision ? cell_text(decision->header, shortened) : std::string();
      ImGui::TextUnformatted((column_name(column) + (header.empty() ? "" : "  " + header)).c_str());
      if (decision && !decision->header.empty() && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", decision->header.c_str());
    }
    if (source.of_cells) {
      ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("%s", tr("preview.role"));
      for (int column = 0; column < shown_columns; ++column) {
        ImGui::TableSetColumnIndex(column + 2);
        role_combo(column, roles);
      }
    }

    const ImU32 header_colour = ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.55f);
    const ImU32 problem_colour = ImGui::GetColorU32(ImVec4(0.85f, 0.2f, 0.2f, 0.22f));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(source.rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const import::TableRow& row = source.rows[i];
        ImGui::TableNextRow();
        if (run.header_lines.count(row.line)) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, header_colour);
        else if (run.not_understood_at_line.count(row.line))
          ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, problem_colour);
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%d", row.line);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(became(row.line).c_str());
        if (auto problem = run.not_understood_at_line.find(row.line);
            problem != run.not_understood_at_line.end() && ImGui::IsItemHovered())
          ImGui::SetTooltip("%s", report()->lines[problem->second].reason.in(language).c_str());
        const int cells = std::min(static_cast<int>(row.cells.size()), shown_columns);
        for (int column = 0; column < cells; ++column) {
          bool shortened = false;
          std::string text = cell_text(row.cells[column], shortened);
          if (text.empty()) continue;
          ImGui::TableSetColumnIndex(column + 2);
          ImGui::TextUnformatted(text.c_str());
          if (shortened && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(font * 30);
            ImGui::TextUnformatted(row.cells[column].c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
          }
        }
      }
    }
    ImGui::EndTable();
    if (columns > shown_columns)
      ImGui::TextDisabled("%s", format(tr("preview.columns_hidden"), {std::to_string(columns - shown_columns)}).c_str());
  }

  // A tree drawn as a flat list of the rows whose ancestors are all unfolded, so it can be clipped.
  struct TreeRow {
    Id id;
    int depth;
    bool has_children;
  };

  static void flatten(const std::vector<Id>& ids, int depth, const std::function<const std::vector<Id>&(Id)>& children,
                      const std::unordered_set<Id>& open, std::vector<TreeRow>& rows) {
    for (Id id : ids) {
      const std::vector<Id>& below = children(id);
      rows.push_back({id, depth, !below.empty()});
      if (!below.empty() && open.count(id)) flatten(below, depth + 1, children, open, rows);
    }
  }

  static void tree(const char* name, const std::vector<TreeRow>& rows, std::unordered_set<Id>& open,
                   const std::function<std::string(Id)>& label, const std::function<void(Id)>& tooltip) {
    ImGui::BeginChild(name, ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    const float indent = ImGui::GetStyle().IndentSpacing;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const TreeRow& row = rows[i];
        const bool was_open = open.count(row.id) > 0;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + row.depth * indent);
        ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_SpanAvailWidth;
        if (!row.has_children) flags |= ImGuiTreeNodeFlags_Leaf;
        ImGui::SetNextItemOpen(was_open);
        const bool now_open = ImGui::TreeNodeEx(reinterpret_cast<void*>(static_cast<intptr_t>(row.id)), flags, "%s",
                                                label(row.id).c_str());
        if (ImGui::IsItemHovered()) tooltip(row.id);
        if (row.has_children && now_open != was_open) {
          if (now_open) open.insert(row.id);
          else open.erase(row.id);
        }
      }
    }
    ImGui::EndChild();
  }

  // The title of a pane of the result; false (and says so) when there is no result to show.
  bool pane_title(const char* key) const {
    ImGui::TextUnformatted(tr(key));
    ImGui::Separator();
    if (!run.result) ImGui::TextDisabled("%s", tr("preview.nothing_read"));
    return run.result.has_value();
  }

  void units_pane() {
    if (!pane_title("preview.units")) return;
    const Document& document = run.result->document;
    const TreeIndex& index = *run.index;
    // The head and its direct units show at first: most tables name few units.
    if (preview.view.open_units.empty())
      for (Id root : index.root_units()) preview.view.open_units.insert(root);
    std::vector<TreeRow> rows;
    flatten(index.root_units(), 0, [&](Id id) -> const std::vector<Id>& { return index.child_units(id); },
            preview.view.open_units, rows);
    tree("units", rows, preview.view.open_units,
         [&](Id id) {
           std::size_t indikator = 0;
           for (Id sasaran : index.unit_sasaran(id)) indikator += index.sasaran_indikator(sasaran).size();
           return format(tr("preview.unit_counts"), {document.units.at(id).name, std::to_string(index.unit_sasaran(id).size()),
                                                     std::to_string(indikator)});
         },
         [&](Id id) {
           const Unit& unit = document.units.at(id);
           if (!unit.jabatan.empty()) ImGui::SetTooltip("%s", unit.jabatan.c_str());
         });
  }

  std::string statement_kind(const Sasaran& sasaran) const {
    if (sasaran.kind == StatementKind::Tujuan) return tr("role.tujuan");
    return level_sasaran_label(run.result->document.info, sasaran.level);
  }

  void sasaran_pane() {
    if (!pane_title("preview.tree")) return;
    const Document& document = run.result->document;
    const TreeIndex& index = *run.index;
    std::vector<TreeRow> rows;
    flatten(index.root_sasaran(), 0, [&](Id id) -> const std::vector<Id>& { return index.child_sasaran(id); },
            preview.view.open_sasaran, rows);
    tree("sasaran", rows, preview.view.open_sasaran,
         [&](Id id) {
           const Sasaran& sasaran = document.sasaran.at(id);
           return "[" + statement_kind(sasaran) + "] " + sasaran_label(sasaran, kTreeLabelChars) + "  (" +
                  std::to_string(index.sasaran_indikator(id).size()) + ")";
         },
         [&](Id id) { sasaran_tooltip(document, index, document.sasaran.at(id)); });
  }

  void sasaran_tooltip(const Document& document, const TreeIndex& index, const Sasaran& sasaran) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(sasaran.statement.c_str());
    if (const Unit* unit = document.find_unit(sasaran.unit)) ImGui::TextDisabled("%s", unit->name.c_str());
    if (!sasaran.nomenclature.empty())
      ImGui::TextDisabled("%s", (sasaran.nomenclature.kode + " " + sasaran.nomenclature.name).c_str());
    for (Id id : index.sasaran_indikator(sasaran.id))
      ImGui::BulletText("%s", document.indikator.at(id).name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }

  // The problems, in this order: the failure, columns that left cells out, notes, lines not understood.
  void problems_pane() {
    const import::ImportReport* found = report();
    const std::size_t failures = run.failure ? 1 : 0;
    const std::size_t columns = found ? run.columns_leaving_cells.size() : 0;
    const std::size_t notes = found ? found->notes.size() : 0;
    const std::size_t lines = found ? found->lines.size() : 0;
    ImGui::TextUnformatted(format(tr("preview.problems"), {std::to_string(lines), std::to_string(columns),
                                                           std::to_string(notes)})
                               .c_str());
    ImGui::Separator();
    // A few problems read best wrapped; many are clipped to the screen, one line each (the clipper needs rows of
    // one height), read sideways.
    const std::size_t total = failures + columns + notes + lines;
    const bool clipped = total > kProblemsWrapped;
    ImGui::BeginChild("problems", ImVec2(0, 0), false, clipped ? ImGuiWindowFlags_HorizontalScrollbar : 0);
    auto show = [&](const std::string& text, const ImVec4* colour) {
      if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
      if (clipped) ImGui::TextUnformatted(text.c_str());
      else ImGui::TextWrapped("%s", text.c_str());
      if (colour) ImGui::PopStyleColor();
    };
    auto problem = [&](std::size_t at) {
      if (at < failures) return show(run.failure->in(language), &kProblemColour);
      at -= failures;
      if (at < columns) {
        const import::ColumnDecision& column = found->columns[run.columns_leaving_cells[at]];
        return show(format(tr("preview.column_left_out"), {column_name(column.column), column.header,
                                                            column_role_label(column.field),
                                                            std::to_string(column.cells_left_out)}),
                    &kGuessColour);
      }
      at -= columns;
      if (at < notes) return show(found->notes[at].in(language), nullptr);
      at -= notes;
      const import::NotUnderstoodLine& line = found->lines[at];
      bool shortened = false;
      show(format(tr("preview.line_not_understood"),
                  {std::to_string(line.line), cell_text(line.text, shortened), line.reason.in(language)}),
           nullptr);
    };
    if (!clipped) {
      for (std::size_t i = 0; i < total; ++i) problem(i);
    } else {
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(total));
      while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) problem(static_cast<std::size_t>(i));
    }
    ImGui::EndChild();
  }
};

}  // namespace

unsigned int column_role_widget_id(int column) { return ImHashStr("##role", 0, role_seed(column)); }

ImportPreviewAnswer import_preview_view(ImportPreview& preview) {
  const std::string title = format(tr("preview.title"), {preview.source}) + "###import_preview";
  if (preview.shown && preview.run && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.94f, viewport->Size.y * 0.92f), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return ImportPreviewAnswer::None;
  ImportPreviewAnswer answer = ImportPreviewAnswer::None;
  if (!preview.shown || !preview.run) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
  }
  Dialog dialog{preview, *preview.run};
  dialog.summary();
  const float buttons = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  const float available = ImGui::GetContentRegionAvail().y - buttons;
  dialog.table(available * 0.56f);

  const float lower = ImGui::GetContentRegionAvail().y - buttons;
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::BeginChild("units_pane", ImVec2(width * 0.22f, lower), true);
  dialog.units_pane();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("tree_pane", ImVec2(width * 0.44f, lower), true);
  dialog.sasaran_pane();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("problems_pane", ImVec2(0, lower), true);
  dialog.problems_pane();
  ImGui::EndChild();

  ImGui::BeginDisabled(!preview.ready());
  if (ImGui::Button(tr("preview.apply"))) answer = ImportPreviewAnswer::Apply;
  ImGui::EndDisabled();
  ImGui::SameLine();
  // Esc cancels too, unless it is closing a drop-down (then the drop-down, not the dialog, has the focus).
  if (ImGui::Button(tr("dialog.cancel")) ||
      (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows | ImGuiFocusedFlags_NoPopupHierarchy) &&
       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
    answer = ImportPreviewAnswer::Cancel;
  ImGui::SameLine();
  ImGui::BeginDisabled(!preview.run->result);
  if (ImGui::Button(tr("import.copy")))
    ImGui::SetClipboardText(import::render_report(preview.run->result->document, preview.run->result->report, current_language()).c_str());
  ImGui::EndDisabled();
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  if (ImGui::Button(tr("preview.save_profile"))) answer = ImportPreviewAnswer::SaveProfile;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("preview.save_profile_hint"));
  ImGui::SameLine();
  if (ImGui::Button(tr("preview.load_profile"))) answer = ImportPreviewAnswer::LoadProfile;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("preview.load_profile_hint"));
  if (!preview.ready() && preview.run->result) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("preview.apply_waits"));
  }
  if (answer == ImportPreviewAnswer::Apply || answer == ImportPreviewAnswer::Cancel) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return answer;
}

}  // namespace pokin::ui
