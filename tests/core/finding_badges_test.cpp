#include <doctest/doctest.h>

#include "core/checks/check_document.h"
#include "core/checks/finding_badges.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

TEST_CASE("finding badges: findings on indicators and links count on their sasaran's box") {
  CleanCascade doc;
  Indikator& i = doc.document.indikator[doc.ik_program];
  i.satuan.clear();       // warning on the indicator
  i.sumber_data.clear();  // info on the indicator
  Id link = doc.link(doc.sp, kNoId, LinkStatus::Ditolak, "BPS");
  doc.document.sasaran[doc.sk].level = 1;  // error on SK1
  auto findings = run_checks(doc.document);

  CHECK(box_of(doc.document, doc.ik_program) == doc.sp);
  CHECK(box_of(doc.document, link) == doc.sp);
  CHECK(box_of(doc.document, doc.bidang) == doc.bidang);

  auto boxes = findings_by_box(doc.document, findings);
  CHECK(boxes.at(doc.sp).count == 3);
  CHECK(boxes.at(doc.sp).worst == Severity::Warning);
  CHECK(boxes.at(doc.sk).worst == Severity::Error);
  CHECK(boxes.count(doc.ik_program) == 0);

  LayoutView view;
  view.decorations[doc.sp].fill = 0x4A90D9;  // a capaian colour set before
  view.decorations[doc.ss].badge = "9";      // a stale badge
  apply_finding_badges(view, doc.document, findings);
  CHECK(view.decorations.at(doc.sp).badge == "3");
  CHECK(view.decorations.at(doc.sp).fill == 0x4A90D9);
  CHECK(view.decorations.at(doc.ss).badge.empty());
}
