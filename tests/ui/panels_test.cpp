#include <doctest/doctest.h>

#include <algorithm>

#include "app/ui/apply_intent.h"
#include "app/ui/document_search.h"
#include "app/ui/inspector_view.h"
#include "app/ui/outline_view.h"
#include "app/ui/search_view.h"
#include "app/ui/strings.h"
#include "app/ui/target_grid_view.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Clicks down the outline from top to bottom and records what each row selects, in order.
std::vector<Id> click_every_row(test::UiHarness& ui, const Document& document, ViewState& view) {
  TreeIndex index(document);
  return ui.click_down_rows(300, 400, [&] { return outline_view(document, index, view); },
                            [](const SelectNode& select) { CHECK(select.center); });
}

}  // namespace

TEST_CASE("outline: with a filter, the matching unit and sasaran rows select them (and centre them)") {
  test::UiHarness ui;
  Document document = test::small_tree(2);
  ViewState view;
  view.outline_filter = "pengaduan";  // SP2's statement and its unit "Bidang Pengaduan"
  std::vector<Id> rows = click_every_row(ui, document, view);
  Id head = kNoId, bidang = kNoId;
  for (const auto& [id, unit] : document.units) {
    if (unit.name == "Dinas") head = id;
    if (unit.name == "Bidang Pengaduan") bidang = id;
  }
  std::vector<Id> expected{head, bidang, test::sasaran_id(document, "SP2")};
  INFO("rows: " << rows.size() << " " << (rows.size() > 1 ? rows[1] : 0) << " expected " << bidang << " " << test::sasaran_id(document, "SP2"));
  CHECK(rows == expected);
}

TEST_CASE("outline: the tree unfolds to a selection made elsewhere") {
  test::UiHarness ui;
  Document document = test::small_tree(2);
  ViewState view;
  view.selected = test::sasaran_id(document, "SK1");
  view.outline_reveal = true;
  std::vector<Id> rows = click_every_row(ui, document, view);
  CHECK(std::find(rows.begin(), rows.end(), test::sasaran_id(document, "SK1")) != rows.end());
}

TEST_CASE("inspector: F2 puts the keyboard into the statement, typing edits it through a command, one undo step") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id sp1 = test::sasaran_id(session.document(), "SP1");
  const std::string before = session.document().sasaran.at(sp1).statement;
  session.view.selected = sp1;
  session.view.focus_inspector = true;
  auto frame = [&] {
    Intents intents = ui.frame([&] { return inspector_view(session.document(), session.index(), session.view); });
    for (const Intent& intent : intents) apply_intent(session, intent);
    return intents;
  };
  frame();
  frame();
  ui.key(GLFW_KEY_END, true);
  ImGui::GetIO().KeyMap[ImGuiKey_End] = GLFW_KEY_END;
  frame();
  ui.key(GLFW_KEY_END, false);
  ui.type(" di");
  Intents first = frame();
  REQUIRE(!first.empty());
  auto* edit = std::get_if<EditSasaran>(&first.back());
  REQUIRE(edit != nullptr);
  CHECK(edit->sasaran.id == sp1);
  ui.type("gital");
  frame();
  CHECK(session.document().sasaran.at(sp1).statement == before + " digital");
  // The run of typing is one history entry.
  session.editor.undo();
  CHECK(session.document().sasaran.at(sp1).statement == before);
}

TEST_CASE("inspector: add child sasaran and add indicator run commands and select the new node") {
  Session session(test::small_tree(1));
  Id sp2 = test::sasaran_id(session.document(), "SP2");
  std::size_t count = session.document().sasaran.size();
  apply_intent(session, AddChildSasaran{sp2});
  REQUIRE(session.document().sasaran.size() == count + 1);
  const Sasaran* child = session.document().find_sasaran(session.view.selected);
  REQUIRE(child != nullptr);
  CHECK(child->parent == sp2);
  CHECK(child->level == 2);
  apply_intent(session, AddIndikator{child->id});
  const Indikator* indikator = session.document().find_indikator(session.view.selected);
  REQUIRE(indikator != nullptr);
  CHECK(indikator->sasaran == child->id);
}

