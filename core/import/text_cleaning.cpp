#include "core/import/text_cleaning.h"

#include <array>
#include <cctype>
#include <cstring>

#include "core/text/utf8.h"

namespace pokin::import {
namespace {

constexpr char kBreak = '\x1f';  // a paragraph or list-item boundary, written "; " at the end

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Reads one LaTeX argument at `pos`: a brace group (without its braces), a command or one character.
std::string_view latex_argument(std::string_view latex, std::size_t& pos) {
  while (pos < latex.size() && is_space(latex[pos])) ++pos;
  if (pos >= latex.size()) return {};
  if (latex[pos] == '{') {
    std::size_t start = ++pos;
    int depth = 1;
    while (pos < latex.size()) {
      if (latex[pos] == '\\' && pos + 1 < latex.size()) {
        pos += 2;
        continue;
      }
      if (latex[pos] == '{') ++depth;
      if (latex[pos] == '}' && --depth == 0) break;
      ++pos;
    }
    std::string_view inside = latex.substr(start, pos - start);
    if (pos < latex.size()) ++pos;  // the closing brace
    return inside;
  }
  std::size_t start = pos;
  if (latex[pos] == '\\') {
    ++pos;
    while (pos < latex.size() && std::isalpha(static_cast<unsigned char>(latex[pos]))) ++pos;
    if (pos == start + 1 && pos < latex.size()) ++pos;
  } else {
    pos += decode_utf8(latex, pos).length;
  }
  return latex.substr(start, pos - start);
}

std::string parenthesised_if_compound(std::string part) {
  part = collapse_spaces(part);
  if (part.find(" + ") != std::string::npos || part.find(" - ") != std::string::npos) return "(" + part + ")";
  return part;
}

struct Symbol {
  const char* command;
  const char* text;
};
constexpr std::array<Symbol, 22> kSymbols{{{"times", " × "},  {"cdot", " · "},   {"Sigma", "Σ"},   {"sum", "Σ"},
                                           {"leq", " ≤ "},    {"le", " ≤ "},     {"geq", " ≥ "},   {"ge", " ≥ "},
                                           {"neq", " ≠ "},    {"pm", " ± "},     {"div", " ÷ "},   {"approx", " ≈ "},
                                           {"left", ""},      {"right", ""},     {"%", "%"},       {",", " "},
                                           {";", " "},        {" ", " "},        {"quad", " "},    {"qquad", " "},
                                           {"Delta", "Δ"},    {"infty", "∞"}}};

// Nested fractions beyond this depth are copied as they are: no formula needs more, and deep nesting must not
// exhaust the stack.
constexpr int kDeepestLatex = 32;

void append_latex(std::string_view latex, std::string& out, int depth = 0) {
  if (depth > kDeepestLatex) {
    out.append(latex);
    return;
  }
  std::size_t pos = 0;
  while (pos < latex.size()) {
    char c = latex[pos];
    if (c == '$') {
      ++pos;
      continue;
    }
    if (c == '{' || c == '}') {
      ++pos;
      continue;
    }
    if (c == '^' || c == '_') {
      ++pos;
      std::string_view argument = latex_argument(latex, pos);
      out += c == '^' ? "^" : "";
      append_latex(argument, out, depth + 1);
      continue;
    }
    if (c != '\\') {
      out += c;
      ++pos;
      continue;
    }
    std::size_t start = pos + 1;
    pos = start;
    while (pos < latex.size() && std::isalpha(static_cast<unsigned char>(latex[pos]))) ++pos;
    if (pos == start && pos < latex.size()) ++pos;  // a one-character command such as \% or \,
    std::string_view command = latex.substr(start, pos - start);
    if (command == "frac" || command == "dfrac" || command == "tfrac") {
      std::string numerator, denominator;
      append_latex(latex_argument(latex, pos), numerator, depth + 1);
      append_latex(latex_argument(latex, pos), denominator, depth + 1);
      out += " " + parenthesised_if_compound(numerator) + " / " + parenthesised_if_compound(denominator) + " ";
      continue;
    }
    if (command == "text" || command == "mathrm" || command == "textbf" || command == "mbox" ||
        command == "operatorname" || command == "textit" || command == "mathbf") {
      append_latex(latex_argument(latex, pos), out, depth + 1);
      continue;
    }
    bool known = false;
    for (const Symbol& symbol : kSymbols)
      if (command == symbol.command) {
        out += symbol.text;
        known = true;
        break;
      }
    if (!known) out += command;  // an unknown command keeps its name rather than vanishing
  }
}

struct Entity {
  const char* name;
  const char* text;
};
constexpr std::array<Entity, 7> kEntities{
    {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}}};

// Whether `text` at `pos` starts an HTML tag; sets `end` past its '>' and `name` to its lower-case name.
bool html_tag_at(std::string_view text, std::size_t pos, std::size_t& end, std::string& name) {
  if (text[pos] != '<' || pos + 1 >= text.size()) return false;
  std::size_t i = pos + 1;
  if (text[i] == '/') ++i;
  if (i >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i]))) return false;
  std::size_t name_start = i;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  name = lower_ascii(text.substr(name_start, i - name_start));
  std::size_t limit = std::min(text.size(), pos + 400);
  for (; i < limit; ++i)
    if (text[i] == '>') {
      end = i + 1;
      return true;
    }
  return false;
}

