#include "core/import/listing_import.h"

#include <cctype>
#include <regex>

#include "core/import/document_builder.h"
#include "core/import/document_metadata.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

// "SS1. text", "IK1.1. text", "IKU 1.text": the code and the rest. Hand-written (no regex) to stay linear on
// any input.
struct CodedLine {
  std::string prefix;  // "SS", "IK", "IKU"
  std::string code;    // "SS1", "IK1.1", "IKU 1"
  std::string rest;
};

std::optional<CodedLine> coded_line(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (text.size() <= prefix.size() || text.substr(0, prefix.size()) != prefix) continue;
    std::size_t i = prefix.size();
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t number_start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                               (text[i] == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))))
      ++i;
    if (i == number_start) continue;
    std::string number(text.substr(number_start, i - number_start));
    if (i < text.size() && text[i] != '.' && text[i] != ')' && text[i] != ':' && text[i] != ' ') continue;  // "SS1," is a cell
    while (i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ':')) ++i;
    CodedLine line;
    line.prefix = std::string(prefix);
    line.code = prefix == "IKU" ? "IKU " + number : std::string(prefix) + number;
    line.rest = trim(text.substr(i));
    return line;
  }
  return std::nullopt;
}

std::optional<CodedLine> sasaran_line(std::string_view text) { return coded_line(text, {"SS"}); }
std::optional<CodedLine> indikator_line(std::string_view text) { return coded_line(text, {"IKU", "IK"}); }

// Where an "IKU n." starts inside a sasaran line, or npos.
std::size_t inline_indikator(const std::string& text) {
  for (std::size_t at = text.find("IKU"); at != std::string::npos; at = text.find("IKU", at + 3)) {
    if (at == 0 || text[at - 1] != ' ') continue;
    if (indikator_line(std::string_view(text).substr(at))) return at;
  }
  return std::string::npos;
}

std::size_t unit_keyword_inside(const std::string& heading) {
  for (std::string_view keyword : {" SEKSI ", " BIDANG ", " SUB BAGIAN ", " SUBBAG ", " KEPALA ", " SEKRETARIAT", " SUB KOORDINATOR "}) {
    std::size_t at = heading.find(keyword);
    if (at != std::string::npos) return at + 1;
  }
  return std::string::npos;
}

class ListingReader {
 public:
  ListingReader(Document& document, ImportReport& report) : document_(document), builder_(document), report_(report) {}

