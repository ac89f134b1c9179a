#include <doctest/doctest.h>

#include "core/model/tree_index.h"
#include "sample_document.h"
#include "undo_checks.h"

using namespace pokin;
namespace c = pokin::commands;

using pokin::test::check_refused;
using pokin::test::run_and_check_undo;

TEST_CASE("Units cannot form a cycle, a legal move is allowed") {
  Editor editor;
  auto ids = sample::build(editor);
  check_refused(editor, [&] { return c::move_unit(editor.document(), ids.kepala, ids.seksi); });
  check_refused(editor, [&] { return c::move_unit(editor.document(), ids.bidang, ids.bidang); });
  run_and_check_undo(editor, c::move_unit(editor.document(), ids.seksi, ids.sekretariat));
  CHECK(editor.document().units.at(ids.seksi).parent == ids.sekretariat);
}

TEST_CASE("Sasaran cannot form a cycle, a legal reparent is allowed and marked as a person's link") {
  Editor editor;
  auto ids = sample::build(editor);
  check_refused(editor, [&] { return c::reparent_sasaran(editor.document(), ids.ss1, ids.sk1); });
  check_refused(editor, [&] { return c::reparent_sasaran(editor.document(), ids.sp1, ids.sp1); });
  check_refused(editor, [&] { return c::reparent_sasaran(editor.document(), ids.sp1, 999999); });
  run_and_check_undo(editor, c::reparent_sasaran(editor.document(), ids.sk1, ids.sp2));
  CHECK(editor.document().sasaran.at(ids.sk1).parent == ids.sp2);
  CHECK(editor.document().sasaran.at(ids.sk1).link_origin == LinkOrigin::Person);
}

TEST_CASE("Target years must lie inside the Renstra period") {
  Editor editor;
  auto ids = sample::build(editor);
  check_refused(editor, [&] { return c::set_target(editor.document(), ids.iku1, 2030, "90"); });
  check_refused(editor, [&] { return c::set_realisasi(editor.document(), ids.iku1, 2020, "70"); });
  run_and_check_undo(editor, c::set_target(editor.document(), ids.iku1, 2026, "≥ 90"));
  const auto& value = editor.document().indikator.at(ids.iku1).target.at(2026);
  CHECK(value.text == "≥ 90");
  CHECK(value.number == doctest::Approx(90));
  run_and_check_undo(editor, c::set_realisasi(editor.document(), ids.iku1, 2021, "83,37"));
  CHECK(editor.document().indikator.at(ids.iku1).realisasi.at(2021).number == doctest::Approx(83.37));
  run_and_check_undo(editor, c::set_target(editor.document(), ids.iku1, 2021, ""));
  CHECK_FALSE(editor.document().indikator.at(ids.iku1).target.count(2021));
}

TEST_CASE("Shrinking the period is refused while targets lie outside it") {
  Editor editor;
  auto ids = sample::build(editor);
  DocumentInfo info = editor.document().info;
  info.period_start = 2022;  // the IKU has a 2021 target
  check_refused(editor, [&] { return c::set_info(editor.document(), info); });
  info.period_start = 2021;
  info.period_end = 2035;  // 15 years
  check_refused(editor, [&] { return c::set_info(editor.document(), info); });
  info.period_end = 2020;  // before the start
  check_refused(editor, [&] { return c::set_info(editor.document(), info); });
  editor.run(c::set_target(editor.document(), ids.iku1, 2021, ""));
  info.period_start = 2022;
  info.period_end = 2026;
  run_and_check_undo(editor, c::set_info(editor.document(), info));
}

