#include "app/platform/gui_main.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <iostream>
#include <optional>
#include <vector>

#include "app/platform/fonts.h"
#include "app/platform/frame_memory.h"
#include "app/platform/gl_functions.h"
#include "app/platform/grid_renderer.h"
#include "app/platform/native_file_dialog.h"
#include "app/platform/png_file.h"
#include "app/platform/settings_paths.h"
#include "app/platform/thread_cpu_clock.h"
#include "app/ui/app_shell.h"
#include "app/ui/canvas_environment.h"
#include "app/ui/document_search.h"
#include "app/ui/palette.h"
#include "app/ui/pemda_scope.h"
#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"
#include "core/synthetic/synthetic_document.h"
#include "core/synthetic/synthetic_pemda.h"
#include "core/text/utf8_path.h"

namespace pokin::platform {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::optional<std::filesystem::path> file;
  std::optional<std::filesystem::path> screenshot;
  int width = 0, height = 0;
  int bench_frames = 0;
  int synthetic = 0;
  int synthetic_pemda = 0;  // a synthetic Pemda document of this many OPD (core/synthetic/synthetic_pemda.h)
  std::string scope;        // a Pemda document's canvas: whole, opd:NAME, sasaran:CODE (screenshots, bench)
  std::optional<Language> language;
  std::optional<ui::Theme> theme;
  bool meeting = false;
  int year = 0;        // colour by achievement for this year
  std::string style;   // tree, lr, compact
  std::string granularity;  // sasaran, unit
  std::string panel;   // the left panel's tab (outline, search, checks, history) or a dialog (export, form, new);
                       // with --compare, "matches" opens the Compare view's matches tab
  std::string select;  // select the first search result for this text and centre it (screenshots of one branch)
  std::optional<std::filesystem::path> import;  // open the import preview of this file (screenshots of the dialog)
  std::optional<std::filesystem::path> compare;  // open the Compare view against this older .pokin (screenshots)
  // Berkas > Gabungkan dokumen OPD… (Perbarui… on a Pemda document) filled in (screenshots of the dialog):
  // --merge OPD (again for the next), --merge-rpjmd, --merge-pemda, --merge-output; --merge-run presses the
  // button, so the screenshot shows the report.
  std::vector<std::filesystem::path> merge_opd;
  std::optional<std::filesystem::path> merge_rpjmd, merge_output;
  std::string merge_pemda;
  bool merge_run = false;
  // Keys pressed one at a time once the view has settled (screenshots of a step of meeting mode): GLFW key codes.
  std::vector<int> keys;
};

// "down,down,enter" -> GLFW key codes; nullopt on a name it does not know.
std::optional<std::vector<int>> key_codes(const std::string& names) {
  static const std::vector<std::pair<std::string, int>> known{
      {"down", GLFW_KEY_DOWN},         {"up", GLFW_KEY_UP},       {"left", GLFW_KEY_LEFT},
      {"right", GLFW_KEY_RIGHT},       {"enter", GLFW_KEY_ENTER}, {"pageup", GLFW_KEY_PAGE_UP},
      {"pagedown", GLFW_KEY_PAGE_DOWN}, {"backspace", GLFW_KEY_BACKSPACE}, {"home", GLFW_KEY_HOME}};
  std::vector<int> codes;
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t end = names.find(',', start);
    if (end == std::string::npos) end = names.size();
    const std::string name = names.substr(start, end - start);
    auto found = std::find_if(known.begin(), known.end(), [&](const auto& entry) { return entry.first == name; });
    if (found == known.end()) return std::nullopt;
    codes.push_back(found->second);
    start = end + 1;
  }
  return codes;
}

bool is_window_option(const std::string& argument) {
  for (const char* option : {"--screenshot", "--size", "--bench-frames", "--synthetic", "--theme", "--meeting", "--select", "--year", "--panel", "--style", "--granularity", "--import", "--keys", "--synthetic-pemda", "--scope", "--compare",
                             "--merge", "--merge-rpjmd", "--merge-pemda", "--merge-output", "--merge-run"})
    if (argument == option) return true;
  return false;
}

