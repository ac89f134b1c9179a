#include "core/checks/rule.h"

#include <array>

namespace pokin {
namespace {

struct RuleEntry {
  Rule rule;
  std::string_view word;
  Severity severity;
  const char* title_id;
  const char* title_en;
};

constexpr std::array<RuleEntry, 25> kRules{{
    {Rule::BrokenReference, "broken_reference", Severity::Error, "Rujukan ke simpul yang tidak ada",
     "Reference to a node that does not exist"},
    {Rule::Cycle, "cycle", Severity::Error, "Siklus dalam pohon", "Cycle in the tree"},
    {Rule::LevelInverted, "level_inverted", Severity::Error,
     "Sasaran mendukung sasaran di level yang sama atau lebih rendah",
     "Sasaran supports a sasaran at the same or a lower level"},
    {Rule::SasaranWithoutIndikator, "sasaran_without_indikator", Severity::Warning, "Sasaran tanpa indikator",
     "Sasaran without indicator"},
    {Rule::TargetMissing, "target_missing", Severity::Warning, "Target tahunan belum diisi", "Yearly target missing"},
    {Rule::SatuanMissing, "satuan_missing", Severity::Warning, "Indikator tanpa satuan", "Indicator without satuan"},
    {Rule::FormulaMissing, "formula_missing", Severity::Warning, "Indikator tanpa formula",
     "Indicator without formula"},
    {Rule::SumberDataMissing, "sumber_data_missing", Severity::Info, "Indikator tanpa sumber data",
     "Indicator without sumber data"},
    {Rule::PenanggungJawabMissing, "penanggung_jawab_missing", Severity::Info, "Indikator tanpa penanggung jawab",
     "Indicator without penanggung jawab"},
    {Rule::TargetAgainstPolarity, "target_against_polarity", Severity::Warning,
     "Target bergerak berlawanan dengan polaritas", "Targets move against the polarity"},
    {Rule::DuplicateIndikator, "duplicate_indikator", Severity::Warning, "Indikator ganda dalam satu unit",
     "Duplicate indicator within a unit"},
    {Rule::SasaranNotLinked, "sasaran_not_linked", Severity::Warning, "Sasaran belum terhubung ke sasaran atasan",
     "Sasaran not linked to a parent sasaran"},
    {Rule::SuggestedLinkNotReviewed, "suggested_link_not_reviewed", Severity::Warning,
     "Usulan tautan cascading belum ditinjau", "Suggested cascade link not yet reviewed"},
    {Rule::SidewaysLink, "sideways_link", Severity::Warning, "Cascading menyamping (bukan dari unit atasan)",
     "Cascade jumps sideways (not from a superior unit)"},
    {Rule::LevelJump, "level_jump", Severity::Warning, "Cascading melompati level", "Cascade skips a level"},
    {Rule::NotCascaded, "not_cascaded", Severity::Info, "Sasaran belum diturunkan ke level berikutnya",
     "Sasaran not cascaded to the next level"},
    {Rule::UnitWithoutSasaran, "unit_without_sasaran", Severity::Warning, "Unit tanpa sasaran", "Unit without sasaran"},
    {Rule::CopiedUnit, "copied_unit", Severity::Warning, "Unit dengan isi yang sama persis dengan unit lain",
     "Unit whose content copies another unit"},
    {Rule::CrosscuttingProposed, "crosscutting_proposed", Severity::Info, "Crosscutting masih berstatus usulan",
     "Crosscutting link still proposed"},
    {Rule::CrosscuttingRejected, "crosscutting_rejected", Severity::Warning, "Crosscutting ditolak",
     "Crosscutting link rejected"},
    {Rule::OpdSasaranWithoutRpjmd, "opd_sasaran_without_rpjmd", Severity::Warning,
     "Sasaran Strategis Perangkat Daerah belum mendukung sasaran RPJMD",
     "OPD Sasaran Strategis supports no sasaran RPJMD"},
    {Rule::RpjmdSasaranUnsupported, "rpjmd_sasaran_unsupported", Severity::Warning,
     "Sasaran RPJMD belum didukung Perangkat Daerah mana pun", "Sasaran RPJMD supported by no OPD"},
    {Rule::IndikatorClaimedByTwoOpd, "indikator_claimed_by_two_opd", Severity::Warning,
     "Indikator yang sama diklaim dua Perangkat Daerah", "The same indicator claimed by two OPD"},
    {Rule::CrosscuttingBetweenOpdNotAgreed, "crosscutting_between_opd_not_agreed", Severity::Warning,
     "Crosscutting antar-Perangkat Daerah belum disepakati", "Crosscutting between OPD not yet agreed"},
    {Rule::OpdLevelNotCascaded, "opd_level_not_cascaded", Severity::Info,
     "Sasaran Perangkat Daerah yang belum diturunkan, per level", "OPD sasaran not cascaded further, per level"},
}};

const RuleEntry& entry(Rule rule) {
  for (const RuleEntry& e : kRules)
    if (e.rule == rule) return e;
  return kRules[0];
}

}  // namespace

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> list;
    for (const RuleEntry& e : kRules) list.push_back(e.rule);
    return list;
  }();
  return rules;
}

std::string_view to_word(Rule rule) { return entry(rule).word; }

std::string_view to_word(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "info";
}

std::optional<Rule> rule_from_word(std::string_view word) {
  for (const RuleEntry& e : kRules)
    if (e.word == word) return e.rule;
  return std::nullopt;
}

std::optional<Severity> severity_from_word(std::string_view word) {
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
    if (to_word(s) == word) return s;
  return std::nullopt;
}

Severity rule_severity(Rule rule) { return entry(rule).severity; }

Bilingual rule_title(Rule rule) { return {entry(rule).title_id, entry(rule).title_en}; }

Bilingual severity_label(Severity severity) {
  switch (severity) {
    case Severity::Error: return {"Kesalahan", "Error"};
    case Severity::Warning: return {"Peringatan", "Warning"};
    case Severity::Info: return {"Info", "Info"};
  }
  return {"Info", "Info"};
}

}  // namespace pokin
