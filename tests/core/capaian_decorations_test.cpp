#include <doctest/doctest.h>

#include "core/capaian/capaian_band.h"
#include "core/capaian/capaian_decorations.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

TEST_CASE("capaian decorations: band colour and a label with symbol, figure and band name") {
  CleanCascade doc;
  doc.document.indikator[doc.ik_program].realisasi[2025] = make_value("40");   // target 80 -> 50%
  doc.document.indikator[doc.ik_kegiatan].realisasi[2025] = make_value("84");  // 105%
  auto decorations = capaian_decorations(doc.document, 2025, Language::Indonesian);

  const NodeDecoration& sp = decorations.at(doc.sp);
  CHECK(sp.fill == band_style(CapaianBand::SangatKurang).colour);
  CHECK(sp.label == "Capaian 2025: 50% ▼▼ Sangat kurang");
  CHECK(sp.badge.empty());
  CHECK(decorations.at(doc.sk).fill == band_style(CapaianBand::SangatBaik).colour);

  // SS1 has no realisasi of its own: its branch figure (50 + 105) / 2 = 77,5% is shown, marked as a branch figure,
  // with what it rests on: 2 of the branch's 3 indicators (at least half, so it gets its band).
  CHECK(decorations.at(doc.ss).fill == band_style(CapaianBand::Baik).colour);
  CHECK(decorations.at(doc.ss).label == "Capaian cabang 2025: 77,5% ▲ Baik · 2 dari 3 indikator");
  CHECK(decorations.at(doc.bidang).label == "Capaian unit 2025: 50% ▼▼ Sangat kurang");
  CHECK(capaian_decorations(doc.document, 2025, Language::English).at(doc.ss).label == "Branch capaian 2025: 77.5% ▲ Good · 2 of 3 indicators");
}

TEST_CASE("capaian decorations: nothing computable is grey, with the reason") {
  CleanCascade doc;
  Id no_indikator = doc.sasaran(doc.bidang, doc.ss, 1, "SP2", "Meningkatnya kualitas data");
  auto decorations = capaian_decorations(doc.document, 2025, Language::Indonesian);
  CHECK(decorations.at(doc.sk).fill == kCapaianNotComputableColour);
  CHECK(decorations.at(doc.sk).label == "Capaian 2025: belum ada realisasi");
  CHECK(decorations.at(no_indikator).label == "Capaian 2025: tanpa indikator");
  CHECK(decorations.at(doc.head).fill == kCapaianNotComputableColour);
}

TEST_CASE("capaian decorations: applied to a view, badges already there are kept") {
  CleanCascade doc;
  doc.document.indikator[doc.iku].realisasi[2025] = make_value("80");
  LayoutView view;
  view.decorations[doc.ss].badge = "3";
  apply_capaian_decorations(view, doc.document, 2025, Language::English);
  CHECK(view.decorations.at(doc.ss).badge == "3");
  CHECK(view.decorations.at(doc.ss).fill == band_style(CapaianBand::SangatBaik).colour);
  CHECK(view.decorations.at(doc.ss).label == "Capaian 2025: 100% ▲▲ Very good");
}

TEST_CASE("capaian legend: five bands best first, then incomplete data, then not computable") {
  auto legend = capaian_legend(Language::Indonesian);
  REQUIRE(legend.size() == 7);
  CHECK(legend[0].text == "Sangat baik (≥ 91%)");
  CHECK(legend[0].symbol == "▲▲");
  CHECK(legend[4].text == "Sangat kurang (≤ 50%)");
  CHECK(legend[5].colour == kCapaianIncompleteColour);
  CHECK(legend[6].colour == kCapaianNotComputableColour);
  CHECK(capaian_legend_title(2025, Language::Indonesian) == "Capaian 2025");
}
