#pragma once
// `pokin diff --not-same OLD=NEW`: the review of a comparison's matches done in the Compare view ("Bukan
// padanan"), applied to an export. Each side names one node by its code (a sasaran's "SP2", an indikator's
// "IK1.1", compared as core/checks/comparable_text does), a unit by its name, or by its id (the numbers in
// `pokin diff -f json`). A code that several nodes carry (every seksi has an "SK1") names the one pair of them the
// comparison matched; when that is not one pair, the ids must be written. `pokin diff --same OLD=NEW` (a match
// confirmed, "Padanan benar") names its pairs the same way.
#include <string>
#include <vector>

#include "core/compare/document_diff.h"

namespace pokin::cli {

// The pairs of `values` ("SS1=SS1", "12=15"), resolved in the two documents. `options` are the other options of
// the comparison (the matching), used to settle a code that several nodes carry. Throws UserError (bilingual) for
// a value without "=", a code or id neither document holds, or a code that still names several pairs; the
// messages name `option`.
std::vector<NodePair> not_same_pairs(const std::vector<std::string>& values, const Document& old_document,
                                     const Document& new_document, const DiffOptions& options,
                                     const std::string& option = "--not-same");

}  // namespace pokin::cli