  void read(const std::vector<std::string_view>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      int number = static_cast<int>(i) + 1;
      std::string text = clean_text(lines[i]);
      if (text.empty()) {
        close_heading();
        continue;
      }
      if (auto sasaran = sasaran_line(text)) {
        close_heading();
        read_sasaran(*sasaran, number);
        continue;
      }
      if (auto indikator = indikator_line(text)) {
        close_heading();
        add_indikator(*indikator, number);
        continue;
      }
      // A short capitalised word wrapped from the line above ("... yang menyampaikan" / "LKPM").
      bool wrapped_acronym = heading_.empty() && last_text_ != nullptr && i > 0 && !trim(lines[i - 1]).empty() &&
                             !looks_like_unit_title(text) && text.rfind("POHON", 0) != 0 && text.find(' ') == std::string::npos;
      if (is_upper_text(text) && !wrapped_acronym) {
        if (heading_.empty()) heading_line_ = number;
        heading_ += (heading_.empty() ? "" : " ") + text;
        continue;
      }
      close_heading();
      if (last_text_ != nullptr) {
        *last_text_ += " " + text;  // a wrapped statement, also across a blank line
        continue;
      }
      report_.not_understood(number, text, {"teks di luar sasaran dan indikator", "text outside any sasaran or indicator"});
    }
    close_heading();
  }

 private:
  void close_heading() {
    if (heading_.empty()) return;
    std::string heading = collapse_spaces(heading_);
    heading_.clear();
    if (heading.rfind("POHON KINERJA", 0) == 0) {
      std::size_t unit_at = unit_keyword_inside(heading);
      std::string title = heading.substr(0, unit_at == std::string::npos ? heading.size() : unit_at);
      if (document_.info.instansi.empty()) document_.info.instansi = instansi_name(trim(title.substr(13)));
      report_.note({"Baris " + std::to_string(heading_line_) + ": judul dokumen \"" + trim(title) + "\" dibaca sebagai nama instansi.",
                    "Line " + std::to_string(heading_line_) + ": document title \"" + trim(title) + "\" read as the instansi."});
      if (unit_at == std::string::npos) return;
      heading = heading.substr(unit_at);
    }
    if (!looks_like_unit_title(heading)) {
      report_.not_understood(heading_line_, heading, {"judul yang bukan nama unit", "a heading that is not a unit name"});
      return;
    }
    start_unit(heading);
  }

  void start_unit(const std::string& heading) {
    unit_ = builder_.add_unit(unit_from_title(read_unit_title(heading)));
    sasaran_ = kNoId;
    last_text_ = nullptr;
  }

  void read_sasaran(CodedLine line, int number) {
    if (unit_ == kNoId) {
      // Sasaran before any heading: the heading was lost in the conversion. Keep them in a unit of their own.
      Unit unit;
      unit.kind = UnitKind::Division;
      unit.name = unit.jabatan = "Unit tanpa judul (baris " + std::to_string(number) + ")";
      unit_ = builder_.add_unit(unit);
      report_.not_understood(number, line.code + " " + line.rest,
                             {"sasaran sebelum judul unit: dimasukkan ke \"" + unit.name + "\"; beri nama unitnya",
                              "sasaran before any unit heading: put into \"" + unit.name + "\"; name the unit"});
    }
    // "SS3." written twice, the second time for an indicator: a typo of the source for "IK3.".
    if (sasaran_ != kNoId && document_.sasaran.at(sasaran_).code == line.code && !has_indikator_) {
      report_.note({"Baris " + std::to_string(number) + ": \"" + line.code + "\" diulang tanpa indikator; dibaca sebagai indikator.",
                    "Line " + std::to_string(number) + ": \"" + line.code + "\" repeated without an indicator; read as an indicator."});
      line.code = "IK" + line.code.substr(2);
      add_indikator(line, number);
      return;
    }
    std::string statement = line.rest;
    std::optional<CodedLine> inline_iku;
    std::size_t at = inline_indikator(statement);
    if (at != std::string::npos) {
      inline_iku = indikator_line(std::string_view(statement).substr(at));
      statement = trim(statement.substr(0, at));
    }
    Sasaran sasaran;
    sasaran.unit = unit_;
    sasaran.code = line.code;
    sasaran.statement = statement;
    sasaran_ = builder_.add_sasaran(sasaran);
    has_indikator_ = false;
    last_text_ = &document_.sasaran.at(sasaran_).statement;
    if (inline_iku) add_indikator(*inline_iku, number);
  }

  void add_indikator(const CodedLine& line, int number) {
    if (sasaran_ == kNoId) {
      report_.not_understood(number, line.code + " " + line.rest, {"indikator tanpa sasaran", "indicator without a sasaran"});
      last_text_ = nullptr;
      return;
    }
    Indikator indikator;
    indikator.sasaran = sasaran_;
    indikator.code = line.code;
    indikator.name = line.rest;
    indikator.penanggung_jawab = document_.units.at(unit_).name;
    Id id = builder_.add_indikator(indikator);
    has_indikator_ = true;
    last_text_ = &document_.indikator.at(id).name;
  }

  Document& document_;
  DocumentBuilder builder_;
  ImportReport& report_;
  std::string heading_;
  int heading_line_ = 0;
  Id unit_ = kNoId, sasaran_ = kNoId;
  bool has_indikator_ = false;
  std::string* last_text_ = nullptr;  // the statement a wrapped line continues (map nodes keep their address)
};

}  // namespace

bool is_listing_sasaran_line(std::string_view line) { return sasaran_line(trim(line)).has_value(); }
bool is_listing_indikator_line(std::string_view line) { return indikator_line(trim(line)).has_value(); }

void import_listing(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  ListingReader reader(document, report);
  reader.read(lines);
}

}  // namespace pokin::import