TEST_CASE("An indikator always has its sasaran") {
  Editor editor;
  auto ids = sample::build(editor);
  Indikator orphan;
  orphan.sasaran = 424242;
  orphan.name = "Tanpa sasaran";
  check_refused(editor, [&] { return c::add_indikator(editor.document(), orphan); });
  Indikator moved = editor.document().indikator.at(ids.ikp1);
  moved.sasaran = 424242;
  check_refused(editor, [&] { return c::edit_indikator(editor.document(), moved); });
  // Deleting a sasaran deletes its indicators with it.
  run_and_check_undo(editor, c::delete_sasaran(editor.document(), ids.sp1, c::ChildPolicy::LiftChildren));
  CHECK_FALSE(editor.document().indikator.count(ids.ikp1));
  for (const auto& [id, indikator] : editor.document().indikator) CHECK(editor.document().sasaran.count(indikator.sasaran));
}

TEST_CASE("Deleting a sasaran: lift the children to the grandparent, or delete the subtree") {
  Editor editor;
  auto ids = sample::build(editor);
  run_and_check_undo(editor, c::delete_sasaran(editor.document(), ids.sp1, c::ChildPolicy::LiftChildren));
  CHECK(editor.document().sasaran.at(ids.sk1).parent == ids.ss1);
  CHECK(editor.document().links.empty());  // the crosscutting link from SP1 went with it
  editor.undo();
  run_and_check_undo(editor, c::delete_sasaran(editor.document(), ids.sp1, c::ChildPolicy::DeleteSubtree));
  CHECK_FALSE(editor.document().sasaran.count(ids.sk1));
  CHECK(editor.document().sasaran.count(ids.ss1));
}

TEST_CASE("A unit that owns sasaran is deleted only with a policy for them") {
  Editor editor;
  auto ids = sample::build(editor);
  check_refused(editor, [&] { return c::delete_unit(editor.document(), ids.bidang, {}); });

  c::UnitDeletion move_to_sekretariat{c::ChildPolicy::LiftChildren, c::OwnedSasaranPolicy::MoveTo, ids.sekretariat};
  run_and_check_undo(editor, c::delete_unit(editor.document(), ids.bidang, move_to_sekretariat));
  CHECK(editor.document().sasaran.at(ids.sp1).unit == ids.sekretariat);
  CHECK(editor.document().units.at(ids.seksi).parent == ids.kepala);  // lifted
  editor.undo();

  c::UnitDeletion delete_all{c::ChildPolicy::DeleteSubtree, c::OwnedSasaranPolicy::Delete, kNoId};
  run_and_check_undo(editor, c::delete_unit(editor.document(), ids.bidang, delete_all));
  CHECK_FALSE(editor.document().units.count(ids.seksi));
  CHECK_FALSE(editor.document().sasaran.count(ids.sk1));
  CHECK(editor.document().sasaran.count(ids.ss1));

  // Moving the sasaran into a unit that is deleted too is refused.
  editor.undo();
  c::UnitDeletion into_doomed{c::ChildPolicy::DeleteSubtree, c::OwnedSasaranPolicy::MoveTo, ids.seksi};
  check_refused(editor, [&] { return c::delete_unit(editor.document(), ids.bidang, into_doomed); });
}

