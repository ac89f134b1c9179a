// The planning-table fields in the app: the pagu grid and the inspector's fields edit the document through
// commands (one undo step per run of typing), and ctrl-click in the outline picks several sasaran that
// "Pindahkan ke unit..." gives to one unit in one undo step.
#include <doctest/doctest.h>

#include "app/ui/apply_intent.h"
#include "app/ui/inspector_view.h"
#include "app/ui/outline_view.h"
#include "app/ui/pagu_grid_view.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Moves the mouse down and across the window "test" until the inspector field `field_key` (fields.text pushes the
// key as an id around its "##v" input) is under it, then clicks into it. False when it is not on screen.
// `indikator`: the field belongs to the fields of this indicator (the inspector pushes its id around them).
template <class Frame>
bool click_field(test::UiHarness& ui, const char* field_key, Frame&& frame, Id indikator = kNoId) {
  ImGuiWindow* window = ImGui::FindWindowByName("test");
  if (!window) return false;
  ImGuiID seed = window->ID;
  if (indikator != kNoId) {
    int pushed = static_cast<int>(indikator);
    seed = ImHashData(&pushed, sizeof(pushed), seed);
  }
  const ImGuiID id = ImHashStr("##v", 0, ImHashStr(field_key, 0, seed));
  for (float y = 4; y < ImGui::GetIO().DisplaySize.y; y += 4) {
    ui.mouse(200, y);
    frame();
    if (GImGui->HoveredId != id) continue;
    ui.button(true);
    frame();
    ui.button(false);
    frame();
    return true;
  }
  return false;
}

}  // namespace

TEST_CASE("pagu grid: typing a pagu for a year sets it through a command that reads the Rp number") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id sp1 = test::sasaran_id(session.document(), "SP1");
  auto frame = [&] {
    return ui.frame([&] { return pagu_grid_view(session.document().info, session.document().sasaran.at(sp1)); });
  };
  frame();
  // Rows: header, then 2021, 2022 ... Click the pagu cell of the second year row.
  const float row = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const float header = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  ui.mouse(ImGui::GetIO().DisplaySize.x * 0.4f, ImGui::GetStyle().WindowPadding.y + header + row * 1.5f);
  frame();
  ui.button(true);
  frame();
  ui.button(false);
  frame();
  ui.type("1.250.000.000");
  Intents intents = frame();
  REQUIRE(!intents.empty());
  auto* set = std::get_if<SetPaguValue>(&intents.back());
  REQUIRE(set != nullptr);
  CHECK(set->sasaran == sp1);
  CHECK(set->year == 2022);
  CHECK_FALSE(set->realisasi);
  apply_intent(session, *set);
  const Value& pagu = session.document().sasaran.at(sp1).pagu.at(2022);
  CHECK(pagu.text == "1.250.000.000");
  REQUIRE(pagu.number.has_value());
  CHECK(*pagu.number == doctest::Approx(1250000000.0));
  session.editor.undo();
  CHECK(session.document().sasaran.at(sp1).pagu.empty());

  // The row under the six years of 2021-2026 holds the pagu at the end of the period.
  ui.mouse(ImGui::GetIO().DisplaySize.x * 0.4f, ImGui::GetStyle().WindowPadding.y + header + row * 6.5f);
  frame();
  ui.button(true);
  frame();
  ui.button(false);
  frame();
  ui.type("6.400.000.000");
  intents = frame();
  REQUIRE(!intents.empty());
  auto* edit = std::get_if<EditSasaran>(&intents.back());
  REQUIRE(edit != nullptr);
  apply_intent(session, *edit);
  CHECK(session.document().sasaran.at(sp1).pagu_akhir.text == "6.400.000.000");
  CHECK(session.document().sasaran.at(sp1).pagu_akhir.number == doctest::Approx(6400000000.0));
}

TEST_CASE("inspector: typing the lokasi and the kondisi akhir edits the document, one undo step each") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id sp2 = test::sasaran_id(session.document(), "SP2");
  Id indikator = session.document().indikator.rbegin()->first;  // IK2.1, the one indicator of SP2
  REQUIRE(session.document().indikator.at(indikator).sasaran == sp2);
  session.view.selected = sp2;
  ImGui::GetIO().DisplaySize = ImVec2(1280, 3000);  // the whole inspector on screen, the indicator's fields too
  auto frame = [&] {
    Intents intents = ui.frame([&] { return inspector_view(session.document(), session.index(), session.view); });
    for (const Intent& intent : intents) apply_intent(session, intent);
    return intents;
  };
  frame();
  REQUIRE(click_field(ui, "field.lokasi", frame));
  ui.type("Kec. Paringin");
  frame();
  CHECK(session.document().sasaran.at(sp2).lokasi == "Kec. Paringin");

  REQUIRE(click_field(ui, "field.kondisi_akhir", frame, indikator));
  ui.type("95%");
  frame();
  const Value& kondisi = session.document().indikator.at(indikator).kondisi_akhir;
  CHECK(kondisi.text == "95%");
  REQUIRE(kondisi.number.has_value());
  CHECK(*kondisi.number == doctest::Approx(95));
  session.editor.undo();
  CHECK(session.document().indikator.at(indikator).kondisi_akhir.empty());
  CHECK(session.document().sasaran.at(sp2).lokasi == "Kec. Paringin");
  session.editor.undo();
  CHECK(session.document().sasaran.at(sp2).lokasi.empty());
}

