#pragma once
// Which rows of a document changed since the file was last saved: what a save must write. The Editor's journal
// names them (commands::changed_rows_since), so the store needs no copy of what it last wrote to find them.
#include <set>

#include "core/model/ids.h"

namespace pokin::store {

struct ChangedRows {
  // An id no longer in the document is a removed row. A row's dependent rows go with it: a unit's fungsi, an
  // indikator's years (indikator_year), a sasaran's pagu years (sasaran_year).
  std::set<Id> units, sasaran, indikator, links;
  bool info = false;                              // the document's own fields, level names, text scales
  // Document::origins changed apart from the nodes above (e.g. a merge re-pointed kept nodes to a new source
  // file): every origin row is rewritten. A changed or removed node's origin is written with it in any case, and
  // Document::parts (a handful of rows) are written whole on every save.
  bool merge = false;

  bool empty() const { return !info && !merge && units.empty() && sasaran.empty() && indikator.empty() && links.empty(); }
};

}  // namespace pokin::store
