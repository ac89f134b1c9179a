#pragma once
// The few OpenGL 3.3 functions Pokin calls itself (the grid shader, screenshots), loaded through GLFW so the
// same code runs where the system's GL library exports only OpenGL 1.1 (Windows).
#include <GL/glcorearb.h>

namespace pokin::platform {

using DrawArraysFunction = void(APIENTRYP)(GLenum mode, GLint first, GLsizei count);

struct GlFunctions {
  PFNGLCREATESHADERPROC CreateShader = nullptr;
  PFNGLSHADERSOURCEPROC ShaderSource = nullptr;
  PFNGLCOMPILESHADERPROC CompileShader = nullptr;
  PFNGLGETSHADERIVPROC GetShaderiv = nullptr;
  PFNGLGETSHADERINFOLOGPROC GetShaderInfoLog = nullptr;
  PFNGLDELETESHADERPROC DeleteShader = nullptr;
  PFNGLCREATEPROGRAMPROC CreateProgram = nullptr;
  PFNGLATTACHSHADERPROC AttachShader = nullptr;
  PFNGLLINKPROGRAMPROC LinkProgram = nullptr;
  PFNGLGETPROGRAMIVPROC GetProgramiv = nullptr;
  PFNGLDELETEPROGRAMPROC DeleteProgram = nullptr;
  PFNGLUSEPROGRAMPROC UseProgram = nullptr;
  PFNGLGETUNIFORMLOCATIONPROC GetUniformLocation = nullptr;
  PFNGLUNIFORM1FPROC Uniform1f = nullptr;
  PFNGLUNIFORM2FPROC Uniform2f = nullptr;
  PFNGLUNIFORM3FPROC Uniform3f = nullptr;
  PFNGLUNIFORM4FPROC Uniform4f = nullptr;
  PFNGLGENVERTEXARRAYSPROC GenVertexArrays = nullptr;
  PFNGLBINDVERTEXARRAYPROC BindVertexArray = nullptr;
  PFNGLDELETEVERTEXARRAYSPROC DeleteVertexArrays = nullptr;
  DrawArraysFunction DrawArrays = nullptr;
  PFNGLSCISSORPROC Scissor = nullptr;
  PFNGLENABLEPROC Enable = nullptr;
  PFNGLDISABLEPROC Disable = nullptr;
  PFNGLREADPIXELSPROC ReadPixels = nullptr;
  PFNGLREADBUFFERPROC ReadBuffer = nullptr;
  PFNGLPIXELSTOREIPROC PixelStorei = nullptr;
  PFNGLFINISHPROC Finish = nullptr;
};

// Valid after load_gl_functions() with a current context.
const GlFunctions& gl();
bool load_gl_functions();

}  // namespace pokin::platform
