#pragma once
// A paragraph of a report that a text import split at its commas, as if it were a CSV row: "... dikelompokkan
// berdasarkan aspek dan fokus pembangunan, terdiri indikator agregat dan indikator makro pembangunan daerah, serta
// indikator urusan ..., seperti tercantum pada Tabel 9.1". Its pieces name columns by chance ("indikator"), so it
// must not be taken for a table's header. Only the shape of the cells is used; linear in their length.
#include <string>
#include <vector>

namespace pokin::import {

// Whether `cells` are the pieces of a sentence: one of them is a long run of words (12 or more, over 90
// characters: no column title is that long) and another opens with a lower-case word, as a sentence goes on after
// a comma ("terdiri ...", "serta ...").
bool is_sentence_split_at_commas(const std::vector<std::string>& cells);

}  // namespace pokin::import
