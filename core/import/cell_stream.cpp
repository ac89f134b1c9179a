#include "core/import/cell_stream.h"

#include <algorithm>
#include <cctype>

#include "core/import/nomenclature_code.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

struct Piece {
  std::string text;
};

std::string_view last_word(std::string_view text) {
  std::size_t space = text.find_last_of(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

// A row's number glued in front of a cell ("1 Persentase", "2. Meningkatnya", "1.Sub Kegiatan", "a. Jabatan"):
// its length, or 0.
std::size_t leading_number(std::string_view line) {
  std::size_t i = 0;
  if (line.size() >= 3 && is_lower(line[0]) && (line[1] == '.' || line[1] == ')') && line[2] == ' ') {
    i = 2;
  } else {
    std::size_t run = 0;
    while (i < line.size() && (is_digit(line[i]) || line[i] == '.')) {
      run = is_digit(line[i]) ? run + 1 : 0;
      if (run > 2) return 0;
      ++i;
    }
    if (i == 0 || i > 8) return 0;
    if (i < line.size() && line[i] == ')') ++i;
  }
  std::size_t rest = i;
  while (rest < line.size() && line[rest] == ' ') ++rest;
  if (rest >= line.size() || !is_upper(line[rest])) return 0;
  if (rest == i && line[i - 1] != '.') return 0;  // "12ABC": not a number and a word
  return i;
}

// Values glued at the end of a cell ("... Otonomi Daerah 88.6", "Jumlah peserta 30.000 30.000"): where they start,
// or npos. A lone small integer stays with its text ("pentingnya 4").
std::size_t trailing_values(std::string_view line) {
  std::size_t end = line.size(), start = end;
  int count = 0;
  bool separator = false;
  while (start > 0) {
    std::size_t space = line.rfind(' ', start - 1);
    std::size_t word_start = space == std::string_view::npos ? 0 : space + 1;
    std::string_view word = line.substr(word_start, start - word_start);
    if (!is_value_token(word) || word == "-" || word.back() == ',') break;  // "UUD 1945,": the sentence goes on
    separator = separator || word.find_first_of(".,%") != std::string_view::npos;
    ++count;
    if (space == std::string_view::npos) return std::string_view::npos;  // all values: one Values cell
    start = space;
  }
  if (count == 0 || (count == 1 && !separator)) return std::string_view::npos;
  // "... / produksi tahun n-1 x 100%": the number a formula multiplies by is the formula's.
  if (count == 1 && start >= 2) {
    std::size_t before = line.rfind(' ', start - 1);
    std::string_view op = line.substr(before == std::string_view::npos ? 0 : before + 1,
                                      start - (before == std::string_view::npos ? 0 : before + 1));
    if (op == "x" || op == "X" || op == "*" || op == "/" || op == ":" || op == "=") return std::string_view::npos;
  }
  std::size_t words_before = 0;
  for (std::size_t i = 0; i < start; ++i) words_before += (line[i] == ' ' && i + 1 < start && line[i + 1] != ' ');
  if (words_before < 1) return std::string_view::npos;
  return start + 1;
}

// Values glued in front of a cell that opens with a capital ("3.000 Formulasi perhitungan :"): where the cell
// starts, or npos.
std::size_t leading_values(std::string_view line) {
  std::size_t i = 0, count = 0;
  while (i < line.size()) {
    std::size_t space = line.find(' ', i);
    if (space == std::string_view::npos) return std::string_view::npos;
    std::string_view word = line.substr(i, space - i);
    if (!is_value_token(word) || word == "-") break;
    ++count;
    i = space + 1;
  }
  if (count == 0 || i >= line.size() || !is_upper(line[i])) return std::string_view::npos;
  return i;
}

void split_line(std::string_view line, std::vector<Piece>& pieces) {
  std::string rest_of_kode;
  NomenclatureCode kode = leading_kode(line, rest_of_kode);
  if (kode.segments > 0 && trim(rest_of_kode).empty()) {
    pieces.push_back({std::string(line)});  // a kode alone ("X XX 01 2.01"), not values
    return;
  }
  if (kode.segments >= 3 && !trim(rest_of_kode).empty()) {
    std::size_t name = line.rfind(trim(rest_of_kode));
    if (name != std::string_view::npos && name > 0) {
      pieces.push_back({trim(line.substr(0, name))});
      split_line(trim(line.substr(name)), pieces);
      return;
    }
  }
  if (std::size_t number = leading_number(line); number > 0) {
    pieces.push_back({std::string(line.substr(0, number))});
    split_line(trim(line.substr(number)), pieces);
    return;
  }
  if (std::size_t text = leading_values(line); text != std::string_view::npos) {
    pieces.push_back({trim(line.substr(0, text))});
    split_line(trim(line.substr(text)), pieces);
    return;
  }
  if (std::size_t values = trailing_values(line); values != std::string_view::npos) {
    pieces.push_back({trim(line.substr(0, values))});
    pieces.push_back({trim(line.substr(values))});
    return;
  }
  pieces.push_back({std::string(line)});
}

bool all_capitals(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (is_lower(c)) return false;
    letters += is_upper(c);
  }
  return letters >= 4;
}

// Most longer words capitalised ("Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD").
bool title_case(std::string_view text) {
  int long_words = 0, capitalised = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i - start >= 4) {
      ++long_words;
      capitalised += is_upper(text[start]);
    }
  }
  return long_words >= 3 && capitalised * 10 >= long_words * 7;
}

