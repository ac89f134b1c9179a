#include "core/pemda/split_note_lines.h"

#include "core/text/ascii_text.h"

namespace pokin::pemda {
namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

bool starts_with(std::string_view line, std::string_view prefix) {
  std::string_view shown = prefix;
  while (!shown.empty() && shown.back() == ' ') shown.remove_suffix(1);  // "...RPJMD:" with nothing after it
  return line.substr(0, shown.size()) == shown;
}

std::string folded(std::string_view text) { return lower_ascii(trimmed(text)); }

}  // namespace

std::string sasaran_reference(const Sasaran& sasaran) {
  std::string code = trimmed(sasaran.code);
  std::string statement = trimmed(sasaran.statement);
  if (code.empty()) return statement;
  return statement.empty() ? code : code + " " + statement;
}

std::optional<std::string> note_line(std::string_view note, std::string_view prefix) {
  for (std::string_view line : lines_of(note))
    if (starts_with(line, prefix)) return trimmed(line.substr(std::min(line.size(), prefix.size())));
  return std::nullopt;
}

std::string note_without_line(std::string_view note, std::string_view prefix) {
  std::string kept;
  for (std::string_view line : lines_of(note)) {
    if (starts_with(line, prefix)) continue;
    if (!kept.empty()) kept += '\n';
    kept += line;
  }
  return trimmed(kept);
}

std::string note_with_line(std::string_view note, std::string_view prefix, std::string_view reference) {
  std::string kept = note_without_line(note, prefix);
  if (!kept.empty()) kept += '\n';
  kept += prefix;
  kept += reference;
  return kept;
}

Id find_referenced_sasaran(const Document& document, const std::vector<Id>& candidates, std::string_view reference) {
  std::string wanted = folded(reference);
  if (wanted.empty()) return kNoId;
  for (bool whole : {true, false}) {
    Id found = kNoId;
    int matches = 0;
    for (Id id : candidates) {
      const Sasaran* sasaran = document.find_sasaran(id);
      if (!sasaran) continue;
      if (folded(whole ? sasaran_reference(*sasaran) : sasaran->statement) != wanted) continue;
      found = id;
      ++matches;
    }
    if (matches == 1) return found;
    if (matches > 1) return kNoId;
  }
  return kNoId;
}

}  // namespace pokin::pemda
