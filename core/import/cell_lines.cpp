#include "core/import/cell_lines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/import/cell_grid.h"
#include "core/import/cell_stream.h"
#include "core/import/column_fields.h"
#include "core/import/flattened_cells.h"
#include "core/import/formula_tail.h"
#include "core/import/joined_level_names.h"
#include "core/import/table_tree_builder.h"
#include "core/import/tujuan_title.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

// "1.1", "2.13": an indicator's number within its sasaran (one or two digits on each side of one dot).
bool is_sub_number(const std::string& text) {
  std::size_t dot = text.find('.');
  if (dot == 0 || dot == std::string::npos || dot > 2 || text.size() - dot - 1 == 0 || text.size() - dot - 1 > 2)
    return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != dot && !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}


// Offset of an explanation label ending `text` after its first words ("... tercatat Makna Indikator :"): a capitalised
// word opening at most three words before the closing colon that read as a label (`label` set); npos when none.
std::size_t trailing_label(const std::string& text, CellClass& label) {
  if (text.size() < 4 || text.back() != ':') return std::string::npos;
  std::size_t at = text.size() - 1;
  for (int words = 0; words < 4; ++words) {
    std::size_t space = text.rfind(' ', at > 0 ? at - 1 : 0);
    if (space == std::string::npos || space < 2) return std::string::npos;
    at = space;
    std::size_t start = space + 1;
    if (!std::isupper(static_cast<unsigned char>(text[start]))) continue;
    CellClass kind = classify_cell(std::string_view(text).substr(start));
    if (kind.kind == CellKind::Explanation && kind.rest.empty()) {
      label = kind;
      return start;
    }
  }
  return std::string::npos;
}


struct ReadIndicator {
  int line = 0;
  std::string name, satuan, formula, sumber;
  std::vector<std::string> values;
  std::vector<int> value_lines;
  bool closed = false;  // an explanation or another column's text came after it: no more values
};

struct ReadStatement {
  int line = 0;
  PlanningLevel level = PlanningLevel::Sasaran;
  std::string text;  // the name of a program / kegiatan / sub kegiatan, or the statement
  std::string kode;
  std::string unit;
  std::vector<std::string> values;
  int values_line = 0;
  std::vector<ReadIndicator> indicators;
  bool kinerja_left_out = false;  // a nomenclature row's own kinerja statement (its name is kept)
};

// The values of a Values cell: "Rp" joined to its amount, a unit written after a value kept with it ("61,50 kw/ha").
std::vector<std::string> value_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  bool rp = false;
  for (std::string_view word : words_of(text)) {
    std::string lower = lower_ascii(word);
    if (lower == "rp" || lower == "rp." || lower == "(rp)") {
      rp = true;
      continue;
    }
    if (word == "%" && !tokens.empty()) {
      tokens.back() += "%";
      continue;
    }
    if (!is_value_token(word) && !tokens.empty()) {
      tokens.back() += " " + std::string(word);
      continue;
    }
    tokens.push_back((rp ? "Rp " : "") + std::string(word));
    rp = false;
  }
  return tokens;
}

bool names_a_table_column(Field field) {
  return field == Field::Sasaran || field == Field::Indikator || field == Field::Tujuan || field == Field::Program ||
         field == Field::Kegiatan || field == Field::SubKegiatan || field == Field::Code;
}

