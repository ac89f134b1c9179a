#include "core/pemda/merge_report.h"

#include <cmath>
#include <sstream>

namespace pokin::pemda {
namespace {

std::string outcome_word(PartOutcome outcome, bool en) {
  switch (outcome) {
    case PartOutcome::Added: return en ? "added" : "ditambahkan";
    case PartOutcome::Replaced: return en ? "replaced" : "diganti";
    case PartOutcome::Unchanged: return en ? "unchanged" : "tidak berubah";
  }
  return {};
}

}  // namespace

std::string quoted_statement(const std::string& code, const std::string& statement) {
  return code.empty() ? "\"" + statement + "\"" : code + " \"" + statement + "\"";
}

std::string quoted_statement(const Sasaran& sasaran) { return quoted_statement(sasaran.code, sasaran.statement); }

std::string part_display_name(const MergedPartLine& part) {
  std::string name = part.instansi.empty() ? part.source_file : part.instansi;
  if (part.rpjmd && name.rfind("RPJMD", 0) != 0) name = "RPJMD " + name;
  return name;
}

std::string render_merge_report(const MergeReport& report, Language language) {
  bool en = language == Language::English;
  std::ostringstream out;
  out << (en ? "Parts:\n" : "Bagian:\n");
  for (const MergedPartLine& part : report.parts) {
    out << "  " << part_display_name(part);
    if (!part.source_file.empty()) out << " (" << part.source_file << ")";
    out << ": " << outcome_word(part.outcome, en) << ", " << part.units << " unit, " << part.sasaran << " sasaran, "
        << part.indikator << " indikator";
    if (part.outcome == PartOutcome::Replaced)
      out << (en ? ", " : ", ") << part.matched << (en ? " nodes matched to the old part" : " simpul cocok dengan bagian lama");
    out << "\n";
  }
  if (!report.kept.empty()) {
    out << (en ? "Decisions kept: " : "Keputusan dipertahankan: ") << report.kept.size() << "\n";
    for (const Bilingual& line : report.kept) out << "  " << line.in(language) << "\n";
  }
  if (!report.lost.empty()) {
    out << (en ? "Decisions that could no longer be matched: " : "Keputusan yang tidak lagi dapat dicocokkan: ")
        << report.lost.size() << "\n";
    for (const LostDecision& lost : report.lost)
      out << "  " << lost.opd << ": " << quoted_statement(lost.code, lost.statement) << ": " << lost.what.in(language) << "\n";
  }
  if (!report.rpjmd_not_taken.empty()) {
    out << (en ? "RPJMD rows not taken (below the sasaran RPJMD): " : "Baris RPJMD yang tidak diambil (di bawah sasaran RPJMD): ")
        << report.rpjmd_not_taken.size() << "\n";
    for (const NotTakenRow& row : report.rpjmd_not_taken)
      out << "  " << (en ? "level " : "level ") << row.level << ": " << quoted_statement(row.code, row.statement) << ", "
          << row.indikator << " indikator\n";
  }
  if (!report.rpjmd_unread.empty()) {
    out << (en ? "RPJMD lines not understood (not taken): " : "Baris RPJMD yang tidak dipahami (tidak diambil): ")
        << report.rpjmd_unread.size() << "\n";
    for (const UnreadRpjmdLine& line : report.rpjmd_unread)
      out << "  " << (en ? "line " : "baris ") << line.line << ": \"" << line.text << "\" (" << line.reason.in(language) << ")\n";
  }
  if (!report.suggested.empty()) {
    out << (en ? "Links to sasaran RPJMD suggested (to review): " : "Usulan tautan ke sasaran RPJMD (untuk ditinjau): ")
        << report.suggested.size() << "\n";
    for (const SuggestedRpjmdLink& link : report.suggested)
      out << "  " << link.opd << ": " << quoted_statement(link.code, link.statement) << " -> "
          << quoted_statement(link.rpjmd_code, link.rpjmd_statement) << " (" << (en ? "score " : "skor ")
          << std::lround(link.score * 100) << "%)\n";
  }
  if (!report.crosscutting.empty()) {
    out << (en ? "Crosscutting between OPD: " : "Crosscutting antar-OPD: ") << report.crosscutting.size() << "\n";
    for (const Bilingual& line : report.crosscutting) out << "  " << line.in(language) << "\n";
  }
  for (const Bilingual& note : report.notes) out << "* " << note.in(language) << "\n";
  return out.str();
}

}  // namespace pokin::pemda
