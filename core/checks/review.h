#pragma once
// What every rule gets: the document, its index, and the list to add findings to. Internal to core/checks: the
// public entry is check_document.h.
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/node_label.h"
#include "core/model/tree_index.h"

namespace pokin {

class Review {
 public:
  Review(const Document& document, const TreeIndex& index, std::vector<Finding>& findings)
      : document(document), index(index), findings_(findings) {}

  const Document& document;
  const TreeIndex& index;

  void add(Rule rule, Id node, Bilingual message, Bilingual fix, std::vector<Id> related = {}) {
    findings_.push_back(
        {rule, rule_severity(rule), node, std::move(related), std::move(message), std::move(fix), kNoId});
  }
  // The node's label in quotes, for messages.
  std::string quoted(Id node) const { return "\"" + node_label(document, node) + "\""; }

 private:
  std::vector<Finding>& findings_;
};

// One function per concern, each in its own file.
void check_structure(Review& review);               // structure_rules.cpp: broken references, cycles, inverted levels
void check_indikator_completeness(Review& review);  // indikator_completeness.cpp
void check_target_polarity(Review& review);         // target_polarity.cpp
void check_duplicate_indikator(Review& review);     // duplicate_indikator.cpp
void check_copied_units(Review& review);            // copied_units.cpp
void check_cascade_links(Review& review);           // cascade_links.cpp: unlinked, suggested, sideways, level jump
void check_cascade_coverage(Review& review);        // cascade_coverage.cpp: not cascaded further
void check_units_without_sasaran(Review& review);   // units_without_sasaran.cpp
void check_crosscutting(Review& review);            // crosscutting_status.cpp
void check_pemda(Review& review);                   // pemda_checks.cpp: only on a Pemda document

}  // namespace pokin
