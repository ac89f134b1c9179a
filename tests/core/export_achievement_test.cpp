// Colour by achievement in every export: the figure (SVG, PDF, PNG) fills each box with the LKjIP band of its
// capaian, prints the figure on the box and the band legend above the diagram; the cascading matrix gets
// capaian columns. The expected bands are worked out by hand from the targets and realisasi chosen here.
#include <doctest/doctest.h>

#include <cairo.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tests/scratch_path.h"
#include "core/export/export_document.h"
#include "core/layout/level_palette.h"
#include "tests/core/hand_built_document.h"
#include "test_files.h"
#include "xlsx_cells.h"
#include "office_safe_svg.h"
#include "svg_boxes.h"

using namespace pokin;
using pokin::test::boxes_of;
using pokin::test::has;
using pokin::test::read_file;
using pokin::test::SvgBox;
using pokin::test::texts_of;

namespace {

// The LKjIP band colours as the legend promises them (core/capaian/capaian_band.h), written out here.
const std::string kSangatBaik = "#4a90d9";
const std::string kCukup = "#fff3a6";
const std::string kSangatKurang = "#f27c6c";
const std::string kNeutral = "#a6a6a6";

// Kepala Dinas -> Bidang -> Seksi with figures for 2025 that fall in known bands:
//  SS1  naik,  target 80,  realisasi 76   -> 76/80        = 95%      sangat baik
//  SP1  turun, target 7,   realisasi 6,5  -> (14-6,5)/7   = 107,14%  sangat baik
//  SK1  naik,  target 100, realisasi 40   -> 40/100       = 40%      sangat kurang
//  SK2  naik,  target 80,  realisasi 56   -> 56/80        = 70%      cukup
//  SK3  naik,  target 80,  no realisasi   -> not computable (neutral grey)
struct AchievementDocument : testing::CleanCascade {
  AchievementDocument() {
    auto& ik = document.indikator;
    ik[iku].realisasi[2025] = make_value("76");
    ik[ik_program].polarity = Polarity::Turun;
    ik[ik_program].target[2025] = make_value("7");
    ik[ik_program].realisasi[2025] = make_value("6,5");
    ik[ik_kegiatan].target[2025] = make_value("100");
    ik[ik_kegiatan].realisasi[2025] = make_value("40");
    sk2 = sasaran(seksi, sp, 2, "SK2", "Terlaksananya survei kepuasan");
    ik[indikator(sk2, "Persentase responden")].realisasi[2025] = make_value("56");
    sk3 = sasaran(seksi, sp, 2, "SK3", "Terlaksananya sosialisasi perizinan");
    indikator(sk3, "Jumlah peserta sosialisasi");
  }
  Id sk2, sk3;
};

std::filesystem::path temp_file(const std::string& name) {
  return test::scratch_path("pokin_achievement_" + name);
}

ExportRequest achievement_request(ExportFormat format, const std::string& name) {
  ExportRequest request;
  request.format = format;
  request.output = temp_file(name);
  request.date = "1 Januari 2026";
  request.colour = BoxColour::Achievement;
  request.capaian_year = 2025;
  return request;
}

std::string hex(std::uint32_t colour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%06x", colour);
  return buffer;
}

}  // namespace

