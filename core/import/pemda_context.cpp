#include "core/import/pemda_context.h"

#include <algorithm>
#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

void skip_blanks(const std::string& s, std::size_t& at) {
  while (at < s.size() && s[at] == ' ') ++at;
}

bool take_word(const std::string& lower, std::size_t& at, std::string_view word) {
  skip_blanks(lower, at);
  if (lower.compare(at, word.size(), word) != 0) return false;
  std::size_t end = at + word.size();
  if (end < lower.size() && (is_alpha(lower[end]) || is_digit(lower[end]))) return false;
  at = end;
  return true;
}

// "i" .. "xii": the roman numbers a misi is numbered with; 0 for any other word.
int roman(std::string_view word) {
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
  for (std::size_t k = 0; k < std::size(kRoman); ++k)
    if (word == kRoman[k]) return static_cast<int>(k) + 1;
  return 0;
}

// A number at `at` ("2", "2.", "II", "ke-3"), consumed; 0 when there is none (`at` unchanged).
int take_number(const std::string& lower, std::size_t& at) {
  std::size_t probe = at;
  skip_blanks(lower, probe);
  if (lower.compare(probe, 3, "ke-") == 0) probe += 3;
  else if (lower.compare(probe, 3, "ke ") == 0) probe += 3;
  skip_blanks(lower, probe);
  std::size_t end = probe;
  int number = 0;
  if (end < lower.size() && is_digit(lower[end])) {
    while (end < lower.size() && is_digit(lower[end]) && number < 1000) number = number * 10 + (lower[end++] - '0');
  } else {
    while (end < lower.size() && (lower[end] == 'i' || lower[end] == 'v' || lower[end] == 'x')) ++end;
    if (end < lower.size() && (is_alpha(lower[end]) || is_digit(lower[end]))) return 0;
    number = roman(std::string_view(lower).substr(probe, end - probe));
  }
  if (number <= 0) return 0;
  if (end < lower.size() && lower[end] == '.') ++end;  // "Misi 2. :", "2. Mewujudkan ...": the number's own dot
  at = end;
  return number;
}

// Leading outline numbering ("1.", "a.", "A.") before the label.
std::size_t after_numbering(const std::string& lower) {
  std::size_t i = 0;
  while (i < lower.size() && (is_digit(lower[i]) || lower[i] == '.')) ++i;
  if (i > 0 && i < lower.size() && lower[i] == ' ') return i;
  if (lower.size() > 2 && is_alpha(lower[0]) && (lower[1] == '.' || lower[1] == ')') && lower[2] == ' ') return 2;
  return 0;
}

// A colon, or a dash followed by a blank (not "visi-misi"), at `at` after blanks: the position after it, or npos.
std::size_t after_separator(const std::string& lower, std::size_t at) {
  skip_blanks(lower, at);
  if (at < lower.size() && lower[at] == ':') return at + 1;
  if (at + 1 < lower.size() && lower[at] == '-' && lower[at + 1] == ' ') return at + 1;
  static constexpr std::string_view kEnDash = "\xE2\x80\x93";
  if (lower.compare(at, kEnDash.size(), kEnDash) == 0) return at + kEnDash.size();
  return std::string::npos;
}

}  // namespace

int PemdaContext::add_misi(int number, const std::string& text, int line) {
  if (number <= 0) number = misi.empty() ? 1 : std::max_element(misi.begin(), misi.end(), [](const auto& a, const auto& b) {
                                                 return a.number < b.number;
                                               })->number + 1;
  auto known = std::find_if(misi.begin(), misi.end(), [&](const MisiStatement& m) { return m.number == number; });
  if (known == misi.end()) misi.push_back({number, text, line});
  else if (known->text.empty()) known->text = text, known->line = line;
  return number;
}

ContextLine read_context_line(std::string_view raw) {
  ContextLine out;
  std::string text = clean_text(raw);
  std::string lower = lower_ascii(text);
  std::size_t at = after_numbering(lower);
  ContextKind kind = ContextKind::None;
  if (take_word(lower, at, "visi")) {
    kind = ContextKind::Visi;
  } else if (take_word(lower, at, "misi")) {
    kind = ContextKind::Misi;
  } else if (lower.compare(at, 4, "misi") == 0 && at + 4 < lower.size() && is_digit(lower[at + 4])) {
    kind = ContextKind::Misi;  // "Misi1:", the blank lost
    at += 4;
  } else {
    return out;
  }
  std::size_t before_yang = at;
  if (kind == ContextKind::Misi && !take_word(lower, at, "yang")) at = before_yang;  // "Misi yang ke 1 yaitu ..."
  int number = kind == ContextKind::Misi ? take_number(lower, at) : 0;
  if (kind == ContextKind::Misi && number == 0) at = before_yang;
  std::size_t start = after_separator(lower, at);
  // "Misi yang ke 1  yaitu ...", "Misi 2 adalah ...": after a misi's number, "yaitu" or "adalah" is the colon.
  if (start == std::string::npos && number > 0) {
    std::size_t word_at = at;
    if (take_word(lower, word_at, "yaitu") || take_word(lower, word_at, "adalah")) {
      start = word_at;
      if (std::size_t colon = after_separator(lower, start); colon != std::string::npos) start = colon;
    }
  }
  if (start == std::string::npos) return out;
  std::string rest = trim(std::string_view(text).substr(start));
  // A numbered misi whose text follows on the next line or in the next cell ("Misi 1:" alone) is still one.
  if (rest.empty() && number == 0) return out;
  out.kind = kind;
  out.number = number;
  out.text = std::move(rest);
  return out;
}

int misi_number_in_cell(std::string_view cell) {
  std::string lower = lower_ascii(clean_text(cell));
  std::size_t at = 0;
  take_word(lower, at, "misi");
  int number = take_number(lower, at);
  // "2", "Misi 2", "II", "2." alone, or followed by its text after a colon or a blank ("2 Mewujudkan ...").
  return number;
}

}  // namespace pokin::import
