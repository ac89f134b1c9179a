#include "core/spreadsheet/html_tables.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>

#include "core/text/bilingual.h"
#include "core/text/utf8.h"

namespace pokin::spreadsheet {
namespace {

constexpr int kMaxSpan = 1'000;         // rows or columns one cell may cover ("colspan=1000000" is no table)
constexpr int kMaxDepth = 400;          // nesting of elements walked; deeper content is no planning table
constexpr std::size_t kTitleLines = 8;  // text lines above a table kept as its title
constexpr std::size_t kTrailingLines = 200;  // text lines after the last table kept (signatures, sources)
constexpr std::size_t kMaxCellBytes = 64 * 1024;

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool named_any(const xmlNode* node, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* name) { return named(node, name); });
}

// Content that is no text of the page.
bool skipped(const xmlNode* node) { return named_any(node, {"script", "style", "head", "noscript", "template", "select"}); }

// Elements that start and end a line of text.
bool is_block(const xmlNode* node) {
  return named_any(node, {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "section", "article",
                          "header", "footer", "ul", "ol", "blockquote", "pre", "tr", "center", "dt", "dd", "form"});
}

int line_of(const xmlNode* node) {
  long line = xmlGetLineNo(node);
  return line > 0 && line < 100'000'000 ? static_cast<int>(line) : 0;
}

// Appends a text node's characters with runs of blanks (and no-break spaces) as one space.
void append_text(std::string& out, const xmlChar* content) {
  if (content == nullptr) return;
  std::string_view text(reinterpret_cast<const char*>(content));
  for (std::size_t i = 0; i < text.size() && out.size() < kMaxCellBytes; ++i) {
    bool blank = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '\f';
    if (!blank && text.compare(i, 2, "\xC2\xA0") == 0) blank = true, ++i;
    if (blank) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += text[i];
    }
  }
}

void end_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

// The text of a cell: its paragraphs and line breaks as lines, a nested table left out (it is a table of its own).
void cell_text(const xmlNode* node, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      append_text(out, child->content);
    } else if (child->type == XML_ELEMENT_NODE && !skipped(child)) {
      if (named(child, "table")) {
        end_line(out);
      } else if (named(child, "br")) {
        end_line(out);
        if (out.empty() || out.back() != '\n') out += '\n';
      } else if (is_block(child)) {
        end_line(out);
        cell_text(child, out, depth + 1);
        end_line(out);
      } else {
        cell_text(child, out, depth + 1);
      }
    }
  }
}

// Lines trimmed, empty lines dropped.
std::string tidy(const std::string& text) {
  std::string out, line;
  auto flush = [&] {
    std::size_t first = line.find_first_not_of(' ');
    std::size_t last = line.find_last_not_of(' ');
    if (first != std::string::npos) out += (out.empty() ? "" : "\n") + line.substr(first, last - first + 1);
    line.clear();
  };
  for (char c : text) {
    if (c == '\n') flush();
    else line += c;
  }
  flush();
  return out;
}

int span(const xmlNode* cell, const char* attribute) {
  xmlChar* value = xmlGetProp(cell, reinterpret_cast<const xmlChar*>(attribute));
  if (value == nullptr) return 1;
  long n = std::strtol(reinterpret_cast<const char*>(value), nullptr, 10);
  xmlFree(value);
  return static_cast<int>(std::clamp(n, 1L, static_cast<long>(kMaxSpan)));
}

class PageReader {
 public:
  explicit PageReader(const XlsxLimits& limits) : limits_(limits) {}

