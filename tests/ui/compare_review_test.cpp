// The review of a comparison's matches in the Compare view, like suggested links: "Bukan padanan" makes the
// comparison again with the pair as a removal and an addition, "Padanan benar" and "Terima semua" take matches off
// the waiting list, "Kembalikan" takes a rejection back; through the shell, the comparison is made again on the
// background job, and the review is kept for the next comparison of the same two files (kept_review.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "app/ui/compare_view.h"
#include "app/ui/kept_review.h"
#include "app/ui/strings.h"
#include "core/store/document_file.h"
#include "tests/core/hand_built_document.h"
#include "tests/ui/compare_shell.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Kepala Dinas (1) -> Bidang (2) -> Seksi (3); SS1 (4) <- SP1 (5) <- SK1 (6); indikator 7, 8, 9. The new side is
// a second import of it (every id + 100) where SP1 was reworded (matched by its code, for review) and SK1 reworded
// and renumbered SK1.1 (matched by text, for review).
struct ReviewPair {
  testing::CleanCascade before;
  Document old_document = before.document;
  Document new_document;
  ReviewPair() {
    auto shift = [](Id id) { return id == kNoId ? kNoId : 100 + id; };
    new_document.info = old_document.info;
    for (auto [id, unit] : old_document.units) {
      unit.id = shift(id), unit.parent = shift(unit.parent);
      new_document.units[unit.id] = unit;
    }
    for (auto [id, sasaran] : old_document.sasaran) {
      sasaran.id = shift(id), sasaran.parent = shift(sasaran.parent), sasaran.unit = shift(sasaran.unit);
      new_document.sasaran[sasaran.id] = sasaran;
    }
    for (auto [id, indikator] : old_document.indikator) {
      indikator.id = shift(id), indikator.sasaran = shift(indikator.sasaran);
      new_document.indikator[indikator.id] = indikator;
    }
    new_document.sasaran.at(105).statement = "Meningkatnya kecepatan dan ketepatan penerbitan izin usaha";
    new_document.sasaran.at(106).code = "SK1.1";
    new_document.sasaran.at(106).statement = "Terlaksananya verifikasi berkas permohonan tepat waktu";
  }
};

bool has_change(const Comparison& comparison, ChangeKind kind, Id old_node, Id new_node) {
  const auto& changes = comparison.diff.changes;
  return std::any_of(changes.begin(), changes.end(), [&](const Change& change) {
    return change.kind == kind && change.type == DiffNodeType::Sasaran && change.old_node == old_node &&
           change.new_node == new_node;
  });
}

}  // namespace

TEST_CASE("compare review: Bukan padanan remakes the changes, Padanan benar and Kembalikan change the waiting list") {
  set_language(Language::Indonesian);
  test::UiHarness ui;
  ReviewPair pair;
  LayoutService layout;
  auto comparison = make_comparison(std::make_shared<const Document>(pair.old_document), "renstra_2021.pokin",
                                    std::make_shared<const Document>(pair.new_document), "renstra_2023.pokin",
                                    LayoutView{}, Language::Indonesian, layout);
  REQUIRE_FALSE(comparison->diff.same_lineage);
  CHECK(has_change(*comparison, ChangeKind::Reworded, 5, 105));
  CHECK(has_change(*comparison, ChangeKind::Reworded, 6, 106));
  CompareState state;
  open_comparison(state, comparison, Theme::Light);
  state.show_matches = true;
  auto frame = [&] { return ui.frame([&] { return compare_view(state); }); };
  for (int i = 0; i < 3; ++i) frame();
  REQUIRE(matches_waiting(state).size() == 2);  // SP1 by code, SK1 by text; the rest by the same text

  // Bukan padanan on SP1: the view asks for the comparison to be made again without the pair.
  Intents intents;
  REQUIRE(ui.click_id(review_button_id({5, 105}, "###reject"), frame, intents));
  CHECK(intents.empty());
  CHECK(state.remake_wanted);
  CHECK(state.rejected == std::vector<NodePair>{{5, 105}});
  CHECK(matches_waiting(state).size() == 1);
  // What the shell's job does: SP1 is now removed and added, SK1 still reworded.
  replace_comparison(state, remake_comparison(*state.comparison, state.rejected, LayoutView{}, Language::Indonesian, layout));
  state.remake_wanted = false;
  CHECK(state.comparison->rejected == state.rejected);
  CHECK(has_change(*state.comparison, ChangeKind::Removed, 5, kNoId));
  CHECK(has_change(*state.comparison, ChangeKind::Added, kNoId, 105));
  CHECK_FALSE(has_change(*state.comparison, ChangeKind::Reworded, 5, 105));
  CHECK(has_change(*state.comparison, ChangeKind::Reworded, 6, 106));
  frame();
  REQUIRE(matches_waiting(state).size() == 1);

  // Padanan benar on SK1: reviewed, nothing waits, nothing is made again.
  REQUIRE(ui.click_id(review_button_id({6, 106}, "###accept"), frame, intents));
  CHECK(matches_waiting(state).empty());
  CHECK(state.accepted.count({6, 106}) == 1);
  CHECK_FALSE(state.remake_wanted);
  CHECK(has_change(*state.comparison, ChangeKind::Reworded, 6, 106));

  // Kembalikan on the rejection: made again with SP1 matched, waiting again.
  REQUIRE(ui.click_id(review_button_id({5, 105}, "###restore"), frame, intents));
  CHECK(state.rejected.empty());
  CHECK(state.remake_wanted);
  replace_comparison(state, remake_comparison(*state.comparison, state.rejected, LayoutView{}, Language::Indonesian, layout));
  state.remake_wanted = false;
  CHECK(has_change(*state.comparison, ChangeKind::Reworded, 5, 105));
  REQUIRE(matches_waiting(state).size() == 1);
  CHECK(state.comparison->diff.matches[matches_waiting(state)[0]].old_node == 5);
}

