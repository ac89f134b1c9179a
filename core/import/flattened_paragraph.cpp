#include "core/import/flattened_paragraph.h"

#include <array>
#include <cctype>
#include <string>

#include "core/import/flattened_words.h"

namespace pokin::import {
namespace {

struct Word {
  std::size_t begin = 0, end = 0;
};

std::vector<Word> words_in(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r') ++i;
    if (i > start) words.push_back({start, i});
  }
  return words;
}

bool capitalised(std::string_view word) { return !word.empty() && std::isupper(static_cast<unsigned char>(word[0])); }

bool all_digits(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "2.", "3)", "1.1.", "a.", "b)": the number of a list item.
bool is_list_number(std::string_view word) {
  if (word.size() < 2 || (word.back() != '.' && word.back() != ')')) return false;
  std::string_view body = word.substr(0, word.size() - 1);
  if (body.size() == 1 && std::islower(static_cast<unsigned char>(body[0]))) return true;
  bool digit = false;
  for (char c : body) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '.') return false;
  }
  return digit && body.size() <= 6;
}

// Column-title words: what the header of a planning table is made of.
bool is_header_word(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kHeader = {
      "target", "rp", "rp.", "realisasi", "indikator", "sasaran", "satuan", "tujuan", "program", "kegiatan",
      "capaian", "kondisi", "awal", "akhir", "tahun", "no", "no.", "kinerja", "penanggung", "jawab", "lokasi",
      "kode", "formulasi", "status", "bidang", "urusan"};
  return is_one_of(word, kHeader);
}

// "Peningkatan ..." opens statements in some tables but also names and prose items ("1) Peningkatan mutu ..."): a
// piece may begin with it, it does not cut one.
bool is_statement_lead(std::string_view word) {
  return capitalised(word) && word != "Peningkatan" && is_one_of(word, kStatementLeads);
}

bool is_indicator_lead(std::string_view word) { return capitalised(word) && is_one_of(word, kIndicatorLeads); }

// The first word of a unit's name written in a penanggung jawab cell after the row's values.
bool is_unit_word(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kUnits = {
      "Dinas", "Badan", "Bagian", "Bag.", "Sekretariat", "Kecamatan", "Bidang", "Seksi", "UPT", "Puskesmas",
      "Inspektorat", "Kantor", "Setda", "RSUD"};
  return capitalised(word) && is_one_of(word, kUnits);
}

class Splitter {
 public:
  explicit Splitter(std::string_view line) : line_(line), words_(words_in(line)) {}

  std::string_view word(std::size_t i) const { return line_.substr(words_[i].begin, words_[i].end - words_[i].begin); }
  std::size_t size() const { return words_.size(); }
  std::size_t offset(std::size_t i) const { return i < words_.size() ? words_[i].begin : line_.size(); }

  // A word followed (directly or after one or two words) by a colon: "Tujuan :", "Indikator Tujuan :", "Instansi:".
  bool colon_label_at(std::size_t i) const {
    for (std::size_t k = i; k < size() && k <= i + 2; ++k) {
      std::string_view w = word(k);
      if (w == ":" || (w.size() > 1 && w.back() == ':')) return true;
      if (k > i && !capitalised(w)) return false;
    }
    return false;
  }

  // A label opening a statement, an indicator or a block at word i ("Program ...", "Kegiatan :", "Sub Kegiatan",
  // "Tujuan :", "Indikator Sasaran :", "Instansi :", "Tugas :", "Penjelasan:").
  bool label_at(std::size_t i) const {
    std::string_view w = word(i);
    if (!capitalised(w)) return false;
    static constexpr std::array<std::string_view, 4> kNamed = {"Program", "Kegiatan", "Urusan", "Sub-Kegiatan"};
    static constexpr std::array<std::string_view, 10> kColon = {
        "Tujuan", "Sasaran", "Indikator", "Instansi", "Tugas", "Fungsi", "Penjelasan", "Penjelasan:",
        "Formulasi", "Misi"};
    if (is_one_of(w, kColon) && colon_label_at(i)) return true;
    bool named = is_one_of(w, kNamed) || (is_one_of(w, std::array<std::string_view, 1>{"Sub"}) && i + 1 < size() &&
                                          is_one_of(word(i + 1), std::array<std::string_view, 1>{"Kegiatan"}));
    if (!named) return false;
    // "Program ..." inside a name ("Jumlah Program Kerja") is no label: one follows a value, a kode, a list
    // number or the start.
    if (i == 0) return true;
    std::string_view before = word(i - 1);
    return is_cell_value(before) || is_kode_part(before) || is_list_number(before) || before.back() == ':';
  }

  // Where a cell opening at word i really starts: its list number, or the kode written before a label.
  std::size_t start_of(std::size_t i, std::size_t floor, bool label) const {
    if (label) {
      std::size_t k = i;
      while (k > floor && is_kode_part(word(k - 1)) && all_digits(word(k - 1).substr(0, 1))) --k;
      while (k > floor && (word(k - 1) == "X" || word(k - 1) == "XX")) --k;
      return k;
    }
    // A bare number right after a value is that run's last value ("... - 72 - 74 Meningkatnya"), not a row number.
    if (i > floor && (is_list_number(word(i - 1)) ||
                      (all_digits(word(i - 1)) && word(i - 1).size() <= 2 && !(i - 1 > floor && is_cell_value(word(i - 2))))))
      return i - 1;
    return i;
  }

