#include "core/spreadsheet/shared_strings.h"

#include "core/spreadsheet/xml_parser.h"

namespace pokin::spreadsheet {
namespace {

class SharedStringsHandler final : public XmlHandler {
 public:
  SharedStringsHandler(const XlsxLimits& limits, std::string_view part) : limits_(limits), part_(part) {}

  void open(std::string_view name, const XmlAttributes&) override {
    if (name == "si") {
      in_string_ = true;
      current_.clear();
    } else if (in_string_ && name == "rPh") {
      ++phonetic_;
    } else if (in_string_ && name == "t") {
      ++in_text_;
    }
  }

  void close(std::string_view name) override {
    if (name == "si" && in_string_) {
      if (strings.size() >= limits_.max_strings)
        refuse_beyond_limit(XlsxLimit::Strings, limits_.max_strings, std::string(part_), std::string(part_));
      strings.push_back(std::move(current_));
      current_.clear();
      in_string_ = false;
      phonetic_ = in_text_ = 0;
    } else if (name == "rPh" && phonetic_ > 0) {
      --phonetic_;
    } else if (name == "t" && in_text_ > 0) {
      --in_text_;
    }
  }

  void text(std::string_view text) override {
    if (in_string_ && in_text_ > 0 && phonetic_ == 0) current_ += text;
  }

  std::vector<std::string> strings;

 private:
  const XlsxLimits& limits_;
  std::string_view part_;
  std::string current_;
  bool in_string_ = false;
  int phonetic_ = 0;
  int in_text_ = 0;
};

}  // namespace

std::vector<std::string> read_shared_strings(std::string_view part, std::string_view xml, const XlsxLimits& limits) {
  SharedStringsHandler handler(limits, part);
  parse_xml(part, xml, handler);
  return std::move(handler.strings);
}

}  // namespace pokin::spreadsheet
