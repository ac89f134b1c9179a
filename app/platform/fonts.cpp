#include "app/platform/fonts.h"

#include <imgui_freetype.h>

#include <filesystem>
#include <initializer_list>

#include "app/ui/canvas_environment.h"

namespace pokin::platform {
namespace {

// Latin, Latin-1/Extended-A, Greek (Σ in formulas), punctuation (– — … • ›), arrows, maths (≥ ≤ ×).
const ImWchar kRanges[] = {0x0020, 0x017F, 0x0370, 0x03FF, 0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};

const char* first_existing(std::initializer_list<const char*> paths) {
  std::error_code error;
  for (const char* path : paths)
    if (std::filesystem::exists(path, error)) return path;
  return nullptr;
}

ImFont* add(const char* path, float size) {
  if (!path) return nullptr;
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size, &config, kRanges);
}

}  // namespace

UiFonts load_fonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

  const char* ui_regular = first_existing({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                           "C:/Windows/Fonts/DejaVuSans.ttf", "C:/Windows/Fonts/segoeui.ttf"});
  const char* ui_bold = first_existing({"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                                        "C:/Windows/Fonts/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/segoeuib.ttf"});
  const char* canvas_regular = first_existing({"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                                               "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                                               "C:/Windows/Fonts/arial.ttf"});
  const char* canvas_bold = first_existing({"/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                                            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
                                            "C:/Windows/Fonts/arialbd.ttf"});
  UiFonts fonts;
  fonts.regular = add(ui_regular, 15 * scale);
  if (!fonts.regular) fonts.regular = io.Fonts->AddFontDefault();
  fonts.bold = add(ui_bold, 15 * scale);
  fonts.large = add(ui_bold ? ui_bold : ui_regular, 30 * scale);

  ui::CanvasEnvironment& environment = ui::canvas_environment();
  environment.regular.clear();
  environment.bold.clear();
  // A few baked sizes: text is drawn from the nearest larger one, so it stays crisp while zooming.
  for (float size : {12.f, 18.f, 27.f, 40.f}) {
    if (ImFont* font = add(canvas_regular, size * scale)) environment.regular.push_back(font);
    if (ImFont* font = add(canvas_bold, size * scale)) environment.bold.push_back(font);
  }
  // Liberation Sans: (ascender - descender) / units per em = (1854 + 434) / 2048. ImGui sizes fonts by that height.
  environment.em_ratio = 2288.0 / 2048.0;
  environment.title_font = fonts.large;
  io.FontDefault = fonts.regular;
  io.Fonts->Build();
  return fonts;
}

}  // namespace pokin::platform
