// The Pemda merge at Pemda size (issue 14): 40 synthetic OPD (~10,000 sasaran, ~40,000 indikator in all) merged
// into one Pemda document, then one OPD's changed file merged again into it. Figures in docs/PERFORMANCE.md.
//   ./build/pemda_merge_bench
#include <cstdio>
#include <ranges>

#include "bench_support.h"
#include "core/model/document_counts.h"
#include "core/pemda/merge_documents.h"
#include "tests/core/pemda_test_documents.h"

using namespace pokin;

namespace {

// Three synthetic OPD of 88 sasaran made one OPD of 264: the second and third heads become bidang of the first.
Document fused(const Document& a, const Document& b, const Document& c) {
  Document opd = a;
  for (const Document* other : {&b, &c}) {
    Id offset = opd.last_id;
    auto shift = [offset](Id id) { return id == kNoId ? kNoId : id + offset; };
    for (Unit unit : other->units | std::views::values) {
      unit.id = shift(unit.id);
      if (unit.parent == kNoId) unit.parent = opd.units.begin()->first, unit.kind = UnitKind::Division;
      else unit.parent = shift(unit.parent);
      opd.units[unit.id] = unit;
    }
    for (Sasaran s : other->sasaran | std::views::values) {
      s.id = shift(s.id), s.unit = shift(s.unit), s.parent = shift(s.parent);
      opd.sasaran[s.id] = s;
    }
    for (Indikator i : other->indikator | std::views::values) {
      i.id = shift(i.id), i.sasaran = shift(i.sasaran);
      opd.indikator[i.id] = i;
    }
    for (CrosscuttingLink l : other->links | std::views::values) {
      l.id = shift(l.id), l.from = shift(l.from), l.to = shift(l.to);
      opd.links[l.id] = l;
    }
    opd.last_id += other->last_id;
  }
  return opd;
}

}  // namespace

int main() {
  SyntheticOptions options;
  options.sasaran = 10'500;  // 120 synthetic OPD of 88 sasaran, fused three by three into 40
  options.min_indikator = 3;
  options.max_indikator = 5;
  std::vector<Document> small = pemda_test::split_opds(make_synthetic_document(options));
  pemda::MergeRequest request;
  request.pemda = "Kabupaten Contoh";
  request.merged_at = "2026-12-02T16:00:00Z";
  for (std::size_t k = 0; k + 2 < small.size(); k += 3) {
    Document opd = fused(small[k], small[k + 1], small[k + 2]);
    opd.info.instansi = "OPD " + std::to_string(k / 3 + 1) + " " + opd.info.instansi;
    request.opd.push_back(pemda_test::source_of(std::move(opd), "opd" + std::to_string(k / 3 + 1) + ".pokin"));
  }
  // An RPJMD of 8 sasaran for the suggestions: the first OPD's Sasaran Strategis, as if the Pemda had adopted them.
  Document rpjmd;
  rpjmd.units[1].id = 1;
  rpjmd.units[1].kind = UnitKind::Head;
  rpjmd.units[1].name = "Bupati";
  Id next = 2;
  for (const Sasaran& s : request.opd[0].document.sasaran | std::views::values) {
    if (s.level != 0 || next >= 10) continue;
    Sasaran& adopted = rpjmd.sasaran[next];
    adopted.id = next, adopted.unit = 1, adopted.code = "S" + std::to_string(next - 1), adopted.statement = s.statement;
    ++next;
  }
  rpjmd.last_id = next;
  request.rpjmd = pemda_test::source_of(rpjmd, "rpjmd.pokin");

  pemda::MergeResult merged;
  double first_ms = bench::best_of_3([&] { merged = pemda::merge_documents(request); });
  DocumentCounts counts = count_document(merged.document);
  std::printf("first merge: %zu OPD, %zu units, %zu sasaran, %zu indikator, %zu suggested: %.1f ms (best of 3)\n",
              request.opd.size(), counts.units, counts.sasaran, counts.indikator, merged.report.suggested.size(), first_ms);

  // One OPD's new file: every fifth sasaran reworded, one removed, one added.
  Document changed = request.opd[7].document;
  int k = 0;
  for (Sasaran& s : changed.sasaran | std::views::values)
    if (k++ % 5 == 0) s.statement += " secara berkelanjutan";
  Id removed = changed.sasaran.rbegin()->first;
  std::erase_if(changed.indikator, [&](const auto& entry) { return entry.second.sasaran == removed; });
  std::erase_if(changed.links, [&](const auto& entry) { return entry.second.from == removed || entry.second.to == removed; });
  changed.sasaran.erase(removed);
  Sasaran added = changed.sasaran.begin()->second;
  added.id = changed.allocate_id(), added.code = "SS9", added.statement = "Meningkatnya kualitas data pembangunan daerah";
  changed.sasaran[added.id] = added;
  pemda::MergeRequest again;
  again.previous = &merged.document;
  again.merged_at = "2026-12-03T09:00:00Z";
  again.opd.push_back(pemda_test::source_of(changed, "opd8-perubahan.pokin"));
  pemda::MergeResult remerged;
  double again_ms = bench::best_of_3([&] { remerged = pemda::merge_documents(again); });
  std::printf("merge again of one OPD (%d sasaran, %d matched nodes): %.1f ms (best of 3)\n",
              remerged.report.parts.at(0).sasaran, remerged.report.parts.at(0).matched, again_ms);
  std::printf("peak resident: %.0f MB\n", bench::peak_resident_mb());
  return 0;
}
