// Exports are documents, and achievement colouring says what it rests on (issue 12): the figure's language is its
// own (Indonesian by default, whatever the interface speaks); a roll-up on too few realised indicators gets no
// band; a year without realisasi warns; text that would print under 7 pt warns. Expected values worked by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <string>
#include <vector>

#include "core/capaian/capaian_band.h"
#include "core/capaian/capaian_decorations.h"
#include "core/capaian/capaian_warning.h"
#include "core/export/export_document.h"
#include "core/export/printed_text.h"
#include "tests/core/hand_built_document.h"
#include "tests/scratch_path.h"
#include "svg_boxes.h"
#include "test_files.h"

using namespace pokin;
using pokin::test::boxes_of;
using pokin::test::has;
using pokin::test::read_file;
using pokin::test::texts_of;

namespace {

// SS1 (no indicator of its own) <- SP1 with 14 indicators, target 2025 of each 80. Only the first has a
// realisasi: 74,24 / 80 = 92,8%, so the whole branch rests on 1 of 14 indicators.
struct ThinBranch : testing::HandBuiltDocument {
  ThinBranch() {
    head = unit(kNoId, UnitKind::Head, "Kepala Dinas");
    ss = sasaran(head, kNoId, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan");
    sp = sasaran(head, ss, 1, "SP1", "Meningkatnya kecepatan penerbitan izin");
    for (int i = 0; i < 14; ++i) indicators.push_back(indikator(sp, "Indikator " + std::to_string(i + 1)));
    document.indikator[indicators[0]].realisasi[2025] = make_value("74,24");
  }
  Id head, ss, sp;
  std::vector<Id> indicators;
};

std::string joined(const std::vector<std::string>& texts) {
  return std::accumulate(texts.begin(), texts.end(), std::string(),
                         [](std::string all, const std::string& text) { return all + text + " "; });
}

ExportRequest svg_request(const std::string& name) {
  ExportRequest request;
  request.format = ExportFormat::Svg;
  request.output = test::scratch_path("pokin_honest_" + name);
  request.date = "1 Januari 2026";
  return request;
}

}  // namespace

TEST_CASE("coverage: exactly half of the parts is enough, less is not, no figure never is") {
  CHECK(covers_enough({92.8, 7, 14}, 0.5));
  CHECK_FALSE(covers_enough({92.8, 6, 14}, 0.5));
  CHECK(covers_enough({92.8, 1, 2}, 0.5));
  CHECK_FALSE(covers_enough({std::nullopt, 0, 14}, 0.5));
  CHECK(covers_enough({92.8, 1, 14}, 0.05));  // 1/14 = 7,1% >= 5%
}

TEST_CASE("a branch resting on 1 of 14 indicators gets its figure and count but no band") {
  ThinBranch doc;
  auto decorations = capaian_decorations(doc.document, 2025, Language::Indonesian);
  CHECK(decorations.at(doc.ss).fill == kCapaianIncompleteColour);
  CHECK(decorations.at(doc.ss).label == "Capaian cabang 2025: 92,8% · 1 dari 14 indikator · data belum lengkap");
  CHECK(decorations.at(doc.sp).fill == kCapaianIncompleteColour);
  CHECK(decorations.at(doc.sp).label == "Capaian 2025: 92,8% · 1 dari 14 indikator · data belum lengkap");
  // The unit's two sasaran: SS1 has no own figure, SP1 has: 1 of 2 is exactly half, so the unit gets its band.
  CHECK(decorations.at(doc.head).fill == band_style(CapaianBand::SangatBaik).colour);
  CHECK(decorations.at(doc.head).label == "Capaian unit 2025: 92,8% ▲▲ Sangat baik · 1 dari 2 sasaran");
  CHECK(capaian_decorations(doc.document, 2025, Language::English).at(doc.ss).label ==
        "Branch capaian 2025: 92.8% · 1 of 14 indicators · incomplete data");

  // A planner who accepts 5% coverage gets the band back, still with the count.
  auto lenient = capaian_decorations(doc.document, 2025, Language::Indonesian, 0.05);
  CHECK(lenient.at(doc.ss).fill == band_style(CapaianBand::SangatBaik).colour);
  CHECK(lenient.at(doc.ss).label == "Capaian cabang 2025: 92,8% ▲▲ Sangat baik · 1 dari 14 indikator");

  // Six more indicators at 80 of 80 (100%): 7 of 14, half, and (92,8 + 6 × 100) / 7 = 98,971...% -> "98,97%".
  for (int i = 1; i <= 6; ++i) doc.document.indikator[doc.indicators[i]].realisasi[2025] = make_value("80");
  auto covered = capaian_decorations(doc.document, 2025, Language::Indonesian);
  CHECK(covered.at(doc.ss).fill == band_style(CapaianBand::SangatBaik).colour);
  CHECK(covered.at(doc.ss).label == "Capaian cabang 2025: 98,97% ▲▲ Sangat baik · 7 dari 14 indikator");
}

TEST_CASE("the legend has a hatched 'data belum lengkap' entry between the bands and 'not computable'") {
  auto legend = capaian_legend(Language::Indonesian);
  REQUIRE(legend.size() == 7);
  CHECK(legend[5].colour == kCapaianIncompleteColour);
  CHECK(legend[5].text == "Data belum lengkap (< 50% indikator berealisasi)");
  CHECK(legend[6].colour == kCapaianNotComputableColour);

  ThinBranch doc;
  ExportRequest request = svg_request("thin.svg");
  request.colour = BoxColour::Achievement;
  request.capaian_year = 2025;
  export_document(doc.document, request);
  std::string svg = read_file(request.output);
  auto boxes = boxes_of(svg);
  CHECK(boxes.at(doc.ss).fill == "#fbfbf8");
  CHECK(joined(boxes.at(doc.ss).texts).find("1 dari 14 indikator") != std::string::npos);
  CHECK(has(texts_of(svg), "Data belum lengkap (< 50% indikator berealisasi) · 2 kotak"));
  // The hatching: lines in the hatch grey (#8a8a8a), drawn only for incomplete boxes and their legend swatch.
  std::size_t hatch_lines = 0;
  for (const auto& e : test::read_xml(svg))
    if (e.name == "line" && e.attributes.count("stroke") && e.attributes.at("stroke") == "#8a8a8a") ++hatch_lines;
  CHECK(hatch_lines > 10);
  std::filesystem::remove(request.output);
}

TEST_CASE("colouring a year without realisasi warns instead of silently painting everything grey") {
  testing::CleanCascade doc;  // targets for 2025-2027, no realisasi
  auto warning = capaian_year_warning(doc.document, 2025);
  REQUIRE(warning);
  CHECK(warning->id == "Tahun 2025 belum memiliki realisasi: semua kotak berwarna abu-abu (\"tidak dapat dihitung\"). "
                       "Isi realisasi 2025 atau pilih tahun lain.");
  CHECK(warning->en.rfind("Year 2025 has no realisasi yet", 0) == 0);

  // A realisasi without a target for the year: still nothing computable, and the warning says why.
  doc.document.indikator[doc.iku].target.erase(2025);
  doc.document.indikator[doc.iku].realisasi[2025] = make_value("80");
  warning = capaian_year_warning(doc.document, 2025);
  REQUIRE(warning);
  CHECK(warning->id.rfind("Tidak ada capaian 2025 yang dapat dihitung: 1 indikator memiliki realisasi", 0) == 0);

  // The export carries the warning.
  ExportRequest request = svg_request("grey.svg");
  request.colour = BoxColour::Achievement;
  request.capaian_year = 2025;
  ExportResult result = export_document(doc.document, request);
  CHECK(std::any_of(result.warnings.begin(), result.warnings.end(),
                    [](const Bilingual& w) { return w.id.rfind("Tidak ada capaian 2025", 0) == 0; }));

  // One computable indicator is enough to say nothing.
  doc.document.indikator[doc.ik_program].realisasi[2025] = make_value("40");
  CHECK_FALSE(capaian_year_warning(doc.document, 2025));
  std::filesystem::remove(request.output);
}

TEST_CASE("the figure speaks Indonesian by default even when the interface is English") {
  ThinBranch doc;
  doc.document.indikator[doc.indicators[1]].realisasi[2025] = make_value("40");
  ExportRequest request = svg_request("lang.svg");
  request.colour = BoxColour::Achievement;
  request.capaian_year = 2025;
  request.language = Language::English;  // the interface's language
  export_document(doc.document, request);
  std::string svg = read_file(request.output);
  auto texts = texts_of(svg);
  CHECK(has(texts, "▲▲ Sangat baik (≥ 91%) · 0 kotak"));
  CHECK(has(texts, "Tidak dapat dihitung · 0 kotak"));
  CHECK(svg.find("Very good") == std::string::npos);
  CHECK(svg.find("Realisasi 2025") != std::string::npos);

  request.figure_language = Language::English;
  export_document(doc.document, request);
  svg = read_file(request.output);
  CHECK(has(texts_of(svg), "▲▲ Very good (≥ 91%) · 0 boxes"));
  std::filesystem::remove(request.output);
}

TEST_CASE("printed text size: PDF on its page, SVG and PNG at A4 text width") {
  PageSetup a4;  // A4 landscape, fit: content 841,89 − 2 × 28 = 785,89 by 595,28 − 56 − 22 − 20 = 497,28 pt
  // 7.858,9 pt wide: shrunk to a tenth; 8 pt text prints at 0,8 pt.
  PrintedText pdf = printed_text(ExportFormat::Pdf, a4, 7858.9, 400, 8);
  CHECK(pdf.scale == doctest::Approx(0.1));
  CHECK(pdf.smallest == doctest::Approx(0.8));
  CHECK(pdf.pages == 1);
  // Tiled 1:1 the text keeps its size: 7.858,9 wide over 785,89 − 24 overlap = 10,3 -> 11 columns.
  PageSetup tiled = a4;
  tiled.pages = Pages::Tile;
  PrintedText tiles = printed_text(ExportFormat::Pdf, tiled, 7858.9, 400, 8);
  CHECK(tiles.smallest == doctest::Approx(8));
  CHECK(tiles.pages == 11);
  // SVG 1.128,2 pt wide in a 451,28 pt text column: 40%; 7,5 pt text prints at 3 pt.
  PrintedText svg = printed_text(ExportFormat::Svg, a4, 1128.2, 300, 7.5);
  CHECK(svg.scale == doctest::Approx(0.4));
  CHECK(svg.smallest == doctest::Approx(3));
  // Narrower than the column: natural size.
  CHECK(printed_text(ExportFormat::Png, a4, 400, 300, 7.5).smallest == doctest::Approx(7.5));

  auto warning = small_text_warning(ExportFormat::Svg, a4, svg);
  REQUIRE(warning);
  CHECK(warning->id.rfind("Teks terkecil akan tercetak 3 pt bila disisipkan selebar teks halaman A4 di Word "
                          "(diperkecil menjadi 40%), di bawah 7 pt. Agar terbaca gunakan --fit A4",
                          0) == 0);
  warning = small_text_warning(ExportFormat::Pdf, a4, pdf);
  REQUIRE(warning);
  CHECK(warning->id.find("0,8 pt di kertas A4 (gambar diperkecil menjadi 10%)") != std::string::npos);
  CHECK(warning->id.find("--paper A3") != std::string::npos);
  CHECK(warning->en.find("0.8 pt on A4 paper (the figure shrunk to 10%)") != std::string::npos);
  CHECK_FALSE(small_text_warning(ExportFormat::Pdf, tiled, tiles));
}

TEST_CASE("an export reports the smallest text as the SVG prints it at A4 text width") {
  ThinBranch doc;
  ExportRequest request = svg_request("small.svg");
  ExportResult result = export_document(doc.document, request);
  std::string svg = read_file(request.output);
  // Measured from the file: the smallest font-size of any text and the width of the figure.
  double smallest = 1e9, width = 0;
  for (const auto& e : test::read_xml(svg)) {
    if (e.name == "text" && !e.text.empty()) smallest = std::min(smallest, std::stod(e.attributes.at("font-size")));
    if (e.name == "svg") width = std::stod(e.attributes.at("width"));
  }
  REQUIRE(width > 0);
  CHECK(result.smallest_text == doctest::Approx(smallest * std::min(1.0, 451.28 / width)));
  std::filesystem::remove(request.output);
}
