#include <optional>
#include <set>
#include <doctest/doctest.h>

#include <fstream>
#include <random>

#include "tests/scratch_path.h"
#include "core/commands/changed_rows_since.h"
#include "core/store/document_file.h"
#include "random_commands.h"
#include "sample_document.h"

using namespace pokin;
using pokin::test::random_command;
namespace c = pokin::commands;

TEST_CASE("A run of typing into one field is one undo step, a different field starts a new one") {
  Editor editor;
  auto ids = sample::build(editor);
  std::size_t steps_before = editor.undo_names().size();
  Sasaran s = editor.document().sasaran.at(ids.ss1);
  std::string original = s.statement;
  const std::string key = "sasaran:" + std::to_string(ids.ss1) + ":statement";
  for (char ch : std::string(" yang cepat")) {
    s.statement += ch;
    editor.run(c::edit_sasaran(editor.document(), s), key);
  }
  CHECK(editor.undo_names().size() == steps_before + 1);
  s.code = "SS01";
  editor.run(c::edit_sasaran(editor.document(), s), "sasaran:" + std::to_string(ids.ss1) + ":code");
  CHECK(editor.undo_names().size() == steps_before + 2);
  editor.undo();
  editor.undo();
  CHECK(editor.document().sasaran.at(ids.ss1).statement == original);
  CHECK(editor.document().sasaran.at(ids.ss1).code == "SS1");
}

TEST_CASE("A group is one named step, modified() follows the saved point through undo and redo") {
  Editor editor;
  auto ids = sample::build(editor);
  editor.mark_saved();
  CHECK_FALSE(editor.modified());
  {
    EditGroup group(editor, {"Seret ke unit lain", "Drag to another unit"});
    editor.run(c::reparent_sasaran(editor.document(), ids.sk1, ids.sp2));
    editor.run(c::set_target(editor.document(), ids.ikp1, 2023, "95%"));
  }
  CHECK(editor.modified());
  REQUIRE(editor.undo_names().size() >= 1);
  CHECK(editor.undo_names().front().en == "Drag to another unit");
  editor.undo();
  CHECK_FALSE(editor.modified());
  CHECK(editor.document().sasaran.at(ids.sk1).parent == ids.sp1);
  CHECK_FALSE(editor.document().indikator.at(ids.ikp1).target.count(2023));
  editor.redo();
  CHECK(editor.modified());
  CHECK(editor.redo_names().empty());
}

namespace {

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("Random command sequences undone in full give back the identical saved file") {
  auto dir = test::scratch_path("pokin-random-undo");
  std::filesystem::create_directories(dir);
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    Editor editor;
    sample::build(editor);
    auto original_path = dir / "original.pokin";
    auto undone_path = dir / "undone.pokin";
    std::filesystem::remove(original_path);
    std::filesystem::remove(undone_path);
    store::DocumentFile::save_as(original_path, editor.document());
    std::size_t base_steps = editor.undo_names().size();

    std::mt19937 random(seed);
    int applied = 0;
    for (int k = 0; k < 60; ++k) applied += random_command(editor, random);
    CHECK(applied > 10);
    while (editor.undo_names().size() > base_steps) editor.undo();

    store::DocumentFile::save_as(undone_path, editor.document());
    Document reopened_original, reopened_undone;
    store::DocumentFile::open(original_path, reopened_original);
    store::DocumentFile::open(undone_path, reopened_undone);
    CHECK(reopened_undone.same_content(reopened_original));
    CHECK(file_bytes(undone_path) == file_bytes(original_path));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("Saving only the rows the journal names gives the same file content as a whole save") {
  auto dir = test::scratch_path("pokin-incremental-save");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Editor editor;
  sample::build(editor);
  auto file = store::DocumentFile::create(dir / "incremental.pokin", editor.document());
  std::uint64_t saved_revision = editor.revision();
  std::mt19937 random(99);
  int written_by_journal = 0;
  for (int round = 0; round < 15; ++round) {
    for (int k = 0; k < 8; ++k) random_command(editor, random);
    if (round % 4 == 3) editor.undo();
    if (round % 5 == 4) editor.redo();
    std::optional<store::ChangedRows> changed = commands::changed_rows_since(editor, saved_revision);
    REQUIRE(changed.has_value());  // the journal reaches back over eight commands
    written_by_journal += !changed->empty();
    file.save(editor.document(), &*changed);
    saved_revision = editor.revision();
    Document reopened;
    store::DocumentFile::open(dir / "incremental.pokin", reopened);
    REQUIRE(reopened.same_content(editor.document()));
  }
  CHECK(written_by_journal > 10);
  std::filesystem::remove_all(dir);
}

TEST_CASE("The rows a journal names: an edited sasaran, a deleted one with its indikator, undone steps, the info") {
  Editor editor;
  sample::build(editor);
  const std::uint64_t start = editor.revision();
  CHECK(commands::changed_rows_since(editor, start).value().empty());

  // A leaf sasaran (one nothing else supports) with one indikator, and another sasaran to edit.
  Id leaf = kNoId, other = kNoId;
  for (const auto& [id, sasaran] : editor.document().sasaran) {
    bool supported = false;
    for (const auto& [child_id, child] : editor.document().sasaran) supported |= child.parent == id;
    if (!supported && leaf == kNoId) leaf = id;
    else if (other == kNoId) other = id;
  }
  REQUIRE(leaf != kNoId);
  REQUIRE(other != kNoId);
  std::set<Id> leaf_indikator;
  for (const auto& [id, indikator] : editor.document().indikator)
    if (indikator.sasaran == leaf) leaf_indikator.insert(id);

  Sasaran edited = editor.document().sasaran.at(other);
  edited.statement = "Meningkatnya kualitas perencanaan";
  editor.run(commands::edit_sasaran(editor.document(), edited));
  editor.run(commands::delete_sasaran(editor.document(), leaf, commands::ChildPolicy::DeleteSubtree));
  store::ChangedRows changed = commands::changed_rows_since(editor, start).value();
  CHECK(changed.sasaran == std::set<Id>{std::min(leaf, other), std::max(leaf, other)});
  CHECK(changed.indikator == leaf_indikator);
  CHECK(changed.units.empty());
  CHECK_FALSE(changed.info);

  // Undoing the delete touches the same rows again: a save writes them as the document now holds them.
  editor.undo();
  CHECK(commands::changed_rows_since(editor, start).value().sasaran.size() == 2);
  DocumentInfo info = editor.document().info;
  info.nomor_sk = "050/123/2026";
  editor.run(commands::set_info(editor.document(), info));
  CHECK(commands::changed_rows_since(editor, start).value().info);
  CHECK(commands::changed_rows_since(editor, editor.revision()).value().empty());
  CHECK_FALSE(commands::changed_rows_since(editor, editor.revision() + 1).has_value());
}
