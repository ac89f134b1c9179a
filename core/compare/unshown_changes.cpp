#include "core/compare/unshown_changes.h"

#include <array>

namespace pokin {
namespace {

// The kinds a unit change is counted under: new, removed, moved, changed (a name or any other field).
int unit_bucket(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return 0;
    case ChangeKind::Removed: return 1;
    case ChangeKind::Moved: return 2;
    default: return 3;
  }
}

std::string counted(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::vector<std::string> unshown_change_notes(const DocumentDiff& diff, const std::vector<Id>& change_boxes,
                                              Language language) {
  std::array<int, 4> units{};
  int unit_total = 0, others = 0;
  for (std::size_t i = 0; i < diff.changes.size(); ++i) {
    if (i < change_boxes.size() && change_boxes[i] != kNoId) continue;
    if (diff.changes[i].type == DiffNodeType::Unit) {
      ++units[unit_bucket(diff.changes[i].kind)];
      ++unit_total;
    } else {
      ++others;
    }
  }
  if (unit_total == 0 && others == 0) return {};
  const bool en = language == Language::English;
  std::string note = en ? "Not shown on any box: " : "Tidak tampak pada kotak: ";
  if (unit_total > 0) {
    note += en ? counted(unit_total, "unit change", "unit changes") : std::to_string(unit_total) + " perubahan unit kerja";
    static constexpr std::array<const char*, 4> kId{"baru", "dihapus", "dipindah", "diubah"};
    static constexpr std::array<const char*, 4> kEn{"new", "removed", "moved", "changed"};
    std::string kinds;
    for (std::size_t k = 0; k < units.size(); ++k)
      if (units[k] > 0) kinds += (kinds.empty() ? "" : ", ") + std::to_string(units[k]) + " " + (en ? kEn[k] : kId[k]);
    note += " (" + kinds + ")";
  }
  if (others > 0) {
    if (unit_total > 0) note += "; ";
    note += en ? counted(others, unit_total > 0 ? "other change" : "change", unit_total > 0 ? "other changes" : "changes")
               : std::to_string(others) + (unit_total > 0 ? " perubahan lain" : " perubahan");
  }
  note += en ? ". See the change matrix." : ". Lihat matriks perubahan.";
  return {note};
}

}  // namespace pokin
