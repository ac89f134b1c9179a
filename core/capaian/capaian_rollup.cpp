#include "core/capaian/capaian_rollup.h"

#include <unordered_set>

#include "core/model/tree_index.h"

namespace pokin {
namespace {

class Mean {
 public:
  void add(std::optional<double> value, double weight = 1) {
    ++total_;
    if (!value || !(weight > 0)) return;
    ++computed_;
    sum_ += *value * weight;
    weights_ += weight;
  }
  RolledCapaian result() const {
    RolledCapaian rolled;
    rolled.total = total_;
    rolled.computed = computed_;
    if (weights_ > 0) rolled.percent = sum_ / weights_;
    return rolled;
  }

 private:
  double sum_ = 0, weights_ = 0;
  std::size_t computed_ = 0, total_ = 0;
};

class Rollup {
 public:
  Rollup(const Document& document, int year) : document_(document), index_(document) { result_.year = year; }

  CapaianYear run() {
    for (const auto& [id, indikator] : document_.indikator)
      result_.indikator.emplace(id, indikator_capaian(indikator, result_.year, document_.info));
    for (const auto& [id, sasaran] : document_.sasaran) {
      Mean own;
      for (Id indikator : index_.sasaran_indikator(id))
        own.add(result_.indikator.at(indikator).value(), document_.indikator.at(indikator).weight);
      result_.sasaran.emplace(id, own.result());
    }
    for (const auto& [id, sasaran] : document_.sasaran) branch(id);
    for (const auto& [id, unit] : document_.units) {
      Mean mean;
      for (Id sasaran : index_.unit_sasaran(id)) mean.add(result_.sasaran.at(sasaran).percent);
      result_.unit.emplace(id, mean.result());
    }
    Mean overall;
    for (Id root : index_.root_sasaran()) overall.add(result_.branch.at(root).percent);
    result_.document = overall.result();
    return std::move(result_);
  }

 private:
  const RolledCapaian& branch(Id sasaran) {
    if (auto done = result_.branch.find(sasaran); done != result_.branch.end()) return done->second;
    // A cycle (a broken file; check_structure reports it) must not recurse forever: a sasaran met again on the
    // way down counts as having nothing below.
    if (!in_progress_.insert(sasaran).second) {
      static const RolledCapaian kNothing;
      return kNothing;
    }
    const RolledCapaian& own = result_.sasaran.at(sasaran);
    Mean below;
    // The counts of a branch are of indicators: "12 of 20 indicators of this branch have a capaian".
    std::size_t computed = own.computed, total = own.total;
    for (Id child : index_.child_sasaran(sasaran)) {
      const RolledCapaian& child_branch = branch(child);
      below.add(child_branch.percent);
      computed += child_branch.computed;
      total += child_branch.total;
    }
    Mean halves;
    halves.add(own.percent);
    halves.add(below.result().percent);
    RolledCapaian rolled = halves.result();
    rolled.computed = computed;
    rolled.total = total;
    in_progress_.erase(sasaran);
    return result_.branch.emplace(sasaran, rolled).first->second;
  }

  const Document& document_;
  TreeIndex index_;
  CapaianYear result_;
  std::unordered_set<Id> in_progress_;
};

}  // namespace

bool covers_enough(const RolledCapaian& rolled, double coverage) {
  if (!rolled.percent || rolled.total == 0) return false;
  // Compared as counts, so 7 of 14 at one half is exactly enough whatever the floating point says of 0.5 * 14.
  return static_cast<double>(rolled.computed) >= coverage * static_cast<double>(rolled.total) - 1e-9;
}

CapaianYear compute_capaian_year(const Document& document, int year) { return Rollup(document, year).run(); }

}  // namespace pokin
