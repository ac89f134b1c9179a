#include "core/pemda/opd_part.h"

#include <algorithm>
#include <set>

#include "core/model/document_limits.h"
#include "core/pemda/bappeda_links.h"
#include "core/pemda/node_matcher.h"

namespace pokin::pemda {
namespace {

// The file's top unit: its head of agency (a unit without parent, a Head first), under which the file's other
// units without a parent are placed.
Id file_top(const Document& file) {
  Id top = kNoId;
  for (const auto& [id, unit] : file.units) {
    if (unit.parent != kNoId && file.units.count(unit.parent)) continue;
    if (top == kNoId || (unit.kind == UnitKind::Head && file.units.at(top).kind != UnitKind::Head)) top = id;
  }
  return top;
}

std::int64_t statement_group(int level, StatementKind kind) { return std::int64_t{level} * 2 + (kind == StatementKind::Tujuan); }

struct OldPart {
  std::set<Id> units, sasaran, indikator, own_links;
};

OldPart collect_part(const Document& pemda, Id top) {
  OldPart part;
  if (top == kNoId) return part;
  std::map<Id, std::vector<Id>> children;
  for (const auto& [id, unit] : pemda.units) children[unit.parent].push_back(id);
  std::vector<Id> stack{top};
  while (!stack.empty()) {
    Id unit = stack.back();
    stack.pop_back();
    if (!part.units.insert(unit).second) continue;
    for (Id child : children[unit]) stack.push_back(child);
  }
  for (const auto& [id, sasaran] : pemda.sasaran)
    if (part.units.count(sasaran.unit)) part.sasaran.insert(id);
  for (const auto& [id, indikator] : pemda.indikator)
    if (part.sasaran.count(indikator.sasaran)) part.indikator.insert(id);
  for (const auto& [id, link] : pemda.links)
    if (pemda.origins.count(id) && part.sasaran.count(link.from) && (link.to == kNoId || part.sasaran.count(link.to)))
      part.own_links.insert(id);
  return part;
}

}  // namespace

Id origin_in_source(const Document& pemda, Id node) {
  auto found = pemda.origins.find(node);
  return found == pemda.origins.end() ? kNoId : found->second;
}

std::unordered_map<Id, Id> match_indikator(const Document& pemda, const std::set<Id>& old_indikator, const Document& file,
                                           const std::unordered_map<Id, Id>& sasaran_match) {
  std::vector<MatchItem> old_items, new_items;
  for (Id id : old_indikator) {
    const Indikator& i = pemda.indikator.at(id);
    old_items.push_back({id, origin_in_source(pemda, id), i.sasaran, i.code, i.name});
  }
  // An indikator of an unmatched sasaran is in a group of its own (no old sasaran id is negative).
  for (const auto& [id, i] : file.indikator) {
    auto owner = sasaran_match.find(i.sasaran);
    new_items.push_back({id, kNoId, owner == sasaran_match.end() ? -i.sasaran : owner->second, i.code, i.name});
  }
  return match_nodes(old_items, new_items);
}

Id place_opd_part(Document& pemda, Id pemda_unit, const MergeSource& source, Id old_top, const PartStamp& stamp,
                  MergeReport& report) {
  const Document& file = source.document;
  const std::string name = source_instansi(source);
  const Id top = file_top(file);
  if (top == kNoId)
    throw UserError(source.file_name + ": dokumen ini tidak memuat unit kerja; tidak ada yang dapat digabungkan.",
                    source.file_name + ": this document holds no unit; there is nothing to merge.");
  for (const auto& [id, sasaran] : file.sasaran)
    if (sasaran.level < 0 || sasaran.level >= kMaxSasaranLevel)
      throw UserError(source.file_name + ": level sasaran " + std::to_string(sasaran.level) + " tidak dapat diturunkan satu level di bawah Pemda.",
                      source.file_name + ": sasaran level " + std::to_string(sasaran.level) + " cannot be moved one level below the Pemda.");
  OldPart old = collect_part(pemda, old_top);

  // Which old node is which new one.
  std::unordered_map<Id, Id> unit_match, sasaran_match, indikator_match;
  if (old_top != kNoId) {
    std::vector<MatchItem> old_items, new_items;
    for (Id id : old.units)
      if (id != old_top) {
        const Unit& unit = pemda.units.at(id);
        old_items.push_back({id, origin_in_source(pemda, id), static_cast<int>(unit.kind), {}, unit.name});
      }
    for (const auto& [id, unit] : file.units)
      if (id != top) new_items.push_back({id, kNoId, static_cast<int>(unit.kind), {}, unit.name});
    unit_match = match_nodes(old_items, new_items);
    unit_match[top] = old_top;

    old_items.clear(), new_items.clear();
    for (Id id : old.sasaran) {
      const Sasaran& s = pemda.sasaran.at(id);
      old_items.push_back({id, origin_in_source(pemda, id), statement_group(s.level - 1, s.kind), s.code, s.statement});
    }
    for (const auto& [id, s] : file.sasaran) new_items.push_back({id, kNoId, statement_group(s.level, s.kind), s.code, s.statement});
    sasaran_match = match_nodes(old_items, new_items);

    indikator_match = match_indikator(pemda, old.indikator, file, sasaran_match);
  }
  std::unordered_map<Id, Id> old_link_by_origin;
  for (Id id : old.own_links) old_link_by_origin.emplace(origin_in_source(pemda, id), id);

  // What the old part held, for the decisions; then it goes.
  std::map<Id, Sasaran> old_sasaran;
  for (Id id : old.sasaran) old_sasaran.emplace(id, pemda.sasaran.at(id));
  std::map<Id, CrosscuttingLink> old_links;
  for (Id id : old.own_links) old_links.emplace(id, pemda.links.at(id));
  std::vector<Id> bappeda_links = bappeda_links_touching(pemda, old.sasaran);
  int top_order = 0;
  if (old_top != kNoId) {
    top_order = pemda.units.at(old_top).order;
  } else {
    for (const auto& [id, unit] : pemda.units)
      if (unit.parent == pemda_unit) top_order = std::max(top_order, unit.order + 1);
  }
  for (const std::set<Id>* ids : {&old.units, &old.sasaran, &old.indikator, &old.own_links})
    for (Id id : *ids) pemda.origins.erase(id);
  for (Id id : old.units) pemda.units.erase(id);
  for (Id id : old.sasaran) pemda.sasaran.erase(id);
  for (Id id : old.indikator) pemda.indikator.erase(id);
  for (Id id : old.own_links) pemda.links.erase(id);
  pemda.parts.erase(old_top);

  // Ids in the Pemda document: the matched old node's, else a fresh one.
  auto assign = [&pemda](const std::unordered_map<Id, Id>& match, Id file_id) {
    auto found = match.find(file_id);
    return found != match.end() ? found->second : pemda.allocate_id();
  };
  std::map<Id, Id> unit_ids, sasaran_ids, indikator_ids;
  for (const auto& [id, unit] : file.units) unit_ids[id] = assign(unit_match, id);
  for (const auto& [id, sasaran] : file.sasaran)
    if (unit_ids.count(sasaran.unit)) sasaran_ids[id] = assign(sasaran_match, id);
  for (const auto& [id, indikator] : file.indikator)
    if (sasaran_ids.count(indikator.sasaran)) indikator_ids[id] = assign(indikator_match, id);

  MergedPartLine line{name, source.file_name, old_top == kNoId ? PartOutcome::Added : PartOutcome::Replaced};
  line.matched = static_cast<int>(unit_match.size() - (old_top != kNoId) + sasaran_match.size() + indikator_match.size());
  const Id new_top = unit_ids.at(top);
  for (const auto& [file_id, unit] : file.units) {
    Unit placed = unit;
    placed.id = unit_ids.at(file_id);
    placed.parent = file_id == top ? pemda_unit : unit_ids.count(unit.parent) ? unit_ids.at(unit.parent) : new_top;
    if (file_id == top) placed.order = top_order;
    pemda.units[placed.id] = std::move(placed);
    pemda.origins[unit_ids.at(file_id)] = file_id;
    ++line.units;
  }
  for (const auto& [file_id, sasaran] : file.sasaran) {
    if (!sasaran_ids.count(file_id)) continue;
    Sasaran placed = sasaran;
    placed.id = sasaran_ids.at(file_id);
    placed.unit = unit_ids.at(sasaran.unit);
    placed.parent = sasaran_ids.count(sasaran.parent) ? sasaran_ids.at(sasaran.parent) : kNoId;
    placed.level = sasaran.level + 1;
    auto old_state = old_sasaran.find(placed.id);
    if (old_state != old_sasaran.end()) {
      const Sasaran& was = old_state->second;
      bool had_rpjmd_link = was.parent != kNoId && !old.sasaran.count(was.parent) && pemda.sasaran.count(was.parent);
      if (had_rpjmd_link && placed.parent != kNoId && was.link_origin == LinkOrigin::Person) {
        const Sasaran& target = pemda.sasaran.at(was.parent);
        report.lost.push_back({name, was.code, was.statement,
                               {"tautan yang ditetapkan ke sasaran RPJMD " + quoted_statement(target) +
                                    " tidak dipertahankan: berkas baru menempatkan sasaran ini di bawah sasaran OPD sendiri.",
                                "the link set to sasaran RPJMD " + quoted_statement(target) +
                                    " was not kept: the new file places this sasaran under one of the OPD's own."}});
      }
      if (had_rpjmd_link && placed.parent == kNoId) {
        placed.parent = was.parent;
        placed.link_origin = was.link_origin;
        placed.suggestion_score = was.suggestion_score;
        if (was.link_origin == LinkOrigin::Person) {
          placed.note = was.note;
          const Sasaran& target = pemda.sasaran.at(was.parent);
          report.kept.push_back({name + ": " + quoted_statement(placed) + " tetap mendukung sasaran RPJMD " + quoted_statement(target) + ".",
                                 name + ": " + quoted_statement(placed) + " still supports sasaran RPJMD " + quoted_statement(target) + "."});
        }
      }
      if (placed.note.empty() && !was.note.empty()) placed.note = was.note;
    }
    pemda.sasaran[placed.id] = std::move(placed);
    pemda.origins[sasaran_ids.at(file_id)] = file_id;
    ++line.sasaran;
  }
  for (const auto& [file_id, indikator] : file.indikator) {
    if (!indikator_ids.count(file_id)) continue;
    Indikator placed = indikator;
    placed.id = indikator_ids.at(file_id);
    placed.sasaran = sasaran_ids.at(indikator.sasaran);
    pemda.indikator[placed.id] = std::move(placed);
    pemda.origins[indikator_ids.at(file_id)] = file_id;
    ++line.indikator;
  }
  for (const auto& [file_id, link] : file.links) {
    if (!sasaran_ids.count(link.from) || (link.to != kNoId && !sasaran_ids.count(link.to))) continue;
    CrosscuttingLink placed = link;
    placed.from = sasaran_ids.at(link.from);
    placed.to = link.to == kNoId ? kNoId : sasaran_ids.at(link.to);
    auto was = old_link_by_origin.find(file_id);
    if (was != old_link_by_origin.end()) {
      const CrosscuttingLink& old_link = old_links.at(was->second);
      placed.id = was->second;
      if (old_link.status != link.status || old_link.note != link.note) {
        placed.status = old_link.status;
        placed.note = old_link.note;
        report.kept.push_back({name + ": status dan catatan tautan crosscutting dari " + quoted_statement(pemda.sasaran.at(placed.from)) +
                                   " dipertahankan.",
                               name + ": status and note of the crosscutting link from " + quoted_statement(pemda.sasaran.at(placed.from)) +
                                   " kept."});
      }
    } else {
      placed.id = pemda.allocate_id();
    }
    pemda.origins[placed.id] = file_id;
    pemda.links[placed.id] = std::move(placed);
  }

  // Decisions about old nodes that match nothing.
  for (const auto& [id, was] : old_sasaran) {
    if (pemda.sasaran.count(id)) continue;
    if (was.link_origin == LinkOrigin::Person && was.parent != kNoId && !old.sasaran.count(was.parent) &&
        pemda.sasaran.count(was.parent)) {
      const Sasaran& target = pemda.sasaran.at(was.parent);
      report.lost.push_back({name, was.code, was.statement,
                             {"tautan yang ditetapkan ke sasaran RPJMD " + quoted_statement(target) + " tidak dapat dipertahankan: sasaran ini tidak ada di berkas baru.",
                              "the link set to sasaran RPJMD " + quoted_statement(target) + " cannot be kept: this sasaran is not in the new file."}});
    }
  }
  settle_bappeda_links(pemda, bappeda_links, old_sasaran, name, report);

  std::size_t left_out = file.sasaran.size() - sasaran_ids.size() + file.indikator.size() - indikator_ids.size();
  if (left_out > 0)
    report.notes.push_back({source.file_name + ": " + std::to_string(left_out) + " sasaran/indikator tanpa unit atau sasaran pemilik tidak digabungkan.",
                            source.file_name + ": " + std::to_string(left_out) + " sasaran/indikator without an owning unit or sasaran were not merged."});
  pemda.parts[new_top] = MergedPart{new_top, source.file_name, name, stamp.merged_at, stamp.fingerprint, false};
  report.parts.push_back(std::move(line));
  return new_top;
}

}  // namespace pokin::pemda
