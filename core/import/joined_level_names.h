#pragma once
// Program (or kegiatan) names as a PDF copy of a planning matrix gives them: the cells of a "PROGRAM" column that
// lists several programs of one sasaran, their numbers "1)" "2)" on lines of their own and the names joined on one
// line ("Program Pengembangan Hubungan Industrial dan Syarat Kerja Program Peningkatan Kualitas ..."), and the
// column title standing with the first number ("PROGRAM 1)").
// Only the shape of the text is used: where the level word opens a name again, capitalised, after a word that does
// not join (not "dan", "pada" ...) and before a capitalised word, a second name starts. Constant work per character.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// The names joined in `name`, which opens with `level_word` ("Program", "Kegiatan"): one per opening of the level
// word; `name` alone when it opens only once (or does not open with the level word).
std::vector<std::string> split_joined_level_names(std::string_view name, std::string_view level_word);

// Whether `name` is only a level word and a list number ("PROGRAM 1)", "Kegiatan 2.", "Program"): a column title
// standing next to the first row's number, which names no program.
bool names_only_a_list_number(std::string_view name);

}  // namespace pokin::import
