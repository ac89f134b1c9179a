#include "core/import/format_detection.h"

#include <algorithm>

#include "core/import/cascade_matrix_columns.h"
#include "core/import/column_fields.h"
#include "core/import/listing_import.h"
#include "core/import/sk_decree_import.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

bool names_planning_columns(std::string_view line) {
  ColumnLayout layout = layout_from_header(split_tabs(line));
  for (Field field : {Field::Tujuan, Field::Program, Field::Kegiatan, Field::SubKegiatan, Field::Code, Field::Pagu})
    if (has_field(layout, field)) return true;
  return false;
}

// A cascading matrix's header (Sasaran Strategis | IKU | Penanggung Jawab | Sasaran Program | ...): one Penanggung
// Jawab per level, the unit on every row, no lampiran.
bool names_cascade_levels(std::string_view line) {
  std::vector<std::string> cells = split_tabs(line);
  ColumnLayout layout = layout_from_header(cells);
  return assign_cascade_tiers(layout, cells) > 0;
}

// Whether a line ends in two or more numbers ("% 80,50 81,25 82,00"): the values of a table row.
bool ends_in_values(std::string_view line) {
  std::vector<std::string_view> words = words_of(line);
  int numbers = 0;
  for (std::size_t i = words.size(); i-- > 0;) {
    std::string_view word = words[i];
    bool number = !word.empty() && word.find_first_not_of("0123456789.,%-") == std::string_view::npos &&
                  word.find_first_of("0123456789") != std::string_view::npos;
    if (!number) break;
    ++numbers;
  }
  return numbers >= 2;
}

}  // namespace

SourceForm detect_form(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kLinesLooked = 5000;
  int jabatan = 0, listing = 0, valued_lines = 0, lampiran_headers = 0, table_headers = 0, pipe_headers = 0,
      non_empty = 0;
  bool perjanjian = false;
  for (std::size_t i = 0; i < lines.size() && i < kLinesLooked; ++i) {
    std::string_view line = lines[i];
    if (line.size() > 2000) continue;  // no heading or header is that long
    if (is_jabatan_line(line)) ++jabatan;
    if (!perjanjian) {
      // "# PERJANJIAN KINERJA", "**PERJANJIAN KINERJA TAHUN 2025**": a markdown title is still the title.
      std::string title = lower_ascii(trim(line));
      title.erase(0, std::min(title.find_first_not_of("#*_ "), title.size()));
      perjanjian = title.rfind("perjanjian kinerja", 0) == 0;
    }
    // A spreadsheet's header row among its first lines (CSV with ',' or ';', TSV, pipes). A Perjanjian Kinerja
    // has a page of text and signatures above its table.
    if (!trim(line).empty() && ++non_empty <= (perjanjian ? 200 : 30)) {
      for (char delimiter : {',', ';', '\t', '|'}) {
        if (line.find(delimiter) == std::string_view::npos) continue;  // one cell is no header row
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= line.size(); ++k)
          if (k == line.size() || line[k] == delimiter) {
            cells.emplace_back(line.substr(start, k - start));
            start = k + 1;
          }
        ColumnLayout layout = layout_from_header(cells);
        if (cells.size() >= 2 && recognised_columns(layout) >= 2 && has_field(layout, Field::Indikator)) {
          ++table_headers;
          if (delimiter == '|') ++pipe_headers;
        }
      }
      // Text from PDF: a header whose columns are separated by runs of spaces.
      std::vector<std::string> spaced = split_space_runs(line);
      ColumnLayout layout = layout_from_header(spaced);
      if (spaced.size() >= 3 && recognised_columns(layout) >= 2 && has_field(layout, Field::Indikator)) ++table_headers;
    }
    if (is_listing_sasaran_line(line) || is_listing_indikator_line(line)) ++listing;
    if (ends_in_values(line)) ++valued_lines;
    if (line.find('\t') != std::string_view::npos) {
      std::string lower = lower_ascii(line);
      // A decree's lampiran (one table per unit, named in the first row's Penanggung Jawab cell), unless the header
      // names the columns of a planning table (Tujuan, Program/Kegiatan, Kode, Rp): a T-C.27 or an RPJMD matrix
      // has a Penanggung Jawab column too, but holds the unit on every row.
      if (lower.find("penanggung jawab") != std::string::npos && lower.find("indikator") != std::string::npos &&
          !names_planning_columns(line) && !names_cascade_levels(line))
        ++lampiran_headers;
    }
  }
  // A Perjanjian Kinerja names the two parties with "Jabatan :" lines, as a decree per jabatan does; its table
  // (Sasaran Strategis | Indikator | Target) is what holds the data.
  // One such header is one table: an IKU of the whole agency whose Penanggung Jawab names who answers for each
  // indicator; a decree's lampiran repeats the header for each unit's table.
  if (lampiran_headers == 1) lampiran_headers = 0;
  if (perjanjian && table_headers >= 1 && lampiran_headers == 0) return SourceForm::Table;
  // A table under each "Jabatan : ..." heading (a Perjanjian Kinerja or IKI per jabatan, as markdown pipes or as
  // a copy from Excel or Word): the tables hold the data, each heading names the unit of the table below it
  // (table_tree_builder).
  if (table_headers >= 1 && table_headers >= jabatan && lampiran_headers == 0) return SourceForm::Table;
  if (jabatan >= 1) return SourceForm::SkDecree;
  if (lampiran_headers >= 1) return SourceForm::Lampiran;
  if (table_headers >= 1) return SourceForm::Table;
  // A listing holds no values: "SS 1 ..." / "IKSS 1.1 ... % 80,5 81 82" rows that end in targets are a table's.
  if (listing >= 2 && valued_lines * 3 < listing) return SourceForm::Listing;
  return SourceForm::Table;
}

const char* form_name(SourceForm form) {
  switch (form) {
    case SourceForm::SkDecree: return "sk";
    case SourceForm::Lampiran: return "lampiran";
    case SourceForm::Listing: return "listing";
    case SourceForm::Table: return "table";
  }
  return "table";
}

}  // namespace pokin::import