TEST_CASE("Edit, reorder, links and suggested links, each with undo and redo") {
  Editor editor;
  auto ids = sample::build(editor);
  Sasaran edited = editor.document().sasaran.at(ids.sp1);
  edited.statement = "Meningkatnya kecepatan dan kepastian penerbitan izin";
  run_and_check_undo(editor, c::edit_sasaran(editor.document(), edited));

  Unit unit = editor.document().units.at(ids.bidang);
  unit.holder_name = "Drs. H. Ahmad";
  unit.fungsi = {"perumusan kebijakan teknis", "pelaksanaan pelayanan"};
  run_and_check_undo(editor, c::edit_unit(editor.document(), unit));

  // Reorder the two divisions: Sekretariat comes first after the move.
  run_and_check_undo(editor, c::move_among_siblings(editor.document(), ids.sekretariat, -1));
  TreeIndex index(editor.document());
  CHECK(index.child_units(ids.kepala).front() == ids.sekretariat);
  check_refused(editor, [&] { return c::move_among_siblings(editor.document(), ids.sekretariat, -1); });

  CrosscuttingLink link = editor.document().links.at(ids.link);
  link.status = LinkStatus::Diterima;
  run_and_check_undo(editor, c::edit_link(editor.document(), link));
  CrosscuttingLink self;
  self.from = self.to = ids.sp1;
  check_refused(editor, [&] { return c::add_link(editor.document(), self); });
  CrosscuttingLink outside;
  outside.from = ids.sp1;
  check_refused(editor, [&] { return c::add_link(editor.document(), outside); });  // neither sasaran nor partner
  outside.partner_name = "Kantor Pertanahan";
  outside.partner_kind = PartnerKind::InstansiVertikal;
  run_and_check_undo(editor, c::add_link(editor.document(), outside));
  run_and_check_undo(editor, c::delete_link(editor.document(), ids.link));

  Sasaran suggested = editor.document().sasaran.at(ids.sk1);
  check_refused(editor, [&] { return c::accept_suggested_link(editor.document(), ids.sk1); });
  suggested.link_origin = LinkOrigin::Suggested;
  suggested.suggestion_score = 0.72;
  editor.run(c::edit_sasaran(editor.document(), suggested));
  run_and_check_undo(editor, c::accept_suggested_link(editor.document(), ids.sk1));
  CHECK(editor.document().sasaran.at(ids.sk1).link_origin == LinkOrigin::Person);
}

TEST_CASE("Merging an imported document adds everything under fresh ids and touches nothing that is there") {
  Editor editor;
  auto ids = sample::build(editor);
  Editor other;
  auto incoming_ids = sample::build(other);
  Document before = editor.document();
  Step step = c::merge_document(editor.document(), other.document(), {"Impor", "Import"}, ids.kepala);
  run_and_check_undo(editor, std::move(step));
  const Document& merged = editor.document();
  CHECK(merged.units.size() == 2 * before.units.size());
  CHECK(merged.sasaran.size() == 2 * before.sasaran.size());
  CHECK(merged.indikator.size() == 2 * before.indikator.size());
  CHECK(merged.links.size() == 2 * before.links.size());
  for (const auto& [id, unit] : before.units) CHECK(merged.units.at(id) == unit);
  // The incoming head now sits under the existing head; its cascade is kept inside the incoming part.
  int heads_under_kepala = 0;
  for (const auto& [id, unit] : merged.units) heads_under_kepala += unit.parent == ids.kepala && unit.kind == UnitKind::Head;
  CHECK(heads_under_kepala == 1);
  for (const auto& [id, sasaran] : merged.sasaran)
    if (!before.sasaran.count(id) && sasaran.code == "SK1") CHECK(merged.sasaran.at(sasaran.parent).code == "SP1");
  (void)incoming_ids;
}

