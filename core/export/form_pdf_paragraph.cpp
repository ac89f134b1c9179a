#include "core/export/form_pdf_paragraph.h"

#include <algorithm>

#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kLabelGap = 6;           // points between the longest label and the values
constexpr double kLongestLabelShare = 0.45;  // of the width: a longer label wraps its value under itself

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t pos = 0;;) {
    std::size_t end = text.find(separator, pos);
    parts.push_back(text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
    if (end == std::string_view::npos) return parts;
    pos = end + 1;
  }
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  for (std::string_view word : split(line, ' '))
    if (!word.empty()) words.push_back(word);
  return words;
}

// `text` wrapped to `width` from `x`, every line but the last spread to the full width when `justify`.
void set_lines(std::string_view text, double x, double width, double size, bool justify,
               std::vector<PlacedLine>& out) {
  std::vector<std::string> lines = wrap_text(text, width, size);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string_view> words = words_of(lines[i]);
    PlacedLine placed;
    double space = text_width(" ", size);
    if (justify && i + 1 < lines.size() && words.size() > 1) {
      double used = 0;
      for (std::string_view word : words) used += text_width(word, size);
      space = (width - used) / static_cast<double>(words.size() - 1);
    }
    double at = x;
    for (std::string_view word : words) {
      placed.push_back({std::string(word), at});
      at += text_width(word, size) + space;
    }
    out.push_back(std::move(placed));
  }
}

}  // namespace

std::vector<PlacedLine> set_paragraph(std::string_view text, double width, double size) {
  std::vector<std::string_view> lines = split(text, '\n');
  double label_width = 0;
  for (std::string_view line : lines) {
    std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) label_width = std::max(label_width, text_width(line.substr(0, tab), size));
  }
  double value_x = std::min(label_width + kLabelGap, width * kLongestLabelShare);

  std::vector<PlacedLine> out;
  for (std::string_view line : lines) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      set_lines(line, 0, width, size, true, out);
      continue;
    }
    std::string_view label = line.substr(0, tab), value = line.substr(tab + 1);
    std::size_t first_line = out.size();
    double label_room = text_width(label, size) <= value_x - kLabelGap ? value_x : width;
    set_lines(label, 0, label_room, size, false, out);
    // A label too long for its column takes whole lines; its value starts on the line after it.
    std::size_t value_line = label_room < width ? first_line : out.size();
    double value_left = value_x;
    std::string rest(value);
    std::string colon;
    if (!rest.empty() && rest.front() == ':') {
      std::size_t start = rest.find_first_not_of(' ', 1);
      colon = ":";
      rest = start == std::string::npos ? "" : rest.substr(start);
      value_left += text_width(": ", size);
    }
    std::vector<PlacedLine> value_lines;
    set_lines(rest, value_left, std::max(1.0, width - value_left), size, false, value_lines);
    if (!colon.empty()) value_lines.front().insert(value_lines.front().begin(), {colon, value_x});
    for (std::size_t i = 0; i < value_lines.size(); ++i) {
      std::size_t at = value_line + i;
      if (at >= out.size()) out.emplace_back();
      for (PlacedWord& word : value_lines[i]) out[at].push_back(std::move(word));
    }
  }
  return out;
}

}  // namespace pokin
