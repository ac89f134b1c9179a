#include "core/import/table_import.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/import/column_fields.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {
namespace {

bool is_rule_row(const std::vector<std::string>& cells) {
  bool any = false;
  for (const std::string& cell : cells) {
    std::string t = trim(cell);
    if (t.empty()) continue;
    if (t.find_first_not_of("-_=:~ ") != std::string::npos) return false;
    any = true;
  }
  return any;
}


class TableReader {
 public:
  TableReader(const TableImportOptions& options, Document& document, ImportReport& report)
      : options_(options), document_(document), report_(report), tree_({options.lampiran}, document, report) {}

  void read(const std::vector<TableRow>& rows) {
    int outside_text = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const TableRow& row = rows[r];
      if (all_cells_empty(row.cells)) continue;
      std::optional<FoundHeader> header = headers_found_.header_at(rows, r);
      if (header && !names_a_statement_of_this_table(*header, row)) {
        start_table(*header);
        r = header->block.end - 1;
        continue;
      }
      if (headers_found_.above_chosen_header(rows, r)) {
        tree_.add_text_outside(row);
        ++outside_text;
        continue;
      }
      if (row.outside_table || (options_.tab_separated && row.cells.size() == 1)) {
        tree_.add_text_outside(row);
        ++outside_text;
        continue;
      }
      if (layout_.empty()) {
        tree_.add_text_outside(row);
        ++outside_text;
        continue;
      }
      if (is_column_number_row(row.cells)) continue;
      if (is_rule_row(row.cells)) {
        report_.not_understood(row.line, joined_cells(row.cells), {"garis tabel tanpa isi", "table rule without content"});
        continue;
      }
      count_cells(row);
      read_data_row(row);
    }
    if (headers_ > 0) headers_found_.check_every_map_used();
    if (headers_ == 0 && options_.header_rows == 0 && options_.bordered) note_no_header(rows);
    if (headers_ == 0 && options_.header_rows > 0)
      report_.note({"Baris judul yang dipilih (--header-rows, mulai baris " + std::to_string(options_.header_line) +
                        ") tidak ada di tabel.",
                    "The chosen header rows (--header-rows, from line " + std::to_string(options_.header_line) +
                        ") are not in the table."});
    if (outside_text > 0)
      report_.note({std::to_string(outside_text) + " baris teks di luar tabel hanya dibaca untuk metadata.",
                    std::to_string(outside_text) + " lines of text outside the tables were read for metadata only."});
    if (headers_ > 0 && data_rows_ == 0)
      report_.note({"Judul tabel ditemukan tetapi tidak ada baris data di bawahnya.",
                    "A table header was found but no data rows follow it."});
    resolve_structure();
  }

 private:

