#include "core/import/cell_label.h"

#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Position after leading numbering: "1.", "1)", "1.1.1.", "a.", "b)", "I." followed by a blank.
std::size_t after_numbering(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
  if (i > 0 && i < text.size() && (text[i] == ' ' || text[i] == ')')) return text[i] == ')' ? i + 1 : i;
  if (text.size() > 2 && is_alpha(text[0]) && (text[1] == '.' || text[1] == ')') && text[2] == ' ') return 2;
  return 0;
}

// Consumes `word` (lower case) at `at` when it stands as a whole word; returns the position after it.
bool take_word(const std::string& lower, std::size_t& at, std::string_view word) {
  while (at < lower.size() && lower[at] == ' ') ++at;
  if (lower.compare(at, word.size(), word) != 0) return false;
  std::size_t end = at + word.size();
  if (end < lower.size() && (is_alpha(lower[end]) || is_digit(lower[end]))) return false;
  at = end;
  return true;
}

// After a label: "(Outcome)", "(Output)", a number "1", "1.2", and a colon or dash.
std::size_t skip_label_tail(const std::string& lower, std::size_t at, bool& had_colon) {
  for (;;) {
    while (at < lower.size() && lower[at] == ' ') ++at;
    if (at < lower.size() && lower[at] == '(') {
      std::size_t close = lower.find(')', at);
      if (close != std::string::npos && close - at <= 12) {
        at = close + 1;
        continue;
      }
    }
    if (at < lower.size() && is_digit(lower[at])) {
      std::size_t end = at;
      while (end < lower.size() && (is_digit(lower[end]) || lower[end] == '.')) ++end;
      if (end >= lower.size() || lower[end] == ' ' || lower[end] == ':') {
        at = end;
        continue;
      }
    }
    break;
  }
  if (at < lower.size() && (lower[at] == ':' || lower[at] == '-')) {
    had_colon = true;
    ++at;
  }
  return at;
}

// The level a word names at `at`, consuming it.
PlanningLevel level_word(const std::string& lower, std::size_t& at) {
  std::size_t start = at;
  if (take_word(lower, at, "tujuan")) return PlanningLevel::Tujuan;
  if (take_word(lower, at, "sasaran")) {
    std::size_t after = at;
    if (take_word(lower, after, "strategis")) at = after;
    return PlanningLevel::Sasaran;
  }
  if (take_word(lower, at, "program")) return PlanningLevel::Program;
  if (take_word(lower, at, "kegiatan")) return PlanningLevel::Kegiatan;
  if (take_word(lower, at, "subkegiatan") || take_word(lower, at, "sub-kegiatan")) return PlanningLevel::SubKegiatan;
  std::size_t sub = at;
  if (take_word(lower, sub, "sub") && take_word(lower, sub, "kegiatan")) {
    at = sub;
    return PlanningLevel::SubKegiatan;
  }
  at = start;
  return PlanningLevel::None;
}

// The abbreviations of Renstra K/L and LKjIP tables, always followed by the row's number: "SS 1" (Sasaran
// Strategis), "IKSS 1.1" / "IKU 1" (its indicators), "IKT 1" (Indikator Kinerja Tujuan), "SP 1" / "IKP 1.1" (Sasaran
// and Indikator Kinerja Program), "SK 1" / "IKK 1.1" (Sasaran and Indikator Kinerja Kegiatan). Without the number
// the letters are too common to be a label ("SK" is a decree).
bool read_abbreviated_label(const std::string& text, const std::string& lower, std::size_t at, LabelledText& out) {
  struct Abbreviation {
    std::string_view letters;
    LabelRole role;
    PlanningLevel level;
  };
  static constexpr Abbreviation kAbbreviations[] = {
      {"ss", LabelRole::Statement, PlanningLevel::Sasaran},   {"ikss", LabelRole::Indicator, PlanningLevel::Sasaran},
      {"iku", LabelRole::Indicator, PlanningLevel::Sasaran},  {"ikt", LabelRole::Indicator, PlanningLevel::Tujuan},
      {"sp", LabelRole::Statement, PlanningLevel::Program},   {"ikp", LabelRole::Indicator, PlanningLevel::Program},
      {"sk", LabelRole::Statement, PlanningLevel::Kegiatan},  {"ikk", LabelRole::Indicator, PlanningLevel::Kegiatan},
  };
  for (const Abbreviation& abbreviation : kAbbreviations) {
    std::size_t probe = at;
    if (!take_word(lower, probe, abbreviation.letters)) continue;
    while (probe < lower.size() && lower[probe] == ' ') ++probe;
    if (probe >= lower.size() || !is_digit(lower[probe])) return false;
    bool had_colon = false;
    std::string rest = trim(text.substr(skip_label_tail(lower, probe, had_colon)));
    if (rest.empty()) return false;
    out.role = abbreviation.role;
    out.level = abbreviation.level;
    out.rest = rest;
    return true;
  }
  return false;
}

}  // namespace

