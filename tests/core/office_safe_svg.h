#pragma once
// What Word and LibreOffice need of an SVG (docs: "SVG that survives Word and LibreOffice"), checked element by
// element: only plain shapes and text, no class or style, colours as #rrggbb or none, text by its baseline with a
// font list naming Arial and a generic family, no "transparent" or rgba anywhere.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "xml_reader.h"

namespace pokin::test {

inline void check_office_safe(const std::string& svg, const std::vector<XmlElement>& elements) {
  static const std::set<std::string> kAllowed{"svg", "title", "g", "rect", "path", "polygon", "line", "text"};
  static const std::regex kColour("none|#[0-9a-f]{6}");
  for (const auto& e : elements) {
    CAPTURE(e.name);
    CHECK(kAllowed.count(e.name) == 1);
    CHECK(e.attributes.count("class") == 0);
    CHECK(e.attributes.count("style") == 0);
    for (const char* paint : {"fill", "stroke"})
      if (e.attributes.count(paint)) CHECK(std::regex_match(e.attributes.at(paint), kColour));
    if (e.name == "text") {
      CHECK(e.attributes.at("font-family").find("sans-serif") != std::string::npos);
      CHECK(e.attributes.at("font-family").find("Arial") != std::string::npos);
      CHECK(e.attributes.count("y") == 1);
      CHECK(e.attributes.count("dominant-baseline") == 0);
    }
  }
  CHECK(svg.find("transparent") == std::string::npos);
  CHECK(svg.find("rgba") == std::string::npos);
}

}  // namespace pokin::test
