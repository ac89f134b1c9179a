#pragma once
// Derived lookups over a Document (children, owned sasaran, indicators), each list in sibling order
// (order, then id). Build one per document revision; it holds pointers into the maps of the Document it was
// built from and must not outlive it or a change to it.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/model/ancestry.h"
#include "core/model/document.h"

namespace pokin {

class TreeIndex {
 public:
  explicit TreeIndex(const Document& document);

  // A number no other TreeIndex built in this process has (a copy keeps it): what a view derives from the index
  // (the outline's counts per OPD) is cached under it and recomputed when a new index is built.
  std::uint64_t serial() const { return serial_; }

  const std::vector<Id>& root_units() const { return root_units_; }
  const std::vector<Id>& child_units(Id unit) const;
  const std::vector<Id>& unit_sasaran(Id unit) const;       // sasaran owned by the unit
  const std::vector<Id>& root_sasaran() const { return root_sasaran_; }  // no parent sasaran
  const std::vector<Id>& child_sasaran(Id sasaran) const;    // sasaran that support it
  const std::vector<Id>& sasaran_indikator(Id sasaran) const;
  const std::vector<Id>& links_from(Id sasaran) const;

  // True when `ancestor` is `unit` or above it in the unit hierarchy. Constant time (see ancestry.h).
  bool unit_is_ancestor(Id ancestor, Id unit) const { return unit_ancestry_.is_ancestor(ancestor, unit); }
  bool sasaran_is_ancestor(Id ancestor, Id sasaran) const { return sasaran_ancestry_.is_ancestor(ancestor, sasaran); }
  int unit_depth(Id unit) const { return unit_ancestry_.depth(unit); }  // 0 for a root unit
  // Cycles among parent links (a damaged document), each sorted by id.
  const std::vector<std::vector<Id>>& unit_cycles() const { return unit_ancestry_.cycles(); }
  const std::vector<std::vector<Id>>& sasaran_cycles() const { return sasaran_ancestry_.cycles(); }

 private:
  std::uint64_t serial_ = 0;
  std::vector<Id> root_units_;
  std::vector<Id> root_sasaran_;
  std::unordered_map<Id, std::vector<Id>> child_units_;
  std::unordered_map<Id, std::vector<Id>> unit_sasaran_;
  std::unordered_map<Id, std::vector<Id>> child_sasaran_;
  std::unordered_map<Id, std::vector<Id>> sasaran_indikator_;
  std::unordered_map<Id, std::vector<Id>> links_from_;
  Ancestry unit_ancestry_;
  Ancestry sasaran_ancestry_;
};

}  // namespace pokin