std::optional<Options> parse(const std::vector<std::string>& arguments, std::ostream& err) {
  Options options;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= arguments.size()) {
        err << "pokin: " << argument << " needs a value\n";
        return std::nullopt;
      }
      return arguments[++i];
    };
    try {
      if (argument == "--screenshot") {
        auto v = value();
        if (!v) return std::nullopt;
        options.screenshot = path_from_utf8(*v);
      } else if (argument == "--size") {
        auto v = value();
        if (!v) return std::nullopt;
        auto x = v->find('x');
        if (x == std::string::npos) throw std::invalid_argument("size");
        options.width = std::stoi(v->substr(0, x));
        options.height = std::stoi(v->substr(x + 1));
      } else if (argument == "--bench-frames") {
        auto v = value();
        if (!v) return std::nullopt;
        options.bench_frames = std::max(1, std::stoi(*v));
      } else if (argument == "--synthetic") {
        auto v = value();
        if (!v) return std::nullopt;
        options.synthetic = std::max(1, std::stoi(*v));
      } else if (argument == "--synthetic-pemda") {
        auto v = value();
        if (!v) return std::nullopt;
        options.synthetic_pemda = std::max(1, std::stoi(*v));
      } else if (argument == "--scope") {
        auto v = value();
        if (!v) return std::nullopt;
        options.scope = *v;
      } else if (argument == "--lang") {
        auto v = value();
        if (!v) return std::nullopt;
        options.language = *v == "en" ? Language::English : Language::Indonesian;
      } else if (argument == "--theme") {
        auto v = value();
        if (!v) return std::nullopt;
        options.theme = *v == "dark" ? ui::Theme::Dark : ui::Theme::Light;
      } else if (argument == "--style") {
        auto v = value();
        if (!v) return std::nullopt;
        options.style = *v;
      } else if (argument == "--granularity") {
        auto v = value();
        if (!v) return std::nullopt;
        options.granularity = *v;
      } else if (argument == "--panel") {
        auto v = value();
        if (!v) return std::nullopt;
        options.panel = *v;
      } else if (argument == "--year") {
        auto v = value();
        if (!v) return std::nullopt;
        options.year = std::stoi(*v);
      } else if (argument == "--select") {
        auto v = value();
        if (!v) return std::nullopt;
        options.select = *v;
      } else if (argument == "--import") {
        auto v = value();
        if (!v) return std::nullopt;
        options.import = path_from_utf8(*v);
      } else if (argument == "--compare") {
        auto v = value();
        if (!v) return std::nullopt;
        options.compare = path_from_utf8(*v);
      } else if (argument == "--merge" || argument == "--merge-rpjmd" || argument == "--merge-output" ||
                 argument == "--merge-pemda") {
        auto v = value();
        if (!v) return std::nullopt;
        if (argument == "--merge") options.merge_opd.push_back(path_from_utf8(*v));
        if (argument == "--merge-rpjmd") options.merge_rpjmd = path_from_utf8(*v);
        if (argument == "--merge-output") options.merge_output = path_from_utf8(*v);
        if (argument == "--merge-pemda") options.merge_pemda = *v;
      } else if (argument == "--merge-run") {
        options.merge_run = true;
      } else if (argument == "--keys") {
        auto v = value();
        if (!v) return std::nullopt;
        auto codes = key_codes(*v);
        if (!codes) {
          err << "pokin: unknown key in --keys " << *v << " (down, up, left, right, enter, pageup, pagedown, backspace, home)\n";
          return std::nullopt;
        }
        options.keys = *codes;
      } else if (argument == "--meeting") {
        options.meeting = true;
      } else if (!argument.empty() && argument[0] != '-' && !options.file) {
        options.file = path_from_utf8(argument);
      } else {
        err << "pokin: unknown option " << argument << "\n";
        return std::nullopt;
      }
    } catch (const std::exception&) {
      err << "pokin: bad value for " << argument << "\n";
      return std::nullopt;
    }
  }
  return options;
}

void glfw_error(int code, const char* text) { std::cerr << "pokin: GLFW error " << code << ": " << text << "\n"; }

double milliseconds(Clock::duration duration) {
  return std::chrono::duration<double, std::milli>(duration).count();
}

