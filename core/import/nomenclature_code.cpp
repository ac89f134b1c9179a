#include "core/import/nomenclature_code.h"

#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_placeholder(char c) { return c == 'X' || c == 'x'; }

// The segments of one cell: runs of digits (or X placeholders) separated by '.', ',', ' ', '-', '/'. False when
// the cell holds anything else.
bool cell_segments(std::string_view cell, std::vector<std::string>& out) {
  std::string current;
  for (char c : cell) {
    if (is_digit(c) || is_placeholder(c)) {
      current += c;
    } else if (c == '.' || c == ',' || c == ' ' || c == '-' || c == '/' || c == '\t') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      return false;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return true;
}

NomenclatureKind kind_of_depth(int segments) {
  switch (segments) {
    case 3: return NomenclatureKind::Program;
    case 5: return NomenclatureKind::Kegiatan;
    case 6: return NomenclatureKind::SubKegiatan;
    default: return NomenclatureKind::None;
  }
}

NomenclatureCode from_segments(std::vector<std::string> segments) {
  NomenclatureCode code;
  // The fourth segment packed with the fifth ("202" for 2.02, "2A" is not handled): one digit, then the rest.
  if (segments.size() == 4 && segments[3].size() == 3 && is_digit(segments[3][0])) {
    std::string packed = segments[3];
    segments[3] = packed.substr(0, 1);
    segments.push_back(packed.substr(1));
  }
  // The urusan is one character and no segment is longer than four (sub kegiatan 0001); longer runs are numbers.
  if (segments.empty() || segments.size() > 6 || segments[0].size() > 1) return code;
  for (const std::string& segment : segments)
    if (segment.size() > 4) return code;
  for (const std::string& segment : segments) code.kode += (code.kode.empty() ? "" : ".") + segment;
  code.segments = static_cast<int>(segments.size());
  code.kind = kind_of_depth(code.segments);
  return code;
}

}  // namespace

NomenclatureCode read_nomenclature_code(const std::vector<std::string>& parts) {
  std::vector<std::string> segments;
  for (const std::string& part : parts) {
    std::string cell = trim(part);
    if (cell.empty()) continue;
    if (cell.size() > 24 || !cell_segments(cell, segments)) return {};
  }
  return from_segments(std::move(segments));
}

bool is_outline_number(std::string_view text) {
  std::string head = trim(text);
  while (!head.empty() && head.back() == '.') head.pop_back();
  if (head.empty() || head.find_first_not_of("0123456789.") != std::string::npos) return false;
  std::size_t first_dot = head.find('.');
  if (first_dot == std::string::npos || first_dot == 0) return false;
  std::size_t second = first_dot + 1;
  std::size_t second_end = head.find('.', second);
  std::size_t length = (second_end == std::string::npos ? head.size() : second_end) - second;
  return length < 2;
}

NomenclatureCode leading_nomenclature_code(std::string_view text, std::string& rest) {
  std::string cell = trim(text);
  std::size_t end = 0;
  while (end < cell.size() && (is_digit(cell[end]) || is_placeholder(cell[end]) || cell[end] == '.' || cell[end] == ','))
    ++end;
  // The kode must end at a blank and leave a name after it.
  if (end == 0 || end >= cell.size() || cell[end] != ' ') return {};
  std::string head = cell.substr(0, end);
  while (!head.empty() && (head.back() == '.' || head.back() == ',')) head.pop_back();
  std::vector<std::string> segments;
  if (!cell_segments(head, segments) || segments.size() < 2) return {};
  NomenclatureCode code = from_segments(std::move(segments));
  if (code.kode.empty()) return code;
  // Outline numbering ("1.1.", "1.1.1.") has one-digit segments throughout; a kode has a two-digit bidang.
  if (code.segments >= 2 && is_outline_number(head)) return {};
  rest = trim(cell.substr(end));
  return code;
}

bool kode_within(std::string_view parent, std::string_view child) {
  if (parent.empty() || child.size() <= parent.size()) return false;
  if (child.substr(0, parent.size()) != parent || child[parent.size()] != '.') return false;
  return parent.find_first_of("Xx") == std::string_view::npos;  // a placeholder states no parent
}

}  // namespace pokin::import
