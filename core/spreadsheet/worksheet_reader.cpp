#include "core/spreadsheet/worksheet_reader.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/spreadsheet/cell_reference.h"
#include "core/spreadsheet/xml_parser.h"
#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

struct Merge {
  CellReference first, last;
  std::string text;  // the range as written, for messages
};

class WorksheetHandler final : public XmlHandler {
 public:
  WorksheetHandler(const std::string& sheet_name, const std::vector<std::string>& shared_strings,
                   const std::vector<NumberLook>& looks, const XlsxLimits& limits, XlsxUsage& usage)
      : sheet_name_(sheet_name), shared_strings_(shared_strings), looks_(looks), limits_(limits), usage_(usage) {}

  void open(std::string_view name, const XmlAttributes& attributes) override {
    if (in_cell_) {
      open_inside_cell(name);
    } else if (name == "row") {
      open_row(attributes["r"]);
    } else if (name == "c") {
      open_cell(attributes);
    } else if (name == "mergeCell") {
      add_merge(attributes["ref"]);
    }
  }

  void close(std::string_view name) override {
    if (!in_cell_) return;
    if (name == "c") {
      close_cell();
    } else if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "t" && in_text_ > 0) {
      --in_text_;
    } else if (name == "rPh" && phonetic_ > 0) {
      --phonetic_;
    }
  }

  void text(std::string_view text) override {
    if (in_value_ || (in_inline_ && in_text_ > 0 && phonetic_ == 0)) value_ += text;
  }

  Sheet finish() {
    fill_merges();
    Sheet sheet;
    sheet.name = sheet_name_;
    for (auto& [number, cells] : rows_) {
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      if (!cells.empty()) sheet.rows.push_back({number, std::move(cells)});
    }
    return sheet;
  }

 private:
  [[noreturn]] void refuse(const std::string& what_id, const std::string& what_en) const {
    throw UserError("Berkas Excel (.xlsx) ditolak: di lembar \"" + sheet_name_ + "\", " + what_id + ".",
                    "The Excel (.xlsx) file is refused: in sheet \"" + sheet_name_ + "\", " + what_en + ".");
  }

  [[noreturn]] void refuse_reference(std::string_view text, ReferenceProblem problem) const {
    std::string quoted = "\"" + std::string(text) + "\"";
    if (problem == ReferenceProblem::Malformed)
      refuse("referensi sel " + quoted + " tidak sah (berkas rusak)", "cell reference " + quoted + " is not valid (a damaged file)");
    refuse("referensi " + quoted + " berada di luar batas lembar Excel (kolom XFD, baris 1.048.576)",
           "reference " + quoted + " lies beyond the limits of an Excel sheet (column XFD, row 1,048,576)");
  }

  std::string cell_name(int column, int row) const { return column_letters(column) + std::to_string(row); }

  void open_row(std::string_view number) {
    if (number.empty()) {
      if (current_row_ >= kExcelRows) refuse_reference(std::to_string(current_row_ + 1), ReferenceProblem::BeyondRows);
      ++current_row_;
    } else {
      ReferenceProblem problem;
      auto row = parse_row_number(number, &problem);
      if (!row) refuse_reference(number, problem);
      current_row_ = *row;
    }
    next_column_ = 0;
  }

  void open_cell(const XmlAttributes& attributes) {
    std::string_view reference = attributes["r"];
    if (!reference.empty()) {
      ReferenceProblem problem;
      auto cell = parse_cell_reference(reference, &problem);
      if (!cell) refuse_reference(reference, problem);
      column_ = cell->column;
      if (current_row_ == 0) current_row_ = cell->row;
    } else {
      if (current_row_ == 0) refuse("ada sel di luar baris mana pun (berkas rusak)", "a cell lies outside any row (a damaged file)");
      if (next_column_ >= kExcelColumns)
        refuse_reference(cell_name(kExcelColumns, current_row_), ReferenceProblem::BeyondColumns);
      column_ = next_column_;
    }
    next_column_ = column_ + 1;
    in_cell_ = true;
    type_ = std::string(attributes["t"]);
    style_ = std::string(attributes["s"]);
    value_.clear();
    in_value_ = in_inline_ = false;
    in_text_ = phonetic_ = 0;
  }

  void open_inside_cell(std::string_view name) {
    if (name == "v") {
      in_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
      value_.clear();
    } else if (in_inline_ && name == "t") {
      ++in_text_;
    } else if (in_inline_ && name == "rPh") {
      ++phonetic_;
    }
  }

  void close_cell() {
    in_cell_ = false;
    std::string text = cell_text();
    if (!text.empty()) store(current_row_, column_, std::move(text));
  }

  std::string cell_text() const {
    if (type_ == "s") {
      if (value_.empty()) return {};
      std::size_t index = 0;
      auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (error != std::errc() || end != value_.data() + value_.size() || index >= shared_strings_.size())
        refuse("sel " + cell_name(column_, current_row_) + " menunjuk teks bersama \"" + value_.substr(0, 20) +
                   "\" yang tidak ada (berkas rusak)",
               "cell " + cell_name(column_, current_row_) + " points at shared string \"" + value_.substr(0, 20) +
                   "\", which does not exist (a damaged file)");
      return shared_strings_[index];
    }
    if (type_ == "inlineStr" || type_ == "str" || type_ == "e") return value_;
    if (type_ == "b") return value_.empty() ? std::string() : value_ == "1" ? "TRUE" : "FALSE";
    if (value_.empty()) return {};
    unsigned long style = std::strtoul(style_.c_str(), nullptr, 10);
    return number_text(value_, style < looks_.size() ? looks_[style] : NumberLook::Plain);
  }

  // Puts non-empty `text` at (row, column), counting rows and cells (the row's cells up to `column`) used.
  void store(int row, int column, std::string text) {
    if (column >= limits_.max_columns)
      refuse_beyond_limit(XlsxLimit::Columns, static_cast<std::size_t>(limits_.max_columns),
                          "lembar \"" + sheet_name_ + "\", sel " + cell_name(column, row),
                          "sheet \"" + sheet_name_ + "\", cell " + cell_name(column, row));
    auto [at, created] = rows_.try_emplace(row);
    if (created && ++usage_.rows > limits_.max_rows)
      refuse_beyond_limit(XlsxLimit::Rows, limits_.max_rows, "lembar \"" + sheet_name_ + "\"", "sheet \"" + sheet_name_ + "\"");
    auto& cells = at->second;
    auto wanted = static_cast<std::size_t>(column) + 1;
    if (cells.size() < wanted) {
      usage_.cells += wanted - cells.size();
      if (usage_.cells > limits_.max_cells)
        refuse_beyond_limit(XlsxLimit::Cells, limits_.max_cells, "lembar \"" + sheet_name_ + "\"", "sheet \"" + sheet_name_ + "\"");
      cells.resize(wanted);
    }
    cells[static_cast<std::size_t>(column)] = std::move(text);
  }

  void add_merge(std::string_view range) {
    auto colon = range.find(':');
    if (colon == std::string_view::npos) return;  // a one-cell "merge" repeats nothing
    ReferenceProblem problem;
    auto first = parse_cell_reference(range.substr(0, colon), &problem);
    if (!first) refuse_reference(range, problem);
    auto last = parse_cell_reference(range.substr(colon + 1), &problem);
    if (!last) refuse_reference(range, problem);
    // Each range fills at least one cell, so more ranges than cells to fill is past the limit already.
    if (merges_.size() >= limits_.max_merged_cells)
      refuse_beyond_limit(XlsxLimit::MergedCells, limits_.max_merged_cells, "lembar \"" + sheet_name_ + "\"",
                          "sheet \"" + sheet_name_ + "\"");
    merges_.push_back({{std::min(first->column, last->column), std::min(first->row, last->row)},
                       {std::max(first->column, last->column), std::max(first->row, last->row)},
                       std::string(range)});
  }

  // Each merged range repeats its top-left text over the part of it that lies inside the data.
  void fill_merges() {
    if (rows_.empty()) return;
    int last_data_row = rows_.rbegin()->first;
    int last_data_column = 0;
    for (const auto& [number, cells] : rows_) last_data_column = std::max(last_data_column, static_cast<int>(cells.size()) - 1);
    for (const Merge& merge : merges_) {
      auto origin_row = rows_.find(merge.first.row);
      if (origin_row == rows_.end() || static_cast<int>(origin_row->second.size()) <= merge.first.column) continue;
      const std::string origin = origin_row->second[static_cast<std::size_t>(merge.first.column)];
      if (origin.empty()) continue;
      int last_row = std::min(merge.last.row, last_data_row);
      int last_column = std::min(merge.last.column, last_data_column);
      auto area = static_cast<std::size_t>(last_row - merge.first.row + 1) *
                  static_cast<std::size_t>(last_column - merge.first.column + 1);
      usage_.merged_cells += area;
      if (usage_.merged_cells > limits_.max_merged_cells)
        refuse_beyond_limit(XlsxLimit::MergedCells, limits_.max_merged_cells,
                            "lembar \"" + sheet_name_ + "\", gabungan " + merge.text,
                            "sheet \"" + sheet_name_ + "\", merge " + merge.text);
      for (int row = merge.first.row; row <= last_row; ++row)
        for (int column = merge.first.column; column <= last_column; ++column) {
          auto found = rows_.find(row);
          bool empty = found == rows_.end() || static_cast<int>(found->second.size()) <= column ||
                       found->second[static_cast<std::size_t>(column)].empty();
          if (empty) store(row, column, origin);
        }
    }
  }

  const std::string& sheet_name_;
  const std::vector<std::string>& shared_strings_;
  const std::vector<NumberLook>& looks_;
  const XlsxLimits& limits_;
  XlsxUsage& usage_;

  std::map<int, std::vector<std::string>> rows_;  // row number -> cells, column A first
  std::vector<Merge> merges_;
  int current_row_ = 0;
  int next_column_ = 0;

  bool in_cell_ = false;  // between <c> and </c>
  int column_ = 0;
  std::string type_, style_, value_;
  bool in_value_ = false, in_inline_ = false;
  int in_text_ = 0, phonetic_ = 0;
};

}  // namespace

Sheet read_worksheet(const std::string& sheet_name, std::string_view part, std::string_view xml,
                     const std::vector<std::string>& shared_strings, const std::vector<NumberLook>& looks,
                     const XlsxLimits& limits, XlsxUsage& usage) {
  WorksheetHandler handler(sheet_name, shared_strings, looks, limits, usage);
  parse_xml(part, xml, handler);
  return handler.finish();
}

}  // namespace pokin::spreadsheet
