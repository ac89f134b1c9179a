#include "app/ui/export_dialog_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/ui/book_preview_view.h"
#include "app/ui/form_export_options_view.h"
#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

bool is_figure(ExportFormat format) {
  return format == ExportFormat::Svg || format == ExportFormat::Pdf || format == ExportFormat::Png ||
         format == ExportFormat::Docx;
}

// Pages as rectangles, the whole figure (`width` x `height` points, title block included) as a tinted area
// scaled onto them: how the PDF will tile.
void tiling_preview(const PageSetup& setup, double width, double height) {
  TileGrid grid = tile_grid(setup, width, height);
  PageSize page = page_size(setup);
  Rect content = content_area(setup);
  const float area_width = ImGui::GetContentRegionAvail().x, area_height = ImGui::GetFontSize() * 9;
  const double total_width = page.width * grid.columns, total_height = page.height * grid.rows;
  const float scale = static_cast<float>(std::min(area_width / total_width, area_height / total_height));
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  for (int row = 0; row < grid.rows; ++row)
    for (int column = 0; column < grid.columns; ++column) {
      ImVec2 a(origin.x + static_cast<float>(column * page.width) * scale, origin.y + static_cast<float>(row * page.height) * scale);
      ImVec2 b(a.x + static_cast<float>(page.width) * scale - 2, a.y + static_cast<float>(page.height) * scale - 2);
      draw_list->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255));
      draw_list->AddRect(a, b, IM_COL32(90, 100, 115, 255));
      // The part of this page the figure covers.
      double visible_width = std::max(0.0, std::min(content.width, width * grid.scale - column * (content.width - (grid.pages() > 1 ? setup.overlap : 0))));
      double visible_height = std::max(0.0, std::min(content.height, height * grid.scale - row * (content.height - (grid.pages() > 1 ? setup.overlap : 0))));
      ImVec2 c(a.x + static_cast<float>(content.x) * scale, a.y + static_cast<float>(content.y) * scale);
      draw_list->AddRectFilled(c, ImVec2(c.x + static_cast<float>(visible_width) * scale, c.y + static_cast<float>(visible_height) * scale),
                               IM_COL32(47, 93, 138, 90));
    }
  ImGui::Dummy(ImVec2(area_width, static_cast<float>(total_height) * scale + 4));
}

// Everything the preview depends on, so it is measured again only when one of them changes.
std::string preview_key(const ExportRequest& request, const Geometry& figure) {
  char key[256];
  std::snprintf(key, sizeof key, "%d %d %d %d %d %d %d %d %d %p %zu %.3f %.3f", static_cast<int>(request.format),
                static_cast<int>(request.page.paper), static_cast<int>(request.page.orientation),
                static_cast<int>(request.page.pages), request.signature, request.badges,
                static_cast<int>(request.figure_language), static_cast<int>(request.colour), request.capaian_year,
                static_cast<const void*>(&figure), figure.boxes.size(), figure.bounds.width, figure.bounds.height);
  return key;
}

std::string centimetres(double points) {
  return format_points(points / 72 * 2.54, current_language());
}