TEST_CASE("SVG coloured by achievement: band fills, the figure on each box, the band legend with counts") {
  AchievementDocument doc;
  ExportRequest request = achievement_request(ExportFormat::Svg, "bands.svg");
  export_document(doc.document, request);
  std::string svg = read_file(request.output);
  auto boxes = boxes_of(svg);

  CHECK(boxes.at(doc.ss).fill == kSangatBaik);
  CHECK(boxes.at(doc.sp).fill == kSangatBaik);
  CHECK(boxes.at(doc.sk).fill == kSangatKurang);
  CHECK(boxes.at(doc.sk2).fill == kCukup);
  CHECK(boxes.at(doc.sk3).fill == kNeutral);

  CHECK(has(boxes.at(doc.ss).texts, "Capaian 2025: 95% ▲▲ Sangat baik"));
  CHECK(has(boxes.at(doc.sp).texts, "Capaian 2025: 107,14% ▲▲ Sangat baik"));
  CHECK(has(boxes.at(doc.sk).texts, "Capaian 2025: 40% ▼▼ Sangat kurang"));
  CHECK(has(boxes.at(doc.sk2).texts, "Capaian 2025: 70% ■ Cukup"));
  CHECK(has(boxes.at(doc.sk3).texts, "Capaian 2025: belum ada realisasi"));
  // Each indicator shows its target, realisasi and capaian of the year.
  CHECK(has(boxes.at(doc.sk).texts, "Target 2025: 100%"));
  CHECK(has(boxes.at(doc.sk).texts, "Realisasi 2025: 40% · capaian 40%"));
  CHECK(has(boxes.at(doc.sp).texts, "Realisasi 2025: 6,5% · capaian 107,14%"));
  CHECK(has(boxes.at(doc.sk3).texts, "Realisasi 2025: belum diisi"));

  // Text on a band fill is near-black (the palette is chosen for it), never the grey detail colour.
  for (const auto& e : test::read_xml(svg))
    if (e.name == "text" && e.text.rfind("Capaian 2025", 0) == 0) CHECK(e.attributes.at("fill") == hex(kTextColour));

  auto texts = texts_of(svg);
  CHECK(has(texts, "Capaian 2025:"));
  CHECK(has(texts, "▲▲ Sangat baik (≥ 91%) · 2 kotak"));
  CHECK(has(texts, "▲ Baik (76-90%) · 0 kotak"));
  CHECK(has(texts, "■ Cukup (66-75%) · 1 kotak"));
  CHECK(has(texts, "▼ Kurang (51-65%) · 0 kotak"));
  CHECK(has(texts, "▼▼ Sangat kurang (≤ 50%) · 1 kotak"));
  CHECK(has(texts, "Tidak dapat dihitung · 1 kotak"));
  // The level legend gives way to the bands.
  CHECK_FALSE(has(texts, "Sasaran Strategis"));
  // Office-safe as before, legend and badges included.
  test::check_office_safe(svg, test::read_xml(svg));
  std::filesystem::remove(request.output);
}

TEST_CASE("SVG coloured by achievement in English, badges carry the number of findings") {
  AchievementDocument doc;
  doc.document.indikator[doc.iku].satuan.clear();  // one finding more on SS1: indicator without satuan
  ExportRequest request = achievement_request(ExportFormat::Svg, "english.svg");
  request.figure_language = Language::English;
  request.badges = true;
  export_document(doc.document, request);
  std::string svg = read_file(request.output);
  auto texts = texts_of(svg);
  CHECK(has(texts, "▲▲ Very good (≥ 91%) · 2 boxes"));
  CHECK(has(texts, "Not computable · 1 box"));
  CHECK(has(texts, "Number of check findings (pokin check)"));
  test::check_office_safe(svg, test::read_xml(svg));
  auto boxes = boxes_of(svg);
  CHECK(has(boxes.at(doc.sp).texts, "Capaian 2025: 107.14% ▲▲ Very good"));
  // SS1's indicator lacks its satuan: at least that finding is counted on SS1's box, in its badge (white text).
  bool badge = false;
  for (const std::string& text : boxes.at(doc.ss).texts)
    if (!text.empty() && std::all_of(text.begin(), text.end(), ::isdigit) && std::stoi(text) >= 1) badge = true;
  CHECK(badge);
  std::filesystem::remove(request.output);
}