  void walk(const xmlNode* node, int depth) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        if (line_text_.empty()) line_number_ = line_of(node);
        append_text(line_text_, child->content);
        continue;
      }
      if (child->type != XML_ELEMENT_NODE || skipped(child)) continue;
      if (named(child, "table")) {
        end_title_line();
        read_table(child);
        title_.clear();
        trailing_.clear();
        nested_tables(child, depth + 1);
      } else if (named(child, "br") || is_block(child)) {
        end_title_line();
        walk(child, depth + 1);
        end_title_line();
      } else {
        walk(child, depth + 1);
      }
    }
  }

  // The text after the last table (a Perjanjian Kinerja's signatures, a "Sumber:" line) closes its sheet.
  void finish() {
    end_title_line();
    if (sheets.empty()) return;
    Sheet& last = sheets.back();
    int row = last.rows.empty() ? 0 : last.rows.back().row;
    for (const auto& [line, text] : trailing_) last.rows.push_back({row = std::max(line, row + 1), {text}, true});
  }

  std::vector<Sheet> sheets;

 private:
  struct Carried {
    std::string text;
    int rows_left = 0;
  };

  void end_title_line() {
    std::string line = tidy(line_text_);
    line_text_.clear();
    if (line.empty()) return;
    title_.push_back({line_number_, line});
    if (title_.size() > kTitleLines) title_.erase(title_.begin());
    if (trailing_.size() < kTrailingLines) trailing_.push_back({line_number_, line});
  }

  // Tables inside the cells of `table`, each read as a table of its own.
  void nested_tables(const xmlNode* node, int depth) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE || skipped(child)) continue;
      if (named(child, "table")) {
        read_table(child);
        nested_tables(child, depth + 1);
      } else {
        nested_tables(child, depth + 1);
      }
    }
  }

  // The rows of `table` itself: <tr> children, or those of its <thead>, <tbody> and <tfoot>.
  static std::vector<const xmlNode*> rows_of(const xmlNode* table) {
    std::vector<const xmlNode*> rows;
    for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
      if (named(child, "tr")) rows.push_back(child);
      else if (named_any(child, {"thead", "tbody", "tfoot"}))
        for (const xmlNode* row = child->children; row != nullptr; row = row->next)
          if (named(row, "tr")) rows.push_back(row);
    }
    return rows;
  }

  void read_table(const xmlNode* table) {
    Sheet sheet;
    sheet.name = "Tabel " + std::to_string(sheets.size() + 1);
    int last_row = 0;
    auto next_row_number = [&last_row](int line) { return last_row = std::max(line, last_row + 1); };
    for (const auto& [line, text] : title_) sheet.rows.push_back({next_row_number(line), {text}, true});
    std::map<int, Carried> carried;  // column -> the text of a cell spanning rows from above
    for (const xmlNode* tr : rows_of(table)) {
      std::vector<std::string> cells;
      int column = 0;
      auto place = [&](int at, const std::string& text) {
        if (at >= limits_.max_columns) refuse_columns();
        if (static_cast<std::size_t>(at) >= cells.size()) cells.resize(static_cast<std::size_t>(at) + 1);
        cells[static_cast<std::size_t>(at)] = text;
      };
      auto take_carried = [&] {
        for (auto it = carried.find(column); it != carried.end() && it->first == column; it = carried.find(column)) {
          place(column, it->second.text);
          if (--it->second.rows_left == 0) carried.erase(it);
          ++column;
        }
      };
      for (const xmlNode* cell = tr->children; cell != nullptr; cell = cell->next) {
        if (!named_any(cell, {"td", "th"})) continue;
        take_carried();
        std::string raw;
        cell_text(cell, raw, 0);
        std::string text = tidy(raw);
        int columns = span(cell, "colspan"), rows = span(cell, "rowspan");
        // The text in the first cell only, the others of the span blank: what Excel gives when a table is
        // copied (and what the table reader expects of a merged header or a sasaran merged over its indicators).
        for (int k = 0; k < columns; ++k) {
          place(column + k, k == 0 ? text : std::string());
          if (rows > 1) carried[column + k] = {std::string(), rows - 1};
        }
        column += columns;
      }
      take_carried();
      // Cells spanning rows from above, right of this row's own cells.
      for (auto it = carried.lower_bound(column); it != carried.end();) {
        place(it->first, it->second.text);
        it = --it->second.rows_left == 0 ? carried.erase(it) : std::next(it);
      }
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      cells_ += cells.size();
      if (cells_ > limits_.max_cells) refuse("sel", "cells", limits_.max_cells);
      if (cells.empty()) continue;
      if (++rows_ > limits_.max_rows) refuse("baris berisi data", "rows with data", limits_.max_rows);
      sheet.rows.push_back({next_row_number(line_of(tr)), std::move(cells)});
    }
    if (sheet.rows.size() > title_.size()) sheets.push_back(std::move(sheet));
  }

  [[noreturn]] void refuse(const std::string& what_id, const std::string& what_en, std::size_t limit) {
    throw UserError("Halaman web terlalu besar untuk diimpor: tabelnya lebih dari " + grouped(limit, '.') + " " + what_id + ".",
                    "The web page is too large to import: its tables hold more than " + grouped(limit, ',') + " " + what_en + ".");
  }

  [[noreturn]] void refuse_columns() {
    throw UserError("Tabel di halaman web terlalu lebar untuk diimpor: lebih dari " + std::to_string(limits_.max_columns) +
                        " kolom.",
                    "A table of the web page is too wide to import: more than " + std::to_string(limits_.max_columns) +
                        " columns.");
  }

  const XlsxLimits& limits_;
  std::vector<std::pair<int, std::string>> title_;     // line, text: the page's last lines, the next table's title
  std::vector<std::pair<int, std::string>> trailing_;  // line, text: all the text since the last table
  std::string line_text_;
  int line_number_ = 0;
  std::size_t cells_ = 0, rows_ = 0;
};