int parenthesis_balance(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '(')) - static_cast<int>(std::count(text.begin(), text.end(), ')'));
}

bool joinable(CellKind kind) {
  return kind == CellKind::Text || kind == CellKind::Statement || kind == CellKind::Indicator ||
         kind == CellKind::LevelLabel || kind == CellKind::Explanation || kind == CellKind::Satuan;
}

// Whether a cell of this kind may be the wrapped part of the cell above.
bool may_continue(CellKind kind) {
  return kind == CellKind::Text || kind == CellKind::Satuan || kind == CellKind::Statement ||
         kind == CellKind::Indicator || kind == CellKind::LevelLabel;
}

}  // namespace

std::vector<StreamCell> cells_from_lines(const std::vector<std::string_view>& lines) {
  std::vector<StreamCell> cells;
  bool name_mode = false;        // the open cell is a name: capitalised lines continue it
  bool after_kode = false;       // the cell before the open one was a kode
  std::vector<Piece> pieces;
  std::vector<CellClass> kinds;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string line = trim(lines[n]);
    if (line.empty()) continue;
    pieces.clear();
    split_line(line, pieces);
    kinds.clear();
    for (const Piece& piece : pieces) kinds.push_back(classify_cell(piece.text));
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      const std::string& text = pieces[p].text;
      if (text.empty()) continue;
      CellClass& kind = kinds[p];
      StreamCell* open = cells.empty() ? nullptr : &cells.back();
      bool continues = false;
      // A parenthesis left open joins the next lines, but no further than a few: "(∑▒█(" of a lost equation
      // never closes.
      bool inside_parenthesis = open != nullptr && p == 0 && joinable(open->kind.kind) && open->lines < 4 &&
                                open->open_parentheses > 0 && kind.kind != CellKind::HeaderWord &&
                                kind.kind != CellKind::ColumnNumber;
      bool grade_score = open != nullptr && p == 0 && open->kind.kind == CellKind::Values && is_grade(open->text) &&
                         kind.kind == CellKind::ColumnNumber && text.front() == '(';
      // A lead word and one more ("Predikat (Nilai)") is rarely the whole indicator: a capitalised line goes on.
      bool short_indicator = open != nullptr && p == 0 && open->kind.kind == CellKind::Indicator &&
                             kind.kind == CellKind::Text && std::count(open->text.begin(), open->text.end(), ' ') <= 1;
      if (grade_score || short_indicator) {
        continues = true;  // "A" / "(4)": a grade with its score
      } else if (inside_parenthesis) {
        continues = true;  // "(Pancasila, UUD" / "1945,": a parenthesis is closed before the cell ends
      } else if (open != nullptr && p == 0 && joinable(open->kind.kind) && kind.kind == CellKind::HeaderWord &&
                 open->text.size() >= 2 && open->text.back() == '-' && std::isalpha(static_cast<unsigned char>(open->text[open->text.size() - 2]))) {
        continues = true;  // "RKA-" / "SKPD": a word broken at its hyphen, whatever the second half looks like
      } else if (open != nullptr && p == 0 && joinable(open->kind.kind) && may_continue(kind.kind)) {
        std::string_view above = open->text;
        char last = above.empty() ? ' ' : above.back();
        bool needs_more = is_joining_word(last_word(above)) || last == ',' || last == '/' || last == '-' || last == '&';
        // "(Produksi tahun n - produksi tahun n-1) / produksi tahun n-1 x 100%": a formula in its own column opens
        // with a parenthesis too, but goes on with an operator after it closes; "(SD/MI)" closes a name.
        bool formula_after_parenthesis = false;
        if (text[0] == '(') {
          std::size_t close = text.find(')');
          std::string_view after = close == std::string::npos ? std::string_view() : std::string_view(text).substr(close + 1);
          formula_after_parenthesis = after.find(" / ") != std::string_view::npos || after.find(" x ") != std::string_view::npos ||
                                      after.find(" X ") != std::string_view::npos || after.find(" : ") != std::string_view::npos ||
                                      after.find("dibagi") != std::string_view::npos;
        }
        bool lower_start = is_lower(text[0]) || (text[0] == '(' && !formula_after_parenthesis);
        // A lead word alone ("Persentase", "Meningkatnya") cannot be the whole cell.
        bool lead_alone = (open->kind.kind == CellKind::Statement || open->kind.kind == CellKind::Indicator) &&
                          above.find(' ') == std::string_view::npos;
        needs_more = needs_more || lead_alone;
        bool open_parenthesis = open->open_parentheses > 0;
        if (kind.kind == CellKind::Text && lower_start) continues = true;
        else if (open_parenthesis && kind.kind == CellKind::Text) continues = true;
        else if (needs_more) continues = true;
        else if (kind.kind == CellKind::Text && is_upper(text[0]) && name_mode) continues = true;
        else if (kind.kind == CellKind::Satuan && lower_start && open->kind.kind == CellKind::Satuan) continues = true;
        else if (kind.kind == CellKind::Satuan && text[0] == '(') continues = true;  // "(orang)" closing a name
      }
      if (continues) {
        ++open->lines;
        open->open_parentheses += parenthesis_balance(text);
        if (open->text.back() == '-' && open->text.size() >= 2 && std::isalpha(static_cast<unsigned char>(open->text[open->text.size() - 2])))
          open->text += text;
        else
          open->text += " " + text;
        if (open->kind.kind == CellKind::LevelLabel || open->kind.kind == CellKind::Explanation)
          open->kind.rest = open->kind.rest.empty() ? text : open->kind.rest + " " + text;
        // A labelled name goes on over capitalised lines while it is short ("Kegiatan" / "Pelaksanaan" / "Tugas");
        // a long one in sentence case is complete ("Program peningkatan ... keuangan"), unless in Title Case.
        if (open->kind.kind == CellKind::LevelLabel && std::count(open->text.begin(), open->text.end(), ' ') >= 4 &&
            !title_case(open->text) && !all_capitals(open->text))
          name_mode = false;
        continue;
      }
      bool kode_before = !cells.empty() && cells.back().kind.kind == CellKind::Kode;
      bool values_after = p + 1 < pieces.size() && kinds[p + 1].kind == CellKind::Values;
      cells.push_back({static_cast<int>(n) + 1, text, kind, opens_another_cell(text), 1, values_after,
                       parenthesis_balance(text)});
      after_kode = kode_before;
      name_mode = (kind.kind == CellKind::LevelLabel &&
                   (std::count(text.begin(), text.end(), ' ') < 4 || title_case(text) || all_capitals(text))) ||
                  (kind.kind == CellKind::Text && after_kode) ||
                  ((kind.kind == CellKind::Text || kind.kind == CellKind::Statement || kind.kind == CellKind::Indicator) &&
                   (title_case(text) || (all_capitals(text) && text.find(' ') != std::string::npos)));
    }
  }
  return cells;
}

}  // namespace pokin::import
