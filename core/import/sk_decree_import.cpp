#include "core/import/sk_decree_import.h"

#include <cctype>
#include <cstdlib>

#include "core/import/column_fields.h"
#include "core/import/document_builder.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {
namespace {

// Removes list marks at the start: "- ", "* ", "1. ", "1 ", "a. ", "a ", "- a. ".
std::string without_list_mark(std::string text, bool letters_too) {
  for (int round = 0; round < 3; ++round) {
    text = trim(text);
    if (text.size() >= 2 && (text[0] == '-' || text[0] == '*') && text[1] == ' ') {
      text = text.substr(2);
      continue;
    }
    std::size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == 0 && letters_too && !text.empty() && std::islower(static_cast<unsigned char>(text[0]))) i = 1;
    if (i > 0 && i < 3 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ' ') &&
        (text[i] != ' ' || i == 1 || std::isdigit(static_cast<unsigned char>(text[0])))) {
      std::size_t after = text[i] == ' ' ? i + 1 : i + 1;
      if (after < text.size() && text[after] == ' ') ++after;
      if (after < text.size() && (std::isalpha(static_cast<unsigned char>(text[after])) || text[after] == '(' ||
                                  static_cast<unsigned char>(text[after]) >= 0x80)) {
        text = text.substr(after);
        break;
      }
    }
    break;
  }
  return trim(text);
}

// The value after "<label> :" when the line (without list marks) starts with the label; nullopt otherwise.
std::optional<std::string> labelled(std::string_view raw, std::string_view label) {
  std::string text = without_list_mark(clean_text(raw), false);
  if (!starts_with_word(text, label)) return std::nullopt;
  std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon > label.size() + 30) return std::nullopt;
  return trim(text.substr(colon + 1));
}

bool is_bold_heading_of_table(const std::string& text) {
  std::string lower = lower_ascii(text);
  return lower.rfind("indikator kinerja individu", 0) == 0 || lower.rfind("indikator kinerja utama", 0) == 0;
}

bool ends_garbled(const std::string& title) {
  std::string lower = lower_ascii(trim(title));
  for (std::string_view dangling : {" dan", ",", " serta", " dan,", "&"})
    if (lower.size() >= dangling.size() && lower.compare(lower.size() - dangling.size(), dangling.size(), dangling) == 0)
      return true;
  return lower.empty();
}

class DecreeReader {
 public:
  DecreeReader(Document& document, ImportReport& report) : document_(document), builder_(document), report_(report) {}