class CellLineReader {
 public:
  void read(const std::vector<StreamCell>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      // "1.1" before an indicator ("1.1 / Persentase ...", "1.2 / Nilai Tukar Petani"): the indicator's number within
      // its sasaran, not a value.
      StreamCell numbered;
      bool outline = started_ && c + 1 < cells.size() && cells[c + 1].kind.kind == CellKind::Indicator &&
                     is_sub_number(cells[c].text);
      if (outline) {
        numbered = cells[c];
        numbered.kind = CellClass{};
        numbered.kind.kind = CellKind::RowNumber;
      }
      const StreamCell& cell = outline ? numbered : cells[c];
      if (ends_with_tujuan_title(cell.text)) tujuan_next_ = true;  // tujuan_title.h
      if (!started_ && !read_title(cell)) continue;
      if (cell.kind.kind == CellKind::Statement || cell.kind.kind == CellKind::Indicator) {
        ++opening_cells;
        side_by_side_cells += cell.side_by_side;
      }
      if (cell.kind.kind == CellKind::Statement) {
        ++statement_cells;
        side_by_side_statements += cell.side_by_side;
        whole_rows += cell.values_after;
      }
      read_cell(cell);
    }
  }

  std::vector<ReadStatement> statements;
  std::vector<int> years;
  std::vector<Field> header_fields;  // in the order they first appear
  std::string instansi;
  std::string owner;  // the unit a "SKPD : ..." line names
  int title_year = 0;
  int first_data_line = 0;
  std::vector<std::pair<int, std::string>> unplaced;  // cells with no place: (line, text)
  int left_out_values = 0, left_out_satuan = 0, left_out_kinerja = 0;
  int opening_cells = 0, side_by_side_cells = 0;  // statements and indicators; those sharing a line with another
  int statement_cells = 0, side_by_side_statements = 0;
  int whole_rows = 0;  // statements with values on their own line: a whole row on one line (flattened_rows.h)

  bool has_header(Field field) const {
    return std::find(header_fields.begin(), header_fields.end(), field) != header_fields.end();
  }

 private:
  enum class Into { None, Statement, Indicator, Explanation, AfterIndicator };

  // Before the first row: the title, the header, the jabatan. True when the table's rows start with this cell.
  bool read_title(const StreamCell& cell) {
    const CellClass& kind = cell.kind;
    switch (kind.kind) {
      case CellKind::HeaderWord: note_header(cell); return false;
      case CellKind::Year: note_year(cell.text); return false;
      case CellKind::Jabatan: unit_ = kind.rest; return false;
      case CellKind::Statement:
      case CellKind::Indicator:
      case CellKind::LevelLabel:
        if (header_seen_) return started_ = true, first_data_line = cell.line, true;
        break;
      case CellKind::Kode:
        if (header_seen_ && kind.segments >= 3) return started_ = true, first_data_line = cell.line, true;
        break;
      default: break;
    }
    // "Rp", "Rp. 000" read like a satuan or values: under a header they title the Rp columns.
    if (header_seen_ && (kind.kind == CellKind::Satuan || kind.kind == CellKind::Values) &&
        recognise_header(cell.text).field == Field::Pagu && !has_header(Field::Pagu))
      header_fields.push_back(Field::Pagu);
    std::string lower = lower_ascii(cell.text);
    if (title_year == 0 && lower.find("tahun") != std::string::npos) title_year = year_in_text(cell.text);
    if (instansi.empty()) instansi = instansi_in_title(cell.text);
    // "SKPD : BAPPEDA", "Nama OPD : Dinas ...", "Perangkat Daerah : ...": the unit the table belongs to.
    if (owner.empty()) owner = unit_after_label(cell.text);
    return false;
  }

  void note_header(const StreamCell& cell) {
    std::vector<Field> found;
    for (std::string_view word : words_of(cell.text)) {
      std::string part(word);
      std::replace(part.begin(), part.end(), '/', ' ');
      for (std::string_view piece : words_of(part)) found.push_back(recognise_header(piece).field);
    }
    found.push_back(cell.kind.field);
    for (Field field : found) {
      if (field == Field::None) continue;
      if (names_a_table_column(field)) header_seen_ = true;
      if (!has_header(field)) header_fields.push_back(field);
    }
  }

  void note_year(const std::string& text) {
    int year = std::stoi(text);
    if (years.empty() || year == years.back() + 1) {
      if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
    }
  }

  ReadIndicator* indicator() {
    if (statements.empty() || statements.back().indicators.empty()) return nullptr;
    return &statements.back().indicators.back();
  }

  // How many values a row may hold: a target (and an Rp where the header has one) per year, and a baseline and a
  // kondisi akhir where the header names them.
  std::size_t value_slots() const {
    std::size_t per_year = has_header(Field::Pagu) ? 2 : 1;
    return years.size() * per_year + (has_header(Field::Baseline) ? 1 : 0) + (has_header(Field::KondisiAkhir) ? per_year : 0);
  }

  bool collecting_values() {
    ReadIndicator* open = indicator();
    return open != nullptr && into_ == Into::Indicator && !open->closed && !years.empty() && open->values.size() < value_slots();
  }

  void place_nowhere(const StreamCell& cell) { unplaced.emplace_back(cell.line, cell.text); }

  void open_statement(const StreamCell& cell, PlanningLevel level, std::string text, std::string kode) {
    ReadStatement statement;
    statement.line = cell.line;
    statement.level = level;
    statement.text = std::move(text);
    statement.kode = std::move(kode);
    statement.unit = unit_.empty() ? owner : unit_;
    statements.push_back(std::move(statement));
    into_ = Into::Statement;
    just_named_ = level == PlanningLevel::Program || level == PlanningLevel::Kegiatan || level == PlanningLevel::SubKegiatan;
    pending_kode_.clear();
    pending_number_ = false;
  }

  void add_text(ReadIndicator& to, Field field, const std::string& text) {
    std::string& into = field == Field::SumberData ? to.sumber : to.formula;
    into += into.empty() ? text : " " + text;
    to.closed = true;
  }

  void read_cell(const StreamCell& cell) {
    const CellClass& kind = cell.kind;
    bool named_before = just_named_;
    just_named_ = false;
    bool awaited = awaiting_explanation_;
    awaiting_explanation_ = false;
    if (awaited && indicator() != nullptr && !pending_number_ &&
        (kind.kind == CellKind::Text || kind.kind == CellKind::Indicator || kind.kind == CellKind::Statement)) {
      add_text(*indicator(), explanation_, cell.text);  // the text a label announced ("Formulasi perhitungan :")
      return;
    }
    switch (kind.kind) {
      case CellKind::HeaderWord:
        note_header(cell);
        // A column title between the cells of a row ("FORMULASI PERHITUNGAN", "SUMBER DATA"): what follows fills it.
        if (indicator() != nullptr && (kind.field == Field::Formula || kind.field == Field::SumberData)) {
          into_ = Into::Explanation;
          explanation_ = kind.field;
        }
        return;
      case CellKind::ColumnNumber: return;
      case CellKind::Year:
        if (collecting_values()) return take_values(cell);
        note_year(cell.text);
        return;
      case CellKind::RowNumber:
        if (collecting_values() && cell.text.find_first_of(".)") == std::string::npos) return take_values(cell);
        pending_number_ = true;
        pending_kode_.clear();
        if (into_ != Into::Statement) into_ = Into::None;
        return;
      case CellKind::Kode:
        if (kind.segments >= 3 && kind.level != PlanningLevel::None) {
          pending_kode_ = kind.rest;
          pending_kode_level_ = kind.level;
        }
        into_ = Into::None;
        return;
      case CellKind::LevelLabel: {
        PlanningLevel level = pending_kode_.empty() ? kind.level : pending_kode_level_;
        std::string name = kind.rest.empty() ? cell.text : kind.rest;
        if (kind.rest.empty()) {  // "Kegiatan" alone, its name on the lines after: the joined text minus the label
          std::string_view joined = cell.text;
          std::size_t space = joined.find(' ');
          std::string lower = lower_ascii(joined);
          if (lower.rfind("sub kegiatan", 0) == 0) space = joined.find(' ', space + 1);
          name = space == std::string_view::npos ? std::string() : trim(joined.substr(space + 1));
        }
        // "PROGRAM 1)": the column title beside the first number names nothing (joined_level_names.h).
        if (name.empty() || names_only_a_list_number(name)) {
          place_nowhere(cell);
          return;
        }
        if (pending_kode_.empty() && level == kind.level) {  // "Program A Program B": one row per name
          std::vector<std::string> names = split_joined_level_names(name, planning_level_name(level));
          for (std::size_t i = 0; i + 1 < names.size(); ++i) open_statement(cell, level, names[i], "");
          name = names.back();
        }
        return open_statement(cell, level, name, pending_kode_);
      }
      case CellKind::Statement:
        if (named_before && !statements.empty() && statements.back().indicators.empty() &&
            !statements.back().kinerja_left_out) {
          statements.back().kinerja_left_out = true;  // the kinerja of the nomenclature row named just above
          ++left_out_kinerja;
          just_named_ = true;
          return;
        }
        if (!pending_kode_.empty()) return open_statement(cell, pending_kode_level_, cell.text, pending_kode_);
        if (tujuan_next_) {  // the statement under a TUJUAN title
          tujuan_next_ = false;
          return open_statement(cell, PlanningLevel::Tujuan, cell.text, "");
        }
        // A goal verb ("Meningkatkan ...") under a TUJUAN column is a tujuan; result words are sasaran.
        return open_statement(cell, kind.level == PlanningLevel::Tujuan && has_header(Field::Tujuan) ? PlanningLevel::Tujuan
                                                                                                     : PlanningLevel::Sasaran,
                              cell.text, "");
      case CellKind::Indicator: {
        if (!pending_kode_.empty()) return open_statement(cell, pending_kode_level_, cell.text, pending_kode_);
        if (statements.empty()) return place_nowhere(cell);
        ReadIndicator* open = indicator();
        bool inside_row = into_ == Into::Indicator || into_ == Into::Explanation || into_ == Into::AfterIndicator;
        if (numbered_ && !pending_number_ && open != nullptr && inside_row) {
          // Rows are numbered and this one is not: the formula's numerator or denominator ("Jumlah ...").
          add_text(*open, into_ == Into::Explanation ? explanation_ : Field::Formula, cell.text);
          into_ = into_ == Into::Explanation ? Into::Explanation : Into::AfterIndicator;
          return;
        }
        if (pending_number_) numbered_ = true;
        pending_number_ = false;
        ReadIndicator fresh;
        fresh.line = cell.line;
        fresh.name = cell.text;
        // The penjelasan column's first label run onto the name ("Persentase aset yang tercatat Makna Indikator :"):
        // the name stops before it, and the next cell is the label's text.
        CellClass label;
        if (std::size_t at = trailing_label(cell.text, label); at != std::string::npos) {
          fresh.name = trim(std::string_view(cell.text).substr(0, at));
          std::string label_text = cell.text.substr(at);
          statements.back().indicators.push_back(std::move(fresh));
          // As a label on its own line: "Formulasi :" / "Rumus :" / "Sumber data :" stand for their text, other
          // labels ("Makna Indikator :") are kept with their words.
          std::string lower = lower_ascii(label_text);
          if (label.field != Field::SumberData && lower.rfind("formula", 0) != 0 && lower.rfind("rumus", 0) != 0)
            add_text(statements.back().indicators.back(), Field::Formula, label_text);
          into_ = Into::Explanation;
          explanation_ = label.field;
          awaiting_explanation_ = true;
          return;
        }
        statements.back().indicators.push_back(std::move(fresh));
        into_ = Into::Indicator;
        return;
      }
      case CellKind::Satuan: {
        ReadIndicator* open = indicator();
        if (open != nullptr && open->satuan.empty()) {
          open->satuan = cell.text;
          return;
        }
        ++left_out_satuan;
        return place_nowhere(cell);
      }
      case CellKind::Values: return take_values(cell);
      case CellKind::Explanation: {
        ReadIndicator* open = indicator();
        if (open == nullptr) return place_nowhere(cell);
        into_ = Into::Explanation;
        explanation_ = kind.field;
        // "Formulasi perhitungan :" / "Rumus :" stand for the formula itself; other labels ("Tipe perhitungan :
        // Kualitatif", "Catatan : ...") are kept with their words.
        std::string lower = lower_ascii(cell.text);
        bool formula_label = lower.rfind("formula", 0) == 0 || lower.rfind("rumus", 0) == 0;
        if (kind.field == Field::SumberData || formula_label) {
          if (!kind.rest.empty()) add_text(*open, kind.field, kind.rest);
        } else {
          add_text(*open, Field::Formula, cell.text);
        }
        awaiting_explanation_ = kind.rest.empty();  // "Formulasi perhitungan :" alone: the next cell is its text
        open->closed = true;
        return;
      }
      case CellKind::Jabatan:
        unit_ = kind.rest;
        into_ = Into::None;
        return;
      case CellKind::Text: {
        if (!pending_kode_.empty()) return open_statement(cell, pending_kode_level_, cell.text, pending_kode_);
        ReadIndicator* open = indicator();
        if (open != nullptr && into_ == Into::Explanation) return add_text(*open, explanation_, cell.text);
        if (open != nullptr && (into_ == Into::Indicator || into_ == Into::AfterIndicator)) {
          // Another column of the indicator's row (penjelasan, sumber data, penanggung jawab), in header order.
          bool formula_first = has_header(Field::Formula) && open->formula.empty();
          add_text(*open, formula_first || !has_header(Field::SumberData) ? Field::Formula : Field::SumberData, cell.text);
          into_ = Into::AfterIndicator;
          return;
        }
        return place_nowhere(cell);
      }
    }
  }

  void take_values(const StreamCell& cell) {
    std::vector<std::string> tokens = value_tokens(cell.text);
    ReadIndicator* open = indicator();
    // The planning forms put the indicator's explanation ("Cara penghitungan", "Rumus") before its values: the first
    // values after that text are still the indicator's (data capaian, targets), unless the text asks for a number
    // ("... kali" 100): then it is the formula's (formula_tail.h).
    if (open != nullptr && into_ == Into::AfterIndicator && open->values.empty() && !open->formula.empty()) {
      if (formula_awaits_number(open->formula)) return add_text(*open, Field::Formula, cell.text);
      open->closed = false;
      into_ = Into::Indicator;
    }
    if (open != nullptr && !open->closed && into_ == Into::Indicator) {
      for (std::string& token : tokens) {
        if (!years.empty() && open->values.size() >= value_slots()) {
          ++left_out_values;
          continue;
        }
        open->values.push_back(std::move(token));
        open->value_lines.push_back(cell.line);
      }
      return;
    }
    if (!statements.empty() && into_ == Into::Statement && statements.back().values.empty()) {
      statements.back().values = std::move(tokens);
      statements.back().values_line = cell.line;
      return;
    }
    left_out_values += static_cast<int>(tokens.size());
    place_nowhere(cell);
  }

  bool started_ = false, header_seen_ = false;
  bool tujuan_next_ = false;  // a TUJUAN title was read: the next statement is a tujuan
  bool pending_number_ = false, numbered_ = false, just_named_ = false, awaiting_explanation_ = false;
  std::string pending_kode_;
  PlanningLevel pending_kode_level_ = PlanningLevel::None;
  std::string unit_;
  Into into_ = Into::None;
  Field explanation_ = Field::Formula;
};

