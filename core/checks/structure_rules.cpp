// Structural breakage: the only error-severity rules. A document built through core/commands never has these;
// a file edited by another tool, a bad import or a hand-built document can.
#include "core/checks/review.h"
#include "core/model/statement_label.h"

namespace pokin {
namespace {

// One finding per cycle, on its smallest id. The index finds the cycles in one pass (linear in the document).
void report_cycles(Review& review, const std::vector<std::vector<Id>>& cycles, const Bilingual& what) {
  for (const std::vector<Id>& cycle : cycles) {
    std::string names;
    for (Id member : cycle) names += (names.empty() ? "" : " → ") + review.quoted(member);
    review.add(
        Rule::Cycle, cycle.front(),
        {what.id + " membentuk siklus: " + names + ".", what.en + " form a cycle: " + names + "."},
        {"Putuskan salah satu hubungan atasan dalam siklus ini.", "Break one of the parent links in this cycle."},
        std::vector<Id>(std::next(cycle.begin()), cycle.end()));
  }
}

// "<Subject> <node> <relation> #<missing>, which does not exist."
void report_missing(Review& review, Id node, const Bilingual& subject, const Bilingual& relation, Id missing,
                    Bilingual fix, std::vector<Id> related = {}) {
  std::string label = review.document.find_link(node) ? "#" + std::to_string(node) : review.quoted(node);
  std::string missing_id = "#" + std::to_string(missing);
  review.add(Rule::BrokenReference, node,
             {subject.id + " " + label + " " + relation.id + " " + missing_id + " yang tidak ada.",
              subject.en + " " + label + " " + relation.en + " " + missing_id + ", which does not exist."},
             std::move(fix), std::move(related));
}

void check_references(Review& review) {
  const Document& d = review.document;
  for (const auto& [id, unit] : d.units)
    if (unit.parent != kNoId && !d.find_unit(unit.parent))
      report_missing(review, id, {"Unit", "Unit"}, {"merujuk ke unit atasan", "refers to parent unit"}, unit.parent,
                     {"Pilih unit atasan yang ada, atau jadikan unit puncak.",
                      "Choose an existing parent unit, or make it a top unit."});
  for (const auto& [id, sasaran] : d.sasaran) {
    if (!d.find_unit(sasaran.unit))
      report_missing(review, id, {"Sasaran", "Sasaran"}, {"dimiliki unit", "is owned by unit"}, sasaran.unit,
                     {"Pindahkan sasaran ke unit yang ada.", "Move the sasaran to an existing unit."});
    if (sasaran.parent != kNoId && !d.find_sasaran(sasaran.parent))
      report_missing(review, id, {"Sasaran", "Sasaran"}, {"mendukung sasaran", "supports sasaran"}, sasaran.parent,
                     {"Hubungkan ulang ke sasaran atasan yang ada.", "Link it again to an existing parent sasaran."});
  }
  for (const auto& [id, indikator] : d.indikator)
    if (!d.find_sasaran(indikator.sasaran))
      report_missing(review, id, {"Indikator", "Indicator"}, {"milik sasaran", "belongs to sasaran"}, indikator.sasaran,
                     {"Pindahkan indikator ke sasaran yang ada atau hapus.",
                      "Move the indicator to an existing sasaran or delete it."});
  for (const auto& [id, link] : d.links) {
    bool from_ok = d.find_sasaran(link.from) != nullptr;
    bool to_ok = link.to == kNoId || d.find_sasaran(link.to) != nullptr;
    if (from_ok && to_ok) continue;
    // On the helped sasaran when it exists (a node the canvas can show), else on the link itself.
    report_missing(
        review, from_ok ? link.from : id, {"Tautan crosscutting dari", "Crosscutting link from"},
        {"merujuk ke sasaran", "refers to sasaran"}, from_ok ? link.to : link.from,
        {"Hapus tautan ini atau arahkan ke sasaran yang ada.", "Delete this link or point it to an existing sasaran."},
        {id});
  }
}

void check_inverted_levels(Review& review) {
  const Document& d = review.document;
  const DocumentInfo& info = d.info;
  for (const auto& [id, sasaran] : d.sasaran) {
    const Sasaran* parent = d.find_sasaran(sasaran.parent);
    // A Sasaran Strategis under a Tujuan is the Renstra's own shape: the Tujuan ranks above level 0.
    if (!parent || cascade_rank(sasaran) > cascade_rank(*parent)) continue;
    if (sasaran.kind == StatementKind::Tujuan) {
      std::string parent_level = statement_label(info, *parent);
      review.add(Rule::LevelInverted, id,
                 {"Tujuan " + review.quoted(id) + " berada di bawah " + parent_level + " " +
                      review.quoted(parent->id) + "; tujuan adalah puncak pohon kinerja Renstra.",
                  "Tujuan " + review.quoted(id) + " sits under " + parent_level + " " + review.quoted(parent->id) +
                      "; a tujuan is the top of the Renstra's performance tree."},
                 {"Lepaskan tautan tujuan ini, atau jadikan sasaran bila memang mendukung sasaran itu.",
                  "Unlink this tujuan, or make it a sasaran if it really supports that sasaran."},
                 {parent->id});
      continue;
    }
    std::string child_level = statement_label(info, sasaran);
    std::string parent_level = statement_label(info, *parent);
    review.add(Rule::LevelInverted, id,
               {"Sasaran " + review.quoted(id) + " (" + child_level + ") mendukung " + review.quoted(parent->id) +
                    " (" + parent_level + ") yang levelnya sama atau lebih rendah.",
                "Sasaran " + review.quoted(id) + " (" + child_level + ") supports " + review.quoted(parent->id) + " (" +
                    parent_level + "), which is at the same or a lower level."},
               {"Hubungkan ke sasaran di level atasnya, atau perbaiki levelnya.",
                "Link it to a sasaran of the level above, or correct its level."},
               {parent->id});
  }
}

}  // namespace

void check_structure(Review& review) {
  check_references(review);
  report_cycles(review, review.index.unit_cycles(), {"Unit", "Units"});
  report_cycles(review, review.index.sasaran_cycles(), {"Sasaran", "Sasaran"});
  check_inverted_levels(review);
}

}  // namespace pokin
