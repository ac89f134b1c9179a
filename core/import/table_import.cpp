#include "core/import/table_import.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/import/column_fields.h"
#include "core/import/document_builder.h"
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

// A LEVEL cell: 1 (or 0) = head of agency, 2 = Bidang/Sekretariat, 3 = Seksi/Sub Bagian, 4 = staff; or the
// words planners use (eselon II/III/IV, kepala, bidang, seksi, staf ...).
UnitKind kind_from_level(const std::string& text, UnitKind fallback) {
  std::string lower = lower_ascii(trim(text));
  auto starts = [&](std::string_view word) { return lower.rfind(word, 0) == 0; };
  if (lower == "0" || lower == "1" || starts("kepala") || lower == "eselon ii" || lower == "eselon 2") return UnitKind::Head;
  if (lower == "2" || starts("bidang") || starts("sekretariat") || lower == "eselon iii" || lower == "eselon 3")
    return UnitKind::Division;
  if (lower == "3" || starts("seksi") || starts("sub") || lower == "eselon iv" || lower == "eselon 4")
    return UnitKind::Section;
  if (lower == "4" || starts("staf") || starts("pelaksana") || starts("fungsional") || starts("jf")) return UnitKind::Staff;
  return fallback;
}

class TableReader {
 public:
  TableReader(const TableImportOptions& options, Document& document, ImportReport& report)
      : options_(options), document_(document), builder_(document), report_(report) {}

