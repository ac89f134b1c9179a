#include "core/view/change_marks.h"

namespace pokin {

ChangeMarkStyle change_mark_style(ChangeMark mark) {
  switch (mark) {
    case ChangeMark::Added:
      return {0xC6EFCE, false, {"Baru", "New"}, {"Baru (hanya di versi baru)", "New (only in the new version)"}};
    case ChangeMark::Removed:
      return {0xE4E7EB, true, {"Dihapus", "Removed"},
              {"Dihapus (hanya di versi lama, garis putus-putus)", "Removed (only in the old version, dashed)"}};
    case ChangeMark::Moved:
      return {0xCFE2F7, false, {"Dipindah", "Moved"}, {"Dipindah ke induk lain", "Moved to another parent"}};
    case ChangeMark::Changed:
      return {0xFFE8A8, false, {"Diubah", "Changed"},
              {"Diubah (teks, indikator, target atau unit)", "Changed (text, indicator, target or unit)"}};
    case ChangeMark::Unchanged: return {0xFFFFFF, false, {"Tetap", "Unchanged"}, {"Tidak berubah", "Unchanged"}};
  }
  return {};
}

}  // namespace pokin
