#include "app/platform/grid_renderer.h"

#include <imgui.h>

#include <cstdio>
#include <deque>

#include "app/platform/gl_functions.h"
#include "app/grid_frag_embedded.h"
#include "app/grid_vert_embedded.h"

namespace pokin::platform {
namespace {

struct PendingGrid {
  GridRenderer* renderer;
  unsigned program;
  unsigned vertex_array;
  ui::GridRequest request;
};
// Requests live until the frame is rendered; a deque keeps their addresses stable.
std::deque<PendingGrid> g_pending;

unsigned compile(unsigned kind, const char* source) {
  const GlFunctions& f = gl();
  unsigned shader = f.CreateShader(kind);
  f.ShaderSource(shader, 1, &source, nullptr);
  f.CompileShader(shader);
  int ok = 0;
  f.GetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024];
    f.GetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "pokin: grid shader: %s\n", log);
    f.DeleteShader(shader);
    return 0;
  }
  return shader;
}

void rgb(int location, unsigned colour) {
  gl().Uniform3f(location, ((colour >> 16) & 0xFF) / 255.f, ((colour >> 8) & 0xFF) / 255.f, (colour & 0xFF) / 255.f);
}

}  // namespace

GridRenderer::GridRenderer() {
  const GlFunctions& f = gl();
  if (!f.CreateShader) return;
  unsigned vertex = compile(GL_VERTEX_SHADER, kGridVertexShader);
  unsigned fragment = compile(GL_FRAGMENT_SHADER, kGridFragmentShader);
  if (vertex && fragment) {
    program_ = f.CreateProgram();
    f.AttachShader(program_, vertex);
    f.AttachShader(program_, fragment);
    f.LinkProgram(program_);
    int linked = 0;
    f.GetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (!linked) {
      f.DeleteProgram(program_);
      program_ = 0;
    }
  }
  if (vertex) f.DeleteShader(vertex);
  if (fragment) f.DeleteShader(fragment);
  if (program_) f.GenVertexArrays(1, &vertex_array_);
}

GridRenderer::~GridRenderer() {
  if (program_) gl().DeleteProgram(program_);
  if (vertex_array_) gl().DeleteVertexArrays(1, &vertex_array_);
}

void GridRenderer::begin_frame() { g_pending.clear(); }

void GridRenderer::paint(ImDrawList* draw_list, const ui::GridRequest& request) {
  g_pending.push_back({this, program_, vertex_array_, request});
  draw_list->AddCallback(&GridRenderer::draw_callback, &g_pending.back());
  draw_list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void GridRenderer::draw_callback(const ImDrawList*, const ImDrawCmd* command) {
  const PendingGrid& pending = *static_cast<const PendingGrid*>(command->UserCallbackData);
  const ImDrawData* draw_data = ImGui::GetDrawData();
  const GlFunctions& f = gl();
  const ui::GridRequest& r = pending.request;
  const float scale_x = draw_data->FramebufferScale.x, scale_y = draw_data->FramebufferScale.y;
  const float framebuffer_height = draw_data->DisplaySize.y * scale_y;
  const ImVec2 display_min = draw_data->DisplayPos, display_size = draw_data->DisplaySize;
  // Clip to the command's clip rectangle (the canvas window), as ImGui's own draws are.
  ImVec4 clip = command->ClipRect;
  float clip_min_x = std::max(clip.x, r.min_x), clip_min_y = std::max(clip.y, r.min_y);
  float clip_max_x = std::min(clip.z, r.max_x), clip_max_y = std::min(clip.w, r.max_y);
  if (clip_max_x <= clip_min_x || clip_max_y <= clip_min_y) return;
  f.Enable(GL_SCISSOR_TEST);
  f.Scissor(static_cast<int>((clip_min_x - display_min.x) * scale_x),
            static_cast<int>(framebuffer_height - (clip_max_y - display_min.y) * scale_y),
            static_cast<int>((clip_max_x - clip_min_x) * scale_x), static_cast<int>((clip_max_y - clip_min_y) * scale_y));
  f.Disable(GL_BLEND);
  f.UseProgram(pending.program);
  auto ndc_x = [&](float x) { return (x - display_min.x) / display_size.x * 2 - 1; };
  auto ndc_y = [&](float y) { return 1 - (y - display_min.y) / display_size.y * 2; };
  f.Uniform4f(f.GetUniformLocation(pending.program, "u_rect"), ndc_x(r.min_x), ndc_y(r.max_y), ndc_x(r.max_x),
              ndc_y(r.min_y));
  f.Uniform2f(f.GetUniformLocation(pending.program, "u_canvas_min"), (r.min_x - display_min.x) * scale_x,
              (r.min_y - display_min.y) * scale_y);
  f.Uniform1f(f.GetUniformLocation(pending.program, "u_framebuffer_height"), framebuffer_height);
  f.Uniform1f(f.GetUniformLocation(pending.program, "u_pixel_scale"), scale_x);
  f.Uniform2f(f.GetUniformLocation(pending.program, "u_origin"), static_cast<float>(r.camera.origin_x),
              static_cast<float>(r.camera.origin_y));
  f.Uniform1f(f.GetUniformLocation(pending.program, "u_zoom"), static_cast<float>(r.camera.zoom));
  f.Uniform1f(f.GetUniformLocation(pending.program, "u_spacing"), r.spacing);
  rgb(f.GetUniformLocation(pending.program, "u_background"), r.background);
  rgb(f.GetUniformLocation(pending.program, "u_minor"), r.minor_colour);
  rgb(f.GetUniformLocation(pending.program, "u_major"), r.major_colour);
  f.BindVertexArray(pending.vertex_array);
  f.DrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

}  // namespace pokin::platform
