#include "core/spreadsheet/number_looks.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/model/indonesian_number.h"
#include "core/spreadsheet/xml_parser.h"

namespace pokin::spreadsheet {
namespace {

NumberLook look_of_code(std::string_view code) {
  if (code.find('%') != std::string_view::npos) return NumberLook::Percent;
  if (code.find("#,##") != std::string_view::npos) return NumberLook::Grouped;
  return NumberLook::Plain;
}

long number_attribute(std::string_view value) { return std::strtol(std::string(value).c_str(), nullptr, 10); }

class StylesHandler final : public XmlHandler {
 public:
  StylesHandler(const XlsxLimits& limits, std::string_view part) : limits_(limits), part_(part) {}

  void open(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "numFmt") {
      count_one();
      custom_[number_attribute(attributes["numFmtId"])] = look_of_code(attributes["formatCode"]);
    } else if (name == "cellXfs") {
      in_cell_styles_ = true;
    } else if (in_cell_styles_ && name == "xf") {
      count_one();
      long id = number_attribute(attributes["numFmtId"]);
      auto found = custom_.find(id);
      // Built-in formats: 3, 4 group thousands; 9, 10 are percentages.
      looks.push_back(found != custom_.end()  ? found->second
                      : id == 9 || id == 10  ? NumberLook::Percent
                      : id == 3 || id == 4   ? NumberLook::Grouped
                                             : NumberLook::Plain);
    }
  }

  void close(std::string_view name) override {
    if (name == "cellXfs") in_cell_styles_ = false;
  }

  void text(std::string_view) override {}

  std::vector<NumberLook> looks;

 private:
  void count_one() {
    if (++counted_ > limits_.max_styles)
      refuse_beyond_limit(XlsxLimit::Styles, limits_.max_styles, std::string(part_), std::string(part_));
  }

  const XlsxLimits& limits_;
  std::string_view part_;
  std::map<long, NumberLook> custom_;
  bool in_cell_styles_ = false;
  std::size_t counted_ = 0;
};

}  // namespace

std::vector<NumberLook> read_number_looks(std::string_view part, std::string_view xml, const XlsxLimits& limits) {
  StylesHandler handler(limits, part);
  parse_xml(part, xml, handler);
  return std::move(handler.looks);
}

std::string number_text(const std::string& raw, NumberLook look) {
  char* end = nullptr;
  double value = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str()) return raw;
  double shown = look == NumberLook::Percent ? value * 100 : value;
  if (!std::isfinite(shown)) return raw;  // "1e999", "nan": nothing truer to show than what the file says
  if (look == NumberLook::Percent) return format_indonesian_number(shown, 4) + "%";
  std::string text = format_indonesian_number(shown, 6);
  if (look == NumberLook::Plain) text.erase(std::remove(text.begin(), text.end(), '.'), text.end());
  return text;
}

}  // namespace pokin::spreadsheet
