#include "core/import/import_report.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/import/document_builder.h"

namespace pokin::import {
namespace {

Bilingual basis_text(SuggestionBasis basis) {
  switch (basis) {
    case SuggestionBasis::Words: return {"kemiripan kata", "similar words"};
    case SuggestionBasis::Code: return {"kode", "code"};
    case SuggestionBasis::SoleCandidate: return {"satu-satunya sasaran unit induk", "the parent unit's only sasaran"};
    case SuggestionBasis::Siblings: return {"mengikuti sasaran lain unitnya", "follows its unit's other sasaran"};
    case SuggestionBasis::Coverage: return {"agar sasaran induk ini didukung", "so that this parent is supported"};
  }
  return {};
}

std::string score_text(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string sasaran_label(const Document& document, Id id) {
  const Sasaran* sasaran = document.find_sasaran(id);
  if (!sasaran) return "?";
  const Unit* unit = document.find_unit(sasaran->unit);
  std::string label = unit ? "[" + unit->name + "] " : "";
  if (!sasaran->code.empty()) label += sasaran->code + " ";
  return label + sasaran->statement;
}

using ChildUnits = std::map<Id, std::vector<const Unit*>>;

void print_units(std::ostringstream& out, const ChildUnits& children_of, const std::map<Id, UnitContent>& content,
                 Id parent, int depth, bool en) {
  auto children = children_of.find(parent);
  if (children == children_of.end()) return;
  for (const Unit* unit : children->second) {
    auto found = content.find(unit->id);
    UnitContent counts = found == content.end() ? UnitContent{} : found->second;
    out << std::string(2 + 2 * depth, ' ') << unit->name << ": " << counts.sasaran << " sasaran, " << counts.indikator
        << (en ? " indicators" : " indikator") << "\n";
    if (depth < 32) print_units(out, children_of, content, unit->id, depth + 1, en);
  }
}

}  // namespace

void ImportReport::not_understood(int line, std::string_view text, Bilingual reason) {
  constexpr std::size_t kShown = 160;
  std::string shown(text.substr(0, kShown));
  if (text.size() > kShown) shown += "...";
  lines.push_back({line, std::move(shown), std::move(reason)});
}

std::string render_report(const Document& imported, const ImportReport& report, Language language) {
  bool en = language == Language::English;
  std::ostringstream out;
  out << (en ? "Import of " : "Impor ") << report.source << " (" << (en ? "form: " : "bentuk: ") << report.format
      << ")\n";
  const DocumentInfo& info = imported.info;
  if (!info.instansi.empty()) out << "  Instansi: " << info.instansi << "\n";
  if (!info.pemda.empty()) out << "  Pemda: " << info.pemda << "\n";
  if (info.period_start > 0) out << (en ? "  Period: " : "  Periode: ") << info.period_start << "-" << info.period_end << "\n";
  if (!info.nomor_sk.empty()) out << (en ? "  Decree number: " : "  Nomor SK: ") << info.nomor_sk << "\n";
  if (!info.tanggal.empty()) out << (en ? "  Date: " : "  Tanggal: ") << info.tanggal << "\n";
  if (!info.penandatangan.nama.empty())
    out << (en ? "  Signed by: " : "  Penandatangan: ") << info.penandatangan.nama << " (NIP " << info.penandatangan.nip
        << ")\n";

  out << "\n" << (en ? "Units found" : "Unit yang ditemukan") << " (" << imported.units.size() << "):\n";
  ChildUnits children_of;
  for (const auto& [id, unit] : imported.units) children_of[unit.parent].push_back(&unit);
  for (auto& [parent, children] : children_of)
    std::sort(children.begin(), children.end(), [](const Unit* a, const Unit* b) { return a->order < b->order; });
  print_units(out, children_of, content_per_unit(imported), kNoId, 0, en);

  int applied = 0;
  for (const LinkSuggestion& suggestion : report.suggestions) applied += suggestion.applied ? 1 : 0;
  out << "\n"
      << (en ? "Suggested cascade links (review them): " : "Usulan tautan cascading (mohon ditinjau): ") << applied
      << (en ? " applied, " : " diterapkan, ") << report.suggestions.size() - applied
      << (en ? " left unlinked\n" : " dibiarkan tanpa induk\n");
  for (const LinkSuggestion& suggestion : report.suggestions) {
    out << "  " << (suggestion.applied ? "+ " : "- ") << score_text(suggestion.score) << "  "
        << sasaran_label(imported, suggestion.sasaran) << "\n      -> ";
    if (suggestion.parent == kNoId) out << (en ? "(no candidate)" : "(tidak ada kandidat)");
    else out << sasaran_label(imported, suggestion.parent);
    if (suggestion.parent != kNoId) out << "  [" << basis_text(suggestion.basis).in(language) << "]";
    if (!suggestion.applied && suggestion.parent != kNoId) out << (en ? "  (below threshold)" : "  (di bawah ambang)");
    out << "\n";
  }

  if (!report.notes.empty()) {
    out << "\n" << (en ? "Decisions taken during import:\n" : "Keputusan selama impor:\n");
    for (const Bilingual& note : report.notes) out << "  * " << note.in(language) << "\n";
  }
  out << "\n"
      << (en ? "Lines not understood: " : "Baris yang tidak dipahami: ") << report.lines.size() << "\n";
  for (const NotUnderstoodLine& line : report.lines)
    out << "  " << (en ? "line " : "baris ") << line.line << ": " << line.text << "\n      (" << line.reason.in(language)
        << ")\n";
  return out.str();
}

}  // namespace pokin::import
