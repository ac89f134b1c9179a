#pragma once
// Cleaning text as it arrives from PDF/Word conversions: HTML fragments, markdown emphasis, LaTeX formulas,
// invalid UTF-8, Windows line endings. Pure functions, linear in the input.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// The lines of `text` without their line ending (\n, \r\n or a lone \r).
std::vector<std::string_view> split_lines(std::string_view text);

// Readable cell text: HTML tags removed (list items and paragraphs become "; "-separated), entities decoded,
// markdown emphasis and heading marks removed, LaTeX written readably ("\frac{A}{B} \times 100\%" becomes
// "A / B × 100%"), runs of white space collapsed, ends trimmed.
std::string clean_text(std::string_view text);

// Whether `text` carries markup that clean_text changes (then the original is worth keeping).
bool has_markup(std::string_view text);

// Only LaTeX rewritten (used by clean_text; exposed for tests).
std::string readable_latex(std::string_view latex);

std::string trim(std::string_view text);
std::string collapse_spaces(std::string_view text);
// The words of `text` split on spaces and tabs (views into `text`).
std::vector<std::string_view> words_of(std::string_view text);
// ASCII lower case (UTF-8 bytes above 0x7F kept).
std::string lower_ascii(std::string_view text);
// "SEKSI INDUSTRI  NON AGRO" -> "Seksi Industri Non Agro"; connectives in lower case, roman numerals and
// short words without vowels (acronyms) kept upper case. Text that is not all upper case is returned as is.
std::string title_case_if_upper(std::string_view text);
bool is_upper_text(std::string_view text);  // has letters and no lower-case ASCII letter
bool starts_with_word(std::string_view text, std::string_view word);  // case-insensitive, word boundary

}  // namespace pokin::import
