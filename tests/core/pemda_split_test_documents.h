#pragma once
// Pemda documents built by hand for the tests of core/pemda, laid out as core/model/pemda_structure.h describes
// (the way `pokin merge` lays them out): a Pemda unit owning the sasaran RPJMD at level 0, each OPD document under
// it with its ids moved above the ones before, its levels one lower, its head's parent the Pemda unit, parts and
// origins filled. An OPD sasaran at level 0 whose note says "Mendukung sasaran RPJMD: <code> <statement>" is linked
// to that sasaran RPJMD (and the line leaves its note), as a merge reads a split file back.
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/pemda/split_note_lines.h"

namespace pemda_split_test {

inline pokin::Unit make_unit(pokin::Id id, pokin::Id parent, pokin::UnitKind kind, std::string name,
                             std::string jabatan = {}, std::string holder_name = {}, std::string holder_nip = {}) {
  pokin::Unit unit;
  unit.id = id;
  unit.parent = parent;
  unit.kind = kind;
  unit.name = std::move(name);
  unit.jabatan = std::move(jabatan);
  unit.holder_name = std::move(holder_name);
  unit.holder_nip = std::move(holder_nip);
  return unit;
}

// An OPD document with its head unit (id 1) and one Sasaran Strategis "SS1" (id 2).
inline pokin::Document one_sasaran_opd(const std::string& instansi, const std::string& head,
                                       const std::string& statement) {
  pokin::Document document;
  document.info.instansi = instansi;
  document.info.pemda = "Kabupaten Balangan";
  document.info.period_start = 2021;
  document.info.period_end = 2026;
  document.units[1] = make_unit(1, pokin::kNoId, pokin::UnitKind::Head, head);
  pokin::Sasaran sasaran;
  sasaran.id = 2;
  sasaran.unit = 1;
  sasaran.code = "SS1";
  sasaran.statement = statement;
  document.sasaran[2] = sasaran;
  document.last_id = 2;
  return document;
}

struct RpjmdSasaran {
  std::string code;
  std::string statement;
};

inline pokin::Document pemda_from_opds(const std::vector<pokin::Document>& opds,
                                       const std::vector<RpjmdSasaran>& rpjmd) {
  using namespace pokin;
  Document pemda;
  pemda.info.instansi = "Pemerintah Kabupaten Balangan";
  pemda.info.pemda = "Kabupaten Balangan";
  pemda.info.period_start = 2021;
  pemda.info.period_end = 2026;
  pemda.info.levels = {{"Sasaran RPJMD", "IKU Kabupaten"}};
  const std::vector<LevelName> opd_levels = opds.empty() ? default_level_names() : opds.front().info.levels;
  pemda.info.levels.insert(pemda.info.levels.end(), opd_levels.begin(), opd_levels.end());

  Unit top = make_unit(pemda.allocate_id(), kNoId, UnitKind::Head, "Pemerintah Kabupaten Balangan");
  pemda.units[top.id] = top;
  pemda.parts[top.id] = MergedPart{top.id, "rpjmd.pokin", "Pemerintah Kabupaten Balangan", "", "", true};
  std::vector<Id> rpjmd_ids;
  for (const RpjmdSasaran& item : rpjmd) {
    Sasaran sasaran;
    sasaran.id = pemda.allocate_id();
    sasaran.unit = top.id;
    sasaran.code = item.code;
    sasaran.statement = item.statement;
    sasaran.order = static_cast<int>(rpjmd_ids.size());
    pemda.sasaran[sasaran.id] = sasaran;
    rpjmd_ids.push_back(sasaran.id);
  }

  for (const Document& opd : opds) {
    const Id offset = pemda.last_id;
    auto moved = [&](Id id) { return id == kNoId ? kNoId : id + offset; };
    Id head = kNoId;
    for (const auto& [id, original] : opd.units) {
      Unit unit = original;
      unit.id = moved(id);
      unit.parent = original.parent == kNoId ? top.id : moved(original.parent);
      if (original.parent == kNoId && head == kNoId) head = unit.id;
      pemda.units[unit.id] = unit;
      pemda.origins[unit.id] = id;
    }
    pemda.parts[head] = MergedPart{head, opd.info.instansi + ".pokin", opd.info.instansi, "", "", false};
    for (const auto& [id, original] : opd.sasaran) {
      Sasaran sasaran = original;
      sasaran.id = moved(id);
      sasaran.unit = moved(original.unit);
      sasaran.parent = moved(original.parent);
      sasaran.level = original.level + 1;
      if (auto line = pemda::note_line(original.note, pemda::kRpjmdSupportPrefix)) {
        sasaran.parent = pemda::find_referenced_sasaran(pemda, rpjmd_ids, *line);
        sasaran.note = pemda::note_without_line(original.note, pemda::kRpjmdSupportPrefix);
      }
      pemda.sasaran[sasaran.id] = sasaran;
      pemda.origins[sasaran.id] = id;
    }
    for (const auto& [id, original] : opd.indikator) {
      Indikator indikator = original;
      indikator.id = moved(id);
      indikator.sasaran = moved(original.sasaran);
      pemda.indikator[indikator.id] = indikator;
      pemda.origins[indikator.id] = id;
    }
    for (const auto& [id, original] : opd.links) {
      CrosscuttingLink link = original;
      link.id = moved(id);
      link.from = moved(original.from);
      link.to = moved(original.to);
      pemda.links[link.id] = link;
      pemda.origins[link.id] = id;
    }
    pemda.note_id(offset + opd.last_id);
  }
  return pemda;
}

}  // namespace pemda_split_test
