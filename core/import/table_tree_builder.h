#pragma once
// Turning the data rows of a table, read through its column layout, into units, statements and indicators.
//
// Planning tables (Renstra T-C.27, RPJMD matrices) hold a hierarchy row by row: Tujuan (a StatementKind::Tujuan
// at level 0), Sasaran (Sasaran Strategis, level 0, under the tujuan above), Program (level 1, with its
// Nomenclature), Kegiatan (level 2), Sub Kegiatan (level 3). A row's level comes from the column its text is in,
// from the depth of its kode when one column holds program, kegiatan and sub kegiatan, and from a label at the
// start of the text ("Program ...", "Kegiatan : ...", "Indikator Program (Outcome) :"). Each statement is placed
// under the nearest open statement of the level above: as the planner's link when the table states it (the
// kode or the outline number of the child continues the parent's), otherwise as a suggested link that the report
// calls positional. A statement written again on the next row (a merged cell, filled down) is the same one.
//
// Values: targets per year, baseline, kondisi akhir, satuan, formula, sumber data go to the row's indicator;
// Rp per year, Rp at the end of the period and lokasi to the row's statement. "0" and "-" in a year mean no
// target and are not stored (the report says so once). Every value that has nowhere to go is counted by kind in
// the report, every row gets a RowDecision, every guess says it is one.
//
// Plain IKU/IKI tables (one Sasaran column) keep their behaviour: an indented outline gives the cascade, unit
// induk / level / kode / kode induk columns give the structure exactly.
//
// The rules of each shape live in their own file: planning rows here (table_tree_builder.cpp), rows with one
// sasaran column in plain_table_rows.cpp, the rows of a wide sheet with one column pair per level in
// tiered_cascade_rows.cpp, the Perjanjian Kinerja around its table in agreement_table_rows.cpp.
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include "core/import/agreement_parties.h"
#include "core/import/column_fields.h"
#include "core/import/document_builder.h"
#include "core/import/import_report.h"
#include "core/import/cell_label.h"
#include "core/import/table_reading.h"

namespace pokin::import {

struct TreeBuildOptions {
  bool lampiran = false;  // decree lampiran: each table's unit is named in its first row's PENANGGUNG JAWAB
};

class TableTreeBuilder {
 public:
  TableTreeBuilder(const TreeBuildOptions& options, Document& document, ImportReport& report);

  // A new header row: open statements are closed.
  void start_table();
  // One data row of the current table (never a header, rule or column-number row), read through `layout` (the
  // table's header as completed by all its header rows).
  void add_row(const TableRow& row, const ColumnLayout& layout);
  // A row of text outside any table (a title, the parties of a Perjanjian Kinerja and their signature blocks).
  void add_text_outside(const TableRow& row);
  // Resolves structure columns (unit induk, kode induk), splits packed Penjelasan cells, and writes the notes
  // that sum up the table (values left out by kind, positional links, rows awaiting assignment).
  void finish();

  int data_rows() const { return data_rows_; }

 private:
  struct StatementCell {
    PlanningLevel level = PlanningLevel::None;
    std::string text;     // the statement (or name) as written, label removed
    bool is_name = false; // names a program / kegiatan / sub kegiatan
    std::string kode;     // nomenclature kode, "" when none
    std::string number;   // outline numbering written before the text ("1.1.")
  };
  struct IndicatorCell {
    PlanningLevel level = PlanningLevel::None;  // None: the row's own statement
    std::string name;
    bool takes_values = false;
  };
  struct LeftOut {
    int rp = 0, baselines = 0, targets = 0, text_cells = 0, relative_years = 0;
  };

  Id unit_named(const std::string& raw, int line);
  bool names_the_agency(const std::string& text) const;
  Id default_unit();
  bool fix_shifted_row(const TableRow& row, RowValues& values);
  bool read_section_row(const TableRow& row, RowValues& values);
  void close_open_statements();
  void note_targets_without_indicator(const TableRow& row, const RowValues& values);
  static std::string unit_heading(const std::string& line);
  std::vector<StatementCell> statement_cells(const RowValues& values, const LabelledText& sasaran_label,
                                             std::vector<IndicatorCell>& indicators, std::string& context);
  Id open_statement(const StatementCell& cell, const RowValues& values, bool force_new, int line, bool& created);
  void link_to_parent(Sasaran& sasaran, PlanningLevel level, const std::string& kode, const std::string& number);
  void read_plain_row(const TableRow& row, RowValues& values);
  void ignore_row_without_content(const TableRow& row);
  void put_statement_values(Id statement, const RowValues& values, int line);
  Id add_indicator(const RowValues& values, const IndicatorCell& cell, Id owner, int line);
  void place_in_outline(int indent);
  void resolve_unit(RowValues& values, int line, bool opens_top_level);
  void put_period_years(std::map<int, Value>& into, const std::map<int, std::string>& by_period_year, int line);
  int drop_no_target_years(RowValues& values);
  void decide(int line, std::string id, std::string en);
  Bilingual statement_label(const Sasaran& sasaran) const;
  void resolve_structure();
  void split_packed_explanations();
  void take_satuan_from_targets();
  int single_year() const;
  bool left_out_as_statement(const std::string& text);
  bool signature_text(const std::string& text) const;
  bool signature_block_row(const TableRow& row) const;
  Id top_level_owner();
  void place_yearless_values(RowValues& values);
  void apply_agreement_parties();
  void apply_first_party(const AgreementParty& first, bool only_agreement);
  bool hold_head_unit(const AgreementParty& second);
  // A wide cascade sheet (tiered_cascade_rows.cpp).
  Id same_indicator_other_years(const Indikator& row) const;
  static bool has_tiers(const ColumnLayout& layout);
  void read_tiered_row(const TableRow& row, RowValues& values);
  void place_unit_under_parent_node(Id node);
  void clear_merge_fills(RowValues& values);
  // The visi and misi above the tujuan (pemda_context_rows.cpp).
  bool take_pemda_context(const std::string& text, int line, bool data_row);
  bool take_spanning_context(const TableRow& row);
  void assign_pending_misi();
  void take_misi_cell(const std::string& cell, int line);