TEST_CASE("colour by level (the default) is what it was: level fills, level legend, no capaian") {
  AchievementDocument doc;
  ExportRequest request;
  request.format = ExportFormat::Svg;
  request.output = temp_file("level.svg");
  request.date = "1 Januari 2026";
  request.view.fields.target_year = 2025;
  export_document(doc.document, request);
  std::string svg = read_file(request.output);
  auto boxes = boxes_of(svg);
  CHECK(boxes.at(doc.ss).fill == hex(level_colours(0).fill));
  CHECK(boxes.at(doc.sp).fill == hex(level_colours(1).fill));
  CHECK(boxes.at(doc.sk3).fill == hex(level_colours(2).fill));
  CHECK(svg.find("Capaian") == std::string::npos);
  CHECK(svg.find("Target 2025: 80%") != std::string::npos);
  CHECK(svg.find("Realisasi") == std::string::npos);
  CHECK(svg.find(kSangatKurang) == std::string::npos);
  CHECK(has(texts_of(svg), "Sasaran Strategis"));
  std::filesystem::remove(request.output);
}

TEST_CASE("PDF and PNG coloured by achievement: files written, a PNG pixel inside a box is its band colour") {
  AchievementDocument doc;
  ExportRequest pdf = achievement_request(ExportFormat::Pdf, "bands.pdf");
  export_document(doc.document, pdf);
  CHECK(read_file(pdf.output).rfind("%PDF", 0) == 0);
  std::filesystem::remove(pdf.output);

  // Where the boxes are: the SVG of the same figure (one painter draws both).
  auto boxes = boxes_of([&] {
    ExportRequest svg = achievement_request(ExportFormat::Svg, "where.svg");
    export_document(doc.document, svg);
    std::string text = read_file(svg.output);
    std::filesystem::remove(svg.output);
    return text;
  }());
  ExportRequest png = achievement_request(ExportFormat::Png, "bands.png");
  png.dpi = 144;
  export_document(doc.document, png);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> image(
      cairo_image_surface_create_from_png(png.output.string().c_str()), &cairo_surface_destroy);
  REQUIRE(cairo_surface_status(image.get()) == CAIRO_STATUS_SUCCESS);
  cairo_surface_flush(image.get());
  auto pixel = [&](const SvgBox& box) {
    // Inside the left padding, half-way down: no text, no border.
    int x = static_cast<int>((box.x + 4) * 2), y = static_cast<int>((box.y + box.height / 2) * 2);
    const unsigned char* data = cairo_image_surface_get_data(image.get());
    auto argb = *reinterpret_cast<const std::uint32_t*>(data + y * cairo_image_surface_get_stride(image.get()) + x * 4);
    return hex(argb & 0xFFFFFF);
  };
  CHECK(pixel(boxes.at(doc.ss)) == kSangatBaik);
  CHECK(pixel(boxes.at(doc.sk)) == kSangatKurang);
  CHECK(pixel(boxes.at(doc.sk2)) == kCukup);
  CHECK(pixel(boxes.at(doc.sk3)) == kNeutral);
  image.reset();
  std::filesystem::remove(png.output);
}