  ParagraphPieces split() const {
    ParagraphPieces out;
    std::size_t first = 0;
    if (std::size_t end = end_of_column_numbers(line_); end != std::string_view::npos) {
      out.header = trim_view(line_.substr(0, end));
      while (first < size() && words_[first].begin < end) ++first;
    } else {
      // No column numbers: the header runs from its "No" column title (followed by column titles) to the first
      // statement after it; a labelled block above it ("Tujuan : ...") is read as pieces.
      std::size_t no = size(), opener = size();
      for (std::size_t i = 0; i < size() && opener == size(); ++i) {
        std::string_view w = word(i);
        if (no == size() && (w == "No" || w == "NO" || w == "No." || w == "NO." || w == "N0")) {
          std::size_t titles = 0;
          for (std::size_t k = i + 1; k < size() && k <= i + 3; ++k) titles += is_header_word(word(k));
          if (titles >= 1) no = i;
        }
        if (no < size() && i > no && is_statement_lead(w)) opener = start_of(i, no + 1, false);
      }
      std::size_t header_words = 0;
      for (std::size_t i = no; i < opener; ++i) header_words += is_header_word(word(i));
      if (no < opener && opener < size() && header_words >= 2) {
        cut(out, 0, no);
        out.header_at = out.pieces.size();
        out.header = trim_view(line_.substr(offset(no), offset(opener) - offset(no)));
        first = opener;
      }
    }
    cut(out, first, size());
    return out;
  }

 private:
  // The words [from, to) as pieces, cut before each place a cell opens.
  void cut(ParagraphPieces& out, std::size_t from, std::size_t to) const {
    std::size_t start = from;
    for (std::size_t i = from + 1; i < to; ++i) {
      std::string_view w = word(i), before = word(i - 1);
      std::size_t at = i;
      bool label = label_at(i) && !label_at(i - 1);  // "Indikator Tujuan :" is one label
      if (label) {
        at = start_of(i, start, true);
      } else if (is_statement_lead(w)) {
        at = start_of(i, start, false);
      } else if ((is_cell_value(before) || is_unit_word(word(start))) &&
                 (is_indicator_lead(w) || (w == "%" && i + 1 < to && capitalised(word(i + 1))))) {
        at = i;  // the values (or the penanggung jawab cell) closed the row before: the next indicator
      } else if (is_cell_value(before) && is_unit_word(w)) {
        at = i;
      } else if (capitalised(w) && is_header_word(w) && i + 1 < to && is_header_word(word(i + 1)) &&
                 !is_cell_value(before)) {
        at = i;  // column titles printed again after a row ("... Usia Dini Kode Bidang ...")
      } else if (i >= 2 && is_cell_value(before) && is_cell_value(word(i - 2)) && w.size() > 1 && capitalised(w) &&
                 std::islower(static_cast<unsigned char>(w[1])) && i - 2 >= start) {
        at = i;  // a run of values closed the row: a capitalised word after it opens the next cell
      } else if (is_list_number(w) && i + 1 < to && capitalised(word(i + 1))) {
        at = i;
      } else {
        continue;
      }
      if (at <= start) continue;
      out.pieces.push_back(trim_view(line_.substr(offset(start), offset(at) - offset(start))));
      start = at;
    }
    if (start < to) out.pieces.push_back(trim_view(line_.substr(offset(start), offset(to - 1) + word(to - 1).size() - offset(start))));
  }

  static std::string_view trim_view(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
  }

  std::string_view line_;
  std::vector<Word> words_;
};

}  // namespace

bool is_statement_opener(std::string_view word) { return is_statement_lead(word); }

bool is_active_goal_word(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kActive = {"Meningkatkan", "Mewujudkan", "Menurunkan",
                                                              "Mengembangkan", "Memperkuat", "Menjamin"};
  return capitalised(word) && is_one_of(word, kActive);
}

std::size_t end_of_column_numbers(std::string_view line) {
  std::vector<Word> words = words_in(line);
  std::size_t run = 0;
  int last = 0;
  bool header_before = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = line.substr(words[i].begin, words[i].end - words[i].begin);
    bool parenthesised = w.size() >= 3 && w.front() == '(' && (w.back() == ')' || w.back() == '}');
    std::string_view digits = parenthesised ? w.substr(1, w.size() - 2) : w;
    int number = all_digits(digits) && digits.size() <= 2 ? std::stoi(std::string(digits)) : 0;
    // Bare numbers count only after a column title ("Target Rp 2 5 6 7"): yearly targets are numbers too.
    bool column = number > 0 && (parenthesised || header_before) && (run == 0 ? number <= 3 : number > last && number <= last + 3);
    if (column) {
      ++run;
      last = number;
      continue;
    }
    if (run >= 4) return words[i - 1].end;
    run = 0;
    if (is_statement_lead(w)) return std::string_view::npos;  // the rows began: no column-number row above them
    header_before = header_before || is_header_word(w);
  }
  return run >= 4 ? words.back().end : std::string_view::npos;
}

bool is_flattened_paragraph(std::string_view line) {
  Splitter splitter(line);
  if (splitter.size() < 8) return false;
  ParagraphPieces pieces = splitter.split();
  // A short line is one only when it holds a header and a row after it ("No Indikator Satuan Target Realisasi
  // Capaian Sasaran Strategis 1. Meningkatnya ..."): a row alone is read as a line.
  if (splitter.size() < 20) return !pieces.header.empty() && !pieces.pieces.empty();
  return !pieces.header.empty() || pieces.pieces.size() >= 2;
}

ParagraphPieces split_flattened_paragraph(std::string_view line) { return Splitter(line).split(); }

}  // namespace pokin::import