TEST_CASE("compare review: Terima semua empties the waiting list and changes nothing else") {
  set_language(Language::Indonesian);
  test::UiHarness ui;
  ReviewPair pair;
  LayoutService layout;
  auto comparison = make_comparison(std::make_shared<const Document>(pair.old_document), "renstra_2021.pokin",
                                    std::make_shared<const Document>(pair.new_document), "renstra_2023.pokin",
                                    LayoutView{}, Language::Indonesian, layout);
  CompareState state;
  open_comparison(state, comparison, Theme::Light);
  state.show_matches = true;
  auto frame = [&] { return ui.frame([&] { return compare_view(state); }); };
  for (int i = 0; i < 3; ++i) frame();
  REQUIRE(matches_waiting(state).size() == 2);
  Intents intents;
  REQUIRE(ui.click_id(accept_all_button_id(), frame, intents));
  CHECK(matches_waiting(state).empty());
  CHECK(state.accepted == std::set<NodePair>{{5, 105}, {6, 106}});
  CHECK_FALSE(state.remake_wanted);
  CHECK(state.comparison == comparison);
  // An accepted match taken back waits again.
  REQUIRE(ui.click_id(review_button_id({6, 106}, "###restore"), frame, intents));
  REQUIRE(matches_waiting(state).size() == 1);
  CHECK(comparison->diff.matches[matches_waiting(state)[0]].old_node == 6);
}

TEST_CASE("shell: a rejected match makes the comparison again on the background job, the camera kept") {
  test::UiHarness ui;
  const std::filesystem::path dir = test::scratch_dir("pokin_shell_compare_review");
  ReviewPair pair;
  const std::filesystem::path old_file = dir / "renstra_2021.pokin";
  store::DocumentFile::create(old_file, pair.old_document);
  test::CompareShellRun run(ui, dir / "config", old_file);
  AppShell& shell = run.shell;
  shell.start_with(pair.new_document);
  REQUIRE(run.open_compare() != nullptr);
  const std::shared_ptr<const Comparison> first = shell.compare()->comparison;
  REQUIRE(matches_waiting(*shell.compare()).size() == 2);
  for (int i = 0; i < 3; ++i) run.frame();
  const double zoom = shell.compare()->view.canvas.camera.zoom;

  reject_match(*shell.compare(), {6, 106});
  REQUIRE(run.run_until([&] { return shell.compare()->comparison != first; }));
  const Comparison& remade = *shell.compare()->comparison;
  CHECK(remade.rejected == std::vector<NodePair>{{6, 106}});
  CHECK(has_change(remade, ChangeKind::Removed, 6, kNoId));
  CHECK(has_change(remade, ChangeKind::Added, kNoId, 106));
  CHECK_FALSE(shell.compare()->remake_wanted);
  CHECK(shell.compare()->view.canvas.camera.zoom == zoom);
  CHECK(matches_waiting(*shell.compare()).size() == 1);
  // The documents were only read.
  CHECK(shell.session().document().same_content(pair.new_document));
  CHECK_FALSE(shell.session().editor.can_undo());
}