bool is_block_tag(const std::string& name) {
  static const char* kBlocks[] = {"p", "li", "ul", "ol", "div", "tr", "table", "br"};
  for (const char* block : kBlocks)
    if (name == block) return true;
  return false;
}

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back(text.substr(start, i - start));
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::string readable_latex(std::string_view latex) {
  std::string out;
  append_latex(latex, out);
  return collapse_spaces(out);
}

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Only these bytes start markup; the plain runs between them are copied whole (clean_text runs on every line
  // and cell several times, so a byte-by-byte copy was most of an import's time).
  auto starts_markup = [](char c) {
    return c == '$' || c == '<' || c == '&' || c == '*' || c == '_' || c == '\\' || c == '\xE2';
  };
  for (std::size_t pos = 0; pos < text.size();) {
    if (!starts_markup(text[pos])) {
      std::size_t plain_end = pos + 1;
      while (plain_end < text.size() && !starts_markup(text[plain_end])) ++plain_end;
      out.append(text.substr(pos, plain_end - pos));
      pos = plain_end;
      continue;
    }
    char c = text[pos];
    if (c == '$') {
      std::size_t close = text.find('$', pos + 1);
      if (close != std::string_view::npos && close > pos + 1) {
        out += ' ';
        append_latex(text.substr(pos + 1, close - pos - 1), out);
        out += ' ';
        pos = close + 1;
        continue;
      }
    }
    std::size_t end = 0;
    std::string tag;
    if (c == '<' && html_tag_at(text, pos, end, tag)) {
      out += is_block_tag(tag) ? (tag == "br" ? std::string(" ") : std::string(1, kBreak)) : std::string(" ");
      if (tag == "b" || tag == "i" || tag == "em" || tag == "strong" || tag == "u" || tag == "span") out.pop_back();
      pos = end;
      continue;
    }
    if (c == '&') {
      bool decoded = false;
      for (const Entity& entity : kEntities)
        if (text.substr(pos, std::strlen(entity.name)) == entity.name) {
          out += entity.text;
          pos += std::strlen(entity.name);
          decoded = true;
          break;
        }
      if (decoded) continue;
    }
    if ((c == '*' || c == '_') && pos + 1 < text.size() && text[pos + 1] == c) {
      pos += 2;
      continue;
    }
    if (c == '\\' && pos + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[pos + 1]))) {
      out += text[pos + 1];
      pos += 2;
      continue;
    }
    if (text.substr(pos, 3) == "\xE2\x96\xAA" || text.substr(pos, 3) == "\xE2\x80\xA2") {  // ▪ and •
      out += kBreak;
      pos += 3;
      continue;
    }
    out += c;
    ++pos;
  }
  // Paragraph and list boundaries: "; " between pieces, nothing at the ends.
  std::string joined;
  joined.reserve(out.size());
  bool pending_break = false;
  for (char c : out) {
    if (c == kBreak) {
      pending_break = true;
      continue;
    }
    if (pending_break && !is_space(c)) {
      while (!joined.empty() && is_space(joined.back())) joined.pop_back();  // in place: linear in the cell
      if (!joined.empty()) joined += joined.back() != ';' && joined.back() != ':' && joined.back() != ',' ? "; " : " ";
      pending_break = false;
    }
    joined += c;
  }
  std::string cleaned = collapse_spaces(joined);
  // Heading marks of markdown ("## Title").
  std::size_t hashes = 0;
  while (hashes < cleaned.size() && cleaned[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes < cleaned.size() && cleaned[hashes] == ' ') cleaned = cleaned.substr(hashes + 1);
  return cleaned;
}

bool has_markup(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '$' || c == '\\' || c == '&') return true;
    std::size_t end;
    std::string tag;
    if (c == '<' && html_tag_at(text, pos, end, tag)) return true;
    if (c == '*' && pos + 1 < text.size() && text[pos + 1] == '*') return true;
  }
  return false;
}

std::string trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  auto space_at = [&](std::size_t i) {
    if (is_space(text[i])) return std::size_t{1};
    if (text.substr(i, 2) == "\xC2\xA0") return std::size_t{2};  // no-break space
    return std::size_t{0};
  };
  while (begin < end) {
    std::size_t n = space_at(begin);
    if (!n) break;
    begin += n;
  }
  while (end > begin) {
    if (is_space(text[end - 1])) --end;
    else if (end - begin >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") end -= 2;
    else break;
  }
  return std::string(text.substr(begin, end - begin));
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (is_space(c) || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_upper_text(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(word[i])))
      return false;
  return text.size() == word.size() || !std::isalnum(static_cast<unsigned char>(text[word.size()]));
}

std::string title_case_if_upper(std::string_view text) {
  std::string cleaned = collapse_spaces(text);
  if (!is_upper_text(cleaned)) return cleaned;
  static const char* kLower[] = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "serta", "pada", "dengan", "terhadap"};
  static const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  std::string out;
  std::size_t pos = 0;
  bool first = true;
  while (pos <= cleaned.size()) {
    std::size_t space = cleaned.find(' ', pos);
    if (space == std::string::npos) space = cleaned.size();
    std::string word = cleaned.substr(pos, space - pos);
    std::string lower = lower_ascii(word);
    bool keep_upper = false;
    for (const char* roman : kRoman)
      if (word == roman) keep_upper = true;
    bool has_vowel = lower.find_first_of("aeiou") != std::string::npos;
    if (!has_vowel && word.size() >= 2) keep_upper = true;
    std::string written;
    if (keep_upper) {
      written = word;
    } else {
      bool connective = false;
      for (const char* small : kLower)
        if (lower == small) connective = true;
      written = lower;
      if (!(connective && !first)) {
        // Capitalise the first letter and any letter after a hyphen, slash or parenthesis.
        bool capital = true;
        for (char& c : written) {
          if (capital && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
          capital = c == '-' || c == '/' || c == '(';
        }
      }
    }
    if (!out.empty()) out += ' ';
    out += written;
    first = false;
    pos = space + 1;
  }
  return out;
}

}  // namespace pokin::import