// What will print, then what to do about text too small to read and a year without realisasi.
void print_summary(ExportDialogState& state, const Document& document, const Geometry& figure) {
  const ExportRequest& request = state.request;
  if (request.fit) {
    // A book is planned branch by branch (seconds on a Pemda-size tree): the dialog says what it will be, and on
    // the planner's request shows the real pages, planned on the shell's background job.
    const char* papers[] = {"A4", "A3", "F4"};
    const char* paper = papers[static_cast<int>(request.page.paper)];
    const bool current = state.book && state.book_key == book_preview_key(request);
    if (!current) {
      state.shown.push_back(format(tr("export.summary_book"), {paper, format_points(request.fit->min_text, current_language())}));
      ImGui::TextWrapped("%s", state.shown.back().c_str());
      if (state.book_planning) {
        ImGui::TextUnformatted(tr("export.planning_pages"));
      } else if (ImGui::Button(tr("export.preview_pages"))) {
        state.book_wanted = true;
      }
      return;
    }
    const FigureBook& book = state.book->book;
    book_preview_view(book);
    state.shown.push_back(format(tr("export.book_pages"), {std::to_string(book.pages.size()), paper,
                                                          format_points(book.smallest_text, current_language())}));
    ImGui::TextWrapped("%s", state.shown.back().c_str());
    for (const Bilingual& warning : state.book->warnings) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.72f, 0.29f, 0.0f, 1.0f));
      ImGui::TextWrapped("%s", warning.in(current_language()).c_str());
      ImGui::PopStyleColor();
      state.shown.push_back(warning.in(current_language()));
    }
    return;
  }
  std::string key = preview_key(request, figure);
  if (key != state.preview_key || !state.preview) {
    state.preview = preview_export(document, request, figure);
    state.preview_key = key;
  }
  const ExportPreview& preview = *state.preview;
  if (request.format == ExportFormat::Pdf) tiling_preview(request.page, preview.width, preview.height);
  state.shown.push_back(export_print_summary(request.format, request.page, preview));
  ImGui::TextWrapped("%s", state.shown.back().c_str());
  std::vector<std::string> warnings;
  if (preview.printed.smallest > 0 && preview.printed.smallest < kDefaultMinText)
    warnings.push_back(format(tr(request.format == ExportFormat::Pdf ? "export.small_text_pdf" : "export.small_text"),
                              {format_points(preview.printed.smallest, current_language()),
                               format_points(kDefaultMinText, current_language())}));
  if (preview.capaian_warning) warnings.push_back(preview.capaian_warning->in(current_language()));
  for (const std::string& warning : warnings) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.72f, 0.29f, 0.0f, 1.0f));
    ImGui::TextWrapped("%s", warning.c_str());
    ImGui::PopStyleColor();
    state.shown.push_back(warning);
  }
}

// The figure's options: format, branch, the figure book, paper, PNG resolution, signature, badges, language, and
// what will print.
void figure_options(ExportDialogState& state, const Document& document, const Geometry* figure, Id selected) {
  ExportRequest& request = state.request;
  const char* formats[] = {"SVG (Word, LibreOffice)", "PDF",          "PNG",        "DOT (Graphviz)",
                           tr("export.csv"),          "XLSX (Excel)", "DOCX (Word)"};
  int format_index = static_cast<int>(request.format);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##format", &format_index, formats, 7)) request.format = static_cast<ExportFormat>(format_index);
  if (!is_figure(request.format) || request.format == ExportFormat::Dot) request.fit.reset();
  ImGui::BeginDisabled(selected == kNoId);
  ImGui::Checkbox(tr("export.branch_only"), &state.selected_branch_only);
  ImGui::EndDisabled();
  if (selected == kNoId) state.selected_branch_only = false;

  if (is_figure(request.format)) {
    bool book = request.fit.has_value();
    if (ImGui::Checkbox(tr("export.book"), &book)) {
      if (book) request.fit = FitRequest{kDefaultMinText};
      else request.fit.reset();
    }
  }
  if (request.format == ExportFormat::Pdf || request.format == ExportFormat::Docx || request.fit) {
    const char* papers[] = {"A4", "A3", "F4"};
    int paper = static_cast<int>(request.page.paper);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    if (ImGui::Combo(tr("export.paper"), &paper, papers, 3)) request.page.paper = static_cast<Paper>(paper);
    int orientation = static_cast<int>(request.page.orientation);
    ImGui::RadioButton(tr("export.landscape"), &orientation, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("export.portrait"), &orientation, 1);
    request.page.orientation = static_cast<Orientation>(orientation);
    if (request.format == ExportFormat::Pdf && !request.fit) {
      int pages = static_cast<int>(request.page.pages);
      ImGui::RadioButton(tr("export.fit_one_page"), &pages, 0);
      ImGui::SameLine();
      ImGui::RadioButton(tr("export.tile"), &pages, 1);
      request.page.pages = static_cast<Pages>(pages);
    }
  }
  if (request.format == ExportFormat::Png) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputInt("DPI", &request.dpi, 50);
    request.dpi = std::clamp(request.dpi, 72, 600);
  }
  if (is_figure(request.format)) {
    ImGui::Checkbox(tr("export.signature"), &request.signature);
    ImGui::Checkbox(tr("export.badges"), &request.badges);
    int figure_language = static_cast<int>(request.figure_language);
    const char* languages[] = {"Bahasa Indonesia", "English"};
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    if (ImGui::Combo(tr("export.figure_language"), &figure_language, languages, 2))
      request.figure_language = static_cast<Language>(figure_language);
    if (figure && figure->bounds.width > 0) print_summary(state, document, *figure);
  }
  if (request.format == ExportFormat::Csv) {
    int table = static_cast<int>(request.table);
    ImGui::RadioButton(tr("export.matrix"), &table, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("export.iku"), &table, 1);
    request.table = static_cast<ExportTable>(table);
  }
}

}  // namespace

