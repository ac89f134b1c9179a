#version 330 core
// A quad covering the canvas (in normalised device coordinates), made from the vertex index: no vertex buffer.
uniform vec4 u_rect;  // min x, min y, max x, max y in NDC
void main() {
  vec2 corner = vec2(gl_VertexID & 1, (gl_VertexID >> 1) & 1);
  gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);
}
