#pragma once
// What an import found and decided, for the planner to review: per unit what was read, every suggested cascade
// link with its score, every decision taken on the planner's behalf, and every input line that was not
// understood (with its line number). Nothing is dropped silently.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::import {

struct NotUnderstoodLine {
  int line = 0;  // 1-based
  std::string text;
  Bilingual reason;
};

// A proposed parent for a sasaran; ids refer to the imported Document (before it is merged).
struct LinkSuggestion {
  Id sasaran = kNoId;
  Id parent = kNoId;  // kNoId when no candidate was found at all
  double score = 0;
  bool applied = false;  // above the threshold: set as a suggested link
};

struct ImportReport {
  std::string source;  // file name as given
  std::string format;  // "sk", "listing", "lampiran", "table"
  std::vector<NotUnderstoodLine> lines;
  std::vector<LinkSuggestion> suggestions;
  std::vector<Bilingual> notes;

  void not_understood(int line, std::string_view text, Bilingual reason);
  void note(Bilingual message) { notes.push_back(std::move(message)); }
};

// The report as plain text in `language`: per unit (with its parent) the numbers of sasaran and indikator, the
// suggestions with their scores, the notes and the lines not understood.
std::string render_report(const Document& imported, const ImportReport& report, Language language);

}  // namespace pokin::import
