#include <doctest/doctest.h>

#include "app/ui/apply_intent.h"
#include "app/ui/delete_question_view.h"
#include "app/ui/strings.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

Id unit_named(const Document& document, const std::string& name) {
  for (const auto& [id, unit] : document.units)
    if (unit.name == name) return id;
  return kNoId;
}

// Asks the delete question about `id`, clicks the widgets labelled `clicks` in order and returns every intent.
Intents answer(test::UiHarness& ui, Session& session, Id id, std::initializer_list<const char*> clicks) {
  set_language(Language::Indonesian);
  session.view.delete_question = DeleteQuestion{id};
  auto frame = [&] {
    return ui.frame([&] { return delete_question_view(session.document(), session.index(), session.view); });
  };
  Intents intents;
  for (int settle = 0; settle < 3; ++settle) frame();  // a new modal is measured on its first frame, shown after
  for (const char* label : clicks) {
    INFO("clicking " << label);
    CHECK(ui.click("###delete", label, frame, intents));
  }
  return intents;
}

const DeleteNode& only_deletion(const Intents& intents) {
  REQUIRE(intents.size() == 1);
  const auto* deletion = std::get_if<DeleteNode>(&intents.front());
  REQUIRE(deletion != nullptr);
  return *deletion;
}

}  // namespace

// small_tree(1): Dinas (SS1) > Bidang Pelayanan (SP1) > Seksi Perizinan A (SK1) > Analis 1 (SI1); Bidang Pengaduan (SP2).

TEST_CASE("delete question: a unit that owns sasaran gives them to its parent unit by default") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  const Document& document = session.document();
  const Id dinas = unit_named(document, "Dinas"), bidang = unit_named(document, "Bidang Pelayanan");
  const Id seksi = unit_named(document, "Seksi Perizinan A"), sp1 = test::sasaran_id(document, "SP1");
  Intents intents = answer(ui, session, bidang, {tr("action.delete")});
  const DeleteNode& deletion = only_deletion(intents);
  CHECK(deletion.id == bidang);
  CHECK(deletion.children == commands::ChildPolicy::LiftChildren);
  CHECK(deletion.owned == commands::OwnedSasaranPolicy::MoveTo);
  CHECK(deletion.move_to == dinas);
  CHECK_FALSE(session.view.delete_question.has_value());

  apply_intent(session, deletion);
  CHECK(session.view.message.empty());  // not refused
  CHECK(session.document().find_unit(bidang) == nullptr);
  CHECK(session.document().sasaran.at(sp1).unit == dinas);
  CHECK(session.document().units.at(seksi).parent == dinas);
  session.editor.undo();
  CHECK(session.document().sasaran.at(sp1).unit == bidang);
}

TEST_CASE("delete question: a unit's sasaran can be deleted with it, and its sub-units with them") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  const Document& document = session.document();
  const Id bidang = unit_named(document, "Bidang Pelayanan"), seksi = unit_named(document, "Seksi Perizinan A");
  const Id ss1 = test::sasaran_id(document, "SS1"), sp1 = test::sasaran_id(document, "SP1");
  const Id sk1 = test::sasaran_id(document, "SK1");

  Intents own_only = answer(ui, session, bidang, {tr("question.sasaran_delete"), tr("action.delete")});
  const DeleteNode& deletion = only_deletion(own_only);
  CHECK(deletion.children == commands::ChildPolicy::LiftChildren);
  CHECK(deletion.owned == commands::OwnedSasaranPolicy::Delete);
  apply_intent(session, deletion);
  CHECK(session.document().find_sasaran(sp1) == nullptr);
  CHECK(session.document().sasaran.at(sk1).parent == ss1);  // lifted over the deleted SP1
  CHECK(session.document().sasaran.at(sk1).unit == seksi);
  session.editor.undo();

  Intents branch = answer(ui, session, bidang,
                          {tr("question.unit_subtree"), tr("question.sasaran_delete"), tr("action.delete")});
  const DeleteNode& whole = only_deletion(branch);
  CHECK(whole.children == commands::ChildPolicy::DeleteSubtree);
  CHECK(whole.owned == commands::OwnedSasaranPolicy::Delete);
  apply_intent(session, whole);
  CHECK(session.document().find_unit(seksi) == nullptr);
  CHECK(session.document().find_sasaran(sk1) == nullptr);
  CHECK(test::sasaran_id(session.document(), "SI1") == kNoId);
  CHECK(session.document().sasaran.count(ss1) == 1);
}

TEST_CASE("delete question: the head with everything below has nowhere to move sasaran to, Cancel asks nothing") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  const Id dinas = unit_named(session.document(), "Dinas");
  DeleteQuestion everything{dinas, commands::ChildPolicy::DeleteSubtree};
  CHECK(units_receiving_sasaran(session.document(), session.index(), everything).empty());
  DeleteQuestion head_only{dinas, commands::ChildPolicy::LiftChildren};
  // The head has no parent: the first unit that stays receives them.
  CHECK(units_receiving_sasaran(session.document(), session.index(), head_only).front() ==
        unit_named(session.document(), "Bidang Pelayanan"));

  CHECK(answer(ui, session, dinas, {tr("dialog.cancel")}).empty());
  CHECK_FALSE(session.view.delete_question.has_value());
  CHECK(session.document().find_unit(dinas) != nullptr);

  Intents intents = answer(ui, session, dinas, {tr("question.unit_subtree"), tr("action.delete")});
  const DeleteNode& deletion = only_deletion(intents);
  CHECK(deletion.children == commands::ChildPolicy::DeleteSubtree);
  CHECK(deletion.owned == commands::OwnedSasaranPolicy::Delete);
  apply_intent(session, deletion);
  CHECK(session.document().units.empty());
  CHECK(session.document().sasaran.empty());
}

TEST_CASE("delete question: a sasaran with supporting sasaran offers lift or the whole branch") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  const Id sp1 = test::sasaran_id(session.document(), "SP1");
  Intents intents = answer(ui, session, sp1, {tr("question.delete_subtree")});
  const DeleteNode& deletion = only_deletion(intents);
  CHECK(deletion.id == sp1);
  CHECK(deletion.children == commands::ChildPolicy::DeleteSubtree);
}