namespace {

// The two documents of ReviewPair in files, the open document renstra_2023.pokin compared with
// renstra_2021.pokin, in a shell whose config folder is its own.
struct ReviewedShell {
  test::UiHarness ui;
  ReviewPair pair;
  std::filesystem::path dir, old_file, new_file, config;
  std::optional<test::CompareShellRun> run;
  explicit ReviewedShell(const char* name) : dir(test::scratch_dir(name)) {
    old_file = dir / "renstra_2021.pokin";
    new_file = dir / "renstra_2023.pokin";
    config = dir / "config";
    store::DocumentFile::create(old_file, pair.old_document);
    store::DocumentFile::create(new_file, pair.new_document);
    run.emplace(ui, config, old_file);
    run->shell.start(new_file);
  }
  AppShell& shell() { return run->shell; }
  ComparedSides sides() const { return sides_with_file(new_file, old_file); }

  // Reviews the comparison (SP1 "Padanan benar", SK1 "Bukan padanan"), waits for it to be made again, and closes
  // the Compare view with Esc.
  void review_and_close() {
    REQUIRE(run->open_compare() != nullptr);
    const std::shared_ptr<const Comparison> first = shell().compare()->comparison;
    REQUIRE(matches_waiting(*shell().compare()).size() == 2);
    accept_match(*shell().compare(), {5, 105});
    reject_match(*shell().compare(), {6, 106});
    REQUIRE(run->run_until([&] { return shell().compare()->comparison != first; }));
    run->press_escape();
    REQUIRE(shell().compare() == nullptr);
  }
};

// Whether a note above the tabs says `words` (in Indonesian), as a warning or not.
bool says(const std::vector<CompareState::ReviewNote>& notes, const std::string& words, bool warning) {
  return std::any_of(notes.begin(), notes.end(), [&](const CompareState::ReviewNote& note) {
    return note.text.id.find(words) != std::string::npos && note.warning == warning;
  });
}

}  // namespace

TEST_CASE("shell: the review is kept - compared again, the decisions come back and the diff is made without the rejected pair") {
  ReviewedShell files("pokin_shell_review_kept");
  AppShell& shell = files.shell();
  files.review_and_close();
  CHECK_FALSE(shell.session().editor.modified());  // reviewing does not make the document dirty
  CHECK(std::filesystem::exists(kept_review_file(files.config, files.sides())));

  CompareState* again = files.run->open_compare();
  REQUIRE(again != nullptr);
  CHECK(again->rejected == std::vector<NodePair>{{6, 106}});
  CHECK(again->accepted == std::set<NodePair>{{5, 105}});
  // Made with the rejection from the start: SK1 removed and added, nothing waits, nothing to make again.
  CHECK(again->comparison->rejected == std::vector<NodePair>{{6, 106}});
  CHECK(has_change(*again->comparison, ChangeKind::Removed, 6, kNoId));
  CHECK(has_change(*again->comparison, ChangeKind::Added, kNoId, 106));
  CHECK(matches_waiting(*again).empty());
  CHECK_FALSE(again->remake_wanted);
  REQUIRE(again->review_notes.size() == 1);
  CHECK(says(again->review_notes, "1 padanan benar, 1 bukan padanan", false));
  for (int i = 0; i < 3; ++i) files.run->frame();  // drawn with the notes and the reviewed rows
  CHECK_FALSE(shell.session().editor.modified());

  // Another old file is another comparison: nothing comes back.
  const std::filesystem::path other = files.dir / "renstra_lain.pokin";
  store::DocumentFile::create(other, files.pair.old_document);
  shell.handle(RequestAction{AppAction::LeaveCompare});
  shell.start_compare_with_file(other);
  REQUIRE(files.run->run_until([&] { return shell.compare() != nullptr; }));
  CHECK(shell.compare()->rejected.empty());
  CHECK(shell.compare()->accepted.empty());
  CHECK(shell.compare()->review_notes.empty());
}