  void read(const std::vector<std::string_view>& lines) {
    int preamble_end = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      int number = static_cast<int>(i) + 1;
      std::string_view raw = lines[i];
      // A position block the conversion put into a pipe table: "| 1. | Jabatan | : | Kasi ... |".
      std::string joined_cells;
      if (std::vector<std::string> cells = split_pipes(raw); cells.size() >= 3) {
        for (const std::string& cell : cells)
          if (!trim(cell).empty()) joined_cells += (joined_cells.empty() ? "" : " ") + trim(cell);
        if (labelled(joined_cells, "Jabatan") || labelled(joined_cells, "Tugas") || labelled(joined_cells, "Fungsi")) {
          end_table();
          raw = joined_cells;
        }
      }
      std::string text = clean_text(raw);
      if (text.empty()) continue;

      if (auto title = jabatan_title(raw)) {
        start_unit(*title, number, false);
        continue;
      }
      if (auto name = labelled(raw, "Nama Unit Organisasi")) {
        start_unit("Kepala Dinas", number, true);
        continue;
      }
      if (table_line(raw, number)) continue;
      if (unit_ == kNoId && !in_data_) {
        preamble_end = number;
        continue;
      }
      if (auto tugas = labelled(raw, "Tugas")) {
        if (unit_ != kNoId) document_.units.at(unit_).tugas = *tugas;
        fungsi_open_ = false;
        continue;
      }
      if (auto fungsi = labelled(raw, "Fungsi")) {
        fungsi_open_ = unit_ != kNoId;
        if (fungsi_open_ && !fungsi->empty()) add_fungsi(*fungsi);
        continue;
      }
      std::string plain = without_list_mark(text, false);
      if (is_bold_heading_of_table(plain) || starts_with_word(plain, "Indikator Kinerja")) {
        fungsi_open_ = false;
        bold_heading_open_ = true;
        std::string rest = trim(plain.substr(std::min(plain.size(), std::string("indikator kinerja individu").size())));
        if (!rest.empty() && looks_like_unit_title(rest)) bold_title_ = rest;
        continue;
      }
      if (bold_heading_open_ && looks_like_unit_title(text)) {
        bold_title_ = text;
        continue;
      }
      if (bold_heading_open_ && text.front() == '(') continue;  // "(SEKRETARIS)" under the heading
      if (bold_heading_open_ && is_upper_text(text)) {  // the heading wrapped onto another line
        if (!bold_title_.empty()) bold_title_ += " " + text;
        continue;
      }
      if (fungsi_open_) {
        Unit& unit = document_.units.at(unit_);
        bool marked = without_list_mark(text, true) != text || raw.find("- ") != std::string_view::npos;
        if (marked || unit.fungsi.empty()) unit.fungsi.push_back(without_list_mark(text, true));
        else unit.fungsi.back() += " " + text;
        continue;
      }
      report_.not_understood(number, text, {"teks di luar blok jabatan dan tabel", "text outside a position block and its table"});
    }
    if (targets_from_explanation_ > 0)
      report_.note({std::to_string(targets_from_explanation_) + " angka di kolom PENJELASAN dibaca sebagai target tahun " +
                        std::to_string(decree_year()) + ".",
                    std::to_string(targets_from_explanation_) + " figures in the PENJELASAN column were read as targets for " +
                        std::to_string(decree_year()) + "."});
    if (preamble_end > 0)
      report_.note({"Baris 1-" + std::to_string(preamble_end) + ": pembukaan keputusan, hanya dibaca untuk metadata.",
                    "Lines 1-" + std::to_string(preamble_end) + ": the decree's preamble, read for metadata only."});
  }

 private:
  // "a. ...; b. ..." in one cell (HTML paragraphs of a converted table) is one fungsi per lettered item.
  void add_fungsi(const std::string& text) {
    std::vector<std::string>& fungsi = document_.units.at(unit_).fungsi;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find("; ", start);
      while (end != std::string::npos && without_list_mark(text.substr(end + 2, 8), true) == trim(text.substr(end + 2, 8)))
        end = text.find("; ", end + 2);  // a semicolon inside an item: not followed by "b. "
      std::string item = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      fungsi.push_back(without_list_mark(item, true));
      if (end == std::string::npos) break;
      start = end + 2;
    }
  }

  static std::optional<std::string> jabatan_title(std::string_view raw) {
    std::string text = without_list_mark(clean_text(raw), false);
    if (!starts_with_word(text, "Jabatan")) return std::nullopt;
    std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon > 40) return std::nullopt;
    return trim(text.substr(colon + 1));
  }

  void start_unit(const std::string& raw_title, int line, bool head) {
    in_data_ = true;
    end_table();
    fungsi_open_ = false;
    bold_heading_open_ = false;
    bold_title_.clear();
    UnitTitle title = read_unit_title(raw_title);
    if (head) title.kind = UnitKind::Head;
    unit_ = builder_.add_unit(unit_from_title(title));
    unit_title_raw_ = raw_title;
    unit_line_ = line;
    sasaran_ = indikator_ = kNoId;
  }

  void end_table() {
    layout_.clear();
  }

  // Reads `raw` as a table header or row; false when it is not a table line.
  bool table_line(std::string_view raw, int number) {
    bool pipe = !split_pipes(raw).empty();
    if (pipe && is_pipe_rule(raw)) return true;
    std::vector<std::string> cells = pipe ? split_pipes(raw) : split_tabs(raw);
    if (cells.size() < 2) {
      if (!layout_.empty()) end_table();
      return false;
    }
    ColumnLayout candidate = with_one_statement_column(layout_from_header(cells));
    if (recognised_columns(candidate) >= 2 && has_field(candidate, Field::Indikator)) {
      start_table(candidate, number);
      return true;
    }
    if (layout_.empty()) {
      // An empty pipe header right after a table of the same position: the table goes on over a page break.
      if (pipe && all_cells_empty(cells) && !previous_layout_.empty()) {
        layout_ = previous_layout_;
        return true;
      }
      if (all_cells_empty(cells)) return true;
      if (unit_ == kNoId && !in_data_) return false;
      report_.not_understood(number, clean_text(raw), {"baris tabel tanpa judul kolom", "table row without a header"});
      return true;
    }
    read_row_of_table(cells, number);
    return true;
  }

  void start_table(const ColumnLayout& layout, int number) {
    in_data_ = true;
    layout_ = previous_layout_ = layout;
    first_row_ = true;
    fungsi_open_ = false;
    if (unit_ == kNoId) start_unit("Kepala Dinas", number, true);  // the head's IKU table before any position
    // A garbled position title ("Kepala Bidang Pengolahan Data, Perencanaan, dan"): the bold heading names it.
    if (!bold_title_.empty() && (ends_garbled(unit_title_raw_) || lower_ascii(unit_title_raw_).find("jabatan") != std::string::npos)) {
      UnitTitle title = read_unit_title(bold_title_);
      Unit& unit = document_.units.at(unit_);
      report_.note({"Baris " + std::to_string(unit_line_) + ": jabatan \"" + unit_title_raw_ + "\" tidak lengkap; nama dari judul tabel: \"" + title.name + "\".",
                    "Line " + std::to_string(unit_line_) + ": position \"" + unit_title_raw_ + "\" is incomplete; name taken from the table heading: \"" + title.name + "\"."});
      unit.name = title.name;
      unit.jabatan = title.jabatan;
      unit.kind = title.kind;
    }
    bold_heading_open_ = false;
  }

  void read_row_of_table(const std::vector<std::string>& cells, int number) {
    if (first_row_ && !all_cells_empty(cells)) {
      first_row_ = false;
      // Rows numbered "1", "2" under a header whose first title is SASARAN (and not spread over two cells): the
      // conversion dropped the header's NO column; put it back so the cells meet their titles.
      std::string first = trim(cells.front());
      bool numbered = !first.empty() && first.size() <= 3 && std::isdigit(static_cast<unsigned char>(first[0]));
      if (numbered && !layout_.empty() && layout_[0].field == Field::Sasaran &&
          (layout_.size() < 2 || !layout_[1].continues_left)) {
        layout_.insert(layout_.begin(), ColumnField{Field::Number});
        previous_layout_ = layout_;
      }
    }
    RowValues values = read_row(layout_, cells);
    // A short number in the PENJELASAN column ("83,37 %", "5.200 izin dan non izin") is the target the decree
    // sets for its own year, not an explanation.
    if (!values.formula.empty() && values.target.empty() && looks_like_target(values.formula) && decree_year() > 0) {
      values.target[decree_year()] = values.formula;
      values.formula.clear();
      ++targets_from_explanation_;
    }
    if (values.empty()) return;
    std::string statement = clean_text(values.sasaran);
    std::string name = clean_text(values.indikator);
    // A formula pushed into the indicator column (LaTeX only): it continues the indicator above.
    if (!name.empty() && indikator_ != kNoId && (values.indikator.find("\\frac") != std::string::npos) &&
        statement.empty() && values.letter.empty()) {
      values.formula = values.indikator + " " + values.formula;
      name.clear();
    }
    if (!statement.empty() && (sasaran_ == kNoId || statement != document_.sasaran.at(sasaran_).statement)) {
      Sasaran sasaran;
      sasaran.unit = unit_;
      sasaran.statement = statement;
      sasaran_ = builder_.add_sasaran(sasaran);
      indikator_ = kNoId;
    }
    if (!name.empty()) {
      if (sasaran_ == kNoId) {
        report_.not_understood(number, name, {"indikator tanpa sasaran: sasaran kosong dibuat",
                                              "indicator without sasaran: an empty sasaran was made"});
        Sasaran sasaran;
        sasaran.unit = unit_;
        sasaran_ = builder_.add_sasaran(sasaran);
      }
      Indikator indikator = indikator_from_row(values, sasaran_, document_.units.at(unit_).name);
      indikator.name = name;
      indikator_ = builder_.add_indikator(indikator);
      return;
    }
    if (indikator_ != kNoId && (!values.formula.empty() || !values.sumber_data.empty())) {
      continue_indikator(document_.indikator.at(indikator_), values);
      return;
    }
    if (statement.empty())
      report_.not_understood(number, join_cells(cells), {"baris tabel tanpa sasaran maupun indikator",
                                                         "table row with neither sasaran nor indicator"});
  }

  static bool looks_like_target(const std::string& raw) {
    std::string text = clean_text(raw);
    return !text.empty() && text.size() <= 32 && std::isdigit(static_cast<unsigned char>(text[0])) &&
           text.find('/') == std::string::npos && text.find(" x ") == std::string::npos &&
           parse_indonesian_number(text).has_value();
  }

  // The year of the decree (from its date) when it lies in the period; otherwise the period's first year.
  int decree_year() const {
    const DocumentInfo& info = document_.info;
    const std::string& date = info.tanggal;
    int year = date.size() >= 4 ? std::atoi(date.substr(date.size() - 4).c_str()) : 0;
    if (info.period_years() > 0 && info.in_period(year)) return year;
    return info.period_start;
  }

  static std::string join_cells(const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& cell : cells)
      if (!trim(cell).empty()) out += (out.empty() ? "" : " | ") + clean_text(cell);
    return out;
  }

  Document& document_;
  DocumentBuilder builder_;
  ImportReport& report_;
  ColumnLayout layout_, previous_layout_;
  Id unit_ = kNoId, sasaran_ = kNoId, indikator_ = kNoId;
  bool in_data_ = false, fungsi_open_ = false, bold_heading_open_ = false, first_row_ = false;
  std::string bold_title_, unit_title_raw_;
  int unit_line_ = 0, targets_from_explanation_ = 0;
};

}  // namespace

bool is_jabatan_line(std::string_view line) {
  std::string text = without_list_mark(clean_text(line), false);
  return starts_with_word(text, "Jabatan") && text.find(':') != std::string::npos && text.find(':') < 40;
}

void import_sk_decree(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  DecreeReader reader(document, report);
  reader.read(lines);
}

}  // namespace pokin::import
