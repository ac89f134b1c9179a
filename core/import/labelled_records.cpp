#include "core/import/labelled_records.h"

#include <algorithm>
#include <set>

#include "core/import/cell_label.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A row label written in capitals and followed by its number, where a row may open inside a line: "SS 2",
// "IKSS 2.1", "IKU 3", "IKP 1.1". The capitals keep prose words out.
bool is_inline_label(const std::vector<std::string_view>& words, std::size_t i) {
  static const std::set<std::string_view> kLabels = {"SS", "IKSS", "IKU", "IKT", "SP", "IKP", "IKK"};
  if (i + 1 >= words.size() || kLabels.count(words[i]) == 0) return false;
  std::string_view number = words[i + 1];
  return !number.empty() && is_digit(number[0]) &&
         number.find_first_not_of("0123456789.:") == std::string_view::npos;
}

bool opens_row(std::string_view line) {
  std::string text = trim(line);
  if (text.empty()) return false;
  if (is_inline_label(words_of(text), 0)) return true;
  LabelledText label = read_statement_label(text);
  // A full label with its number ("Sasaran Strategis 1 :", "Indikator Kinerja Program 1.1"): the digit after the
  // label's words is what tells a row from a sentence that begins with "Sasaran".
  if (label.role == LabelRole::None || label.role == LabelRole::Context) return false;
  std::size_t rest = text.rfind(label.rest);
  std::string head = rest == std::string::npos ? text : text.substr(0, rest);
  return std::any_of(head.begin(), head.end(), is_digit);
}

bool is_page_number(std::string_view line) {
  std::string text = trim(line);
  return !text.empty() && text.size() <= 4 && std::all_of(text.begin(), text.end(), is_digit);
}

}  // namespace

std::vector<std::string> reflow_labelled_records(const std::vector<std::string_view>& lines) {
  std::size_t first = lines.size(), rows = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (opens_row(lines[i])) {
      first = std::min(first, i);
      ++rows;
    }
  if (rows < 3) return {};

  std::set<std::string> preamble;  // title and header lines, to know them again after a page break
  for (std::size_t i = 0; i < first; ++i)
    if (!trim(lines[i]).empty()) preamble.insert(collapse_spaces(trim(lines[i])));

  std::vector<std::string> out(lines.size());
  for (std::size_t i = 0; i < first; ++i) out[i] = std::string(lines[i]);
  std::size_t row = lines.size();  // the line the open row is placed on
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string text = collapse_spaces(trim(lines[i]));
    if (text.empty()) continue;
    bool repeated_header = preamble.count(text) > 0;
    bool page_number = is_page_number(text) && i + 1 < lines.size() && preamble.count(collapse_spaces(trim(lines[i + 1]))) > 0;
    if (repeated_header || page_number) {
      out[i] = text;
      continue;
    }
    // Cut the line where a row opens inside it.
    std::vector<std::string_view> words = words_of(text);
    std::vector<std::string> pieces(1);
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (w > 0 && is_inline_label(words, w)) pieces.emplace_back();
      pieces.back() += (pieces.back().empty() ? "" : " ") + std::string(words[w]);
    }
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      bool opens = p > 0 || opens_row(pieces[p]);
      if (!opens && row < lines.size()) {
        out[row] += " " + pieces[p];
        continue;
      }
      // A row that opens inside a line goes on the next line the row itself spans, when that line is free.
      std::size_t at = i;
      if (p > 0) {
        at = i + 1;
        if (at >= lines.size() || opens_row(lines[at]) || !out[at].empty()) {
          out[row] += " " + pieces[p];  // no free line: left with the row before, as the source printed it
          continue;
        }
      }
      out[at] = pieces[p];
      row = at;
    }
  }
  return out;
}

}  // namespace pokin::import