TEST_CASE("inspector: delete a sasaran lifting its children, or with its subtree") {
  Session session(test::small_tree(2));
  Id sp1 = test::sasaran_id(session.document(), "SP1"), sk1 = test::sasaran_id(session.document(), "SK1");
  Id ss1 = test::sasaran_id(session.document(), "SS1");
  apply_intent(session, DeleteNode{sk1, commands::ChildPolicy::LiftChildren});
  CHECK(session.document().find_sasaran(sk1) == nullptr);
  CHECK(session.document().sasaran.at(test::sasaran_id(session.document(), "SI1")).parent == sp1);
  session.editor.undo();
  apply_intent(session, DeleteNode{sp1, commands::ChildPolicy::DeleteSubtree});
  CHECK(session.document().find_sasaran(sk1) == nullptr);
  CHECK(test::sasaran_id(session.document(), "SI1") == kNoId);
  CHECK(session.document().find_sasaran(ss1) != nullptr);
}

TEST_CASE("inspector: an impossible edit leaves the document as it was and shows a message") {
  Session session(test::small_tree(1));
  Id ss1 = test::sasaran_id(session.document(), "SS1");
  Document before = session.document();
  apply_intent(session, MoveAmongSiblings{ss1, -1});  // already first
  CHECK(session.document().same_content(before));
  CHECK_FALSE(session.view.message.empty());
  CHECK(session.view.message_is_error);
}

TEST_CASE("target grid: typing a target for a year gives SetYearValue, the command reads the Indonesian number") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id indikator = session.document().indikator.begin()->first;
  auto frame = [&] {
    return ui.frame([&] { return target_grid_view(session.document().info, session.document().indikator.at(indikator)); });
  };
  frame();
  // Rows: header, then 2021, 2022 ... Click the target cell of the second year row.
  const float row = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const float header = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const float y = ImGui::GetStyle().WindowPadding.y + header + row * 1.5f;
  ui.mouse(ImGui::GetIO().DisplaySize.x * 0.4f, y);
  frame();
  ui.button(true);
  frame();
  ui.button(false);
  frame();
  ui.type("5.200");
  Intents intents = frame();
  REQUIRE(!intents.empty());
  auto* set = std::get_if<SetYearValue>(&intents.back());
  REQUIRE(set != nullptr);
  CHECK(set->indikator == indikator);
  CHECK(set->year == 2022);
  CHECK_FALSE(set->realisasi);
  CHECK(set->text == "5.200");
  apply_intent(session, *set);
  const Value& value = session.document().indikator.at(indikator).target.at(2022);
  REQUIRE(value.number.has_value());
  CHECK(*value.number == doctest::Approx(5200));
}

TEST_CASE("search: case-insensitive over codes, statements, indicators and units, sasaran first") {
  Document document = test::small_tree(2);
  auto results = search_document(document, "PENGADUAN");
  REQUIRE(results.size() >= 3);
  CHECK(results[0].kind == SearchKind::Sasaran);
  CHECK(results[0].id == test::sasaran_id(document, "SP2"));
  CHECK(std::any_of(results.begin(), results.end(), [](const SearchResult& r) { return r.kind == SearchKind::Indikator; }));
  CHECK(std::any_of(results.begin(), results.end(), [](const SearchResult& r) { return r.kind == SearchKind::Unit; }));
  CHECK(search_document(document, "   ").empty());
  CHECK(search_document(document, "sk1").size() == 1);
}

TEST_CASE("search: Down moves through the results, Enter jumps to one (select and centre)") {
  test::UiHarness ui;
  Document document = test::small_tree(3);
  ViewState view;
  view.search.query = "laporan verifikasi";  // SI1, SI2, SI3
  view.search.focus_input = true;
  auto frame = [&] { return ui.frame([&] { return search_view(document, view); }); };
  frame();
  frame();
  ui.key(GLFW_KEY_DOWN, true);
  frame();
  ui.key(GLFW_KEY_DOWN, false);
  frame();
  CHECK(view.search.cursor == 1);
  ui.key(GLFW_KEY_ENTER, true);
  Intents intents = frame();
  ui.key(GLFW_KEY_ENTER, false);
  REQUIRE(intents.size() == 1);
  auto* select = std::get_if<SelectNode>(&intents[0]);
  REQUIRE(select != nullptr);
  CHECK(select->id == test::sasaran_id(document, "SI2"));
  CHECK(select->center);
}

