#pragma once
// The figures of the penjenjangan (cascade) table an evaluator asks a Pemda for (PermenPAN-RB 89/2021): per OPD
// and per level the sasaran, their indicators and how many are cascaded further (LevelSummary, as
// summarize_levels counts them for a whole document), and how many sasaran RPJMD an OPD supports.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/checks/check_document.h"
#include "core/checks/opd_index.h"

namespace pokin {

struct OpdCascade {
  Id opd = kNoId;    // the OPD's head unit
  std::string name;  // opd_name: the part's instansi, else the unit's name
  std::vector<LevelSummary> levels;  // every level of the document, as summarize_levels lists them
};

struct RpjmdSupport {
  std::size_t sasaran = 0;    // the Pemda's own sasaran (kind Sasaran, not Tujuan)
  std::size_t indikator = 0;  // their indicators
  std::size_t supported = 0;  // with at least one OPD sasaran below them through links a person made or reviewed
  std::optional<double> supported_share;  // supported / sasaran in percent; nullopt without sasaran RPJMD
  std::size_t suggested_only = 0;  // reached only through links an import suggested and nobody reviewed
};

struct PemdaCascade {
  std::vector<OpdCascade> opds;  // in OpdIndex::opds order
  RpjmdSupport rpjmd;
};

// Empty (no OPD, nothing RPJMD) for a document that is not a Pemda document.
PemdaCascade summarize_pemda_cascade(const Document& document);
PemdaCascade summarize_pemda_cascade(const Document& document, const TreeIndex& index, const OpdIndex& opds);

// The sasaran RPJMD that an OPD supports: an OPD sasaran hangs under it, directly or under a sasaran RPJMD below
// it (a Pemda may split its sasaran further before the OPD take over). A link an import only suggested is not
// support until someone reviews it (as the Pemda checks say of an OPD's Sasaran Strategis): such sasaran RPJMD
// are in `suggested_only`, apart from `reviewed`.
struct RpjmdSupportReach {
  std::unordered_set<Id> reviewed;        // reached through links a person made or reviewed
  std::unordered_set<Id> suggested_only;  // reached, but only through some unreviewed suggested link
};
RpjmdSupportReach supported_rpjmd_sasaran(const Document& document, const OpdIndex& opds);

}  // namespace pokin
