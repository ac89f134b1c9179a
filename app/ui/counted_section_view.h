#pragma once
// A heading with its count over a list of lines, as the merge report shows its sections ("Catatan (5)") and the
// merge dialog the files it did not add ("Tidak ditambahkan (3)"): a collapsing header, open at first when the
// lines are few, and one bullet per line.
#include <cstddef>
#include <string>

namespace pokin::ui {

// The header for `count` lines, its text tr(key) with {1} the count (its id the key, so the count may change).
// Nothing is shown for no lines. Open at first for up to 12 lines, or always with `open_anyway`. Returns whether
// the lines are to be drawn.
bool counted_section(const char* key, std::size_t count, bool open_anyway = false);
// One line of such a list: a bullet and the text, wrapped.
void bullet_line(const std::string& text);

}  // namespace pokin::ui
