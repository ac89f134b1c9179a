// The review of a comparison's matches in the Compare view, like suggested links: "Bukan padanan" makes the
// comparison again with the pair as a removal and an addition, "Padanan benar" and "Terima semua" take matches off
// the waiting list, "Kembalikan" takes a rejection back; through the shell, the comparison is made again on the
// background job.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/compare_view.h"
#include "app/ui/strings.h"
#include "core/store/document_file.h"
#include "tests/core/hand_built_document.h"
#include "tests/ui/ui_harness.h"

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
  AppShell shell(ShellPaths{dir / "config", {}},
                 [&](bool, const std::string&, const std::string&) { return NativeDialogResult{true, old_file}; });
  shell.start_with(pair.new_document);
  auto frame = [&] {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  };
  shell.start_compare_with_file(old_file);
  for (int i = 0; i < 600 && !shell.compare(); ++i) {
    frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(shell.compare() != nullptr);
  const std::shared_ptr<const Comparison> first = shell.compare()->comparison;
  REQUIRE(matches_waiting(*shell.compare()).size() == 2);
  for (int i = 0; i < 3; ++i) frame();
  const double zoom = shell.compare()->view.canvas.camera.zoom;

  reject_match(*shell.compare(), {6, 106});
  for (int i = 0; i < 600 && shell.compare()->comparison == first; ++i) {
    frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(shell.compare()->comparison != first);
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
