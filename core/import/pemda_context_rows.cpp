// The visi and misi of an RPJMD table (pemda_context.h): taken beside the tree, each tujuan noted under the misi
// written above it. Part of TableTreeBuilder (table_tree_builder.h).
#include <algorithm>

#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

// Statements made since the last call, at the top of the tree (a tujuan, or a sasaran with no tujuan above it),
// belong to the misi in effect when they were read.
void TableTreeBuilder::assign_pending_misi() {
  if (document_.sasaran.empty()) return;
  Id last = document_.sasaran.rbegin()->first;
  if (current_misi_ > 0)
    for (auto it = document_.sasaran.upper_bound(misi_checked_); it != document_.sasaran.end(); ++it) {
      const Sasaran& s = it->second;
      if (s.kind == StatementKind::Tujuan || (s.level == 0 && s.parent == kNoId))
        report_.pemda.misi_of_statement.emplace(s.id, current_misi_);
    }
  misi_checked_ = std::max(misi_checked_, last);
}

bool TableTreeBuilder::take_pemda_context(const std::string& text, int line, bool data_row) {
  ContextLine context = read_context_line(text);
  if (context.kind == ContextKind::None) return false;
  assign_pending_misi();
  PemdaContext& pemda = report_.pemda;
  if (context.kind == ContextKind::Visi) {
    if (pemda.visi.empty()) {
      pemda.visi = context.text, pemda.visi_line = line;
    } else if (lower_ascii(pemda.visi) != lower_ascii(context.text)) {
      report_.not_understood(line, text, {"visi kedua: visi pertama (baris " + std::to_string(pemda.visi_line) + ") yang disimpan",
                                          "a second visi: the first (line " + std::to_string(pemda.visi_line) + ") is kept"});
    }
    if (data_row) decide(line, "visi (disimpan untuk unit Pemda)", "visi (kept for the Pemda unit)");
    return true;
  }
  current_misi_ = pemda.add_misi(context.number, context.text, line);
  if (data_row)
    decide(line, "misi " + std::to_string(current_misi_) + " (disimpan untuk unit Pemda)",
           "misi " + std::to_string(current_misi_) + " (kept for the Pemda unit)");
  return true;
}

// A Misi column's cell: "Misi 2 : Mewujudkan ...", "2", "II", "2. Mewujudkan ..." or the misi's text alone (the
// same text again is the same misi: a merged cell filled down).
void TableTreeBuilder::take_misi_cell(const std::string& cell, int line) {
  PemdaContext& pemda = report_.pemda;
  ContextLine context = read_context_line(cell);
  int number = context.kind == ContextKind::Misi ? context.number : misi_number_in_cell(cell);
  std::string text = context.kind == ContextKind::Misi ? context.text : clean_text(cell);
  if (context.kind != ContextKind::Misi && number > 0) {
    // The text after the number ("2. Mewujudkan ..."), if any.
    std::string lower = lower_ascii(text);
    std::size_t at = lower.rfind("misi", 0) == 0 ? 4 : 0;
    at = lower.find_first_not_of(" ", at);
    at = at == std::string::npos ? lower.size() : lower.find_first_of(" :.-", at);
    text = at == std::string::npos ? std::string() : trim(std::string_view(text).substr(at));
    while (!text.empty() && (text.front() == ':' || text.front() == '.' || text.front() == '-' || text.front() == ' '))
      text.erase(text.begin());
  }
  if (number == 0) {
    auto known = std::find_if(pemda.misi.begin(), pemda.misi.end(),
                              [&](const MisiStatement& m) { return lower_ascii(m.text) == lower_ascii(text); });
    if (known != pemda.misi.end()) number = known->number;
  }
  // "Misi 1:" on a row of its own, its text in the Misi column of the next row.
  if (number == 0 && current_misi_ > 0)
    for (const MisiStatement& m : pemda.misi)
      if (m.number == current_misi_ && m.text.empty()) number = current_misi_;
  if (number == current_misi_ && number != 0) {
    pemda.add_misi(number, text, line);
    return;
  }
  assign_pending_misi();
  current_misi_ = pemda.add_misi(number, text, line);
}

// A row whose only text, in whichever column, is "VISI : ..." or "Misi 2 : ...": a line spanning the table.
bool TableTreeBuilder::take_spanning_context(const TableRow& row) {
  const std::string* only = nullptr;
  for (const std::string& cell : row.cells) {
    if (trim(cell).empty()) continue;
    if (only) return false;
    only = &cell;
  }
  return only && take_pemda_context(*only, row.line, true);
}

}  // namespace pokin::import
