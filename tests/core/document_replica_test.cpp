#include <doctest/doctest.h>

#include <deque>
#include <map>
#include <random>

#include "core/commands/change_effects.h"
#include "core/commands/document_replica.h"
#include "core/model/tree_index.h"
#include "random_commands.h"

using namespace pokin;
using pokin::test::random_command;
namespace c = pokin::commands;

namespace {

// A random edit, undo, redo, typing run or info change: everything that moves the editor's revision.
void random_move(Editor& editor, std::mt19937& random) {
  switch (random() % 10) {
    case 0: editor.undo(); break;
    case 1: editor.redo(); break;
    case 2: {
      // Typing into one field: steps merged into one history entry.
      if (editor.document().sasaran.empty()) break;
      Sasaran s = editor.document().sasaran.begin()->second;
      s.statement += static_cast<char>('a' + random() % 26);
      editor.run(c::edit_sasaran(editor.document(), s), "typing");
      break;
    }
    case 3: {
      // Widening the period changes what the counts count (a period cut short would be refused).
      DocumentInfo info = editor.document().info;
      info.period_end += static_cast<int>(random() % 2);
      info.instansi += "*";
      try {
        editor.run(c::set_info(editor.document(), info));
      } catch (const UserError&) {  // a period longer than the law allows: refused, nothing changed
      }
      break;
    }
    default: editor.seal_typing(); random_command(editor, random); break;
  }
}

struct Held {
  std::shared_ptr<const Document> snapshot;
  Document expected;  // the editor's document when the snapshot was taken
  int release_after;  // moves left before the holder lets go
};

}  // namespace

TEST_CASE("Snapshots equal the editor's document at their revision and never change while held") {
  int replayed = 0, copied = 0;
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    Editor editor;
    sample::build(editor);
    DocumentReplica replica(3);
    std::mt19937 random(seed);
    std::deque<Held> held;
    for (int move = 0; move < 400; ++move) {
      random_move(editor, random);
      if (random() % 3 == 0) {
        auto snapshot = replica.snapshot(editor);
        REQUIRE(snapshot->same_content(editor.document()));
        CHECK(snapshot->last_id == editor.document().last_id);
        replayed += replica.last_served() == DocumentReplica::Served::Replayed;
        copied += replica.last_served() == DocumentReplica::Served::Copied;
        // Readers hold their snapshots for a while, some longer than others.
        if (random() % 2) held.push_back({snapshot, editor.document(), static_cast<int>(random() % 12)});
      }
      for (auto it = held.begin(); it != held.end();) {
        REQUIRE(it->snapshot->same_content(it->expected));
        it = --it->release_after < 0 ? held.erase(it) : std::next(it);
      }
    }
  }
  // The point of the replica: most snapshots are replays, not copies.
  CHECK(replayed > 4 * copied);
}

TEST_CASE("The same revision gives the same copy, a held copy is not reused, a released one is") {
  Editor editor;
  auto ids = sample::build(editor);
  DocumentReplica replica(2);
  auto first = replica.snapshot(editor);
  CHECK(replica.snapshot(editor) == first);
  CHECK(replica.last_served() == DocumentReplica::Served::Shared);

  editor.run(c::set_target(editor.document(), ids.ikp1, 2024, "77"));
  auto second = replica.snapshot(editor);  // `first` is held: a second copy
  CHECK(second != first);
  CHECK(replica.last_served() == DocumentReplica::Served::Copied);
  CHECK(first->indikator.at(ids.ikp1).target.count(2024) == 0);

  editor.undo();
  const Document* first_address = first.get();
  first.reset();
  auto third = replica.snapshot(editor);  // `first` is free again: replayed (forward, then backward)
  CHECK(third.get() == first_address);
  CHECK(replica.last_served() == DocumentReplica::Served::Replayed);
  CHECK(third->same_content(editor.document()));
  CHECK(second->indikator.at(ids.ikp1).target.at(2024).text == "77");
}

TEST_CASE("A reader further behind than the journal reaches gets a full copy, still equal") {
  Editor editor;
  auto ids = sample::build(editor);
  DocumentReplica replica(1);
  replica.snapshot(editor);
  const std::uint64_t old_revision = editor.revision();
  for (std::size_t k = 0; k < Editor::kJournalEntries + 5; ++k)
    editor.run(c::set_target(editor.document(), ids.ikp1, 2024, std::to_string(k)));
  CHECK_FALSE(editor.changes_since(old_revision).has_value());
  CHECK(editor.changes_since(editor.revision() - 3).value().size() == 3);
  CHECK(editor.changes_since(editor.revision()).value().empty());
  auto snapshot = replica.snapshot(editor);
  CHECK(replica.last_served() == DocumentReplica::Served::Copied);
  CHECK(snapshot->same_content(editor.document()));
}

TEST_CASE("Counts and tree shape read from the journal agree with recounting and rebuilding") {
  for (std::uint32_t seed = 1; seed <= 10; ++seed) {
    Editor editor;
    sample::build(editor);
    std::mt19937 random(seed);
    DocumentCounts counts = count_document(editor.document());
    std::uint64_t counted = editor.revision();
    int unchanged_shapes = 0;
    for (int move = 0; move < 200; ++move) {
      TreeIndex before(editor.document());
      Document before_document = editor.document();
      const std::uint64_t revision = editor.revision();
      random_move(editor, random);
      auto applied = editor.changes_since(revision).value();
      if (!changes_tree_shape(applied)) {
        ++unchanged_shapes;
        TreeIndex after(editor.document());
        CHECK(before.root_units() == after.root_units());
        CHECK(before.root_sasaran() == after.root_sasaran());
        for (const auto& [id, unit] : editor.document().units) {
          CHECK(before.child_units(id) == after.child_units(id));
          CHECK(before.unit_sasaran(id) == after.unit_sasaran(id));
        }
        for (const auto& [id, sasaran] : editor.document().sasaran) {
          CHECK(before.child_sasaran(id) == after.child_sasaran(id));
          CHECK(before.sasaran_indikator(id) == after.sasaran_indikator(id));
          CHECK(before.links_from(id) == after.links_from(id));
        }
        CHECK(before_document.sasaran.size() == editor.document().sasaran.size());
      }
      if (random() % 4 == 0) {  // the UI asks for counts now and then, several revisions apart
        counts = counts_after(counts, editor.changes_since(counted).value(), editor.document());
        counted = editor.revision();
        DocumentCounts fresh = count_document(editor.document());
        CHECK(counts.units == fresh.units);
        CHECK(counts.sasaran == fresh.sasaran);
        CHECK(counts.sasaran_per_level == fresh.sasaran_per_level);
        CHECK(counts.tujuan == fresh.tujuan);
        CHECK(counts.indikator == fresh.indikator);
        CHECK(counts.targets_filled == fresh.targets_filled);
        CHECK(counts.targets_missing == fresh.targets_missing);
        CHECK(counts.realisasi == fresh.realisasi);
        CHECK(counts.links == fresh.links);
        CHECK(counts.suggested_links == fresh.suggested_links);
      }
    }
    CHECK(unchanged_shapes > 20);
  }
}
