#include "core/pemda/merge_documents.h"

#include <algorithm>
#include <map>

#include "core/model/pemda_structure.h"
#include "core/pemda/document_fingerprint.h"
#include "core/pemda/opd_part.h"
#include "core/pemda/pemda_titles.h"
#include "core/pemda/rpjmd_part.h"
#include "core/pemda/opd_crosscutting.h"
#include "core/pemda/rpjmd_suggestion.h"
#include "core/pemda/rpjmd_support_lines.h"

namespace pokin::pemda {
namespace {

const LevelName kRpjmdLevel{"Sasaran RPJMD", "Indikator Sasaran RPJMD"};

void refuse_request(const MergeRequest& request) {
  if (request.previous && !is_pemda_document(*request.previous))
    throw UserError("Dokumen yang digabungi bukan dokumen Pemda (hasil pokin merge).",
                    "The document to merge into is not a Pemda document (made by pokin merge).");
  if (request.opd.empty() && !(request.previous && request.rpjmd))
    throw UserError("Tidak ada dokumen OPD untuk digabungkan: sebutkan minimal satu berkas OPD.",
                    "No OPD document to merge: name at least one OPD file.");
  std::map<std::string, std::string> files_by_key;
  for (const MergeSource& source : request.opd) {
    if (looks_like_pemda_document(source.document))
      throw UserError(source.file_name + " sendiri adalah dokumen Pemda; gabungkan berkas OPD, atau gunakan --into " +
                          source.file_name + " untuk menggabungkan ke dalamnya.",
                      source.file_name + " is itself a Pemda document; merge OPD files, or use --into " +
                          source.file_name + " to merge into it.");
    std::string key = instansi_key(source_instansi(source));
    auto [at, fresh] = files_by_key.emplace(key, source.file_name);
    if (!fresh)
      throw UserError(at->second + " dan " + source.file_name + " keduanya dokumen " + source_instansi(source) +
                          "; gabungkan satu berkas per OPD.",
                      at->second + " and " + source.file_name + " are both documents of " + source_instansi(source) +
                          "; merge one file per OPD.");
  }
  if (request.rpjmd && is_pemda_document(request.rpjmd->document))
    throw UserError(request.rpjmd->file_name + " adalah dokumen Pemda hasil penggabungan, bukan RPJMD.",
                    request.rpjmd->file_name + " is a merged Pemda document, not an RPJMD.");
}

// The part of `previous` that `source` replaces, or kNoId.
Id part_replaced(const Document& pemda, const MergeSource& source) {
  std::string key = instansi_key(source.replaces.empty() ? source_instansi(source) : source.replaces);
  for (const auto& [unit, part] : pemda.parts)
    if (!part.rpjmd && instansi_key(opd_name(pemda, unit)) == key) return unit;
  if (!source.replaces.empty())
    throw UserError("Tidak ada OPD \"" + source.replaces + "\" di dokumen Pemda untuk diganti oleh " + source.file_name + ".",
                    "There is no OPD \"" + source.replaces + "\" in the Pemda document for " + source.file_name + " to replace.");
  return kNoId;
}

// The OPD level names (level 1 on): for each level, the name most of the OPD use. `weights` counts a previous
// Pemda document's own names once per OPD part it keeps.
std::vector<LevelName> opd_levels(const std::vector<std::pair<std::vector<LevelName>, int>>& votes, MergeReport& report) {
  std::size_t depth = 0;
  for (const auto& [levels, weight] : votes) depth = std::max(depth, levels.size());
  std::vector<LevelName> chosen;
  for (std::size_t level = 0; level < depth; ++level) {
    std::vector<std::pair<LevelName, int>> counts;
    for (const auto& [levels, weight] : votes) {
      if (level >= levels.size() || weight == 0) continue;
      const LevelName& name = levels[level];  // clang 14 cannot capture a structured binding in a lambda
      auto found = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == name; });
      if (found == counts.end()) counts.emplace_back(name, weight);
      else found->second += weight;
    }
    if (counts.empty()) break;
    auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    chosen.push_back(best->first);
    if (counts.size() > 1) {
      std::string others;
      for (const auto& [name, count] : counts)
        if (!(name == best->first)) others += (others.empty() ? "" : ", ") + ("\"" + name.sasaran + "\"");
      std::string n = std::to_string(level + 2);
      report.notes.push_back({"Nama level " + n + " berbeda antar-OPD; dipakai \"" + best->first.sasaran +
                                  "\" (paling banyak), bukan " + others + ".",
                              "OPD name level " + n + " differently; \"" + best->first.sasaran +
                                  "\" (the most common) is used, not " + others + "."});
    }
  }
  return chosen;
}

void join_period(DocumentInfo& info, const DocumentInfo& other) {
  if (other.period_start <= 0 || other.period_end < other.period_start) return;
  if (info.period_start <= 0) {
    info.period_start = other.period_start, info.period_end = other.period_end;
    return;
  }
  info.period_start = std::min(info.period_start, other.period_start);
  info.period_end = std::max(info.period_end, other.period_end);
}

}  // namespace

