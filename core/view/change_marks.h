#pragma once
// The marks a comparison of two versions puts on the tree (core/compare/diff_figure.h), and what they are called:
// one place for the fills, so the boxes, the exported legend (core/export/change_legend.h) and the app's panel
// agree. Each fill is light enough for near-black text, and every marked box also says in words what happened
// ("Baru", "Dihapus", "Dipindah dari: ..."), so hue is never the only cue.
#include <array>
#include <cstdint>

#include "core/text/bilingual.h"

namespace pokin {

enum class ChangeMark {
  Added,    // only in the new version
  Removed,  // only in the old one: put back, ghosted (dashed outline)
  Moved,    // under another parent (and perhaps changed too)
  Changed,  // its text, a field, an indicator or a target changed
  Unchanged,  // white, so that the marked boxes stand out
};

struct ChangeMarkStyle {
  std::uint32_t fill = 0;  // 0xRRGGBB
  bool dashed = false;     // outline
  Bilingual name;          // "Baru" / "New": the first word of the box's label
  Bilingual legend;        // the legend entry
};

ChangeMarkStyle change_mark_style(ChangeMark mark);
inline constexpr std::array<ChangeMark, 5> kAllChangeMarks{ChangeMark::Added, ChangeMark::Removed, ChangeMark::Moved,
                                                           ChangeMark::Changed, ChangeMark::Unchanged};

}  // namespace pokin
