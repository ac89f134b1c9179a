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

int cells_left_out(const ImportReport& report) {
  int left_out = 0;
  for (const ColumnDecision& column : report.columns) left_out += column.cells_left_out;
  return left_out;
}

std::string not_understood_summary(const ImportReport& report, Language language) {
  bool en = language == Language::English;
  std::string text = std::to_string(report.lines.size()) + (en ? " lines not understood" : " baris tidak dipahami");
  int left_out = cells_left_out(report);
  if (left_out > 0) text += ", " + std::to_string(left_out) + (en ? " cells not stored" : " sel tidak disimpan");
  return text;
}

std::string render_columns(const ImportReport& report, Language language) {
  bool en = language == Language::English;
  std::ostringstream out;
  if (report.tables.empty()) return {};
  out << (en ? "Tables read" : "Tabel yang dibaca") << " (" << report.tables.size() << "):\n";
  std::size_t next = 0;
  for (std::size_t t = 0; t < report.tables.size(); ++t) {
    const TableSection& table = report.tables[t];
    out << "  " << (en ? "Table " : "Tabel ") << t + 1 << ": " << (en ? "header at line " : "judul pada baris ")
        << table.header_line << ", " << table.header_rows << (en ? " row(s), " : " baris, ")
        << (table.header_chosen ? (en ? "as chosen" : "sesuai pilihan") : (en ? "recognised (a guess)" : "dikenali (tebakan)"))
        << "; " << table.data_rows << (en ? " data rows\n" : " baris data\n");
    int stored = 0, left_out = 0;
    for (; next < report.columns.size() && report.columns[next].table == static_cast<int>(t); ++next) {
      const ColumnDecision& column = report.columns[next];
      out << "    " << column_letter(column.column) << "  \"" << column.header << "\" -> ";
      if (!column.field_label.empty()) out << column.field_label;
      else if (column.field.field == Field::None) out << (en ? "ignored" : "diabaikan");
      else out << field_name(column.field);
      if (column.field.continues_left) out << (en ? " (continues the column on its left)" : " (lanjutan kolom di kirinya)");
      if (column.chosen) out << " [--map]";
      out << ": " << column.cells_stored << (en ? " cells stored" : " sel disimpan");
      if (column.cells_left_out > 0)
        out << ", " << column.cells_left_out << (en ? " cells NOT stored" : " sel TIDAK disimpan");
      out << "\n";
      stored += column.cells_stored;
      left_out += column.cells_left_out;
    }
    out << "    " << (en ? "Cells stored: " : "Sel disimpan: ") << stored << (en ? ", not stored: " : ", tidak disimpan: ")
        << left_out << "\n";
  }
  return out.str();
}

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

  std::string tables = render_columns(report, language);
  if (!tables.empty()) out << "\n" << tables;

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
  out << "\n" << (en ? "Lines not understood: " : "Baris yang tidak dipahami: ") << report.lines.size();
  if (int left_out = cells_left_out(report); left_out > 0)
    out << (en ? " (but " : " (tetapi ") << left_out
        << (en ? " cells under ignored columns were not stored: see the tables above)"
               : " sel di bawah kolom yang diabaikan tidak disimpan: lihat tabel di atas)");
  out << "\n";
  for (const NotUnderstoodLine& line : report.lines)
    out << "  " << (en ? "line " : "baris ") << line.line << ": " << line.text << "\n      (" << line.reason.in(language)
        << ")\n";
  return out.str();
}

}  // namespace pokin::import

namespace pokin::import {

void note_planning_summary(ImportReport& report, const PlanningSummary& s) {
  auto n = [](int value) { return std::to_string(value); };
  if (s.no_target_cells > 0)
    report.note({n(s.no_target_cells) + " sel tahun berisi \"0\" atau \"-\" dibaca sebagai \"tanpa target/pagu tahun itu\" "
                                        "dan tidak disimpan.",
                 n(s.no_target_cells) + " year cells holding \"0\" or \"-\" were read as \"no target/budget that year\" "
                                        "and not stored."});
  if (s.positional_links > 0)
    report.note({n(s.positional_links) + " tautan induk (Tujuan > Sasaran > Program > Kegiatan > Sub Kegiatan) diambil "
                                         "dari urutan baris: tebakan, ditandai sebagai usulan untuk ditinjau.",
                 n(s.positional_links) + " parent links (Tujuan > Sasaran > Program > Kegiatan > Sub Kegiatan) were taken "
                                         "from the order of the rows: a guess, marked as suggestions to review."});
  if (s.stated_links > 0)
    report.note({n(s.stated_links) + " tautan induk dinyatakan oleh kode/nomor baris (kode anak melanjutkan kode induk).",
                 n(s.stated_links) + " parent links are stated by the kode/row number (the child's kode continues the "
                                     "parent's)."});
  if (s.awaiting_assignment > 0)
    report.note({n(s.awaiting_assignment) + " sasaran program/kegiatan/sub kegiatan dipegang \"" + s.awaiting_unit +
                     "\" karena tabel tidak menyebut unit di bawahnya; menunggu penugasan ke bidang/seksi.",
                 n(s.awaiting_assignment) + " program/kegiatan/sub kegiatan sasaran are held by \"" + s.awaiting_unit +
                     "\" because the table names no unit below it; they await assignment to a division/section."});
  if (s.shifted_rows > 0)
    report.note({n(s.shifted_rows) + " baris bergeser ke kiri (baris " + s.shifted_lines +
                     (s.shifted_rows > 5 ? ", ..." : "") + "): teks di kolom pernyataan dibaca sebagai indikator dan "
                                                           "nilai sesudahnya digeser satu kolom ke kanan.",
                 n(s.shifted_rows) + " rows were shifted left (lines " + s.shifted_lines +
                     (s.shifted_rows > 5 ? ", ..." : "") + "): the text in the statement column was read as an "
                                                           "indicator and the values after it moved one column right."});
  if (s.context_rows > 0)
    report.note({n(s.context_rows) + " baris konteks (Visi, Misi, Urusan) tidak menjadi simpul pohon.",
                 n(s.context_rows) + " context rows (Visi, Misi, Urusan) did not become tree nodes."});
  int left_out = s.left_out_rp + s.left_out_baselines + s.left_out_targets + s.left_out_text_cells + s.left_out_relative_years;
  if (left_out > 0)
    report.note({"Nilai yang tidak disimpan: " + n(s.left_out_rp) + " Rp, " + n(s.left_out_baselines) + " baseline, " +
                     n(s.left_out_targets) + " target pada baris tanpa indikator, " + n(s.left_out_text_cells) +
                     " sel teks pada baris tanpa indikator, " + n(s.left_out_relative_years) +
                     " nilai tanpa tahun yang diketahui (kolom tanpa tahun, atau \"Tahun-N\" tanpa periode).",
                 "Values not stored: " + n(s.left_out_rp) + " Rp, " + n(s.left_out_baselines) + " baselines, " +
                     n(s.left_out_targets) + " targets on rows without an indicator, " + n(s.left_out_text_cells) +
                     " text cells on rows without an indicator, " + n(s.left_out_relative_years) +
                     " values of no known year (a column naming no year, or \"Tahun-N\" without a period)."});
}

}  // namespace pokin::import
