#pragma once
// The desk-review rules, their stable words (JSON, command line, filters) and their severities.
//
// Severity policy:
//  - Error: the tree itself is broken, so the cascade cannot be read at all: a reference to a node that does not
//    exist, a cycle, a sasaran at the same or a higher level than the sasaran it supports. `pokin check` exits
//    non-zero only for these.
//  - Warning: what an evaluator (LKE of PermenPAN-RB 88/2021) marks down: missing indicators, targets, satuan or
//    formula, unlinked or sideways cascades, level jumps, unreviewed suggestions, copies, targets moving against
//    the polarity, rejected crosscutting, units without sasaran; on a Pemda document an OPD Sasaran Strategis
//    that supports no sasaran RPJMD, a sasaran RPJMD no OPD supports, one indicator claimed by two OPD, and
//    crosscutting between two OPD not yet agreed.
//  - Info: worth knowing, often legitimate: sumber data / penanggung jawab not yet filled, a sasaran not
//    cascaded further (reported mainly as a share per level, and per OPD and level on a Pemda document), a
//    crosscutting link still proposed.
#include <optional>
#include <string_view>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin {

enum class Severity { Error = 0, Warning = 1, Info = 2 };  // ordered: most serious first

enum class Rule {
  // structure
  BrokenReference,
  Cycle,
  LevelInverted,
  // indicators
  SasaranWithoutIndikator,
  TargetMissing,
  SatuanMissing,
  FormulaMissing,
  SumberDataMissing,
  PenanggungJawabMissing,
  TargetAgainstPolarity,
  DuplicateIndikator,
  // cascade
  SasaranNotLinked,
  SuggestedLinkNotReviewed,
  SidewaysLink,
  LevelJump,
  NotCascaded,
  // units
  UnitWithoutSasaran,
  CopiedUnit,
  // crosscutting
  CrosscuttingProposed,
  CrosscuttingRejected,
  // Pemda (only on a document merged from OPD documents, core/model/pemda_structure.h)
  OpdSasaranWithoutRpjmd,
  RpjmdSasaranUnsupported,
  IndikatorClaimedByTwoOpd,
  CrosscuttingBetweenOpdNotAgreed,
  OpdLevelNotCascaded,
};

// Every rule, in the order the Checks panel and `pokin check` group them.
const std::vector<Rule>& all_rules();

std::string_view to_word(Rule rule);          // "sasaran_without_indikator"
std::string_view to_word(Severity severity);  // "error", "warning", "info"
std::optional<Rule> rule_from_word(std::string_view word);
std::optional<Severity> severity_from_word(std::string_view word);

Severity rule_severity(Rule rule);
Bilingual rule_title(Rule rule);  // a heading for the group: "Sasaran tanpa indikator"
Bilingual severity_label(Severity severity);

}  // namespace pokin
