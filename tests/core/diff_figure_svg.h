#pragma once
// The comparison figure (core/compare/diff_figure.h) exported as `pokin diff -o tree.svg` writes it: the marks'
// colours, the legend and its notes, fitted to A4, checked office-safe; and whether a box's outline is dashed (a
// removed box put back).
#include <doctest/doctest.h>

#include <string>

#include "core/compare/diff_figure.h"
#include "core/export/export_document.h"
#include "tests/scratch_path.h"
#include "office_safe_svg.h"
#include "test_files.h"

namespace pokin::test {

// Writes `figure` as an SVG named `name` in the tests' scratch folder and returns its text.
inline std::string exported_diff_svg(const DiffFigure& figure, const char* name) {
  ExportRequest request;
  request.format = ExportFormat::Svg;
  request.output = scratch_path(name);
  request.view = figure.view;
  request.colour = BoxColour::Changes;
  request.legend_notes = figure.legend_notes;
  request.date = "2 Desember 2026";
  request.page.paper = Paper::A4;
  request.fit = FitRequest{};
  ExportResult result = export_document(figure.document, request);
  REQUIRE(result.files.size() == 1);
  std::string svg = read_file(result.files.front());
  check_office_safe(svg, read_xml(svg));
  return svg;
}

// Whether the box group of `box` in `svg` starts with a dashed rectangle.
inline bool dashed_box(const std::string& svg, Id box) {
  const std::size_t at = svg.find("id=\"box-" + std::to_string(box) + "\"");
  if (at == std::string::npos) return false;
  const std::size_t rect = svg.find("<rect", at);
  if (rect == std::string::npos) return false;
  return svg.substr(rect, svg.find('>', rect) - rect).find("stroke-dasharray") != std::string::npos;
}

}  // namespace pokin::test