TEST_CASE("review of suggested links walks them one after another") {
  Document document = test::small_tree(2);
  for (auto& [id, sasaran] : document.sasaran)
    if (sasaran.code == "SP1" || sasaran.code == "SI2") sasaran.link_origin = LinkOrigin::Suggested;
  Id first = next_suggested_link(document, kNoId);
  Id second = next_suggested_link(document, first);
  CHECK(first == test::sasaran_id(document, "SP1"));
  CHECK(second == test::sasaran_id(document, "SI2"));
  CHECK(next_suggested_link(document, second) == first);  // wraps around
  Session session(document);
  apply_intent(session, AcceptSuggestion{first});
  CHECK(session.document().sasaran.at(first).link_origin == LinkOrigin::Person);
  CHECK(next_suggested_link(session.document(), kNoId) == second);
}

TEST_CASE("inspector: add a crosscutting link (proposed), accept it, add an outside partner") {
  Session session(test::small_tree(1));
  Id sp1 = test::sasaran_id(session.document(), "SP1"), sp2 = test::sasaran_id(session.document(), "SP2");
  apply_intent(session, AddLink{sp1, sp2, {}});
  REQUIRE(session.document().links.size() == 1);
  const CrosscuttingLink link = session.document().links.begin()->second;
  CHECK(link.from == sp1);
  CHECK(link.to == sp2);
  CHECK(link.status == LinkStatus::Usulan);
  apply_intent(session, SetLinkStatus{link.id, LinkStatus::Diterima});
  CHECK(session.document().links.at(link.id).status == LinkStatus::Diterima);
  apply_intent(session, AddLink{sp1, kNoId, "Dinas Tenaga Kerja Provinsi"});
  REQUIRE(session.document().links.size() == 2);
  CHECK(session.document().links.rbegin()->second.partner_name == "Dinas Tenaga Kerja Provinsi");
}

TEST_CASE("session: the tree index follows a reparent, and survives typing into a field") {
  Session session(test::small_tree(2));
  const Id sk1 = test::sasaran_id(session.document(), "SK1"), sp2 = test::sasaran_id(session.document(), "SP2");
  CHECK(session.index().child_sasaran(sp2).empty());
  Sasaran typed = session.document().sasaran.at(sk1);
  typed.statement += " dan akurat";
  apply_intent(session, EditSasaran{typed, "typing"});
  CHECK(session.index().child_sasaran(sp2).empty());
  apply_intent(session, Reparent{sk1, sp2});
  REQUIRE(session.index().child_sasaran(sp2).size() == 1);
  CHECK(session.index().child_sasaran(sp2).front() == sk1);
  session.editor.undo();
  CHECK(session.index().child_sasaran(sp2).empty());
}

TEST_CASE("outline: dragging a sasaran row onto another reparents it") {
  test::UiHarness ui;
  Document document = test::small_tree(1);
  TreeIndex index(document);
  ViewState view;
  const Id sk1 = test::sasaran_id(document, "SK1"), sp2 = test::sasaran_id(document, "SP2");
  view.outline_filter = "S";  // every code has an S: a filter unfolds every unit
  auto frame = [&] { return ui.frame([&] { return outline_view(document, index, view); }); };
  frame();
  // Where each row is: hover down the panel and note the first y that selects SK1 and SP2 on a click.
  float sk1_y = -1, sp2_y = -1;
  for (float y = 4; y < 400 && (sk1_y < 0 || sp2_y < 0); y += 3) {
    ui.mouse(300, y);
    frame();
    ui.button(true);
    Intents intents = frame();
    ui.button(false);
    for (Intent& intent : frame()) intents.push_back(intent);
    for (const Intent& intent : intents)
      if (auto* select = std::get_if<SelectNode>(&intent)) {
        if (select->id == sk1 && sk1_y < 0) sk1_y = y + 2;
        if (select->id == sp2 && sp2_y < 0) sp2_y = y + 2;
      }
  }
  REQUIRE(sk1_y > 0);
  REQUIRE(sp2_y > 0);
  ui.mouse(300, sk1_y);
  frame();
  ui.button(true);
  frame();
  Intents intents;
  for (int step = 1; step <= 8; ++step) {
    ui.mouse(300, sk1_y + (sp2_y - sk1_y) * step / 8);
    for (Intent& intent : frame()) intents.push_back(intent);
  }
  ui.button(false);
  for (Intent& intent : frame()) intents.push_back(intent);
  for (Intent& intent : frame()) intents.push_back(intent);
  bool reparented = false;
  for (const Intent& intent : intents)
    if (auto* reparent = std::get_if<Reparent>(&intent)) reparented = reparent->sasaran == sk1 && reparent->new_parent == sp2;
  CHECK(reparented);
}

