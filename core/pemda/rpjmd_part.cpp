#include "core/pemda/rpjmd_part.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/pemda/bappeda_links.h"
#include "core/pemda/node_matcher.h"

namespace pokin::pemda {
namespace {

bool taken(const Sasaran& sasaran) { return sasaran.kind == StatementKind::Tujuan || sasaran.level == 0; }

// The visi and misi an RPJMD table writes (import/pemda_context.h) on the Pemda unit: tugas = the visi, fungsi = one
// "Misi N: ..." per misi in their order; each tujuan the table writes under a misi notes it ("Misi N", when it has
// no note of its own), the model having no misi node. What was kept and what had no misi is reported.
void place_visi_misi(Document& pemda, Id pemda_unit, const MergeSource& source, const std::map<Id, Id>& ids, MergeReport& report) {
  const import::PemdaContext& context = source.pemda;
  Unit& head = pemda.units.at(pemda_unit);
  if (!context.visi.empty()) head.tugas = context.visi;
  if (!context.misi.empty()) {
    head.fungsi.clear();
    for (const import::MisiStatement& misi : context.misi)
      head.fungsi.push_back("Misi " + std::to_string(misi.number) + (misi.text.empty() ? "" : ": " + misi.text));
  }
  int tujuan = 0, under_misi = 0;
  for (const auto& [file_id, placed_id] : ids) {
    Sasaran& placed = pemda.sasaran.at(placed_id);
    if (placed.kind != StatementKind::Tujuan && placed.parent != kNoId) continue;
    ++tujuan;
    auto misi = context.misi_of_statement.find(file_id);
    if (misi == context.misi_of_statement.end()) continue;
    ++under_misi;
    if (placed.note.empty() || placed.note.rfind("Misi ", 0) == 0) placed.note = "Misi " + std::to_string(misi->second);
  }
  std::string n_misi = std::to_string(context.misi.size()), n_top = std::to_string(tujuan), n_under = std::to_string(under_misi);
  report.notes.push_back(
      {std::string(context.visi.empty() ? "Visi tidak tertulis di " + source.file_name + "; " : "Visi dan ") + n_misi +
           " misi RPJMD disimpan pada unit Pemda (tugas = visi, fungsi = misi); " + n_under + " dari " + n_top +
           " tujuan/sasaran teratas dicatat di bawah misinya (catatan simpul, model tidak memiliki simpul misi).",
       std::string(context.visi.empty() ? "No visi is written in " + source.file_name + "; " : "The visi and ") + n_misi +
           " misi of the RPJMD are kept on the Pemda unit (tugas = visi, fungsi = misi); " + n_under + " of " + n_top +
           " top tujuan/sasaran are noted under their misi (the node's note: the model has no misi node)."});
}

}  // namespace

std::string rpjmd_part_name(const std::string& pemda, const DocumentInfo& rpjmd) {
  std::string name = "RPJMD " + pemda;
  if (rpjmd.period_years() > 0)
    name += " " + std::to_string(rpjmd.period_start) + "-" + std::to_string(rpjmd.period_end);
  return name;
}

void place_rpjmd_part(Document& pemda, Id pemda_unit, const MergeSource& source, const std::string& part_name,
                      const PartStamp& stamp, MergeReport& report) {
  const Document& file = source.document;
  const std::string& name = part_name;
  std::set<Id> old_statements, old_indikator;
  for (const auto& [id, sasaran] : pemda.sasaran)
    if (sasaran.unit == pemda_unit) old_statements.insert(id);
  for (const auto& [id, indikator] : pemda.indikator)
    if (old_statements.count(indikator.sasaran)) old_indikator.insert(id);

  std::vector<MatchItem> old_items, new_items;
  for (Id id : old_statements) {
    const Sasaran& s = pemda.sasaran.at(id);
    old_items.push_back({id, origin_in_source(pemda, id), s.kind == StatementKind::Tujuan, s.code, s.statement});
  }
  std::map<Id, int> indikator_per_sasaran;
  for (const auto& [id, i] : file.indikator) ++indikator_per_sasaran[i.sasaran];
  for (const auto& [id, s] : file.sasaran) {
    if (taken(s)) {
      new_items.push_back({id, kNoId, s.kind == StatementKind::Tujuan, s.code, s.statement});
    } else {
      report.rpjmd_not_taken.push_back({s.level, s.code, s.statement, indikator_per_sasaran[id]});
    }
  }
  std::unordered_map<Id, Id> statement_match = match_nodes(old_items, new_items);
  std::unordered_map<Id, Id> indikator_match = match_indikator(pemda, old_indikator, file, statement_match);

  std::map<Id, Sasaran> old_sasaran;
  for (Id id : old_statements) old_sasaran.emplace(id, pemda.sasaran.at(id));
  std::vector<Id> bappeda_links = bappeda_links_touching(pemda, old_statements);
  for (Id id : old_statements) pemda.sasaran.erase(id), pemda.origins.erase(id);
  for (Id id : old_indikator) pemda.indikator.erase(id), pemda.origins.erase(id);

  std::map<Id, Id> ids;
  for (const auto& [id, s] : file.sasaran)
    if (taken(s)) ids[id] = statement_match.count(id) ? statement_match.at(id) : pemda.allocate_id();
  MergedPartLine line{name, source.file_name, old_statements.empty() ? PartOutcome::Added : PartOutcome::Replaced, true};
  line.units = 1;
  line.matched = static_cast<int>(statement_match.size() + indikator_match.size());
  for (const auto& [file_id, s] : file.sasaran) {
    if (!ids.count(file_id)) continue;
    Sasaran placed = s;
    placed.id = ids.at(file_id);
    placed.unit = pemda_unit;
    placed.level = 0;
    placed.parent = ids.count(s.parent) ? ids.at(s.parent) : kNoId;
    auto was = old_sasaran.find(placed.id);
    if (was != old_sasaran.end() && placed.note.empty()) placed.note = was->second.note;
    pemda.sasaran[placed.id] = std::move(placed);
    pemda.origins[ids.at(file_id)] = file_id;
    ++line.sasaran;
  }
  for (const auto& [file_id, i] : file.indikator) {
    if (!ids.count(i.sasaran)) continue;
    Indikator placed = i;
    placed.id = indikator_match.count(file_id) ? indikator_match.at(file_id) : pemda.allocate_id();
    placed.sasaran = ids.at(i.sasaran);
    pemda.origins[placed.id] = file_id;
    pemda.indikator[placed.id] = std::move(placed);
    ++line.indikator;
  }

  // OPD statements that supported a sasaran RPJMD no longer there.
  for (auto& [id, sasaran] : pemda.sasaran) {
    auto was = old_sasaran.find(sasaran.parent);
    if (was == old_sasaran.end() || pemda.sasaran.count(sasaran.parent)) continue;
    if (sasaran.link_origin == LinkOrigin::Person)
      report.lost.push_back({name, sasaran.code, sasaran.statement,
                             {"tautan yang ditetapkan ke sasaran RPJMD " + quoted_statement(was->second) +
                                  " dilepas: sasaran RPJMD itu tidak ada di RPJMD baru.",
                              "the link set to sasaran RPJMD " + quoted_statement(was->second) +
                                  " was undone: that sasaran RPJMD is not in the new RPJMD."}});
    sasaran.parent = kNoId;
    sasaran.link_origin = LinkOrigin::Suggested;
    sasaran.suggestion_score = 0;
  }
  settle_bappeda_links(pemda, bappeda_links, old_sasaran, name, report);

  if (!file.links.empty())
    report.notes.push_back({std::to_string(file.links.size()) + " tautan crosscutting di " + source.file_name +
                                " tidak diambil: tautan Pemda dibuat di antara OPD.",
                            std::to_string(file.links.size()) + " crosscutting links in " + source.file_name +
                                " not taken: Pemda links are made between OPD."});
  if (!source.pemda.empty()) place_visi_misi(pemda, pemda_unit, source, ids, report);
  else
    for (const auto& [id, unit] : file.units) {
      if (unit.parent != kNoId || (unit.tugas.empty() && unit.fungsi.empty())) continue;
      Unit& pemda_head = pemda.units.at(pemda_unit);
      pemda_head.tugas = unit.tugas;
      pemda_head.fungsi = unit.fungsi;
      report.notes.push_back({"Visi dan misi RPJMD disimpan pada unit Pemda (tugas = visi, fungsi = misi).",
                              "The RPJMD's visi and misi are kept on the Pemda unit (tugas = visi, fungsi = misi)."});
      break;
    }
  for (const import::NotUnderstoodLine& line : source.unread) report.rpjmd_unread.push_back({line.line, line.text, line.reason});
  std::stable_sort(report.rpjmd_unread.begin(), report.rpjmd_unread.end(),
                   [](const UnreadRpjmdLine& a, const UnreadRpjmdLine& b) { return a.line < b.line; });
  pemda.parts[pemda_unit] = MergedPart{pemda_unit, source.file_name, name, stamp.merged_at, stamp.fingerprint, true};
  report.parts.push_back(std::move(line));
}

}  // namespace pokin::pemda
