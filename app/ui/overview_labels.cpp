#include "app/ui/overview_labels.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"

namespace pokin::ui {
namespace {

constexpr std::size_t kStatementStart = 24;  // bytes of a statement shown when the sasaran has no code
constexpr std::size_t kOpdNameStart = 22;    // bytes of an OPD's name before an OPD sasaran's code
constexpr double kPadding = 4;               // pixels around a label's text
constexpr int kStackRows = 4;                // rows of labels above a row of boxes

// Counted once per index and sasaran: far out every top box gets a label each frame, and on a Pemda document the
// branch under one tujuan holds thousands of sasaran (the walk per frame was most of the overview's frame time).
int sasaran_below(const TreeIndex& index, Id id) {
  static std::uint64_t counted_for = 0;
  static std::unordered_map<Id, int> counted;
  if (counted_for != index.serial()) {
    counted.clear();
    counted_for = index.serial();
  }
  if (auto found = counted.find(id); found != counted.end()) return found->second;
  int& count = counted[id];
  std::vector<Id> pending(index.child_sasaran(id).begin(), index.child_sasaran(id).end());
  while (!pending.empty() && count <= 1000000) {
    Id next = pending.back();
    pending.pop_back();
    ++count;
    for (Id child : index.child_sasaran(next)) pending.push_back(child);
  }
  return count;
}

// Cuts `text` to about `bytes` bytes at a UTF-8 character boundary, with an ellipsis when cut.
std::string shortened(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "\xE2\x80\xA6";
}

bool overlaps(const Rect& a, const Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

std::string overview_label_text(const Document& document, const TreeIndex& index, Id id) {
  if (const Unit* unit = document.find_unit(id)) return shortened(unit->name.empty() ? unit->jabatan : unit->name, 36);
  const Sasaran* sasaran = document.find_sasaran(id);
  if (!sasaran) return {};
  std::string text = sasaran->code.empty() ? shortened(sasaran->statement, kStatementStart) : sasaran->code;
  // In a Pemda document every OPD has its own "SS1": the label says whose it is.
  if (const Id opd = opd_of_sasaran(document, id); opd != kNoId) text = shortened(opd_name(document, opd), kOpdNameStart) + " " + text;
  const int below = sasaran_below(index, id);
  if (below > 0) text += "  \xC2\xB7  " + format(tr("canvas.branch_count"), {std::to_string(below)});
  return text;
}

std::vector<OverviewLabel> overview_labels(const Geometry& geometry, const Document& document, const TreeIndex& index,
                                           const Camera& camera, Point canvas_min, double width, double height,
                                           const MeasureText& measure) {
  // The higher levels first (they say what the branches are), left to right within a level.
  std::vector<const Box*> order;
  const Rect canvas{canvas_min.x, canvas_min.y, width, height};
  for (const Box& box : geometry.boxes) {
    if (box.kind == BoxKind::CollapsedStub) continue;
    Point centre = camera.to_screen({box.rect.x + box.rect.width / 2, box.rect.y}, canvas_min);
    if (canvas.contains(centre)) order.push_back(&box);
  }
  std::stable_sort(order.begin(), order.end(), [](const Box* a, const Box* b) {
    return a->level != b->level ? a->level < b->level : a->rect.x < b->rect.x;
  });
  std::vector<OverviewLabel> labels;
  const double label_height = kOverviewLabelPixels + 2 * kPadding;
  for (const Box* box : order) {
    Point top = camera.to_screen({box->rect.x + box->rect.width / 2, box->rect.y}, canvas_min);
    // Above the box where there is room, stacked up to a few rows high, so that the tree stays visible; on the
    // box when nothing above is free. Only the top level stacks above its row (a lower level's label up there
    // would read as the top's).
    const int first_row = box->level == order.front()->level ? 1 : kStackRows + 1;
    auto free_place = [&](double label_width) -> std::optional<Rect> {
      for (int row = first_row; row <= kStackRows + 1; ++row) {
        const double y = row <= kStackRows ? top.y - row * (label_height + 2) : top.y;
        Rect rect{top.x - label_width / 2, y, label_width, label_height};
        rect.x = std::clamp(rect.x, canvas.x, std::max(canvas.x, canvas.right() - rect.width));
        rect.y = std::clamp(rect.y, canvas.y, std::max(canvas.y, canvas.bottom() - rect.height));
        if (std::none_of(labels.begin(), labels.end(), [&](const OverviewLabel& l) { return overlaps(l.screen, rect); }))
          return rect;
      }
      return std::nullopt;
    };
    // Every label is at least its padding wide and, placed at the same spot, covers the narrowest one: where even
    // that one would cover another label, the box is passed over before its text is made and measured (far out,
    // most boxes of a large tree).
    if (!free_place(2 * kPadding)) continue;
    std::string text = overview_label_text(document, index, box->id);
    if (text.empty()) continue;
    std::optional<Rect> rect = free_place(measure(text, kOverviewLabelPixels) + 2 * kPadding);
    if (!rect) continue;
    labels.push_back({box->id, std::move(text), *rect, box->level});
  }
  return labels;
}

}  // namespace pokin::ui
