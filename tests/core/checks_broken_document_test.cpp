#include <doctest/doctest.h>

#include <random>

#include "core/capaian/capaian_decorations.h"
#include "core/checks/check_document.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::of_rule;

// A file written by another tool, or a bad import, can hold anything: dangling ids, cycles, odd levels, odd
// texts. The review and the capaian roll-up must report, never crash or hang.
TEST_CASE("checks and capaian on randomly broken documents: every dangling parent is reported, nothing crashes") {
  SyntheticOptions options;
  options.sasaran = 120;
  const Document original = make_synthetic_document(options);
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    Document document = original;
    std::vector<Id> sasaran_ids;
    for (const auto& [id, sasaran] : document.sasaran) sasaran_ids.push_back(id);
    auto any_sasaran = [&] { return sasaran_ids[random() % sasaran_ids.size()]; };
    for (int k = 0; k < 15; ++k) {
      Sasaran& s = document.sasaran[any_sasaran()];
      switch (random() % 6) {
        case 0: s.parent = any_sasaran(); break;  // may form a cycle or point to itself
        case 1: s.parent = 100000 + k; break;     // dangling
        case 2: s.level = static_cast<int>(random() % 8) - 1; break;
        case 3: s.unit = 200000; break;
        case 4: document.units.erase(document.units.begin()->first); break;
        case 5: {
          Indikator& i = document.indikator.begin()->second;
          i.target[options.period_start] = make_value(k % 2 ? "0" : "- s.d. -");
          i.realisasi[options.period_start] = make_value("≤≥ ,.,");
          break;
        }
      }
    }
    CheckReport report = check_document(document);
    std::size_t dangling = 0;
    for (const auto& [id, sasaran] : document.sasaran)
      if (sasaran.parent != kNoId && !document.find_sasaran(sasaran.parent)) ++dangling;
    std::size_t reported = 0;
    for (const Finding& f : of_rule(report.findings, Rule::BrokenReference))
      if (f.message.en.find("supports sasaran #") != std::string::npos) ++reported;
    CHECK(reported == dangling);
    CapaianYear capaian = compute_capaian_year(document, options.period_start);
    CHECK(capaian.branch.size() == document.sasaran.size());
    CHECK(capaian_decorations(document, capaian, Language::English).size() >= document.sasaran.size());
  }
}