  // Rows with cells but no header recognised among them: the report names the row that looks most like a header
  // (the first with two or more cells) and what it lacks, so that a refusal says what is missing.
  void note_no_header(const std::vector<TableRow>& rows) {
    for (const TableRow& row : rows) {
      int filled = static_cast<int>(std::count_if(row.cells.begin(), row.cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
      if (filled < 2) continue;
      std::string cells = joined_cells(row.cells);
      if (cells.size() > 160) cells = cells.substr(0, 157) + "...";
      report_.note({"Tidak ada baris judul tabel yang dikenali: baris " + std::to_string(row.line) + " (\"" + cells +
                        "\") tidak menyebut kolom sasaran/tujuan/program maupun indikator. Sebut perannya dengan --map "
                        "KOLOM=BIDANG (mis. --map \"B=sasaran\" --map \"C=indikator\") atau --header-rows.",
                    "No table header row was recognised: line " + std::to_string(row.line) + " (\"" + cells +
                        "\") names no sasaran/tujuan/program column nor an indicator column. Name their roles with "
                        "--map COLUMN=FIELD (e.g. --map \"B=sasaran\" --map \"C=indikator\") or --header-rows."});
      return;
    }
  }

  // A row of the table under way that names a program (kegiatan, sub kegiatan, tujuan, sasaran) in that column and
  // its indicator beside it, with no value yet, reads like a header too ("Program peningkatan ..." names a column's
  // field; "... kinerja ..." reads as one). It is data when its cells stand only under the table's statement and
  // indicator columns, one of them named as the level of its column, none repeating the table's own header:
  // a T-C.27 written out by Pokin ends with such rows, and taking one for a new header lost the program unreported.
  bool names_a_statement_of_this_table(const FoundHeader& header, const TableRow& row) const {
    if (layout_.empty() || header.header_chosen) return false;
    bool named_as_its_column = false;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      std::string text = trim(row.cells[c]);
      if (text.empty()) continue;
      if (c >= layout_.size() || layout_[c].continues_left) return false;
      Field field = layout_[c].field;
      bool statement = field == Field::Tujuan || field == Field::Sasaran || field == Field::Program ||
                       field == Field::Kegiatan || field == Field::SubKegiatan;
      if (!statement && field != Field::Indikator) return false;
      std::string lower = lower_ascii(clean_text(text));
      if (c < header_parts_.size())
        for (const std::string& part : header_parts_[c])
          if (lower_ascii(clean_text(part)) == lower) return false;
      named_as_its_column = named_as_its_column || (statement && recognise_header(text).field == field);
    }
    return named_as_its_column;
  }

  // A header found: a new table section, its columns listed in the report as they were read.
  void start_table(const FoundHeader& header) {
    const HeaderBlock& block = header.block;
    header_parts_ = block.parts;
    int table = static_cast<int>(report_.tables.size());
    report_.tables.push_back({block.first_line, block.header_rows, header.header_chosen});
    first_column_ = report_.columns.size();
    for (std::size_t c = 0; c < block.layout.size(); ++c) {
      ColumnField field = block.layout[c];
      if (field.continues_left) {
        std::size_t owner = c;
        while (owner > 0 && block.layout[owner].continues_left) --owner;
        field = block.layout[owner];
        field.continues_left = true;
      }
      report_.columns.push_back({table, static_cast<int>(c), block.headers[c], field, header.chosen[c], 0, 0});
      // A cascading matrix's jabatan, satuan or target of one level: say which level.
      if (field.tier > 0 && field.field != Field::Sasaran && field.field != Field::Indikator && !field.continues_left)
        report_.columns.back().field_label = field_name(field) + " lv" + std::to_string(field.tier);
    }
    if (header.year_from_title)
      report_.note({"Tebakan: kolom Target/Realisasi tanpa tahun pada judul baris " + std::to_string(block.first_line) +
                        " diberi tahun " + std::to_string(header.year_from_title) +
                        " (tahun judul di atas tabel, atau satu-satunya tahun kolom lain).",
                    "A guess: the Target/Realisasi columns without a year in the header on line " +
                        std::to_string(block.first_line) + " were given the year " +
                        std::to_string(header.year_from_title) +
                        " (the year of the title above the table, or the only year other columns name)."});
    if (header.period_start_from_title && document_.info.period_years() == 0) {
      document_.info.period_start = header.period_start_from_title;
      document_.info.period_end = header.period_end_from_title;
      report_.note({"Tebakan: kolom tahun ke-1, ke-2 ... dihitung dari periode " +
                        std::to_string(header.period_start_from_title) + "-" + std::to_string(header.period_end_from_title) +
                        " yang tertulis di judul di atas tabel (baris " + std::to_string(block.first_line) + ").",
                    "A guess: the year columns 1, 2 ... count from the period " +
                        std::to_string(header.period_start_from_title) + "-" + std::to_string(header.period_end_from_title) +
                        " written in the title above the table (line " + std::to_string(block.first_line) + ")."});
    }
    if (block.years_guessed)
      report_.note({"Tebakan: kolom Target tanpa tahun pada judul baris " + std::to_string(block.first_line) +
                        " dibaca sebagai Tahun-1, Tahun-2 ... periode, berurutan (Rp di sebelahnya sebagai pagu).",
                    "A guess: the Target columns without a year in the header on line " + std::to_string(block.first_line) +
                        " were read as Tahun-1, Tahun-2 ... of the period, in order (the Rp beside each as its pagu)."});
    for (int line : block.misaligned_lines)
      report_.note({"Baris " + std::to_string(line) + ": baris judul yang tidak sejajar dengan kolom di atasnya "
                    "diabaikan (tebakan: kolom tahun dibaca sebagai target; gunakan --map bila salah).",
                    "Line " + std::to_string(line) + ": a header row that does not line up with the columns above it "
                    "was left out (a guess: year columns read as targets; use --map if that is wrong)."});
    start_section(block.layout);
  }

  // Non-empty cells of a data row, per source column: under a mapped column stored, under an ignored one (or
  // beyond the header) left out. The building of the tree moves cells it could not use to left out.
  void count_cells(const TableRow& row) {
    if (report_.tables.empty()) return;
    int table = static_cast<int>(report_.tables.size()) - 1;
    ++report_.tables.back().data_rows;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (trim(row.cells[c]).empty()) continue;
      std::size_t at = first_column_ + c;
      while (report_.columns.size() <= at) {
        int column = static_cast<int>(report_.columns.size() - first_column_);
        report_.columns.push_back({table, column, "", ColumnField{}, false, 0, 0});
      }
      ColumnDecision& decision = report_.columns[at];
      if (decision.field.field == Field::None) ++decision.cells_left_out;
      else ++decision.cells_stored;
    }
  }

  void start_section(const ColumnLayout& layout) {
    layout_ = layout;
    ++headers_;
    tree_.start_table();
  }

  // Rows become units, statements and indicators in TableTreeBuilder.
  void read_data_row(const TableRow& row) {
    tree_.add_row(row, layout_);
    data_rows_ = tree_.data_rows();
  }

  void resolve_structure() { tree_.finish(); }

  const TableImportOptions& options_;
  Document& document_;
  HeaderFinder headers_found_{options_.mapping, options_.header_rows, options_.header_line};
  std::size_t first_column_ = 0;  // index in report_.columns of the current table's first column
  ImportReport& report_;
  TableTreeBuilder tree_;
  ColumnLayout layout_;
  std::vector<std::vector<std::string>> header_parts_;  // the current table's header texts, per column
  int headers_ = 0, data_rows_ = 0;
};

}  // namespace

void import_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                       ImportReport& report) {
  TableReader reader(options, document, report);
  reader.read(rows);
}

}  // namespace pokin::import
