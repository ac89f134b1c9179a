// Accepting or rejecting all the suggested links of one unit in one step.
#include <doctest/doctest.h>

#include "core/commands/editor.h"
#include "core/commands/review_unit_suggestions.h"
#include "layout_test_documents.h"

using namespace pokin;
using commands::SuggestionVerdict;

namespace {

// Kepala Dinas (SS1, SS2) -> Bidang Perizinan (SP1 suggested under SS1, SP2 suggested under SS2, SP3 linked by a
// person under SS1) -> Seksi Proses (SK1 suggested under SP1).
struct Reviewed : test::DocumentBuilder {
  Reviewed() {
    head = unit(kNoId, UnitKind::Head, "Kepala Dinas");
    bidang = unit(head, UnitKind::Division, "Bidang Perizinan");
    seksi = unit(bidang, UnitKind::Section, "Seksi Proses");
    ss1 = sasaran(head, kNoId, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan");
    ss2 = sasaran(head, kNoId, 0, "SS2", "Meningkatnya realisasi investasi");
    sp1 = suggested(sasaran(bidang, ss1, 1, "SP1", "Meningkatnya kecepatan izin", 0), 0.4);
    sp2 = suggested(sasaran(bidang, ss2, 1, "SP2", "Meningkatnya promosi investasi", 1), 0.3);
    sp3 = sasaran(bidang, ss1, 1, "SP3", "Meningkatnya kepatuhan SOP", 2);
    sk1 = suggested(sasaran(seksi, sp1, 2, "SK1", "Terlaksananya verifikasi dokumen"), 0.2);
  }
  Id suggested(Id id, double score) {
    document.sasaran.at(id).link_origin = LinkOrigin::Suggested;
    document.sasaran.at(id).suggestion_score = score;
    return id;
  }
  Id head, bidang, seksi, ss1, ss2, sp1, sp2, sp3, sk1;
};

}  // namespace

TEST_CASE("accepting all suggestions of a unit makes them a person's links in one undo step") {
  Reviewed built;
  Editor editor(built.document);
  Document before = editor.document();
  CHECK(commands::suggested_links_of_unit(before, built.bidang) == std::vector<Id>{built.sp1, built.sp2});

  editor.run(commands::review_unit_suggestions(editor.document(), built.bidang, SuggestionVerdict::Accept));
  const Document& after = editor.document();
  for (Id id : {built.sp1, built.sp2}) {
    CHECK(after.sasaran.at(id).link_origin == LinkOrigin::Person);
    CHECK(after.sasaran.at(id).parent == before.sasaran.at(id).parent);  // the suggested parent is kept
  }
  CHECK(after.sasaran.at(built.sp1).parent == built.ss1);
  CHECK(after.sasaran.at(built.sp2).parent == built.ss2);
  // Only that unit: the Seksi's suggestion still waits for review; the person's link is untouched.
  CHECK(after.sasaran.at(built.sk1).link_origin == LinkOrigin::Suggested);
  CHECK(after.sasaran.at(built.sp3) == before.sasaran.at(built.sp3));
  CHECK(commands::suggested_links_of_unit(after, built.bidang).empty());

  editor.undo();  // one step gives back both
  CHECK(editor.document().same_content(before));
}

TEST_CASE("rejecting all suggestions of a unit clears their parents in one undo step") {
  Reviewed built;
  Editor editor(built.document);
  Document before = editor.document();
  editor.run(commands::review_unit_suggestions(editor.document(), built.bidang, SuggestionVerdict::Reject));
  const Document& after = editor.document();
  for (Id id : {built.sp1, built.sp2}) {
    CHECK(after.sasaran.at(id).parent == kNoId);
    CHECK(after.sasaran.at(id).link_origin == LinkOrigin::Person);
    CHECK(after.sasaran.at(id).suggestion_score == 0);
  }
  CHECK(after.sasaran.at(built.sp3).parent == built.ss1);
  CHECK(after.sasaran.at(built.sk1).parent == built.sp1);  // the Seksi's sasaran still hangs from SP1
  CHECK(editor.undo_names().front().en == "Reject 2 suggested links of unit \"Bidang Perizinan\"");

  editor.undo();
  CHECK(editor.document().same_content(before));
  editor.redo();
  CHECK(editor.document().sasaran.at(built.sp1).parent == kNoId);
}

TEST_CASE("reviewing a unit without suggestions, or a unit that does not exist, is refused and changes nothing") {
  Reviewed built;
  Editor editor(built.document);
  Document before = editor.document();
  for (Id unit : {built.head, Id{987654}}) {
    try {
      editor.run(commands::review_unit_suggestions(editor.document(), unit, SuggestionVerdict::Accept));
      FAIL("the review should have been refused");
    } catch (const UserError& error) {
      CHECK_FALSE(error.message().id.empty());
      CHECK_FALSE(error.message().en.empty());
    }
  }
  CHECK(editor.document().same_content(before));
  CHECK_FALSE(editor.can_undo());
}