struct PlacedValues {
  bool placed = false;
  std::string baseline, akhir, akhir_pagu;
  std::vector<std::string> targets, pagu;  // by year; pagu empty when the row printed no Rp
};

// The values of one row in the order of the planning forms: [baseline], then per year its target [and Rp], then
// [kondisi akhir [and Rp]]. Optional columns the header names may be missing from the row; placed only when exactly
// one reading fits the count.
PlacedValues place_values(const std::vector<std::string>& values, std::size_t years, bool baseline, bool akhir, bool rp) {
  PlacedValues out;
  if (years == 0 || values.empty()) return out;
  int fits = 0;
  for (int with_rp = rp ? 1 : 0; with_rp >= 0; --with_rp)
    for (int with_base = baseline ? 1 : 0; with_base >= 0; --with_base)
      for (int with_akhir = akhir ? 1 : 0; with_akhir >= 0; --with_akhir) {
        std::size_t per_year = with_rp ? 2 : 1;
        if (values.size() != static_cast<std::size_t>(with_base) + years * per_year + with_akhir * per_year) continue;
        if (++fits > 1) continue;
        std::size_t at = 0;
        out = {};
        if (with_base) out.baseline = values[at++];
        for (std::size_t year = 0; year < years; ++year) {
          out.targets.push_back(values[at++]);
          if (with_rp) out.pagu.push_back(values[at++]);
        }
        if (with_akhir) {
          out.akhir = values[at++];
          if (with_rp) out.akhir_pagu = values[at++];
        }
        out.placed = true;
      }
  if (fits != 1) out = {};
  return out;
}

