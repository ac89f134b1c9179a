#pragma once
// The desk review of a whole document, as the evaluators (Inspektorat, KemenPAN-RB with the LKE of
// PermenPAN-RB 88/2021) will do it: a pure function of a const Document, cheap enough to run after every edit
// (linear in the document apart from a sort). Thread-safe as long as nobody changes the document meanwhile.
//
// For a user interface: run_checks (or check_document) once per document revision; group_findings
// (finding_groups.h) for a grouped, filtered list; apply_finding_badges (finding_badges.h) for badges on the
// canvas; compute_capaian_year and apply_capaian_decorations (core/capaian/) to colour by achievement.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/model/document.h"
#include "core/model/tree_index.h"

namespace pokin {

// Every finding of every rule (core/checks/rule.h lists them), most serious first, then in rule order, then by
// node id. The same document always gives the same list.
std::vector<Finding> run_checks(const Document& document);

// Per level of the cascade: what evaluators ask for ("berapa persen sasaran sudah di-cascade?").
struct LevelSummary {
  int level = 0;
  std::string label;  // "Sasaran Program"
  std::size_t sasaran = 0;
  std::size_t indikator = 0;
  std::size_t linked = 0;    // linked to an existing parent sasaran
  std::size_t cascaded = 0;  // supported by at least one sasaran of a lower level
  // cascaded / sasaran in percent; nullopt for the deepest level holding sasaran (nothing lies below it) and for
  // empty levels.
  std::optional<double> cascaded_share;
};
std::vector<LevelSummary> summarize_levels(const Document& document);
// The same figures for `groups` groups of sasaran at once (each OPD's, core/checks/opd_cascade.h): group_of gives a
// sasaran's group, `groups` or more to leave it out. The deepest level, which has no share, is the whole document's
// deepest, so that every group has the same columns.
std::vector<std::vector<LevelSummary>> summarize_levels(const Document& document, const TreeIndex& index,
                                                        std::size_t groups,
                                                        const std::function<std::size_t(const Sasaran&)>& group_of);

struct CheckReport {
  std::vector<Finding> findings;  // on a Pemda document each with its OPD (Finding::opd)
  std::vector<LevelSummary> levels;
};
CheckReport check_document(const Document& document);

}  // namespace pokin