TEST_CASE("Deleting a unit with its sasaran lifts what supported them, moving them to the parent unit keeps them") {
  Editor editor;
  auto ids = sample::build(editor);
  // Bidang owns SP1 (with one indikator and the crosscutting link); Seksi, below it, owns SK1, which supports SP1.
  c::UnitDeletion delete_owned{c::ChildPolicy::LiftChildren, c::OwnedSasaranPolicy::Delete, kNoId};
  run_and_check_undo(editor, c::delete_unit(editor.document(), ids.bidang, delete_owned));
  const Document& after = editor.document();
  CHECK_FALSE(after.units.count(ids.bidang));
  CHECK_FALSE(after.sasaran.count(ids.sp1));
  CHECK_FALSE(after.indikator.count(ids.ikp1));
  CHECK(after.links.empty());
  CHECK(after.units.at(ids.seksi).parent == ids.kepala);
  CHECK(after.sasaran.at(ids.sk1).parent == ids.ss1);  // SP1's place in the cascade goes to its own parent
  CHECK(after.sasaran.at(ids.sk1).unit == ids.seksi);
  editor.undo();

  c::UnitDeletion to_parent{c::ChildPolicy::LiftChildren, c::OwnedSasaranPolicy::MoveTo, ids.kepala};
  run_and_check_undo(editor, c::delete_unit(editor.document(), ids.bidang, to_parent));
  CHECK(editor.document().sasaran.at(ids.sp1).unit == ids.kepala);
  CHECK(editor.document().sasaran.at(ids.sp1).parent == ids.ss1);
  CHECK(editor.document().indikator.at(ids.ikp1).sasaran == ids.sp1);
  CHECK(editor.document().links.size() == 1);
  editor.undo();

  // A whole branch: both sasaran of Bidang and Seksi go to the receiving unit.
  c::UnitDeletion branch{c::ChildPolicy::DeleteSubtree, c::OwnedSasaranPolicy::MoveTo, ids.sekretariat};
  run_and_check_undo(editor, c::delete_unit(editor.document(), ids.bidang, branch));
  CHECK(editor.document().sasaran.at(ids.sp1).unit == ids.sekretariat);
  CHECK(editor.document().sasaran.at(ids.sk1).unit == ids.sekretariat);
  CHECK(editor.document().sasaran.at(ids.sk1).parent == ids.sp1);
  editor.undo();

  c::UnitDeletion nowhere{c::ChildPolicy::LiftChildren, c::OwnedSasaranPolicy::MoveTo, 999999};
  check_refused(editor, [&] { return c::delete_unit(editor.document(), ids.bidang, nowhere); });
  // A unit without sasaran needs no choice.
  Id empty = editor.document().last_id + 1;
  editor.run(c::add_unit(editor.document(), sample::unit(ids.kepala, UnitKind::Division, "Bidang Kosong")));
  run_and_check_undo(editor, c::delete_unit(editor.document(), empty, {}));
}

TEST_CASE("Editing a baseline's text reads its number again inside the command, undo and redo bring both back") {
  Editor editor;
  auto ids = sample::build(editor);
  Indikator edited = editor.document().indikator.at(ids.iku1);
  edited.baseline = {"75,5", 75.5};
  editor.run(c::edit_indikator(editor.document(), edited));
  REQUIRE(editor.document().indikator.at(ids.iku1).baseline.number == 75.5);

  // The inspector changes only the text; the number it carries is the old one.
  edited = editor.document().indikator.at(ids.iku1);
  edited.baseline.text = "1.234,5 izin";
  run_and_check_undo(editor, c::edit_indikator(editor.document(), edited));
  CHECK(editor.document().indikator.at(ids.iku1).baseline.number == 1234.5);
  editor.undo();
  CHECK(editor.document().indikator.at(ids.iku1).baseline == Value{"75,5", 75.5});
  editor.redo();
  CHECK(editor.document().indikator.at(ids.iku1).baseline == Value{"1.234,5 izin", 1234.5});

  // A text without a number has none. A value whose text did not change keeps the number stored with it, whatever
  // number the caller sent along.
  edited = editor.document().indikator.at(ids.iku1);
  edited.baseline.text = "WTP";
  edited.target[2022].number = 999;
  editor.run(c::edit_indikator(editor.document(), edited));
  CHECK_FALSE(editor.document().indikator.at(ids.iku1).baseline.number.has_value());
  CHECK(editor.document().indikator.at(ids.iku1).target.at(2022).number == 82.5);
  // A new indikator's values are read from their text too.
  Indikator added;
  added.sasaran = ids.sp2;
  added.name = "Nilai SAKIP";
  added.baseline.text = "62,3";
  added.target[2023].text = "≥ 70";
  Step step = c::add_indikator(editor.document(), added);
  Id id = step.created;
  editor.run(std::move(step));
  CHECK(editor.document().indikator.at(id).baseline.number == 62.3);
  CHECK(editor.document().indikator.at(id).target.at(2023).number == 70);
}
