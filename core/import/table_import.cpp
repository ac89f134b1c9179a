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

// Index of the column that `mapping.column` names in `header`, or -1.
int mapped_column(const ColumnMapping& mapping, const std::vector<std::string>& header) {
  std::string wanted = lower_ascii(trim(mapping.column));
  for (std::size_t c = 0; c < header.size(); ++c)
    if (lower_ascii(clean_text(header[c])) == wanted) return static_cast<int>(c);
  if (!wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      wanted.size() <= 4)
    return std::stoi(wanted) - 1;
  if (wanted.size() == 1 && wanted[0] >= 'a' && wanted[0] <= 'z') return wanted[0] - 'a';
  if (wanted.size() == 2 && std::isalpha(static_cast<unsigned char>(wanted[0])) &&
      std::isalpha(static_cast<unsigned char>(wanted[1])))
    return (wanted[0] - 'a' + 1) * 26 + (wanted[1] - 'a');
  return -1;
}

ColumnLayout apply_mapping(ColumnLayout layout, const std::vector<ColumnMapping>& mapping,
                           const std::vector<std::string>& header) {
  for (const ColumnMapping& map : mapping) {
    std::optional<ColumnField> field = field_from_name(map.field);
    if (!field)
      throw UserError("Bidang \"" + map.field + "\" pada --map tidak dikenal (contoh: sasaran, indikator, formula, "
                      "satuan, target:2024, sumber, unit, unit_induk, kode, kode_induk).",
                      "Field \"" + map.field + "\" in --map is not known (e.g. sasaran, indikator, formula, satuan, "
                      "target:2024, sumber, unit, unit_induk, kode, kode_induk).");
    int column = mapped_column(map, header);
    if (column < 0)
      throw UserError("Kolom \"" + map.column + "\" pada --map tidak ditemukan di judul tabel.",
                      "Column \"" + map.column + "\" in --map is not in the table header.");
    if (static_cast<std::size_t>(column) >= layout.size()) layout.resize(column + 1);
    layout[column] = *field;
  }
  return layout;
}

bool header_like(const ColumnLayout& layout, const std::vector<std::string>& cells) {
  // A numbered row is data ("1 | Meningkatnya Realisasi Investasi | ...").
  for (const std::string& cell : cells) {
    std::string t = trim(cell);
    if (t.empty()) continue;
    if (std::isdigit(static_cast<unsigned char>(t[0])) && t.size() <= 4) return false;
    break;
  }
  int non_empty = static_cast<int>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
  int recognised = recognised_columns(layout);
  bool both = has_field(layout, Field::Indikator) && has_field(layout, Field::Sasaran);
  return recognised >= 2 && (recognised * 2 >= non_empty || both) &&
         (has_field(layout, Field::Indikator) || has_field(layout, Field::Sasaran));
}

class TableReader {
 public:
  TableReader(const TableImportOptions& options, Document& document, ImportReport& report)
      : options_(options), report_(report), tree_({options.lampiran}, document, report) {}

  void read(const std::vector<TableRow>& rows) {
    int outside_text = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const TableRow& row = rows[r];
      if (all_cells_empty(row.cells)) continue;
      std::vector<std::string> header = row.cells;
      ColumnLayout candidate = layout_from_header(header);
      if (!options_.mapping.empty() && layout_.empty()) candidate = apply_mapping(candidate, options_.mapping, header);
      if (header_like(candidate, header)) {
        start_section(candidate);
        if (r + 1 < rows.size() && merge_second_header_row(layout_, rows[r + 1].cells)) ++r;
        continue;
      }
      if (options_.tab_separated && row.cells.size() == 1) {
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
        report_.not_understood(row.line, join(row.cells), {"garis tabel tanpa isi", "table rule without content"});
        continue;
      }
      read_data_row(row);
    }
    if (outside_text > 0)
      report_.note({std::to_string(outside_text) + " baris teks di luar tabel hanya dibaca untuk metadata.",
                    std::to_string(outside_text) + " lines of text outside the tables were read for metadata only."});
    if (headers_ > 0 && data_rows_ == 0)
      report_.note({"Judul tabel ditemukan tetapi tidak ada baris data di bawahnya.",
                    "A table header was found but no data rows follow it."});
    resolve_structure();
  }

 private:
  static std::string join(const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& cell : cells) out += (out.empty() ? "" : " | ") + trim(cell);
    return out;
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
  ImportReport& report_;
  TableTreeBuilder tree_;
  ColumnLayout layout_;
  int headers_ = 0, data_rows_ = 0;
};

}  // namespace

void import_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                       ImportReport& report) {
  TableReader reader(options, document, report);
  reader.read(rows);
}

}  // namespace pokin::import