std::string book_preview_key(const ExportRequest& request) {
  char key[256];
  std::snprintf(key, sizeof key, "%d %d %d %.2f %lld %d %d %d %d %d %d", static_cast<int>(request.format),
                static_cast<int>(request.page.paper), static_cast<int>(request.page.orientation),
                request.fit ? request.fit->min_text : 0.0, static_cast<long long>(request.view.branch),
                request.view.max_levels, static_cast<int>(request.colour), request.capaian_year, request.badges,
                static_cast<int>(request.figure_language), static_cast<int>(request.view.granularity));
  return key;
}

const char* export_extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::Svg: return ".svg";
    case ExportFormat::Pdf: return ".pdf";
    case ExportFormat::Png: return ".png";
    case ExportFormat::Dot: return ".dot";
    case ExportFormat::Csv: return ".csv";
    case ExportFormat::Xlsx: return ".xlsx";
    case ExportFormat::Docx: return ".docx";
  }
  return "";
}

std::string export_print_summary(ExportFormat export_format, const PageSetup& page, const ExportPreview& preview) {
  const std::string smallest = format_points(preview.printed.smallest, current_language());
  if (export_format == ExportFormat::Pdf) {
    const char* papers[] = {"A4", "A3", "F4"};
    return format(tr(preview.printed.pages == 1 ? "export.summary_page" : "export.summary_pages"),
                  {std::to_string(preview.printed.pages), papers[static_cast<int>(page.paper)], smallest,
                   std::to_string(static_cast<int>(preview.printed.scale * 100 + 0.5))});
  }
  return format(tr(preview.printed.scale < 1 ? "export.summary_inserted" : "export.summary_natural"),
                {centimetres(preview.width), centimetres(preview.height), smallest});
}

std::optional<ExportRequest> export_dialog_view(ExportDialogState& state, const Document& document,
                                                const Geometry* figure, Id selected) {
  std::optional<ExportRequest> chosen;
  const std::string title = std::string(tr("export.title")) + "###export";
  if (state.open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  // Height 0 every frame: the dialog fits what it shows now (the PDF options, the summary and its warnings).
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Always);
  if (!ImGui::BeginPopupModal(title.c_str(), &state.open)) return chosen;
  ExportRequest& request = state.request;
  state.shown.clear();

  int what = state.form_chosen ? 1 : 0;
  ImGui::RadioButton(tr("export.what_figure"), &what, 0);
  ImGui::SameLine();
  ImGui::RadioButton(tr("export.what_form"), &what, 1);
  if ((what == 1) != state.form_chosen) {
    state.form_chosen = what == 1;
    request.format = state.form_chosen ? ExportFormat::Xlsx : ExportFormat::Svg;
  }
  if (state.form_chosen) {
    request.fit.reset();
    form_export_options_view(state.form, request, document);
    request.form = state.form;
  } else {
    request.form.reset();
    figure_options(state, document, figure, selected);
  }
  ImGui::Spacing();
  if (ImGui::Button(tr("export.export"))) {
    chosen = request;
    state.open = false;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"))) state.open = false;
  if (!state.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace pokin::ui
