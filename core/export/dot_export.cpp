#include "core/export/dot_export.h"

#include <cstdio>
#include <unordered_set>

#include "core/export/xml_text.h"
#include "core/layout/level_palette.h"

namespace pokin {
namespace {

void append_escaped(std::string& out, const std::string& text) {
  for (char c : valid_utf8(text)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
}

void append_quoted(std::string& out, const std::string& text) {
  out += '"';
  append_escaped(out, text);
  out += '"';
}

void append_number(std::string& out, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  out += buffer;
}

std::string colour(std::uint32_t rgb) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06x", rgb & 0xFFFFFF);
  return buffer;
}

}  // namespace

std::string dot_node_name(const Box& box) {
  return (box.kind == BoxKind::CollapsedStub ? "stub" : "n") + std::to_string(box.id);
}

std::string geometry_to_dot(const Geometry& geometry, const LayoutView& view, const std::string& graph_label) {
  std::string out;
  out.reserve(geometry.boxes.size() * 600);
  out += "digraph pohon_kinerja {\n  graph [label=";
  append_quoted(out, graph_label);
  out += ", labelloc=t, rankdir=";
  out += view.style == LayoutStyle::LeftRight ? "LR" : "TB";
  out += ", newrank=true, nodesep=0.25, ranksep=0.6, fontname=\"Liberation Sans\"];\n";
  out += "  node [shape=box, style=\"rounded,filled\", fixedsize=true, fontname=\"Liberation Sans\", fontsize=8, "
         "margin=\"0.02,0.02\"];\n  edge [arrowhead=none, color=\"";
  out += colour(kCascadeEdgeColour);
  out += "\"];\n";
  for (const Box& box : geometry.boxes) {
    LevelColours colours = level_colours(box.level);
    out += "  ";
    out += dot_node_name(box);
    out += " [label=\"";
    for (const TextLine& line : box.lines) {
      append_escaped(out, line.text);
      out += "\\l";  // left-justified line end
    }
    out += '"';
    out += ", width=";
    append_number(out, box.rect.width / 72);
    out += ", height=";
    append_number(out, box.rect.height / 72);
    out += ", pos=\"";
    append_number(out, box.rect.x + box.rect.width / 2);
    out += ',';
    append_number(out, geometry.bounds.height - (box.rect.y + box.rect.height / 2));
    out += "!\", fillcolor=\"";
    out += colour(box.kind == BoxKind::CollapsedStub ? kStubFill : box.fill ? box.fill : colours.fill);
    out += "\", color=\"";
    out += colour(box.unlinked ? kUnlinkedColour : colours.stroke);
    out += '"';
    if (box.unlinked || box.ghost || box.kind == BoxKind::CollapsedStub) out += ", style=\"rounded,filled,dashed\"";
    out += "];\n";
  }
  std::unordered_set<Id> stubs;
  for (const Box& box : geometry.boxes)
    if (box.kind == BoxKind::CollapsedStub) stubs.insert(box.id);
  for (const Edge& edge : geometry.edges) {
    out += "  ";
    if (edge.kind == EdgeKind::Crosscutting) {
      out += "n" + std::to_string(edge.to) + " -> n" + std::to_string(edge.from);
      out += " [style=dashed, constraint=false, arrowhead=normal, color=\"" + colour(kCrosscuttingColour) + "\"];\n";
      continue;
    }
    bool to_stub = edge.from == edge.to && stubs.count(edge.to);
    out += "n" + std::to_string(edge.from) + " -> " + (to_stub ? "stub" : "n") + std::to_string(edge.to);
    if (edge.kind == EdgeKind::Unlinked) out += " [style=dotted, color=\"" + colour(kUnlinkedColour) + "\"]";
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace pokin