TEST_CASE("inspector: the nomenclature kode typed in lands in the sasaran") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  Id sp1 = test::sasaran_id(session.document(), "SP1");
  session.view.selected = sp1;
  auto frame = [&] {
    Intents intents = ui.frame([&] { return inspector_view(session.document(), session.index(), session.view); });
    for (const Intent& intent : intents) apply_intent(session, intent);
    return intents;
  };
  frame();
  REQUIRE(click_field(ui, "field.nomenclature_kode", frame));
  ui.type("2.18.02");
  frame();
  CHECK(session.document().sasaran.at(sp1).nomenclature.kode == "2.18.02");
}

TEST_CASE("outline: ctrl-click picks several sasaran, Pindahkan ke unit gives them all to one unit, one undo step") {
  test::UiHarness ui;
  Session session(test::small_tree(1));
  const Document& document = session.document();
  const Id sp1 = test::sasaran_id(document, "SP1"), sp2 = test::sasaran_id(document, "SP2");
  const Id head = document.sasaran.at(test::sasaran_id(document, "SS1")).unit;
  const Id sp1_unit = document.sasaran.at(sp1).unit, sp2_unit = document.sasaran.at(sp2).unit;
  session.view.outline_filter = "S";  // every code has an S: a filter unfolds every unit
  auto frame = [&] { return ui.frame([&] { return outline_view(session.document(), session.index(), session.view); }); };
  auto click = [&](float x, float y) {
    Intents intents;
    ui.mouse(x, y);
    for (Intent& intent : frame()) intents.push_back(intent);
    ui.button(true);
    for (Intent& intent : frame()) intents.push_back(intent);
    ui.button(false);
    for (Intent& intent : frame()) intents.push_back(intent);
    return intents;
  };
  frame();
  float sp1_y = -1, sp2_y = -1;
  for (float y = 4; y < 400 && (sp1_y < 0 || sp2_y < 0); y += 3)
    for (const Intent& intent : click(300, y))
      if (auto* select = std::get_if<SelectNode>(&intent)) {
        if (select->id == sp1 && sp1_y < 0) sp1_y = y + 1;
        if (select->id == sp2 && sp2_y < 0) sp2_y = y + 1;
      }
  REQUIRE(sp1_y > 0);
  REQUIRE(sp2_y > 0);
  CHECK(session.view.multi_selected.empty());  // plain clicks pick nothing

  ui.ctrl(true);
  click(300, sp1_y);
  click(300, sp2_y);
  ui.ctrl(false);
  CHECK(session.view.multi_selected == std::set<Id>{sp1, sp2});

  std::vector<Intent> collected;
  REQUIRE(ui.click("test", "##assign_unit", frame, collected));
  ImGuiWindow* popup = ImGui::FindWindowByName("##Combo_00");
  REQUIRE(popup != nullptr);
  frame();  // a popup's first frame only measures it: its place is known from the next one
  frame();
  REQUIRE(popup->Active);
  // The first entry of the list is the first unit of the document: the head ("Dinas").
  const AssignSasaranToUnit* assign = nullptr;
  for (float y = popup->Rect().Min.y + 2; y < popup->Rect().Max.y && !assign; y += 3) {
    collected = click(popup->Rect().Min.x + 20, y);
    for (const Intent& intent : collected)
      if ((assign = std::get_if<AssignSasaranToUnit>(&intent))) break;
  }
  REQUIRE(assign != nullptr);
  CHECK(assign->unit == head);
  CHECK(assign->sasaran == std::vector<Id>{sp1, sp2});
  apply_intent(session, *assign);
  CHECK(session.document().sasaran.at(sp1).unit == head);
  CHECK(session.document().sasaran.at(sp2).unit == head);
  CHECK(session.view.multi_selected.empty());
  session.editor.undo();  // one step gives both back
  CHECK(session.document().sasaran.at(sp1).unit == sp1_unit);
  CHECK(session.document().sasaran.at(sp2).unit == sp2_unit);
}

TEST_CASE("inspector: a child added under a Tujuan is a Sasaran Strategis of the same unit") {
  Session session(test::small_tree(1));
  Id ss1 = test::sasaran_id(session.document(), "SS1");
  apply_intent(session, EditSasaran{[&] {
                 Sasaran tujuan = session.document().sasaran.at(ss1);
                 tujuan.kind = StatementKind::Tujuan;
                 return tujuan;
               }(), {}});
  REQUIRE(session.document().sasaran.at(ss1).kind == StatementKind::Tujuan);
  apply_intent(session, AddChildSasaran{ss1});
  const Sasaran* child = session.document().find_sasaran(session.view.selected);
  REQUIRE(child != nullptr);
  CHECK(child->parent == ss1);
  CHECK(child->level == 0);
  CHECK(child->kind == StatementKind::Sasaran);
  CHECK(child->unit == session.document().sasaran.at(ss1).unit);
}

TEST_CASE("outline: a Tujuan's row says Tujuan") {
  Sasaran tujuan;
  tujuan.code = "T1";
  tujuan.statement = "Meningkatnya investasi daerah";
  CHECK(sasaran_label(tujuan) == "T1  Meningkatnya investasi daerah");
  tujuan.kind = StatementKind::Tujuan;
  CHECK(sasaran_label(tujuan) == "Tujuan  T1  Meningkatnya investasi daerah");
}