TEST_CASE("shell: a changed file keeps the decisions still true of it and says how many were dropped") {
  ReviewedShell files("pokin_shell_review_changed");
  files.review_and_close();

  // The old file's SK1 reworded since: the rejection of SK1 no longer holds; SP1's acceptance does.
  Document changed = files.pair.old_document;
  changed.sasaran.at(6).statement = "Terlaksananya pemeriksaan berkas izin";
  std::filesystem::remove(files.old_file);
  store::DocumentFile::create(files.old_file, changed);
  CompareState* again = files.run->open_compare();
  REQUIRE(again != nullptr);
  CHECK(again->rejected.empty());
  CHECK(again->accepted == std::set<NodePair>{{5, 105}});
  CHECK(says(again->review_notes, "1 keputusan tinjauan sebelumnya dibuang", true));
  CHECK(says(again->review_notes, "1 padanan benar, 0 bukan padanan", false));
  // What is kept now is what is left, against the changed file.
  std::optional<KeptReview> kept = read_kept_review(kept_review_file(files.config, files.sides()), files.sides());
  REQUIRE(kept);
  CHECK(kept->rejected.empty());
  REQUIRE(kept->accepted.size() == 1);
  CHECK(kept->accepted[0].pair == NodePair{5, 105});
}

TEST_CASE("shell: a corrupt kept review is said in the view and the comparison opens without it") {
  ReviewedShell files("pokin_shell_review_corrupt");
  const ComparedSides sides = files.sides();
  const std::filesystem::path kept = kept_review_file(files.config, sides);
  std::filesystem::create_directories(kept.parent_path());
  {
    std::ofstream garbage(kept, std::ios::binary);
    garbage << "pokin-compare-review 1\nrejected=abc\n\x01\xff";
  }
  CompareState* state = files.run->open_compare();
  REQUIRE(state != nullptr);
  CHECK(state->rejected.empty());
  CHECK(matches_waiting(*state).size() == 2);
  CHECK(says(state->review_notes, "tidak dapat dibaca (baris 2)", true));
  CHECK_FALSE(files.shell().shown_error().has_value());  // a note, not a dialog in the way
  // The next decision replaces the corrupt file with a readable one.
  accept_match(*state, {5, 105});
  files.run->frame();
  std::optional<KeptReview> read = read_kept_review(kept, sides);
  REQUIRE(read);
  REQUIRE(read->accepted.size() == 1);
  CHECK(read->accepted[0].pair == NodePair{5, 105});
}

TEST_CASE("kept review: texts with tabs, line breaks and backslashes come back as written, other sides find none") {
  const std::filesystem::path dir = test::scratch_dir("pokin_kept_review_file");
  const ComparedSides sides = sides_with_file(dir / "baru.pokin", dir / "lama.pokin");
  const std::filesystem::path file = kept_review_file(dir, sides);
  CHECK(file.parent_path() == dir / "compare_reviews");
  CHECK(file != kept_review_file(dir, sides_with_version(dir / "baru.pokin", "lama.pokin")));
  KeptReview review{"00aa", "00bb", {{{5, 105}, "SP1 a\tb\nc", "SP1 d\\e\r"}}, {{{6, 106}, "", "x"}}};
  write_kept_review(file, sides, review);
  std::optional<KeptReview> read = read_kept_review(file, sides);
  REQUIRE(read);
  CHECK(read->old_fingerprint == "00aa");
  CHECK(read->new_fingerprint == "00bb");
  REQUIRE(read->rejected.size() == 1);
  CHECK(read->rejected[0].pair == NodePair{5, 105});
  CHECK(read->rejected[0].old_text == "SP1 a\tb\nc");
  CHECK(read->rejected[0].new_text == "SP1 d\\e\r");
  REQUIRE(read->accepted.size() == 1);
  CHECK(read->accepted[0].old_text.empty());
  // The same file read for other sides (a name both share) is no review of theirs.
  CHECK_FALSE(read_kept_review(file, sides_with_version(dir / "baru.pokin", "lama.pokin")));
  CHECK_FALSE(read_kept_review(dir / "none.txt", sides));
}
