#pragma once
// Tables of Renstra K/L, LKjIP and IKU documents whose rows open with a label and its number ("SS 1 ...",
// "IKSS 1.2 ...", "IKU 3 ...", "Sasaran Strategis 2 : ...", "Indikator Kinerja 1.1 ..."), as a PDF gives them
// without cell borders: a row's name wraps onto the next lines with its satuan and targets at the end of the last
// one, and a short row may share a line with the next ("SS 2 Meningkatnya ... IKSS 2.1 Nilai ...").
// Reflowing puts each labelled row on one line, so the reader of lost borders (flattened_rows.h) reads it as a row
// whose values close it. Lines above the first label (title, header) stay; a later copy of one of them (the
// header repeated after a page break) and the page number in front of it stay on their own lines too.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// The reflowed lines, as many as `lines` (a row is placed on the line it starts on, its other lines left empty, so
// line numbers still name the source); empty when the text has fewer than three labelled rows.
std::vector<std::string> reflow_labelled_records(const std::vector<std::string_view>& lines);

}  // namespace pokin::import