struct FrameStats {
  std::vector<double> times;
  void print(std::ostream& out, const char* name) const {
    if (times.empty()) return;
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    auto at = [&](double share) { return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(share * sorted.size()))]; };
    out << name << ": frames " << sorted.size() << ", median " << at(0.5) << " ms, p95 " << at(0.95) << " ms, max "
        << sorted.back() << " ms\n";
  }
};

class Window {
 public:
  Window(int width, int height, bool visible) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    handle = glfwCreateWindow(width, height, "Pokin", nullptr, nullptr);
  }
  ~Window() {
    if (handle) glfwDestroyWindow(handle);
  }
  GLFWwindow* handle = nullptr;
};

std::vector<unsigned char> read_framebuffer(int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  gl().PixelStorei(GL_PACK_ALIGNMENT, 1);
  gl().ReadBuffer(GL_BACK);
  gl().ReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL's rows go bottom-up; PNG's top-down.
  std::vector<unsigned char> flipped(pixels.size());
  for (int row = 0; row < height; ++row)
    std::memcpy(&flipped[static_cast<std::size_t>(row) * width * 4],
                &pixels[static_cast<std::size_t>(height - 1 - row) * width * 4], static_cast<std::size_t>(width) * 4);
  return flipped;
}

}  // namespace

bool wants_window(const std::vector<std::string>& arguments) {
  if (arguments.empty()) return true;
  const std::string& first = arguments.front();
  if (is_window_option(first)) return true;
  if (first.size() > 6 && first.compare(first.size() - 6, 6, ".pokin") == 0) return true;
  std::error_code error;
  return first[0] != '-' && std::filesystem::is_regular_file(path_from_utf8(first), error);
}