Field field_of(PlanningLevel level) {
  switch (level) {
    case PlanningLevel::Tujuan: return Field::Tujuan;
    case PlanningLevel::Program: return Field::Program;
    case PlanningLevel::Kegiatan: return Field::Kegiatan;
    case PlanningLevel::SubKegiatan: return Field::SubKegiatan;
    default: return Field::Sasaran;
  }
}

// Most lines from the table's first row on are short: a cell, or a wrapped part of one (seven in ten; five in ten over
// the whole text as the quick test before any cell is cut).
bool mostly_short_lines(const std::vector<std::string_view>& lines, int first_data_line, int tenths = 7) {
  int lines_seen = 0, short_lines = 0;
  for (std::size_t n = static_cast<std::size_t>(std::max(first_data_line, 1)) - 1; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    if (trim(line).empty()) continue;
    if (line.find('\t') != std::string_view::npos || line.find('|') != std::string_view::npos) return false;  // TSV, pipes
    ++lines_seen;
    // A CSV row separates its cells by commas or semicolons between words: not one cell.
    int separators = 0;
    for (std::size_t i = 1; i + 1 < line.size(); ++i)
      separators += (line[i] == ';' || line[i] == ',') && !std::isdigit(static_cast<unsigned char>(line[i + 1]));
    short_lines += words_of(trim(line)).size() <= 8 && separators < 3;
  }
  return lines_seen >= 3 && short_lines * 10 >= lines_seen * tenths;
}