MergeResult merge_documents(const MergeRequest& request) {
  refuse_request(request);
  MergeResult result;
  Document& pemda = result.document;
  MergeReport& report = result.report;
  if (request.previous) pemda = *request.previous;

  std::string pemda_name = request.pemda.empty() ? pemda.info.pemda : request.pemda;
  if (pemda_name.empty())
    for (const MergeSource& source : request.opd)
      if (!source.document.info.pemda.empty()) {
        pemda_name = source.document.info.pemda;
        break;
      }
  PemdaTitles titles = pemda_titles(pemda_name);
  if (titles.pemda.empty())
    throw UserError("Sebutkan nama Pemda dengan --pemda (mis. --pemda \"Kabupaten Balangan\").",
                    "Name the Pemda with --pemda (e.g. --pemda \"Kabupaten Balangan\").");

  // Which part each OPD file replaces, decided before anything changes.
  std::vector<Id> replaced;
  for (const MergeSource& source : request.opd) replaced.push_back(request.previous ? part_replaced(pemda, source) : kNoId);

  DocumentInfo period;
  if (request.rpjmd) join_period(period, request.rpjmd->document.info);
  if (period.period_start <= 0) {
    if (request.previous) join_period(period, pemda.info);
    for (const MergeSource& source : request.opd) join_period(period, source.document.info);
  }
  if (period.period_start > 0 && period.period_years() > kMaxPeriodYears)
    throw UserError("Periode dokumen OPD tidak dapat disatukan (" + std::to_string(period.period_start) + "-" +
                        std::to_string(period.period_end) + " lebih dari " + std::to_string(kMaxPeriodYears) + " tahun).",
                    "The OPD documents' periods cannot be joined (" + std::to_string(period.period_start) + "-" +
                        std::to_string(period.period_end) + " is longer than " + std::to_string(kMaxPeriodYears) + " years).");

  Id pemda_unit = pokin::pemda_unit(pemda);
  if (pemda_unit == kNoId) {
    Unit unit;
    unit.id = pemda.allocate_id();
    unit.kind = UnitKind::Head;
    pemda.units[unit.id] = unit;
    pemda_unit = unit.id;
    pemda.parts[pemda_unit] = MergedPart{pemda_unit, "", titles.unit_name, request.merged_at, "", true};
  }
  Unit& head = pemda.units.at(pemda_unit);
  head.name = titles.unit_name;
  head.jabatan = titles.jabatan;
  pemda.info.instansi = titles.unit_name;
  pemda.info.pemda = titles.pemda;
  if (period.period_start > 0) pemda.info.period_start = period.period_start, pemda.info.period_end = period.period_end;

  // Level names: the previous document's own OPD levels count once for each OPD part this merge leaves.
  std::vector<std::pair<std::vector<LevelName>, int>> votes;
  if (request.previous && pemda.info.levels.size() > 1) {
    int kept = 0;
    for (const auto& [unit, part] : pemda.parts)
      if (!part.rpjmd && std::find(replaced.begin(), replaced.end(), unit) == replaced.end()) ++kept;
    votes.emplace_back(std::vector<LevelName>(pemda.info.levels.begin() + 1, pemda.info.levels.end()), kept);
  }
  for (const MergeSource& source : request.opd) votes.emplace_back(source.document.info.levels, 1);
  std::vector<LevelName> levels{kRpjmdLevel};
  for (LevelName& level : opd_levels(votes, report)) levels.push_back(std::move(level));
  pemda.info.levels = std::move(levels);

  bool rpjmd_changed = false;
  if (request.rpjmd) {
    std::string fingerprint = document_fingerprint(request.rpjmd->document);
    const MergedPart& part = pemda.parts.at(pemda_unit);
    if (part.fingerprint == fingerprint && !part.source_file.empty()) {
      report.parts.push_back({part.instansi, request.rpjmd->file_name, PartOutcome::Unchanged, true});
    } else {
      place_rpjmd_part(pemda, pemda_unit, *request.rpjmd, rpjmd_part_name(titles.pemda, request.rpjmd->document.info),
                       {request.merged_at, fingerprint}, report);
      rpjmd_changed = true;
    }
    for (const Bilingual& note : request.rpjmd->notes) report.notes.push_back(note);
  }

  std::vector<Id> merged_parts;
  for (std::size_t k = 0; k < request.opd.size(); ++k) {
    const MergeSource& source = request.opd[k];
    std::string fingerprint = document_fingerprint(source.document);
    if (replaced[k] != kNoId && pemda.parts.at(replaced[k]).fingerprint == fingerprint) {
      MergedPartLine line{source_instansi(source), source.file_name, PartOutcome::Unchanged};
      for (const auto& [id, unit] : pemda.units) line.units += opd_of_unit(pemda, id) == replaced[k];
      for (const auto& [id, sasaran] : pemda.sasaran) line.sasaran += opd_of_unit(pemda, sasaran.unit) == replaced[k];
      report.parts.push_back(line);
      continue;
    }
    merged_parts.push_back(place_opd_part(pemda, pemda_unit, source, replaced[k], {request.merged_at, fingerprint}, report));
    for (const Bilingual& note : source.notes) report.notes.push_back(note);
  }
  if (rpjmd_changed)
    for (const auto& [unit, part] : pemda.parts)
      if (!part.rpjmd) merged_parts.push_back(unit);
  restore_rpjmd_support_lines(pemda, pemda_unit, merged_parts, report);
  suggest_rpjmd_links(pemda, pemda_unit, merged_parts, request.suggestion_threshold, report);
  // Crosscutting that OPD files record as partner links becomes real links between the OPDs' sasaran, with the
  // status both sides' records give it (opd_crosscutting.h).
  for (const CrosscuttingResolution& entry : resolve_opd_crosscutting(pemda).entries)
    if (!entry.message.id.empty()) report.crosscutting.push_back(entry.message);
  return result;
}

}  // namespace pokin::pemda