TEST_CASE("inspector: accept all suggestions of a unit with one click, reject all of another, each one undo step") {
  test::UiHarness ui;
  Document document = test::small_tree(2);
  Id sp1 = test::sasaran_id(document, "SP1"), sk1 = test::sasaran_id(document, "SK1");
  Id si1 = test::sasaran_id(document, "SI1"), si2 = test::sasaran_id(document, "SI2");
  // The Seksi gets a second sasaran; both its links, and SP1's, are suggestions waiting for review.
  Sasaran sk2 = document.sasaran.at(sk1);
  sk2.id = document.allocate_id();
  sk2.code = "SK2";
  sk2.statement = "Terlaksananya arsip perizinan digital";
  document.sasaran.emplace(sk2.id, sk2);
  for (Id id : {sp1, sk1, sk2.id}) document.sasaran.at(id).link_origin = LinkOrigin::Suggested;
  Session session(document);
  session.view.selected = sk1;

  auto frame = [&] { return ui.frame([&] { return inspector_view(session.document(), session.index(), session.view); }); };
  frame();
  Intents intents;
  REQUIRE(ui.click("test", tr("action.accept_unit_suggestions"), frame, intents));
  auto review = std::find_if(intents.begin(), intents.end(),
                             [](const Intent& intent) { return std::holds_alternative<ReviewUnitSuggestions>(intent); });
  REQUIRE(review != intents.end());
  CHECK(std::get<ReviewUnitSuggestions>(*review).accept);
  apply_intent(session, *review);
  const Document& accepted = session.document();
  CHECK(accepted.sasaran.at(sk1).link_origin == LinkOrigin::Person);
  CHECK(accepted.sasaran.at(sk2.id).link_origin == LinkOrigin::Person);
  CHECK(accepted.sasaran.at(sk2.id).parent == sp1);
  CHECK(accepted.sasaran.at(sp1).link_origin == LinkOrigin::Suggested);  // the Bidang's waits still
  session.editor.undo();  // one step undoes both
  CHECK(session.document().sasaran.at(sk1).link_origin == LinkOrigin::Suggested);
  CHECK(session.document().sasaran.at(sk2.id).link_origin == LinkOrigin::Suggested);

  // The Bidang's buttons, from its sasaran SP1: "Tolak semua" unlinks SP1, the Seksi's links stay as they were.
  session.view.selected = sp1;
  frame();
  intents.clear();
  REQUIRE(ui.click("test", tr("action.reject_unit_suggestions"), frame, intents));
  review = std::find_if(intents.begin(), intents.end(),
                        [](const Intent& intent) { return std::holds_alternative<ReviewUnitSuggestions>(intent); });
  REQUIRE(review != intents.end());
  CHECK_FALSE(std::get<ReviewUnitSuggestions>(*review).accept);
  apply_intent(session, *review);
  CHECK(session.document().sasaran.at(sp1).parent == kNoId);
  CHECK(session.document().sasaran.at(sk1).parent == sp1);
  CHECK(session.document().sasaran.at(si1).parent == sk1);
  CHECK(session.document().sasaran.at(si2).parent == sk1);
}