LabelledText read_statement_label(std::string_view raw) {
  LabelledText out;
  std::string text = trim(raw);
  std::string lower = lower_ascii(text);
  std::size_t at = after_numbering(lower);
  out.rest = text;
  bool had_colon = false;

  for (std::string_view context : {"visi", "misi", "urusan", "bidang urusan"}) {
    std::size_t probe = at;
    if (take_word(lower, probe, context)) {
      out.role = LabelRole::Context;
      out.rest = trim(text.substr(skip_label_tail(lower, probe, had_colon)));
      return out;
    }
  }
  if (read_abbreviated_label(text, lower, at, out)) return out;
  std::size_t probe = at;
  if (take_word(lower, probe, "indikator")) {
    std::size_t kinerja = probe;
    if (take_word(lower, kinerja, "kinerja")) probe = kinerja;
    PlanningLevel level = level_word(lower, probe);
    if (level == PlanningLevel::None) return out;  // "Indikator Kinerja Utama": a column's words, not a label
    out.role = LabelRole::Indicator;
    out.level = level;
    out.rest = trim(text.substr(skip_label_tail(lower, probe, had_colon)));
    return out;
  }
  probe = at;
  PlanningLevel level = level_word(lower, probe);
  if (level == PlanningLevel::None) return out;
  // "Sasaran/ Indikator", "Program / Kegiatan": a header's words, naming two columns, not a label.
  std::size_t next = lower.find_first_not_of(' ', probe);
  if (next != std::string::npos && lower[next] == '/') return out;
  std::size_t name_start = probe;
  // "Sasaran Program : ..." states the sasaran of a program; it names no nomenclature.
  PlanningLevel second = level == PlanningLevel::Sasaran ? level_word(lower, probe) : PlanningLevel::None;
  if (second != PlanningLevel::None && second != PlanningLevel::Tujuan && second != PlanningLevel::Sasaran) {
    level = second;
    name_start = probe;
  } else {
    probe = name_start;
    out.is_name = level == PlanningLevel::Program || level == PlanningLevel::Kegiatan || level == PlanningLevel::SubKegiatan;
  }
  std::size_t tail = skip_label_tail(lower, name_start, had_colon);
  out.role = LabelRole::Statement;
  out.level = level;
  // A program's name begins with "Program" (Kepmendagri writes it so); keep the word unless a colon follows it.
  if (level == PlanningLevel::Program && out.is_name && !had_colon) out.rest = trim(text.substr(at));
  else out.rest = trim(text.substr(tail));
  if (out.rest.empty()) out.role = LabelRole::None, out.level = PlanningLevel::None, out.rest = text;
  return out;
}

const char* planning_level_name(PlanningLevel level) {
  switch (level) {
    case PlanningLevel::None: return "";
    case PlanningLevel::Tujuan: return "Tujuan";
    case PlanningLevel::Sasaran: return "Sasaran";
    case PlanningLevel::Program: return "Program";
    case PlanningLevel::Kegiatan: return "Kegiatan";
    case PlanningLevel::SubKegiatan: return "Sub Kegiatan";
  }
  return "";
}

std::string without_indicator_numbering(const std::string& text) {
  std::size_t at = 0;
  if (text.size() > 2 && text[0] >= 'a' && text[0] <= 'z' && (text[1] == '.' || text[1] == ')')) {
    at = 2;
  } else {
    int digits = 0;
    bool closed = false;
    while (at < text.size()) {
      char c = text[at];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        if (++digits > 2) return text;
      } else if ((c == '.' || c == ')') && digits > 0) {
        digits = 0;
        closed = true;
      } else {
        break;
      }
      ++at;
    }
    if (!closed) return text;
  }
  if (at >= text.size() || text[at] != ' ') return text;
  return trim(text.substr(at));
}

}  // namespace pokin::import
