#pragma once
// Reading back a figure's SVG with the independent XML reader: the box groups ("box-<id>") with their rectangle
// and text lines, and every text of the figure.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/model/ids.h"
#include "xml_reader.h"

namespace pokin::test {

struct SvgBox {
  std::string fill;
  double x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> texts;
};

// Each box group of the SVG ("box-<id>"): its rectangle and its text lines, read with the independent reader.
inline std::map<Id, SvgBox> boxes_of(const std::string& svg) {
  std::map<Id, SvgBox> boxes;
  SvgBox* current = nullptr;
  bool rect_seen = false;
  for (const auto& e : read_xml(svg)) {
    if (e.name == "g") {
      auto id = e.attributes.find("id");
      current = nullptr;
      if (id != e.attributes.end() && id->second.rfind("box-", 0) == 0) {
        current = &boxes[std::stoll(id->second.substr(4))];
        rect_seen = false;
      }
    } else if (current && e.name == "rect" && !rect_seen) {
      rect_seen = true;
      current->fill = e.attributes.at("fill");
      current->x = std::stod(e.attributes.at("x"));
      current->y = std::stod(e.attributes.at("y"));
      current->width = std::stod(e.attributes.at("width"));
      current->height = std::stod(e.attributes.at("height"));
    } else if (current && e.name == "text") {
      current->texts.push_back(e.text);
    }
  }
  return boxes;
}

inline std::vector<std::string> texts_of(const std::string& svg) {
  std::vector<std::string> texts;
  for (const auto& e : read_xml(svg))
    if (e.name == "text") texts.push_back(e.text);
  return texts;
}

inline bool has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

}  // namespace pokin::test