  TreeBuildOptions options_;
  Document& document_;
  DocumentBuilder builder_;
  ImportReport& report_;
  ColumnLayout layout_;
  bool planning_ = false;
  bool unit_groups_rows_ = true;  // the unit column stands left of the statements (see add_row)  // the layout has planning columns (tujuan, program, kegiatan, Rp, kondisi akhir)
  int data_rows_ = 0;
  Id unit_ = kNoId, sasaran_ = kNoId, indikator_ = kNoId, default_unit_ = kNoId;
  bool unit_changed_ = false;
  int relative_line_named_ = 0, yearless_line_named_ = 0;  // the last line named for a value of no known year
  std::string last_unit_text_, last_sasaran_text_, section_unit_text_;
  std::map<std::string, Id> unit_by_text_, unit_by_name_;
  std::map<Id, std::pair<std::string, int>> parent_unit_, parent_code_;
  std::map<Id, std::string> level_;
  std::vector<std::pair<int, Id>> outline_;  // (indent, sasaran) of the open outline levels
  // Open planning statements by PlanningLevel (index), with the text that opened them and their kode/number.
  static constexpr int kLevels = 6;
  Id open_[kLevels] = {};
  std::string open_text_[kLevels], open_kode_[kLevels], open_number_[kLevels];
  // The statement cells of the row before (tujuan, sasaran, program, kegiatan, sub kegiatan), as read: a workbook
  // fills a merged cell into every row it covers (clear_merge_fills).
  std::array<std::string, 5> previous_statements_;
  std::vector<std::string> previous_code_parts_;
  int stacked_rows_ = 0;  // rows holding several indicators in one cell, split (stacked_cells.h)
  std::vector<Id> new_indikator_;  // this import's indicators, for splitting packed explanations and satuan
  LeftOut left_out_;
  int no_target_cells_ = 0, positional_links_ = 0, stated_links_ = 0, awaiting_assignment_ = 0, shifted_rows_ = 0,
      context_rows_ = 0;
  std::string first_shifted_;
  AgreementReader agreement_;
  std::vector<std::string> title_lines_;
  // A row spanning the table that names a unit ("Inspektorat Wilayah I", "Sekretariat"): the rows below it, up to
  // the next such row, belong to that unit unless their own unit cell names another.
  Id section_unit_ = kNoId;
  int section_rows_ = 0;
  int signature_rows_ = 0;  // rows of the signers' blocks laid out in the table's columns
  bool in_signature_block_ = false;  // the row before was a signature row
  std::string heading_unit_text_;  // the unit a heading above the next table names (unit_heading)
  // A "Jabatan : ..." heading, and the heading before it: a Perjanjian Kinerja's second party is no table's unit.
  std::string heading_before_jabatan_;
  bool heading_from_jabatan_ = false;
  int heading_units_ = 0;  // text above the first table (its title may name the agency)
  int yearless_values_ = 0;
  // A wide cascade sheet: its nodes by (unit, parent, statement), its indicators by (sasaran, name).
  std::map<std::tuple<Id, Id, std::string>, Id> tier_nodes_;
  std::set<std::pair<Id, std::string>> tier_indicators_;
  int tier_links_ = 0;  // parent links a wide sheet's rows state
  // The node open at each level (a merged cell continues it) and the unit a level's jabatan column named last.
  std::map<int, Id> open_tier_, tier_unit_;
  // The layout of each level's own columns (with or without the columns of no level), for layout_ as it was when
  // they were made (tier_layouts_of_).
  std::map<std::pair<int, bool>, ColumnLayout> tier_layouts_;
  ColumnLayout tier_layouts_of_;
  std::map<std::pair<Id, std::string>, Id> plain_by_code_;  // sasaran of plain rows by (unit, kode)
  std::map<std::pair<Id, std::string>, Id> plain_indicator_by_name_;  // indicators of plain rows by (sasaran, name)
  int current_misi_ = 0;    // the misi the rows read now are written under (0: none yet)
  Id misi_checked_ = kNoId;  // statements up to this id have been given their misi (assign_pending_misi)
};

}  // namespace pokin::import
