#include "app/platform/gl_functions.h"

#include <GLFW/glfw3.h>

namespace pokin::platform {
namespace {

GlFunctions g_functions;

template <class T>
bool load(T& slot, const char* name) {
  slot = reinterpret_cast<T>(glfwGetProcAddress(name));
  return slot != nullptr;
}

}  // namespace

const GlFunctions& gl() { return g_functions; }

bool load_gl_functions() {
  GlFunctions& f = g_functions;
  bool ok = true;
  ok &= load(f.CreateShader, "glCreateShader");
  ok &= load(f.ShaderSource, "glShaderSource");
  ok &= load(f.CompileShader, "glCompileShader");
  ok &= load(f.GetShaderiv, "glGetShaderiv");
  ok &= load(f.GetShaderInfoLog, "glGetShaderInfoLog");
  ok &= load(f.DeleteShader, "glDeleteShader");
  ok &= load(f.CreateProgram, "glCreateProgram");
  ok &= load(f.AttachShader, "glAttachShader");
  ok &= load(f.LinkProgram, "glLinkProgram");
  ok &= load(f.GetProgramiv, "glGetProgramiv");
  ok &= load(f.DeleteProgram, "glDeleteProgram");
  ok &= load(f.UseProgram, "glUseProgram");
  ok &= load(f.GetUniformLocation, "glGetUniformLocation");
  ok &= load(f.Uniform1f, "glUniform1f");
  ok &= load(f.Uniform2f, "glUniform2f");
  ok &= load(f.Uniform3f, "glUniform3f");
  ok &= load(f.Uniform4f, "glUniform4f");
  ok &= load(f.GenVertexArrays, "glGenVertexArrays");
  ok &= load(f.BindVertexArray, "glBindVertexArray");
  ok &= load(f.DeleteVertexArrays, "glDeleteVertexArrays");
  ok &= load(f.DrawArrays, "glDrawArrays");
  ok &= load(f.Scissor, "glScissor");
  ok &= load(f.Enable, "glEnable");
  ok &= load(f.Disable, "glDisable");
  ok &= load(f.ReadPixels, "glReadPixels");
  ok &= load(f.ReadBuffer, "glReadBuffer");
  ok &= load(f.PixelStorei, "glPixelStorei");
  ok &= load(f.Finish, "glFinish");
  return ok;
}

}  // namespace pokin::platform