TEST_CASE("cascading matrix: a capaian column per year with realisasi, Indonesian in CSV, percent numbers in XLSX") {
  AchievementDocument doc;
  doc.document.indikator[doc.ik_kegiatan].realisasi[2026] = make_value("belum dilaporkan");
  ExportRequest csv = achievement_request(ExportFormat::Csv, "matrix.csv");
  export_document(doc.document, csv);
  std::string text = read_file(csv.output);
  CHECK(text.find("Capaian - 2025") != std::string::npos);  // the matrix's two header rows joined per column
  CHECK(text.find("Capaian - 2026") != std::string::npos);
  CHECK(text.find("Capaian - 2027") == std::string::npos);  // no realisasi in 2027: no column
  CHECK(text.find(";107,14;") != std::string::npos);  // a number a spreadsheet sums: percent, decimal comma
  CHECK(text.find(";95;") != std::string::npos);
  CHECK(text.find("Realisasi tidak memuat angka") != std::string::npos);
  std::filesystem::remove(csv.output);

  ExportRequest xlsx = achievement_request(ExportFormat::Xlsx, "matrix.xlsx");
  export_document(doc.document, xlsx);
  auto cells = test::read_sheet(xlsx.output, 1);
  // The sheet: title lines, then the header "Capaian" over its years, then the rows.
  std::string column;
  int year_row = 0;
  for (const auto& [ref, value] : cells) {
    std::size_t digits = ref.find_first_of("0123456789");
    if (value != "Capaian" || digits == std::string::npos) continue;
    std::string letters = ref.substr(0, digits);
    int row = std::stoi(ref.substr(digits));
    if (cells.count(letters + std::to_string(row + 1)) && cells.at(letters + std::to_string(row + 1)) == "2025")
      column = letters, year_row = row + 1;
  }
  REQUIRE(!column.empty());
  auto at = [&](int offset) { return column + std::to_string(year_row + offset); };
  // Rows in tree order: SS1 (95%), SP1 (107,14%), SK1 (40%), SK2 (70%), SK3 (none).
  CHECK(std::stod(cells.at(at(1))) == doctest::Approx(0.95));
  CHECK(std::stod(cells.at(at(2))) == doctest::Approx(7.5 / 7));
  CHECK(std::stod(cells.at(at(3))) == doctest::Approx(0.40));
  CHECK(std::stod(cells.at(at(4))) == doctest::Approx(0.70));
  CHECK(cells.count(at(5)) == 0);
  std::string styles = test::unzip(xlsx.output, "xl/styles.xml");
  CHECK(styles.find("formatCode=\"0.00%\"") != std::string::npos);
  // Filled with the band colour: SS1 and SP1 (sangat baik) share a style, SK1 (sangat kurang) has another.
  CHECK(styles.find("FF4A90D9") != std::string::npos);
  CHECK(styles.find("FFF27C6C") != std::string::npos);
  std::map<std::string, std::string> style_of;
  for (const auto& e : test::read_xml(test::unzip(xlsx.output, "xl/worksheets/sheet1.xml")))
    if (e.name == "c" && e.attributes.count("s")) style_of[e.attributes.at("r")] = e.attributes.at("s");
  CHECK(style_of.at(at(1)) == style_of.at(at(2)));
  CHECK(style_of.at(at(1)) != style_of.at(at(3)));
  CHECK(style_of.at(at(3)) != style_of.at(at(4)));
  std::filesystem::remove(xlsx.output);
}

TEST_CASE("cascading matrix without realisasi has no capaian column") {
  testing::CleanCascade doc;
  ExportRequest csv;
  csv.format = ExportFormat::Csv;
  csv.output = temp_file("plain.csv");
  export_document(doc.document, csv);
  CHECK(read_file(csv.output).find("Capaian") == std::string::npos);
  std::filesystem::remove(csv.output);
}

TEST_CASE("a narrow figure keeps its width: the band legend wraps under its title instead of widening it") {
  AchievementDocument doc;
  ExportRequest request = achievement_request(ExportFormat::Svg, "narrow.svg");
  request.view.branch = doc.sk;  // one box
  export_document(doc.document, request);
  auto elements = test::read_xml(read_file(request.output));
  double width = std::stod(elements.front().attributes.at("width"));  // "123.4pt"
  std::map<std::string, const test::XmlElement*> legend;
  for (const auto& e : elements)
    if (e.name == "text") legend[e.text] = &e;
  const auto* first = legend.at("▲▲ Sangat baik (≥ 91%) · 0 kotak");
  const auto* last = legend.at("Tidak dapat dihitung · 0 kotak");
  CHECK(std::stod(last->attributes.at("y")) > std::stod(first->attributes.at("y")));
  // Every legend entry starts inside the figure, and the figure is far narrower than one row of the legend.
  for (const auto& [text, e] : legend) CHECK(std::stod(e->attributes.at("x")) < width);
  CHECK(width < 600);
  std::filesystem::remove(request.output);
}
