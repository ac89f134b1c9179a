#include "core/checks/check_document.h"

#include <algorithm>

#include "core/checks/opd_index.h"
#include "core/checks/review.h"
#include "core/model/pemda_structure.h"
#include "core/model/document_limits.h"

namespace pokin {
namespace {

std::size_t rule_position(Rule rule) {
  const auto& rules = all_rules();
  return static_cast<std::size_t>(std::find(rules.begin(), rules.end(), rule) - rules.begin());
}

std::vector<Finding> findings_of(const Document& document, const TreeIndex& index) {
  std::vector<Finding> findings;
  Review review(document, index, findings);
  check_structure(review);
  check_indikator_completeness(review);
  check_target_polarity(review);
  check_duplicate_indikator(review);
  check_cascade_links(review);
  check_cascade_coverage(review);
  check_units_without_sasaran(review);
  check_copied_units(review);
  check_crosscutting(review);
  if (is_pemda_document(document)) check_pemda(review);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    if (a.rule != b.rule) return rule_position(a.rule) < rule_position(b.rule);
    return a.node < b.node;
  });
  if (is_pemda_document(document)) {
    OpdIndex opds(document);
    for (Finding& finding : findings) finding.opd = opds.opd_of_node(finding.node);
  }
  return findings;
}

std::vector<std::vector<LevelSummary>> levels_of(const Document& document, const TreeIndex& index,
                                                  std::size_t groups,
                                                  const std::function<std::size_t(const Sasaran&)>& group_of) {
  // Levels outside the model's range (a hand-built document; the store refuses such files) are left out rather
  // than sizing the list by them.
  auto in_range = [](int level) { return level >= 0 && level <= kMaxSasaranLevel; };
  int deepest = -1;
  for (const auto& [id, sasaran] : document.sasaran)
    if (in_range(sasaran.level)) deepest = std::max(deepest, sasaran.level);
  int count = std::max(static_cast<int>(document.info.levels.size()), deepest + 1);
  std::vector<LevelSummary> empty(static_cast<std::size_t>(count));
  for (int level = 0; level < count; ++level) {
    empty[level].level = level;
    empty[level].label = level_sasaran_label(document.info, level);
  }
  std::vector<std::vector<LevelSummary>> levels(groups, empty);
  for (const auto& [id, sasaran] : document.sasaran) {
    // A Tujuan holds level 0 but is not a Sasaran Strategis: it is not counted among them.
    if (!in_range(sasaran.level) || sasaran.kind == StatementKind::Tujuan) continue;
    std::size_t group = group_of ? group_of(sasaran) : 0;
    if (group >= groups) continue;
    LevelSummary& summary = levels[group][sasaran.level];
    ++summary.sasaran;
    summary.indikator += index.sasaran_indikator(id).size();
    if (document.find_sasaran(sasaran.parent)) ++summary.linked;
    const auto& children = index.child_sasaran(id);
    if (std::any_of(children.begin(), children.end(),
                    [&, level = sasaran.level](Id child) { return document.sasaran.at(child).level > level; }))
      ++summary.cascaded;
  }
  for (auto& group : levels)
    for (LevelSummary& summary : group)
      if (summary.sasaran > 0 && summary.level < deepest)
        summary.cascaded_share = 100.0 * static_cast<double>(summary.cascaded) / static_cast<double>(summary.sasaran);
  return levels;
}

}  // namespace

std::vector<Finding> run_checks(const Document& document) { return findings_of(document, TreeIndex(document)); }

std::vector<LevelSummary> summarize_levels(const Document& document) {
  return levels_of(document, TreeIndex(document), 1, nullptr).front();
}

std::vector<std::vector<LevelSummary>> summarize_levels(const Document& document, const TreeIndex& index,
                                                        std::size_t groups,
                                                        const std::function<std::size_t(const Sasaran&)>& group_of) {
  return levels_of(document, index, groups, group_of);
}

CheckReport check_document(const Document& document) {
  TreeIndex index(document);  // the largest single cost on a Pemda-size document: build it once
  return {findings_of(document, index), levels_of(document, index, 1, nullptr).front()};
}

}  // namespace pokin