  void read(const std::vector<TableRow>& rows) {
    int outside_text = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const TableRow& row = rows[r];
      if (all_cells_empty(row.cells)) continue;
      if (std::optional<FoundHeader> header = headers_found_.header_at(rows, r)) {
        start_table(*header);
        r = header->block.end - 1;
        continue;
      }
      if (headers_found_.above_chosen_header(rows, r)) {
        ++outside_text;
        continue;
      }
      if (options_.tab_separated && row.cells.size() == 1) {
        ++outside_text;
        continue;
      }
      if (layout_.empty()) {
        ++outside_text;
        continue;
      }
      if (is_column_number_row(row.cells)) continue;
      if (is_rule_row(row.cells)) {
        report_.not_understood(row.line, join(row.cells), {"garis tabel tanpa isi", "table rule without content"});
        continue;
      }
      count_cells(row);
      read_data_row(row);
    }
    if (headers_ > 0) headers_found_.check_every_map_used();
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
  static std::string join(const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& cell : cells) out += (out.empty() ? "" : " | ") + trim(cell);
    return out;
  }

  // A header found: a new table section, its columns listed in the report as they were read.
  void start_table(const FoundHeader& header) {
    const HeaderBlock& block = header.block;
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
    }
    if (header.year_from_title)
      report_.note({"Tebakan: kolom Target tanpa tahun diberi tahun " + std::to_string(header.year_from_title) +
                        " dari judul di atas tabel (baris " + std::to_string(block.first_line) + ").",
                    "A guess: the Target column without a year was given the year " +
                        std::to_string(header.year_from_title) + " of the title above the table (line " +
                        std::to_string(block.first_line) + ")."});
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
    unit_ = kNoId;
    sasaran_ = kNoId;
    indikator_ = kNoId;
    last_unit_text_.clear();
    last_sasaran_text_.clear();
    outline_.clear();
  }

  Id unit_named(const std::string& raw, int line) {
    std::string text = clean_text(raw);
    auto found = unit_by_text_.find(lower_ascii(text));
    if (found != unit_by_text_.end()) return found->second;
    UnitTitle title = read_unit_title(text);
    // Two spellings of one unit ("Kepala SKPD", "Kepala Dinas") meet at the normalised name.
    auto same = unit_by_name_.find(lower_ascii(title.name));
    Id id;
    if (same != unit_by_name_.end()) {
      id = same->second;
    } else {
      id = builder_.add_unit(unit_from_title(title));
      unit_by_name_[lower_ascii(title.name)] = id;
    }
    unit_by_text_[lower_ascii(text)] = id;
    return id;
  }

  Id default_unit() {
    if (default_unit_ == kNoId) default_unit_ = unit_named("Kepala Dinas", 0);
    return default_unit_;
  }

  void read_data_row(const TableRow& row) {
    RowValues values = read_row(layout_, row.cells);
    if (values.empty()) return;
    // One cell fewer than the header, last cell under PENANGGUNG JAWAB: the PDF lost an empty cell, the text is
    // the sumber data.
    if (options_.lampiran && row.cells.size() + 1 == layout_.size() && layout_.back().field == Field::SumberData &&
        layout_[layout_.size() - 2].field == Field::Unit && !values.unit.empty() && values.sumber_data.empty() &&
        !looks_like_unit_title(values.unit)) {
      report_.note({"Baris " + std::to_string(row.line) + ": sel terakhir \"" + clean_text(values.unit) +
                        "\" dibaca sebagai sumber data (kolom bergeser).",
                    "Line " + std::to_string(row.line) + ": last cell \"" + clean_text(values.unit) +
                        "\" read as sumber data (shifted column)."});
      values.sumber_data = values.unit;
      values.unit.clear();
    }
    resolve_unit(values, row.line);
    ++data_rows_;

    std::string statement = clean_text(values.sasaran);
    std::string code = clean_text(values.code);
    bool new_sasaran = false;
    if (!statement.empty()) new_sasaran = sasaran_ == kNoId || statement != last_sasaran_text_ || unit_changed_;
    else if (!code.empty()) new_sasaran = sasaran_ == kNoId || code != document_.sasaran.at(sasaran_).code || unit_changed_;
    else if (sasaran_ != kNoId && unit_changed_) new_sasaran = true;
    std::string indikator_name = clean_text(values.indikator);
    if (!new_sasaran && sasaran_ == kNoId) {
      if (indikator_name.empty()) {
        report_.not_understood(row.line, join(row.cells), {"baris tanpa sasaran maupun indikator",
                                                           "a row with neither sasaran nor indicator"});
        return;
      }
      new_sasaran = true;
      report_.not_understood(row.line, join(row.cells),
                             {"indikator tanpa sasaran: sasaran kosong dibuat", "indicator without sasaran: an empty sasaran was made"});
    }
    if (new_sasaran) {
      Sasaran sasaran;
      sasaran.unit = unit_;
      sasaran.statement = statement;
      sasaran.code = code.empty() && !values.number.empty() && options_.lampiran ? std::string() : code;
      sasaran_ = builder_.add_sasaran(sasaran);
      last_sasaran_text_ = statement;
      if (!options_.lampiran) place_in_outline(values.sasaran_indent);
      indikator_ = kNoId;
      if (!values.parent_code.empty()) parent_code_[sasaran_] = {clean_text(values.parent_code), row.line};
    }
    unit_changed_ = false;

    if (!indikator_name.empty()) {
      Indikator indikator = indikator_from_row(values, sasaran_, document_.units.at(unit_).name);
      put_period_years(indikator.target, values.relative_target, row.line);
      put_period_years(indikator.realisasi, values.relative_realisasi, row.line);
      indikator_ = builder_.add_indikator(indikator);
    } else if (indikator_ != kNoId && !new_sasaran) {
      continue_indikator(document_.indikator.at(indikator_), values);  // a continuation row
    }
  }

  // An indented outline in the sasaran column: a sasaran supports the nearest one above it that is indented
  // less. Planners write the cascade this way; it is imported as their link, not suggested.
  void place_in_outline(int indent) {
    while (!outline_.empty() && outline_.back().first >= indent) outline_.pop_back();
    if (!outline_.empty()) {
      Sasaran& sasaran = document_.sasaran.at(sasaran_);
      sasaran.parent = outline_.back().second;
      sasaran.link_origin = LinkOrigin::Person;
      sasaran.level = static_cast<int>(outline_.size());
    }
    outline_.push_back({indent, sasaran_});
  }

  void resolve_unit(RowValues& values, int line) {
    std::string text = clean_text(values.unit);
    Id before = unit_;
    if (options_.lampiran) {
      if (unit_ == kNoId) {
        if (text.empty()) {
          report_.not_understood(line, text, {"tabel tanpa penanggung jawab pada baris pertama: dimasukkan ke Kepala Dinas",
                                              "table without penanggung jawab in its first row: put under Kepala Dinas"});
          unit_ = default_unit();
        } else {
          unit_ = unit_named(text, line);
          section_unit_text_ = text;
        }
      } else if (!text.empty() && text != section_unit_text_) {
        if (looks_like_unit_title(text)) {
          unit_ = unit_named(text, line);
          section_unit_text_ = text;
        } else {
          // The unit's name wrapped into the next row ("Sub Koordinator Penempatan Tenaga" / "Kerja").
          std::string joined = section_unit_text_ + " " + text;
          Unit& unit = document_.units.at(unit_);
          UnitTitle title = read_unit_title(joined);
          report_.note({"Nama unit \"" + unit.name + "\" dilanjutkan pada baris " + std::to_string(line) + ": \"" +
                            title.name + "\".",
                        "Unit name \"" + unit.name + "\" continues on line " + std::to_string(line) + ": \"" +
                            title.name + "\"."});
          unit_by_name_.erase(lower_ascii(unit.name));
          unit.name = title.name;
          unit.jabatan = title.jabatan;
          unit_by_name_[lower_ascii(unit.name)] = unit_;
          unit_by_text_[lower_ascii(joined)] = unit_;
          section_unit_text_ = joined;
        }
      }
    } else {
      if (!text.empty()) last_unit_text_ = text;
      unit_ = last_unit_text_.empty() ? default_unit() : unit_named(last_unit_text_, line);
    }
    if (!values.parent_unit.empty() && !parent_unit_.count(unit_)) parent_unit_[unit_] = {clean_text(values.parent_unit), line};
    if (!values.level.empty() && !level_.count(unit_)) level_[unit_] = clean_text(values.level);
    unit_changed_ = before != kNoId && before != unit_;
  }

  // Values of "Tahun-N" columns go to the N-th year of the document's period.
  void put_period_years(std::map<int, Value>& into, const std::map<int, std::string>& by_period_year, int line) {
    for (const auto& [n, text] : by_period_year) {
      if (trim(text).empty()) continue;
      if (document_.info.period_start <= 0) {
        if (!warned_relative_) {
          report_.not_understood(line, text, {"kolom \"Tahun-N\" tanpa periode yang diketahui: nilainya dilewati "
                                              "(impor ke dokumen yang periodenya sudah diisi, --into)",
                                              "\"Tahun-N\" column without a known period: values skipped (import "
                                              "into a document with a period, --into)"});
          warned_relative_ = true;
        }
        continue;
      }
      into[document_.info.period_start + n - 1] = make_value(clean_text(text));
    }
  }

  void resolve_structure() {
    for (const auto& [unit, parent] : parent_unit_) {
      Id parent_id = unit_named(parent.first, parent.second);
      if (parent_id == unit) continue;
      // Refuse a cycle: a parent below the unit stays unlinked.
      bool cycle = false;
      for (Id up = parent_id; up != kNoId; up = document_.units.at(up).parent)
        if (up == unit) cycle = true;
      if (cycle) {
        report_.not_understood(parent.second, parent.first, {"unit induk membentuk siklus", "parent unit forms a cycle"});
        continue;
      }
      document_.units.at(unit).parent = parent_id;
    }
    for (const auto& [unit, level] : level_) {
      Unit& u = document_.units.at(unit);
      u.kind = kind_from_level(level, u.kind);
    }
    std::map<std::string, Id> by_code;
    for (const auto& [id, sasaran] : document_.sasaran)
      if (!sasaran.code.empty()) by_code.emplace(lower_ascii(sasaran.code), id);
    for (const auto& [sasaran, parent] : parent_code_) {
      auto found = by_code.find(lower_ascii(parent.first));
      if (found == by_code.end() || found->second == sasaran) {
        report_.not_understood(parent.second, parent.first, {"kode induk tidak ditemukan", "parent code not found"});
        continue;
      }
      bool cycle = false;
      for (Id up = found->second; up != kNoId; up = document_.sasaran.at(up).parent)
        if (up == sasaran) cycle = true;
      if (cycle) {
        report_.not_understood(parent.second, parent.first, {"kode induk membentuk siklus", "parent code forms a cycle"});
        continue;
      }
      Sasaran& child = document_.sasaran.at(sasaran);
      child.parent = found->second;
      child.link_origin = LinkOrigin::Person;  // written by the planner in the sheet, not guessed
    }
  }

  const TableImportOptions& options_;
  HeaderFinder headers_found_{options_.mapping, options_.header_rows, options_.header_line};
  std::size_t first_column_ = 0;  // index in report_.columns of the current table's first column
  Document& document_;
  DocumentBuilder builder_;
  ImportReport& report_;
  ColumnLayout layout_;
  int headers_ = 0, data_rows_ = 0;
  Id unit_ = kNoId, sasaran_ = kNoId, indikator_ = kNoId, default_unit_ = kNoId;
  bool unit_changed_ = false, warned_relative_ = false;
  std::string last_unit_text_, last_sasaran_text_, section_unit_text_;
  std::map<std::string, Id> unit_by_text_, unit_by_name_;
  std::map<Id, std::pair<std::string, int>> parent_unit_, parent_code_;
  std::map<Id, std::string> level_;
  std::vector<std::pair<int, Id>> outline_;  // (indent, sasaran) of the open outline levels
};

}  // namespace

void import_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                       ImportReport& report) {
  TableReader reader(options, document, report);
  reader.read(rows);
}

}  // namespace pokin::import