struct DocumentFree {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};

// Windows-1252 to UTF-8 (the code page of pages saved by older Indonesian Windows offices). The five bytes the
// code page leaves undefined become U+FFFD.
std::string utf8_from_windows_1252(std::string_view bytes) {
  static const char16_t kHigh[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                     0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    char32_t code = c < 0x80 ? c : c < 0xA0 ? kHigh[c - 0x80] : c;
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

// libxml2 reports what it recovers from on stderr; the reader says what matters in its own words.
void no_messages(void*, const char*, ...) {}

std::string lower_head(std::string_view bytes, std::size_t size) {
  std::string head(bytes.substr(0, size));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] != '<') return false;
  std::string head = lower_head(bytes, 65536);
  return head.find("<html") != std::string::npos || head.find("<table") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos;
}

std::vector<Sheet> read_html_tables(std::string_view bytes, const XlsxLimits& limits) {
  if (bytes.size() > limits.max_total_bytes || bytes.size() > static_cast<std::size_t>(INT32_MAX))
    throw UserError("Halaman web terlalu besar untuk diimpor: lebih dari " + grouped(limits.max_total_bytes, '.') + " byte.",
                    "The web page is too large to import: more than " + grouped(limits.max_total_bytes, ',') + " bytes.");
  // A page that states its encoding is read in it; one that does not is UTF-8 when its bytes are, else the
  // Windows code page older Indonesian pages were saved in (converted here, so no byte stops the parser).
  const char* encoding = nullptr;
  std::string converted;
  std::string head = lower_head(bytes, 4096);
  if (head.find("charset") == std::string::npos) {
    encoding = "UTF-8";
    if (!is_valid_utf8(bytes)) bytes = converted = utf8_from_windows_1252(bytes);
  } else if (head.find("utf-8") != std::string::npos && !is_valid_utf8(bytes)) {
    // A page that says UTF-8 and is not: the bad bytes become U+FFFD, so the parser does not stop at them.
    encoding = "UTF-8";
    bytes = converted = repaired_utf8(bytes);
  }
  xmlInitParser();
  xmlSetGenericErrorFunc(nullptr, no_messages);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  std::unique_ptr<xmlDoc, DocumentFree> document(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!document)
    throw UserError("Halaman web tidak dapat dibaca (isinya bukan HTML yang dikenali).",
                    "The web page cannot be read (its content is not HTML that can be recognised).");
  PageReader reader(limits);
  // A document begins like a node (libxml2 lets one stand for the other): walk its children, the root among them.
  reader.walk(reinterpret_cast<const xmlNode*>(document.get()), 0);
  reader.finish();
  return std::move(reader.sheets);
}

}  // namespace pokin::spreadsheet
