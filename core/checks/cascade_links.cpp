// Does every sasaran hang from the right parent? Unlinked sasaran below the top level, suggested links nobody
// reviewed, links that jump sideways to a unit that is not above the owner, and links that skip a level.
#include <algorithm>

#include "core/checks/review.h"
#include "core/model/pemda_structure.h"
#include "core/model/statement_label.h"

namespace pokin {
namespace {

Bilingual link_fix(const Review& review, const Sasaran& sasaran) {
  const Unit* owner = review.document.find_unit(sasaran.unit);
  const Unit* superior = owner ? review.document.find_unit(owner->parent) : nullptr;
  std::string level = level_sasaran_label(review.document.info, sasaran.level - 1);
  if (!superior) return {"Hubungkan ke " + level + " yang didukungnya.", "Link it to the " + level + " it supports."};
  std::string unit = review.quoted(superior->id);
  return {"Hubungkan ke " + level + " milik unit atasan " + unit + " yang didukungnya.",
          "Link it to the " + level + " of the superior unit " + unit + " that it supports."};
}

// The top of this document's cascade: level 0 normally, but an OPD whose head has no sasaran of its own (seed
// 000) starts at Sasaran Program, and those have nothing to link to (the head is reported as a unit without
// sasaran instead).
int top_level(const Document& document) {
  int top = -1;
  for (const auto& [id, sasaran] : document.sasaran)
    if (top < 0 || sasaran.level < top) top = sasaran.level;
  return std::max(top, 0);
}

// On a Pemda document an OPD's Sasaran Strategis (owned by the OPD's head unit) hangs from a sasaran RPJMD: the
// Pemda rule opd_sasaran_without_rpjmd (pemda_checks.cpp) reports it there, naming the OPD, instead of the
// unlinked and suggested-link rules here.
bool is_opd_head_sasaran(const Document& document, const Sasaran& sasaran) {
  auto part = document.parts.find(sasaran.unit);
  return part != document.parts.end() && !part->second.rpjmd && sasaran.kind == StatementKind::Sasaran;
}

void check_unlinked(Review& review, const Sasaran& sasaran, int top) {
  if (sasaran.parent != kNoId || sasaran.level <= top || sasaran.kind == StatementKind::Tujuan) return;
  if (is_opd_head_sasaran(review.document, sasaran)) return;
  std::string level = statement_label(review.document.info, sasaran);
  review.add(Rule::SasaranNotLinked, sasaran.id,
             {level + " " + review.quoted(sasaran.id) + " belum terhubung ke sasaran atasan yang didukungnya.",
              level + " " + review.quoted(sasaran.id) + " is not linked to the parent sasaran it supports."},
             link_fix(review, sasaran));
}

void check_linked(Review& review, const Sasaran& sasaran, const Sasaran& parent) {
  bool to_rpjmd = is_opd_head_sasaran(review.document, sasaran) && opd_of_unit(review.document, parent.unit) == kNoId;
  if (sasaran.link_origin == LinkOrigin::Suggested && !to_rpjmd)
    review.add(Rule::SuggestedLinkNotReviewed, sasaran.id,
               {"Tautan " + review.quoted(sasaran.id) + " → " + review.quoted(parent.id) +
                    " diusulkan otomatis saat impor dan belum ditinjau.",
                "The link " + review.quoted(sasaran.id) + " → " + review.quoted(parent.id) +
                    " was suggested automatically on import and has not been reviewed."},
               {"Terima tautan ini bila benar, atau hubungkan ke sasaran atasan yang tepat.",
                "Accept the link if it is right, or link it to the right parent sasaran."},
               {parent.id});

  const Unit* owner = review.document.find_unit(sasaran.unit);
  const Unit* parent_owner = review.document.find_unit(parent.unit);
  if (owner && parent_owner && !review.index.unit_is_ancestor(parent_owner->id, owner->id))
    review.add(
        Rule::SidewaysLink, sasaran.id,
        {"Sasaran " + review.quoted(sasaran.id) + " milik " + review.quoted(owner->id) + " mendukung " +
             review.quoted(parent.id) + " milik " + review.quoted(parent_owner->id) + ", yang bukan unit atasannya.",
         "Sasaran " + review.quoted(sasaran.id) + " of " + review.quoted(owner->id) + " supports " +
             review.quoted(parent.id) + " of " + review.quoted(parent_owner->id) + ", which is not a superior unit."},
        {"Hubungkan ke sasaran unit atasannya; bila unit lain ikut mendukung, catat sebagai crosscutting.",
         "Link it to a sasaran of a superior unit; if another unit helps too, record that as crosscutting."},
        {parent.id, parent_owner->id});

  if (cascade_rank(sasaran) > cascade_rank(parent) + 1) {
    const DocumentInfo& info = review.document.info;
    std::string child_level = statement_label(info, sasaran);
    std::string parent_level = statement_label(info, parent);
    std::string skipped = level_sasaran_label(info, cascade_rank(parent) + 1);
    review.add(Rule::LevelJump, sasaran.id,
               {child_level + " " + review.quoted(sasaran.id) + " langsung mendukung " + parent_level + " " +
                    review.quoted(parent.id) + " tanpa " + skipped + " di antaranya.",
                child_level + " " + review.quoted(sasaran.id) + " directly supports " + parent_level + " " +
                    review.quoted(parent.id) + " with no " + skipped + " in between."},
               {"Hubungkan ke " + skipped + " yang mendukung " + review.quoted(parent.id) + ", atau buat " + skipped +
                    " tersebut.",
                "Link it to a " + skipped + " that supports " + review.quoted(parent.id) + ", or create that " +
                    skipped + "."},
               {parent.id});
  }
}

}  // namespace

void check_cascade_links(Review& review) {
  int top = top_level(review.document);
  for (const auto& [id, sasaran] : review.document.sasaran) {
    check_unlinked(review, sasaran, top);
    const Sasaran* parent = review.document.find_sasaran(sasaran.parent);
    // Broken and inverted links are structure errors (structure_rules.cpp); nothing more to say about them here.
    if (parent && cascade_rank(sasaran) > cascade_rank(*parent)) check_linked(review, sasaran, *parent);
  }
}

}  // namespace pokin