// A third of the statements and indicators, or half of the statements, sharing their first line with another
// cell: the columns stand side by side (a different rendering), not one cell per line. A statement followed by
// values on its line is a whole row on one line: the reader of flattened rows reads those.
bool reads_as_table(const CellLineReader& reader, const std::vector<std::string_view>& lines) {
  return !reader.statements.empty() && reader.side_by_side_cells * 3 < reader.opening_cells &&
         reader.side_by_side_statements * 2 < std::max(reader.statement_cells, 1) && reader.whole_rows == 0 &&
         mostly_short_lines(lines, reader.first_data_line);
}

}  // namespace

bool looks_like_cell_lines(const std::vector<std::string_view>& lines) {
  CellLineReader reader;
  reader.read(cells_from_lines(lines));
  return reads_as_table(reader, lines);
}

int import_cell_lines(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  // Empty cells kept as empty lines (a Word table converted to text): every row the same number of lines.
  if (int read = import_cell_grid(lines, document, report); read > 0) return read;
  // Half the lines long, delimited or tabbed overall (a CSV, a TSV, prose): not this shape, without cutting cells.
  if (!mostly_short_lines(lines, 1, 5)) return 0;
  CellLineReader reader;
  reader.read(cells_from_lines(lines));
  if (!reads_as_table(reader, lines)) return 0;
  const std::vector<int>& years = reader.years;
  int pagu_year = years.size() == 1 ? years[0] : reader.title_year;

  std::vector<PlanningLevel> levels;
  bool any_unit = false;
  for (const ReadStatement& statement : reader.statements) {
    if (std::find(levels.begin(), levels.end(), statement.level) == levels.end()) levels.push_back(statement.level);
    any_unit = any_unit || !statement.unit.empty();
  }
  std::sort(levels.begin(), levels.end());
  ColumnLayout layout;
  if (any_unit) layout.push_back({Field::Unit});
  std::size_t first_statement_column = layout.size();
  for (PlanningLevel level : levels) layout.push_back({field_of(level)});
  if (levels.size() == 1) layout = with_one_statement_column(layout);
  bool any_kode = std::any_of(reader.statements.begin(), reader.statements.end(),
                              [](const ReadStatement& statement) { return !statement.kode.empty(); });
  std::size_t kode_column = layout.size();
  if (any_kode) layout.push_back({Field::Code});
  std::size_t indicator_column = layout.size();
  layout.push_back({Field::Indikator});
  layout.push_back({Field::Satuan});
  layout.push_back({Field::Formula});
  layout.push_back({Field::SumberData});
  bool baseline = reader.has_header(Field::Baseline), akhir = reader.has_header(Field::KondisiAkhir);
  bool rp = reader.has_header(Field::Pagu);
  std::size_t target_column = layout.size();
  for (int year : years) layout.push_back({Field::Target, year});
  std::size_t pagu_column = layout.size();  // the Rp of each year (or of the one year the title names)
  if (rp && !years.empty())
    for (int year : years) layout.push_back({Field::Pagu, year});
  else if (pagu_year > 0)
    layout.push_back({Field::Pagu, pagu_year});
  std::size_t baseline_column = layout.size();
  layout.push_back({Field::Baseline});
  layout.push_back({Field::KondisiAkhir});
  layout.push_back({Field::KondisiAkhirPagu});
  auto pagu_cell = [&](int year) -> std::size_t {
    if (rp && !years.empty()) {
      auto at = std::find(years.begin(), years.end(), year);
      return at == years.end() ? layout.size() : pagu_column + static_cast<std::size_t>(at - years.begin());
    }
    return year == pagu_year ? pagu_column : layout.size();
  };

  if (document.info.instansi.empty() && !reader.instansi.empty()) {
    document.info.instansi = reader.instansi;
    report.note({"Tebakan: instansi \"" + reader.instansi + "\" dibaca dari judul tabel.",
                 "A guess: the instansi \"" + reader.instansi + "\" was read from the table's title."});
  }
  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  int read = 0, left_out_values = reader.left_out_values;
  for (const ReadStatement& statement : reader.statements) {
    std::size_t column = first_statement_column +
                         static_cast<std::size_t>(std::find(levels.begin(), levels.end(), statement.level) - levels.begin());
    auto row_of = [&](int line) {
      TableRow row{line, std::vector<std::string>(layout.size())};
      row.cells[column] = statement.text;
      if (any_kode) row.cells[kode_column] = statement.kode;  // the kode belongs to the row's nomenclature
      if (any_unit) row.cells[0] = statement.unit;
      return row;
    };
    ++read;
    TableRow statement_row = row_of(statement.line);
    if (!statement.values.empty()) {
      // The first amount of money after a statement is its pagu of the year (the rest: realisasi, capaian).
      if (pagu_year > 0 && pagu_cell(pagu_year) < layout.size() && looks_like_money(statement.values[0])) {
        statement_row.cells[pagu_cell(pagu_year)] = statement.values[0];
        left_out_values += static_cast<int>(statement.values.size()) - 1;
      } else {
        left_out_values += static_cast<int>(statement.values.size());
        report.not_understood(statement.values_line, statement.values.front() + (statement.values.size() > 1 ? " ..." : ""),
                              {"teks satu sel per baris: angka setelah pernyataan, bukan Rp yang dikenali",
                               "text one cell per line: numbers after a statement, not a recognised Rp"});
      }
    }
    bool has_pagu = pagu_year > 0 && pagu_cell(pagu_year) < layout.size() && !statement_row.cells[pagu_cell(pagu_year)].empty();
    if (statement.indicators.empty() || has_pagu) builder.add_row(statement_row, layout);
    for (const ReadIndicator& indicator : statement.indicators) {
      TableRow row = row_of(indicator.line);
      row.cells[indicator_column] = indicator.name;
      row.cells[indicator_column + 1] = indicator.satuan;
      row.cells[indicator_column + 2] = indicator.formula;
      row.cells[indicator_column + 3] = indicator.sumber;
      PlacedValues placed = place_values(indicator.values, years.size(), baseline, akhir, rp);
      if (placed.placed) {
        for (std::size_t i = 0; i < years.size(); ++i) {
          row.cells[target_column + i] = placed.targets[i];
          if (!placed.pagu.empty()) row.cells[pagu_cell(years[i])] = placed.pagu[i];
        }
        row.cells[baseline_column] = placed.baseline;
        row.cells[baseline_column + 1] = placed.akhir;
        row.cells[baseline_column + 2] = placed.akhir_pagu;
      } else if (!indicator.values.empty()) {
        left_out_values += static_cast<int>(indicator.values.size());
        report.not_understood(indicator.value_lines.front(), indicator.values.front() + (indicator.values.size() > 1 ? " ..." : ""),
                              {"teks satu sel per baris: " + std::to_string(indicator.values.size()) +
                                   " angka, tidak sama dengan tahun pada judul kolom (" + std::to_string(years.size()) + ")",
                               "text one cell per line: " + std::to_string(indicator.values.size()) +
                                   " numbers, not the number of years in the header (" + std::to_string(years.size()) + ")"});
      }
      builder.add_row(row, layout);
      ++read;
    }
  }
  builder.finish();
  report.note({"Tebakan: tabel dari PDF dengan satu sel per baris: sel dipisahkan menurut bentuknya (pernyataan "
               "Meningkatnya ..., indikator Persentase/Jumlah ..., kode, satuan, angka per tahun). Periksa hasilnya, "
               "atau simpan tabel sebagai CSV.",
               "A guess: a table from a PDF with one cell per line: the cells were told apart by their shape "
               "(statements Meningkatnya ..., indicators Persentase/Jumlah ..., kode, satuan, numbers per year). Check "
               "the result, or save the table as CSV."});
  if (left_out_values > 0 || reader.left_out_satuan > 0)
    report.note({std::to_string(left_out_values) + " angka dan " + std::to_string(reader.left_out_satuan) +
                     " satuan tidak mendapat tempat dan tidak diimpor (lihat baris yang tidak dipahami).",
                 std::to_string(left_out_values) + " numbers and " + std::to_string(reader.left_out_satuan) +
                     " satuan found no place and were not imported (see the lines not understood)."});
  if (reader.left_out_kinerja > 0)
    report.note({std::to_string(reader.left_out_kinerja) + " pernyataan kinerja program/kegiatan/sub kegiatan tidak "
                     "disimpan: namanya menurut nomenklatur yang dipakai.",
                 std::to_string(reader.left_out_kinerja) + " kinerja statements of programs/kegiatan/sub kegiatan were "
                     "not stored: their nomenclature name is used."});
  for (const auto& [line, text] : reader.unplaced)
    report.not_understood(line, text, {"teks satu sel per baris: sel tanpa tempat di tabel",
                                       "text one cell per line: a cell with no place in the table"});
  return read;
}

}  // namespace pokin::import
