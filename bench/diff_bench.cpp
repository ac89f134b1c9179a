// `pokin diff` at Pemda size: two 5,000-sasaran synthetic documents, the second an amendment of the first (2% of
// statements reworded, 1% of sasaran moved to another parent, 5% of indikator with a changed target, 1% of
// indikator removed, 50 sasaran added), compared by id, and by content after every id of the amendment was
// renumbered (two imports of two decrees). Last, the worst case of matching by content: two unrelated documents
// (other seeds), where almost nothing matches and every text is compared with its candidates.
//   diff_bench [SASARAN]   (default 5,000)
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "bench_support.h"
#include "core/compare/change_matrix_form.h"
#include "core/compare/diff_json.h"
#include "core/compare/document_diff.h"
#include "core/synthetic/synthetic_document.h"

namespace {

using namespace pokin;

Document amended(const Document& original) {
  Document document = original;
  int n = 0;
  std::map<std::pair<Id, int>, Id> parent_by_unit_level;  // another sasaran of the same level to move under
  for (auto& [id, sasaran] : document.sasaran) {
    ++n;
    if (n % 50 == 0) sasaran.statement += " secara berkelanjutan";
    if (n % 100 == 7 && sasaran.parent != kNoId) {
      auto other = parent_by_unit_level.find({document.sasaran.at(sasaran.parent).unit, sasaran.level});
      if (other != parent_by_unit_level.end() && other->second != sasaran.parent) sasaran.parent = other->second;
    }
    if (sasaran.parent != kNoId) parent_by_unit_level[{document.sasaran.at(sasaran.parent).unit, sasaran.level}] = sasaran.parent;
  }
  n = 0;
  std::vector<Id> removed;
  for (auto& [id, indikator] : document.indikator) {
    ++n;
    if (n % 20 == 3 && !indikator.target.empty()) indikator.target.begin()->second = {"123,4", 123.4};
    if (n % 100 == 51) removed.push_back(id);
  }
  for (Id id : removed) document.indikator.erase(id);
  std::vector<Sasaran> copies;
  for (const auto& [id, sasaran] : document.sasaran)
    if (copies.size() < 50 && sasaran.level == 2 && id % 7 == 0) copies.push_back(sasaran);
  for (Sasaran sasaran : copies) {
    sasaran.id = document.allocate_id();
    sasaran.statement = "Terlaksananya kegiatan baru nomor " + std::to_string(sasaran.id) + " untuk layanan digital";
    document.sasaran[sasaran.id] = sasaran;
  }
  return document;
}

Document renumbered(const Document& document) {
  const Id base = 10 * (document.last_id + 1);
  auto shift = [&](Id id) { return id == kNoId ? kNoId : base - id; };
  Document copy;
  copy.info = document.info;
  for (auto [id, unit] : document.units) unit.id = shift(id), unit.parent = shift(unit.parent), copy.units[unit.id] = unit;
  for (auto [id, s] : document.sasaran)
    s.id = shift(id), s.parent = shift(s.parent), s.unit = shift(s.unit), copy.sasaran[s.id] = s;
  for (auto [id, i] : document.indikator) i.id = shift(id), i.sasaran = shift(i.sasaran), copy.indikator[i.id] = i;
  for (auto [id, l] : document.links) l.id = shift(id), l.from = shift(l.from), l.to = shift(l.to), copy.links[l.id] = l;
  copy.last_id = base;
  return copy;
}

void report(const char* what, double ms, const DocumentDiff& diff) {
  std::map<ChangeKind, int> counts;
  for (const Change& change : diff.changes) ++counts[change.kind];
  std::size_t review = 0;
  for (const NodeMatch& match : diff.matches) review += match.score < 1;
  std::printf("%-34s %8.1f ms  %zu matches (%zu to review), %zu changes: %d added, %d removed, %d moved, %d reworded, "
              "%d fields, %d targets\n",
              what, ms, diff.matches.size(), review, diff.changes.size(), counts[ChangeKind::Added],
              counts[ChangeKind::Removed], counts[ChangeKind::Moved], counts[ChangeKind::Reworded],
              counts[ChangeKind::FieldChanged], counts[ChangeKind::TargetChanged]);
}

}  // namespace

int main(int argc, char** argv) {
  SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  Document before = make_synthetic_document(options);
  Document after = amended(before);
  Document renumbered_after = renumbered(after);
  std::printf("%zu units, %zu sasaran, %zu indikator, %zu links\n", before.units.size(), before.sasaran.size(),
              before.indikator.size(), before.links.size());

  DocumentDiff diff;
  double ms = bench::best_of_3([&] { diff = diff_documents(before, after); });
  report("by id (Automatic)", ms, diff);
  ms = bench::best_of_3([&] { diff = diff_documents(before, renumbered_after); });
  report("by content, ids renumbered", ms, diff);
  std::size_t rows = 0;
  ms = bench::best_of_3([&] {
    Form form = change_matrix_form(before, renumbered_after, diff);
    rows = std::get<FormTable>(form.blocks[1]).rows.size();
  });
  std::printf("%-34s %8.1f ms  %zu rows\n", "matriks perubahan (form)", ms, rows);
  std::size_t bytes = 0;
  ms = bench::best_of_3([&] { bytes = diff_to_json(before, renumbered_after, diff).size(); });
  std::printf("%-34s %8.1f ms  %zu bytes\n", "JSON", ms, bytes);

  SyntheticOptions other = options;
  other.seed = 7;
  Document unrelated = renumbered(make_synthetic_document(other));
  ms = bench::best_of_3([&] { diff = diff_documents(before, unrelated, {DiffMatching::ByContent}); });
  report("by content, unrelated documents", ms, diff);
  std::printf("peak resident memory %.0f MB\n", bench::peak_resident_mb());
  return 0;
}
