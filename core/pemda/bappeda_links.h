#pragma once
// Crosscutting links Bappeda made or decided in the Pemda document, around a part that a merge replaces. A link is
// Bappeda's when no merged file brought it (it has no origin) or when it joins two parts (no OPD file can name
// another OPD's sasaran). A file's own links (an origin, both ends in its part) come again with the file.
#include <set>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/pemda/merge_report.h"

namespace pokin::pemda {

// The links of `pemda` that are Bappeda's and touch a sasaran of `part_sasaran` (before the part is replaced).
std::vector<Id> bappeda_links_touching(const Document& pemda, const std::set<Id>& part_sasaran);

// After the part was replaced: each of `links` whose two sasaran are still there is kept (and listed as kept);
// one that lost a sasaran stays as a link to an outside partner named `part_name` (or, when the helped sasaran is
// the one lost, from the sasaran that helped), its note saying so, and is listed as lost under the old sasaran's
// code and statement (`old_sasaran` holds the part's sasaran as they were); one that lost both is removed and
// listed as lost.
void settle_bappeda_links(Document& pemda, const std::vector<Id>& links, const std::map<Id, Sasaran>& old_sasaran,
                          const std::string& part_name, MergeReport& report);

}  // namespace pokin::pemda