int gui_main(const char* program, const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  const Clock::time_point started = Clock::now();
  std::optional<Options> parsed = parse(arguments, err);
  if (!parsed) return 2;
  Options options = *parsed;
  const bool batch = options.screenshot || options.bench_frames > 0;
  keep_freed_memory_for_next_frames();

  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    err << "pokin: cannot open a window (no display?). Command-line use: pokin --help\n";
    return 1;
  }
  int exit_code = 0;
  {
    ui::AppShell shell(ui::ShellPaths{config_dir(), assets_dir(program) / "examples"}, native_file_dialog);
    if (options.language) ui::set_language(*options.language);
    int width = options.width > 0 ? options.width : shell.settings().window_width;
    int height = options.height > 0 ? options.height : shell.settings().window_height;
    Window window(width, height, true);
    if (!window.handle) {
      err << "pokin: cannot create an OpenGL 3.3 window\n";
      glfwTerminate();
      return 1;
    }
    glfwMakeContextCurrent(window.handle);
    glfwSwapInterval(batch ? 0 : 1);
    load_gl_functions();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    static std::string ini_path;
    ini_path = (config_dir() / "imgui.ini").string();
    io.IniFilename = batch ? nullptr : ini_path.c_str();
    float scale_x = 1, scale_y = 1;
    glfwGetWindowContentScale(window.handle, &scale_x, &scale_y);
    const float scale = std::max(1.0f, scale_x) * shell.settings().font_scale;
    load_fonts(scale);
    ImGui_ImplGlfw_InitForOpenGL(window.handle, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    GridRenderer grid;
    if (grid.ok())
      ui::canvas_environment().paint_grid = [&grid](ImDrawList* list, const ui::GridRequest& request) {
        grid.paint(list, request);
      };

    if (options.synthetic_pemda > 0) {
      SyntheticPemdaOptions synthetic;
      synthetic.opd = options.synthetic_pemda;
      shell.start_with(make_synthetic_pemda(synthetic));
    } else if (options.synthetic > 0) {
      SyntheticOptions synthetic;
      synthetic.sasaran = options.synthetic;
      shell.start_with(make_synthetic_document(synthetic));
    } else {
      shell.start(options.file);
    }
    if (options.theme) shell.session().view.theme = *options.theme;
    if (options.year) shell.session().view.achievement_year = options.year;
    if (batch) shell.session().wait_for_checks();
    LayoutView& layout = shell.session().view.layout;
    if (options.style == "lr") layout.style = LayoutStyle::LeftRight;
    if (options.style == "compact") layout.style = LayoutStyle::Compact;
    if (options.granularity == "unit") layout.granularity = Granularity::Unit;
    if (options.panel == "export") shell.handle(ui::RequestAction{ui::AppAction::Export});
    if (options.panel == "form") shell.handle(ui::RequestAction{ui::AppAction::ExportForm});
    if (options.panel == "new") shell.handle(ui::RequestAction{ui::AppAction::New});
    if (!options.panel.empty()) {
      ui::ViewState& view = shell.session().view;
      view.left_tab = options.panel == "checks"    ? ui::LeftTab::Checks
                      : options.panel == "search"  ? ui::LeftTab::Search
                      : options.panel == "history" ? ui::LeftTab::History
                                                   : ui::LeftTab::Outline;
      view.left_tab_switch = true;
      if (view.left_tab == ui::LeftTab::Search) view.search.query = options.select;
    }  // screenshots show the badges of this document, always
    if (!options.select.empty()) {
      auto results = ui::search_document(shell.session().document(), options.select, 1);
      if (!results.empty()) {
        shell.handle(ui::SelectNode{results.front().id, true});
        shell.session().view.canvas.open_pending = false;
        shell.session().view.canvas.camera.zoom = 1.0;
      }
    }
    if (!options.scope.empty()) {
      const Document& document = shell.session().document();
      for (const ui::PemdaScopeEntry& entry : ui::pemda_scope_entries(document)) {
        const Sasaran* sasaran = document.find_sasaran(entry.choice.id);
        if ((options.scope == "whole" && entry.choice.scope == ui::PemdaScope::Whole) ||
            options.scope == "opd:" + entry.label || (sasaran && options.scope == "sasaran:" + sasaran->code)) {
          ui::apply_pemda_scope(document, entry.choice, shell.session().view);
          break;
        }
      }
    }
    if (options.meeting) shell.handle(ui::RequestAction{ui::AppAction::ToggleMeeting});
    if (options.import) shell.start_import(*options.import);
    if (options.compare) shell.start_compare_with_file(*options.compare);
    const bool merging = !options.merge_opd.empty() || options.merge_rpjmd;
    if (merging) {
      const bool update = is_pemda_document(shell.session().document());
      shell.handle(ui::RequestAction{update ? ui::AppAction::UpdateFromOpd : ui::AppAction::MergeOpd});
      ui::MergeDialogState& dialog = shell.merge_dialog();
      std::vector<std::string> opd_files;
      for (const auto& opd : options.merge_opd) opd_files.push_back(utf8_path(opd));
      ui::add_merge_opd(dialog, opd_files);
      if (options.merge_rpjmd) dialog.rpjmd = utf8_path(*options.merge_rpjmd);
      if (options.merge_output) dialog.output = utf8_path(*options.merge_output);
      dialog.pemda = options.merge_pemda;
      if (options.merge_run) shell.start_merge();
    }
    // The bench measures the whole tree fitted in the window (the heaviest view), not the opening view.
    if (options.bench_frames > 0) shell.session().view.canvas.fit_pending = true;
    glfwSetWindowUserPointer(window.handle, &shell);
    glfwSetWindowCloseCallback(window.handle, [](GLFWwindow* handle) {
      auto* owner = static_cast<ui::AppShell*>(glfwGetWindowUserPointer(handle));
      glfwSetWindowShouldClose(handle, owner->request_close() ? GLFW_TRUE : GLFW_FALSE);
    });

    FrameStats fitted, relayout, fitted_cpu, relayout_cpu;
    FrameStats fitted_build_cpu;  // the part of a fitted frame before the GL driver: the app's views and ImGui
    FrameStats fitted_period;     // start to start: what the rasterizer (llvmpipe's threads under xvfb) adds
    std::optional<Clock::time_point> previous_frame_start;
    std::optional<double> first_frame_ms, layout_on_screen_ms;
    int frames_with_layout = 0;
    int fitted_vertices = 0, fitted_draw_lists = 0;  // ImGui's draw data of the last fitted frame (bench)
    int frames_with_preview = 0;
    int frames_with_compare = 0;
    int frames_with_report = 0;
    std::size_t next_key = 0;
    int held_key = -1;
    bool settled = false;
    bool relayout_requested = false;
    Clock::time_point relayout_started;
    const Clock::time_point deadline = started + std::chrono::seconds(120);
    std::string title;
    bool fullscreen = false;
    int windowed[4] = {100, 100, width, height};

    while (true) {
      glfwPollEvents();
      if (glfwWindowShouldClose(window.handle) || shell.wants_to_quit()) break;
      const Clock::time_point frame_start = Clock::now();
      const double period_ms = previous_frame_start ? milliseconds(frame_start - *previous_frame_start) : 0.0;
      previous_frame_start = frame_start;
      const double frame_cpu_start = thread_cpu_milliseconds();
      if (shell.take_theme_change()) ui::apply_imgui_style(shell.session().view.theme, scale, ImGui::GetStyle());
      grid.begin_frame();
      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      // --keys: one key per settled view, held for one frame.
      if (held_key >= 0) {
        ImGui::GetIO().KeysDown[held_key] = false;
        held_key = -1;
      } else if (next_key < options.keys.size() && frames_with_layout >= 4 && settled) {
        held_key = options.keys[next_key++];
        ImGui::GetIO().KeysDown[held_key] = true;
        frames_with_layout = 0;
      }
      ImGui::NewFrame();
      shell.frame();
      ImGui::Render();
      int framebuffer_width = 0, framebuffer_height = 0;
      glfwGetFramebufferSize(window.handle, &framebuffer_width, &framebuffer_height);
      ui::Session& session = shell.session();
      const double build_cpu_ms = thread_cpu_milliseconds() - frame_cpu_start;
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      const double frame_ms = milliseconds(Clock::now() - frame_start);
      const double frame_cpu_ms = thread_cpu_milliseconds() - frame_cpu_start;
      if (!first_frame_ms) first_frame_ms = milliseconds(Clock::now() - started);
      // Meeting mode frames a step once its layout is on screen, after summarising what does not fit.
      const bool layout_shown =
          session.geometry() && !session.layout_busy() && !session.view.canvas.meeting_frame_pending && held_key < 0;
      settled = layout_shown;
      if (layout_shown) {
        ++frames_with_layout;
        if (!layout_on_screen_ms) layout_on_screen_ms = milliseconds(Clock::now() - started);
      }

      // A screenshot of the import preview waits until its reading is on screen (or its failure is).
      const ui::ImportPreview* preview = shell.import_preview();
      if (preview && preview->shown && !preview->running && !preview->run_wanted) ++frames_with_preview;
      if (shell.compare()) {
        if (frames_with_compare == 0 && options.panel == "matches") shell.compare()->show_matches = true;
        ++frames_with_compare;
      }
      if (shell.merge_report()) ++frames_with_report;
      const bool preview_settled = (!options.import || frames_with_preview >= 4 || shell.shown_error().has_value()) &&
                                   (!options.compare || frames_with_compare >= 4 || shell.shown_error().has_value()) &&
                                   (!options.merge_run || frames_with_report >= 4 || shell.shown_error().has_value());
      if (options.screenshot && frames_with_layout >= 4 && preview_settled && next_key == options.keys.size()) {
        gl().Finish();
        std::vector<unsigned char> pixels = read_framebuffer(framebuffer_width, framebuffer_height);
        if (!write_png(*options.screenshot, framebuffer_width, framebuffer_height, pixels)) {
          err << "pokin: cannot write " << options.screenshot->string() << "\n";
          exit_code = 1;
        }
        break;
      }
      if (options.bench_frames > 0 && frames_with_layout > 3 && preview_settled) {
        if (!relayout_requested) {
          fitted.times.push_back(frame_ms);
          fitted_cpu.times.push_back(frame_cpu_ms);
          fitted_build_cpu.times.push_back(build_cpu_ms);
          if (fitted.times.size() > 1) fitted_period.times.push_back(period_ms);
          fitted_vertices = ImGui::GetDrawData()->TotalVtxCount;
          fitted_draw_lists = ImGui::GetDrawData()->CmdListsCount;
          if (static_cast<int>(fitted.times.size()) >= options.bench_frames) {
            // Edit the document (a new revision: snapshot, counts, checks and layout all follow) and keep
            // drawing while the layout and the checks run on their threads.
            Sasaran edited = session.document().sasaran.begin()->second;
            edited.statement += " (diubah)";
            auto timed = [&](const char* what, auto&& work) {
              Clock::time_point start = Clock::now();
              work();
              out << "  " << what << ": " << milliseconds(Clock::now() - start) << " ms\n";
            };
            auto derived = [&](const char* edit) {
              out << "  after " << edit << ", for the UI thread:\n";
              timed("  document snapshot for the other threads", [&] { session.snapshot(); });
              timed("  tree index", [&] { session.index(); });
              timed("  counts", [&] { session.counts(); });
            };
            timed("the edit of a statement (command + history)", [&] { shell.handle(ui::EditSasaran{edited, {}}); });
            derived("the edit of a statement");
            // A structural edit and its undo: the tree index is rebuilt for these.
            timed("a structural edit (add a child sasaran)", [&] { shell.handle(ui::AddChildSasaran{edited.id}); });
            derived("the structural edit");
            timed("its undo", [&] { shell.handle(ui::Undo{}); });
            derived("the undo");
            relayout_requested = true;
            relayout_started = Clock::now();
            frames_with_layout = 4;
          }
        }
      }
      if (relayout_requested) {
        relayout.times.push_back(frame_ms);
        relayout_cpu.times.push_back(frame_cpu_ms);
        if (!session.layout_busy() && relayout.times.size() > 2 && session.checks().findings.size() > 0) {
          out << "document: " << session.document().sasaran.size() << " sasaran, " << session.document().units.size()
              << " units\n";
          const Rect seen = session.view.canvas.camera.visible(session.view.canvas.width, session.view.canvas.height);
          const Rect& tree = session.geometry()->bounds;
          const bool whole = seen.x <= tree.x && seen.y <= tree.y && seen.right() >= tree.right() && seen.bottom() >= tree.bottom();
          out << "canvas " << session.view.canvas.width << "x" << session.view.canvas.height << " px, zoom "
              << session.view.canvas.camera.zoom * 100 << "%, whole tree visible: " << (whole ? "yes" : "no") << "\n";
          out << "first frame after start: " << *first_frame_ms << " ms\n";
          out << "layout on screen after start: " << layout_on_screen_ms.value_or(-1) << " ms\n";
          fitted_cpu.print(out, "fitted frames, UI thread CPU");
          fitted_build_cpu.print(out, "  of which building the frame (views, ImGui), before the GL driver");
          out << "vertices per fitted frame: " << fitted_vertices << " in " << fitted_draw_lists << " draw lists\n";
          fitted.print(out, "fitted frames, wall (incl. waits for the GL driver)");
          fitted_period.print(out, "fitted frames, start to start (incl. the rasterizer: llvmpipe's threads here)");
          relayout_cpu.print(out, "frames during relayout, UI thread CPU");
          relayout.print(out, "frames during relayout, wall");
          out << "(relayout after an edit of one sasaran statement)\n";
          out << "relayout took " << milliseconds(Clock::now() - relayout_started) << " ms\n";
          break;
        }
      }
      if (batch && Clock::now() > deadline) {
        err << "pokin: the layout did not arrive in time\n";
        exit_code = 1;
        break;
      }
      if (!batch && shell.wants_fullscreen() != fullscreen) {
        fullscreen = shell.wants_fullscreen();
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        if (fullscreen && monitor) {
          glfwGetWindowPos(window.handle, &windowed[0], &windowed[1]);
          glfwGetWindowSize(window.handle, &windowed[2], &windowed[3]);
          const GLFWvidmode* mode = glfwGetVideoMode(monitor);
          glfwSetWindowMonitor(window.handle, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        } else {
          glfwSetWindowMonitor(window.handle, nullptr, windowed[0], windowed[1], windowed[2], windowed[3], 0);
        }
      }
      std::string wanted = shell.window_title();
      if (wanted != title) {
        title = wanted;
        glfwSetWindowTitle(window.handle, title.c_str());
      }
      glfwSwapBuffers(window.handle);
    }
    if (!batch) {
      glfwGetWindowSize(window.handle, &shell.settings().window_width, &shell.settings().window_height);
      shell.persist_settings();
    }
    ui::canvas_environment().paint_grid = nullptr;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  glfwTerminate();
  return exit_code;
}

}  // namespace pokin::platform
