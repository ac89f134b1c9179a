// What an edit costs the UI thread on a Pemda-size document, without a window: the edit itself, the snapshot
// handed to the layout and checks threads (DocumentReplica against a whole copy), the TreeIndex and the counts.
//   edit_bench   (the document of open_document_bench --make: 5,016 sasaran, 20,064 indikator, 6 years)
#include <cstdio>
#include <algorithm>
#include <memory>
#include <vector>

#include "bench_support.h"
#include "core/commands/change_effects.h"
#include "core/commands/commands.h"
#include "core/commands/document_replica.h"
#include "core/model/tree_index.h"
#include "core/synthetic/synthetic_document.h"

namespace {

struct Figure {
  std::vector<double> ms;
  void print(const char* what) {
    std::sort(ms.begin(), ms.end());
    std::printf("  %-52s median %8.3f ms, max %8.3f ms\n", what, ms[ms.size() / 2], ms.back());
  }
};

template <class Work>
void time(Figure& figure, Work&& work) {
  auto start = std::chrono::steady_clock::now();
  work();
  figure.ms.push_back(bench::milliseconds_since(start));
}

}  // namespace

int main() {
  using namespace pokin;
  SyntheticOptions options;
  options.sasaran = 5000;
  options.min_indikator = options.max_indikator = 4;
  options.realisasi = false;
  Editor editor(make_synthetic_document(options));
  std::printf("document: %zu units, %zu sasaran, %zu indikator\n", editor.document().units.size(),
              editor.document().sasaran.size(), editor.document().indikator.size());

  DocumentReplica replica;
  std::shared_ptr<const Document> held = replica.snapshot(editor);  // the layout thread reads this one
  DocumentCounts counts = count_document(editor.document());
  std::uint64_t counted = editor.revision();
  Figure edit, whole_copy, snapshot, counted_again, counted_from_journal, shape, index;
  std::vector<Id> ids;
  for (const auto& [id, sasaran] : editor.document().sasaran) ids.push_back(id);
  for (int k = 0; k < 30; ++k) {
    Sasaran edited = editor.document().sasaran.at(ids[k * 97 % ids.size()]);
    edited.statement += " (diubah)";
    time(edit, [&] { editor.run(commands::edit_sasaran(editor.document(), edited)); });
    time(whole_copy, [&] { auto copy = std::make_shared<const Document>(editor.document()); });
    // The layout thread still reads the previous snapshot while the new one is taken, then lets it go.
    time(snapshot, [&] { held = replica.snapshot(editor); });
    time(counted_again, [&] { count_document(editor.document()); });
    time(counted_from_journal, [&] {
      counts = counts_after(counts, *editor.changes_since(counted), editor.document());
      counted = editor.revision();
    });
    time(shape, [&] { changes_tree_shape(*editor.changes_since(editor.revision() - 1)); });
    time(index, [&] { TreeIndex rebuilt(editor.document()); });
  }
  std::printf("per edit of a sasaran statement (30 edits):\n");
  edit.print("the edit (command + history + journal)");
  whole_copy.print("a whole copy of the document (before: every snapshot)");
  snapshot.print("DocumentReplica snapshot (replays the journal)");
  counted_again.print("counting the whole document (before)");
  counted_from_journal.print("counts from the journal");
  shape.print("tree shape changed? from the journal");
  index.print("TreeIndex rebuilt (structural edits only)");
  return 0;
}
