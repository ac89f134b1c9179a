#version 330 core
// The canvas background: a fill and a grid of thin minor lines with a stronger line every fifth, in layout
// coordinates so it pans and zooms with the tree. Lines fade out before they get denser than a few pixels,
// so a fitted Pemda-size tree does not sit on a grey mush.
uniform vec2 u_canvas_min;   // canvas top-left, framebuffer pixels (y down)
uniform float u_framebuffer_height;
uniform float u_pixel_scale; // framebuffer pixels per screen pixel
uniform vec2 u_origin;       // layout point at the canvas's top left
uniform float u_zoom;        // screen pixels per layout point
uniform float u_spacing;     // layout points between minor lines
uniform vec3 u_background;
uniform vec3 u_minor;
uniform vec3 u_major;
out vec4 colour;

float line_strength(vec2 world, float spacing, float pixels_per_unit) {
  vec2 distance_to_line = abs(fract(world / spacing + 0.5) - 0.5) * spacing * pixels_per_unit;
  float nearest = min(distance_to_line.x, distance_to_line.y);
  return 1.0 - smoothstep(0.0, 1.0, nearest);
}

void main() {
  vec2 screen = vec2(gl_FragCoord.x, u_framebuffer_height - gl_FragCoord.y) / u_pixel_scale;
  vec2 canvas = screen - u_canvas_min / u_pixel_scale;
  vec2 world = u_origin + canvas / u_zoom;
  float minor_gap = u_spacing * u_zoom;  // screen pixels between minor lines
  float minor = line_strength(world, u_spacing, u_zoom) * smoothstep(6.0, 14.0, minor_gap);
  float major = line_strength(world, u_spacing * 5.0, u_zoom) * smoothstep(6.0, 14.0, minor_gap * 5.0);
  vec3 result = mix(u_background, u_minor, minor);
  result = mix(result, u_major, major * 0.7);
  colour = vec4(result, 1.0);
}
