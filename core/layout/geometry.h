#pragma once
// The result of a layout: plain geometry in points (1/72 inch), y growing downwards, origin at the top left of
// `bounds`. Drawn by the app's canvas and by every exporter; nothing here knows about Graphviz.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/crosscutting.h"
#include "core/model/ids.h"

namespace pokin {

struct Point {
  double x = 0;
  double y = 0;
  bool operator==(const Point&) const = default;
};

struct Rect {
  double x = 0;  // left
  double y = 0;  // top
  double width = 0;
  double height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  bool contains(Point p) const { return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom(); }
  bool operator==(const Rect&) const = default;
};

enum class TextStyle { Code, Statement, Indikator, Detail, Heading };

// One line of text, already wrapped and measured; `baseline` is the y of its baseline.
struct TextLine {
  std::string text;
  double x = 0;
  double baseline = 0;
  double size = 10;  // font size in points
  TextStyle style = TextStyle::Statement;
  bool bold = false;
  bool operator==(const TextLine&) const = default;
};

enum class BoxKind {
  Sasaran,
  Unit,
  CollapsedStub,  // "+N": a collapsed subtree
};

struct Box {
  Id id = kNoId;  // the sasaran or unit (for a stub: the collapsed node)
  BoxKind kind = BoxKind::Sasaran;
  Rect rect;
  int level = 0;           // colour by level
  bool unlinked = false;   // a sasaran not yet linked to a parent (drawn in a distinct style)
  bool suggested = false;  // its link to the parent was suggested and waits for review
  bool ghost = false;      // a removed node put back by a comparison (NodeDecoration::ghost): dashed outline
  int hidden_count = 0;    // for a stub: how many nodes it stands for
  std::uint32_t fill = 0;  // 0xRRGGBB from the view's decoration; 0 = level colour
  std::string badge;
  std::vector<TextLine> lines;
  std::vector<double> dividers;  // y of thin horizontal rules across the box (between statement and indicators)
  bool operator==(const Box&) const = default;
};

enum class EdgeKind { Cascade, Crosscutting, Unlinked };

struct Edge {
  Id from = kNoId;  // parent (cascade) or helped sasaran (crosscutting)
  Id to = kNoId;
  EdgeKind kind = EdgeKind::Cascade;
  LinkStatus status = LinkStatus::Diterima;  // for crosscutting links
  // A cubic B-spline as Graphviz gives it: first point, then groups of three (control, control, end).
  std::vector<Point> curve;
  std::vector<Point> arrowhead;  // polygon, empty when none
  bool operator==(const Edge&) const = default;
};

struct Geometry {
  std::vector<Box> boxes;  // in document order (parents before children)
  std::vector<Edge> edges;
  Rect bounds;
  std::uint64_t generation = 0;  // the request this answers
  std::string error;             // non-empty when the layout failed (the message for the user)
  bool operator==(const Geometry& other) const {
    return boxes == other.boxes && edges == other.edges && bounds == other.bounds;
  }
};

}  // namespace pokin
