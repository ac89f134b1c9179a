#include "core/import/flattened_rows.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "core/import/cell_label.h"
#include "core/import/column_fields.h"
#include "core/import/flattened_cells.h"
#include "core/import/flattened_paragraph.h"
#include "core/import/flattened_values.h"
#include "core/import/flattened_words.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

struct FlatIndicator {
  int line = 0;
  std::string name, satuan;
  std::vector<std::string> values;
  // The first indicator of the cells split from one text ("Persentase A Persentase B ... 70% 60% 90% 90%"), npos
  // when the indicator stood alone.
  std::size_t group_first = std::string::npos;
};

struct FlatStatement {
  int line = 0;
  PlanningLevel level = PlanningLevel::Sasaran;
  std::string text;
  std::string label;  // "Sasaran Kegiatan :" written on the line above, "" when none
  std::string unit;   // the unit title written above, "" when none
  std::vector<std::string> values;  // numbers after the statement (Rp)
  std::string kode;                 // "1.1.2": the kode written before its label, "" when none
  std::vector<FlatIndicator> indicators;
  std::unordered_set<std::string> names;  // of the indicators: a repeated row adds none twice
  std::size_t satuan_cursor = 0;  // the first indicator that may still lack its satuan
};

// The list number opening a line written "3." or "3)" ("3. Bed Occupancy Rate"), 0 when there is none.
int list_number(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits + 1 >= text.size() || (text[digits] != '.' && text[digits] != ')') || text[digits + 1] != ' ')
    return 0;
  return std::stoi(std::string(text.substr(0, digits)));
}

class FlattenedReader {
 public:
  void read(const std::vector<std::string_view>& lines) {
    // Looking back from the end keeps it linear: whether the next non-empty line starts in lower case.
    std::vector<bool> next_lower(lines.size(), false);
    bool lower = false;
    for (std::size_t n = lines.size(); n-- > 0;) {
      next_lower[n] = lower;
      std::string_view line = lines[n];
      std::size_t first = line.find_first_not_of(" \t\r");
      if (first != std::string_view::npos) lower = std::islower(static_cast<unsigned char>(line[first])) != 0;
    }
    // A row of column numbers ("(1) (2) (3) ...") starts the table: the lines above it are its title and prose.
    std::size_t table_line = lines.size();
    for (std::size_t n = 0; n < lines.size() && table_line == lines.size(); ++n)
      if (end_of_column_numbers(lines[n]) != std::string_view::npos) table_line = n;
    for (std::size_t n = 0; n < lines.size(); ++n) {
      int number = static_cast<int>(n) + 1;
      std::string text = trim(lines[n]);
      observe_year_runs(text);
      if (table_line < lines.size() && n < table_line) {
        read_title(number, text);
        continue;
      }
      if (!is_flattened_paragraph(text)) {
        next_continues_ = next_lower[n];
        read_line(number, text);
        continue;
      }
      ParagraphPieces paragraph = split_flattened_paragraph(text);
      for (std::size_t p = 0; p <= paragraph.pieces.size(); ++p) {
        if (p == paragraph.header_at && !paragraph.header.empty()) read_header(paragraph.header);
        if (p == paragraph.pieces.size()) break;
        next_continues_ = p + 1 == paragraph.pieces.size() && next_lower[n];
        in_paragraph_ = true;
        read_line(number, std::string(paragraph.pieces[p]));
        in_paragraph_ = false;
      }
    }
    adopt_orphans();
  }

  std::vector<FlatStatement> statements;
  std::vector<int> years, range_years;
  std::string instansi;  // the unit named in the title, "" when none
  std::string unit;      // the unit title read last
  int title_year = 0;    // "Pengukuran Kinerja Tahun 2022"
  ValueColumns columns;  // what the headers say about the value columns
  // Text under "Formulasi :", "Sumber Data :", "Penjelasan :", "Tugas :": not read, named in the report.
  std::vector<std::pair<int, std::string>> explanations;
  std::vector<std::pair<int, std::string>> not_understood;
  std::vector<std::pair<int, std::string>> before_table;  // prose above the column numbers naming programs etc.

 private:
  enum class Open { None, Statement, Indicator, Explanation };

  // A line above the table's column numbers: its period, instansi and year are read; programs or statements
  // written in it are prose, named in the report.
  void read_title(int line, const std::string& text) {
    std::vector<std::string_view> words = words_of(text);
    read_header_years(words);
    if (instansi.empty() && names_an_instansi(text)) instansi = text;
    if (instansi.empty()) instansi = instansi_in_sentence(text);
    if (title_year == 0 && lower_ascii(text).find("tahun") != std::string::npos) title_year = year_in_text(text);
    if (words.size() <= 10 && looks_like_unit_title(text) && next_indicator_lead(text, 0) == std::string_view::npos)
      unit = text;  // "Sub Bidang Penyusunan Anggaran" above the table: the unit of its rows
    for (std::string_view word : words)
      if (is_statement_opener(word) || word == "Program" || word == "Kegiatan") {
        before_table.emplace_back(line, text.size() > 160 ? text.substr(0, 157) + "..." : text);
        break;
      }
  }

  // The header words of a flattened paragraph: the value columns, their years. A new table: no label carries over.
  void read_header(std::string_view header) {
    columns.observe(header);
    note_formula_column(header);
    header_seen_ = true;
    list_level_ = PlanningLevel::None;
    list_label_.clear();
    pending_level_ = PlanningLevel::None;
    open_ = Open::None;
  }

  // Three or more consecutive years in a row ("2012 2013 2014 2015"): the target columns' titles, wherever the
  // renderer put them.
  void observe_year_runs(std::string_view text) {
    std::vector<std::string_view> words = words_of(text);
    std::size_t run = 0;
    for (std::size_t i = 0; i <= words.size(); ++i) {
      bool next = i < words.size() && is_year(words[i]) &&
                  (run == 0 || std::stoi(std::string(words[i])) == std::stoi(std::string(words[i - 1])) + 1);
      if (next) {
        ++run;
        continue;
      }
      if (run >= 3) {
        std::string years_text;
        for (std::size_t k = i - run; k < i; ++k) years_text += std::string(words[k]) + " ";
        ValueColumns only_years;
        only_years.observe(years_text);
        for (int year : only_years.years)
          if (std::find(columns.years.begin(), columns.years.end(), year) == columns.years.end()) columns.years.push_back(year);
        std::sort(columns.years.begin(), columns.years.end());
      }
      run = i < words.size() && is_year(words[i]) ? 1 : 0;
    }
  }

  void read_line(int line, std::string text) {
    if (text.empty()) return;
    bool numbered_row = after_row_number_;  // the line before was a row's number alone ("1")
    after_row_number_ = false;
    std::string_view view = text;
    std::vector<std::string_view> words = words_of(view);
    // The last target of an indicator and the next cell on one line ("3.000 Formulasi perhitungan :"): the numbers
    // go to the indicator, the rest is read as a line. A list number ("2", "2.") opens the next row instead.
    if (open_ == Open::Indicator && words.size() > 1 && is_value(words[0]) && words[0].back() != '.' &&
        !(words[0].size() <= 2 && words[0].find_first_not_of("0123456789") == std::string_view::npos)) {
      std::size_t count = 0;
      while (count < words.size() && is_value(words[count])) ++count;
      if (count < words.size()) {
        for (std::size_t i = 0; i < count; ++i) indicator().values.emplace_back(words[i]);
        read_line(line, std::string(view.substr(static_cast<std::size_t>(words[count].data() - view.data()))));
        return;
      }
    }
    bool all_values = true;
    for (std::string_view word : words) all_values = all_values && (is_cell_value(word) || is_rp(word));
    if (statements.empty()) {  // the header: a period "TAHUN 2017 - 2021", the unit's title, "Tahun 2022"
      read_header_years(words);
      if (instansi.empty() && names_an_instansi(view)) instansi = text;
      if (title_year == 0 && lower_ascii(text).find("tahun") != std::string::npos) title_year = year_in_text(text);
      columns.observe(text, false);  // "Target Rp Target Rp ...": the value columns (a title's years are no columns)
      note_formula_column(text);
    }
    if (words.size() == 1 && is_year(words[0])) {  // a year alone: a target column's title (headers repeat)
      int year = std::stoi(std::string(words[0]));
      if (years.empty() || year == years.back() + 1) years.push_back(year);
      return;
    }
    if (words.size() == 1 && words[0].back() == '.' && words[0].find_first_not_of("0123456789.") == std::string_view::npos) {
      open_ = Open::None;  // a list number alone ("3."): the next item starts
      return;
    }
    if (all_values) {
      bool row_number = words.size() == 1 && words[0].size() <= 2 &&
                        words[0].find_first_not_of("0123456789") == std::string_view::npos;
      after_row_number_ = row_number;
      if (open_ == Open::Indicator) {
        for (std::string_view word : words)
          if (!is_rp(word)) indicator().values.emplace_back(word);
      } else if (open_ == Open::Statement && !row_number) {
        // "Program Pengelolaan Persampahan" then "Rp 3.250.000.000" (a budget table, one cell per line): its Rp.
        for (std::string_view word : words)
          if (!is_rp(word)) statements.back().values.emplace_back(word);
      } else if ((header_seen_ || !statements.empty()) && !row_number) {
        not_understood.emplace_back(line, text);  // numbers of a row whose names went elsewhere
      }
      return;
    }
    std::string kode;  // "1 1 2 Program ...", "1.02.01 Program ...": the kode written before a label
    {
      std::size_t k = 0;
      while (k < words.size() && is_kode_part(words[k])) ++k;
      bool dotted = k == 1 && words[0].find('.') != std::string_view::npos && words[0].back() != '.';
      if (k < words.size() && (k >= 2 || dotted) && read_statement_label(std::string(words[k]) + " x").role == LabelRole::Statement) {
        for (std::size_t i = 0; i < k; ++i) kode += (i ? "." : "") + std::string(words[i]);
        view = view.substr(static_cast<std::size_t>(words[k].data() - view.data()));
      }
    }
    std::string_view body = without_number(view);
    if (body.empty()) return;
    if (std::string_view holder = labelled_value(body, {"Instansi", "SKPD", "Unit Kerja", "Perangkat Daerah", "OPD"});
        !holder.empty()) {
      if (instansi.empty()) instansi = trim(holder);
      open_ = Open::None;
      return;
    }
    if (opens_explanation(body)) {  // "Penjelasan: ...", "Tugas : 1. ...": the text of a column that is not read
      explanations.emplace_back(line, text);
      open_ = Open::Explanation;
      return;
    }
    LabelledText label = read_statement_label(body);
    if (body.back() == ':' && words.size() <= 4) {  // a label alone ("Sasaran Kegiatan :"): the next line is its text
      LabelledText bare = read_statement_label(std::string(body) + " x");
      if (bare.role == LabelRole::Statement) {
        pending_level_ = bare.level;
        pending_label_ = std::string(body);
        list_level_ = bare.level;
        list_label_ = pending_label_;
        open_ = Open::None;
        return;
      }
      if (is_explanation_label(body)) {
        open_ = Open::Explanation;
        return;
      }
    }
    // A column title: short, or in capitals ("INDIKATOR KINERJA UTAMA"); a unit's title is no column title.
    bool capitals = std::none_of(body.begin(), body.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    bool continues = open_ != Open::None && std::islower(static_cast<unsigned char>(body[0]));
    // "1" then "Program Pengelolaan Persampahan" under the rows already read: a numbered row's program, not a
    // column title (which combines level words: "Program Kegiatan", "Program / Kegiatan", "Kegiatan: Persentase").
    bool named_statement = false;
    if (numbered_row && !statements.empty() && !capitals && words.size() >= 3 && label.role == LabelRole::Statement && !label.rest.empty()) {
      std::vector<std::string_view> named = words_of(label.rest);
      std::string_view after = named.size() > 1 && starts_word(named[0], "Program") ? named[1] : named[0];
      named_statement = std::isupper(static_cast<unsigned char>(after[0])) && !starts_with_any(after, kIndicatorLeads) &&
                        !starts_with_any(after, std::array<std::string_view, 5>{"Kegiatan", "Sub", "Program", "Indikator", "Dan"});
    }
    if (!continues && !named_statement && (words.size() <= 3 || (capitals && words.size() <= 5)) &&
        recognise_header(body).field != Field::None) {
      columns.observe(body, true);
      note_formula_column(body);
      return;
    }
    if (open_ == Open::Explanation && !starts_with_any(body, kStatementLeads) && body.size() == view.size()) {
      explanations.emplace_back(line, text);
      return;
    }
    if (label.role == LabelRole::Indicator && !label.rest.empty() && !statements.empty()) {
      open_indicator(line, label.rest);
      return;
    }
    if (label.role == LabelRole::Statement && !label.rest.empty()) {
      // "Program Wajib Belajar ... Angka Kelulusan (AL) ... 100% 100%": the program's name, then its indicator.
      std::size_t lead = next_indicator_lead(label.rest, 0);
      if (lead == std::string::npos) lead = repeated_cell(label.rest);
      open_statement(line, label.level, label.rest.substr(0, lead), kode);
      if (lead != std::string::npos) open_indicator(line, std::string_view(label.rest).substr(lead));
      return;
    }
    if (body.front() == '(' && body.back() == ')' && is_value(body.substr(1, body.size() - 2))) return;  // "(3)"
    if (open_ == Open::Indicator && std::all_of(words.begin(), words.end(), is_satuan) && !unfinished(indicator().name)) {
      put_satuan(words);  // "persen persen": the satuan cells of the indicators above, in order
      return;
    }
    bool lower = std::islower(static_cast<unsigned char>(body[0])) || body[0] == '(';
    // Only an open statement or an indicator still without numbers continues (never an explanation: its numbered
    // line ends it, and no indicator may exist yet).
    if (lower && (open_ == Open::Statement || (open_ == Open::Indicator && indicator().values.empty()))) {
      continue_open(line, body);
      return;
    }
    // "Jabatan : Bupati X" then "selaku atasan pihak pertama, selanjutnya disebut pihak kedua" (a Perjanjian
    // Kinerja): the superior who signs, not the unit of the rows; the unit before that jabatan stands.
    if (jabatan_set_unit_ && lower_ascii(text).find("disebut pihak kedua") != std::string::npos) {
      unit = unit_before_jabatan_;
      jabatan_set_unit_ = false;
      explanations.emplace_back(line, shortened(text));
      return;
    }
    if (starts_word(body, "Jabatan")) {  // "1. Jabatan : SEKRETARIS KECAMATAN" (an IKI): the unit of what follows
      std::size_t colon = body.find(':');
      if (colon != std::string_view::npos && !trim(body.substr(colon + 1)).empty()) {
        unit_before_jabatan_ = unit;
        jabatan_set_unit_ = true;
        unit = trim(body.substr(colon + 1));
        open_ = Open::None;
        return;
      }
    }
    // A unit's title on its own line before the rows ("Kepala Sub Bidang ..."); right after an indicator it is the
    // penanggung jawab cell of that row, not read.
    if (pending_level_ == PlanningLevel::None && open_ == Open::None && words.size() <= 10 &&
        looks_like_unit_title(body) && next_indicator_lead(body, 0) == std::string_view::npos) {
      unit = std::string(body);  // "Kepala Sub Bidang ...": the unit of the rows below
      open_ = Open::None;
      return;
    }
    if (starts_with_any(body, kStatementLeads) || pending_level_ != PlanningLevel::None) {
      if (pending_level_ == PlanningLevel::None && list_level_ != PlanningLevel::None) {
        pending_level_ = list_level_;  // a list under one label ("Sasaran Sub-Kegiatan :" then two statements)
        pending_label_ = list_label_;
      }
      PlanningLevel level = pending_level_ != PlanningLevel::None ? pending_level_ : PlanningLevel::Sasaran;
      std::size_t lead = next_indicator_lead(body, 0);
      if (lead == std::string_view::npos) lead = repeated_cell(body);
      if (pending_level_ == PlanningLevel::None && words_of(body.substr(0, lead)).size() < 2 && !next_continues_) {
        not_understood.emplace_back(line, text);  // a lead word alone ("Meningkatkan"): its cell went elsewhere
        open_ = Open::None;
        return;
      }
      // A statement cell rarely runs past 30 words: more is a paragraph of prose that opens with a result word.
      if (words_of(body.substr(0, lead)).size() > 30) {
        not_understood.emplace_back(line, shortened(text));
        open_ = Open::None;
        return;
      }
      open_statement(line, level, std::string(body.substr(0, lead)), kode);
      if (lead != std::string_view::npos) open_indicator(line, body.substr(lead));
      return;
    }
    if (!statements.empty() && starts_with_any(body, kIndicatorLeads) && reads_as_explanation(body)) {
      explanations.emplace_back(line, shortened(text));  // the penjelasan column, opening with the indicator's words
      return;
    }
    if (!statements.empty() && starts_with_any(body, kIndicatorLeads)) {
      open_indicator(line, body);
      indicator_number_ = list_number(view);
      return;
    }
    // A numbered list of indicators ("1. Persentase ...", "2. Persentase ...", "3. Bed Occupancy Rate (BOR)"): the
    // next number opens the next indicator, whatever its first word.
    if (!statements.empty() && open_ == Open::Indicator && indicator_number_ > 0 &&
        list_number(view) == indicator_number_ + 1 && std::isupper(static_cast<unsigned char>(body[0]))) {
      open_indicator(line, body);
      ++indicator_number_;
      return;
    }
    if (statements.empty() && (header_seen_ || in_paragraph_) && starts_with_any(body, kIndicatorLeads)) {
      orphans_.emplace_back(line, std::string(body));  // rows printed before their statement's merged cell
      open_ = Open::None;
      return;
    }
    if (!statements.empty() || header_seen_) not_understood.emplace_back(line, shortened(text));
    open_ = Open::None;
  }

  void read_header_years(const std::vector<std::string_view>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!is_year(words[i])) continue;
      int year = std::stoi(std::string(words[i]));
      if (i + 2 < words.size() && words[i + 1] == "-" && is_year(words[i + 2])) {
        int last = std::stoi(std::string(words[i + 2]));
        if (last >= year && last - year < 10 && range_years.empty())
          for (int y = year; y <= last; ++y) range_years.push_back(y);
        i += 2;
        continue;
      }
    }
    for (std::string_view word : words) {  // "2021-2026," written as one word
      while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ')')) word.remove_suffix(1);
      if (word.size() != 9 || word[4] != '-' || !is_year(word.substr(0, 4)) || !is_year(word.substr(5))) continue;
      int year = std::stoi(std::string(word.substr(0, 4))), last = std::stoi(std::string(word.substr(5)));
      if (last >= year && last - year < 10 && range_years.empty())
        for (int y = year; y <= last; ++y) range_years.push_back(y);
    }
  }

  void open_statement(int line, PlanningLevel level, std::string text, std::string kode = {}) {
    pending_level_ = PlanningLevel::None;
    indicator_number_ = 0;
    // The numbers at the end of a statement are its Rp (a budget table).
    std::vector<std::string_view> words = words_of(text);
    std::size_t end = words.size();
    while (end > 1 && (is_value(words[end - 1]) || is_rp(words[end - 1]))) --end;
    FlatStatement statement{line, level, "", std::move(pending_label_), unit, {}, std::move(kode), {}, {}};
    for (std::size_t i = 0; i < words.size(); ++i)
      if (i < end) statement.text += (i ? " " : "") + std::string(words[i]);
      else if (!is_rp(words[i])) statement.values.emplace_back(words[i]);
    // The same row printed again (a page break repeats it): one statement; its cells join the first.
    if (!statements.empty() && statements.back().level == statement.level && statements.back().text == statement.text &&
        statements.back().kode == statement.kode) {
      explanations.emplace_back(line, "(" + statement.text + ")");
      pending_label_.clear();
      open_ = Open::Statement;
      return;
    }
    statements.push_back(std::move(statement));
    pending_label_.clear();
    open_ = Open::Statement;
  }

  // An indicator's text: its name up to the next lead word (what follows is a formula or an explanation, not
  // read), then a numeric tail (targets) with the word before it as satuan.
  // Several indicators opening with the same word on one line ("Angka Partisipasi Kasar PAUD Angka Partisipasi
  // Murni PAUD") are several cells (a group: their values may follow the last name, column by column); another
  // lead word ("Persentase X Jumlah X dibagi ...") opens the formula. The lead word again right before the values
  // ("Indeks Merit Sistem Indeks - 0,51") is the satuan; the name again ("Jumlah zakat ... Jumlah zakat ...") is the
  // next column repeating it (a definition), read as nothing.
  void open_indicator(int line, std::string_view text, FlatStatement* into = nullptr) {
    FlatIndicator indicator{line, {}, {}, {}};
    FlatStatement& owner = into ? *into : statements.back();
    std::vector<FlatIndicator>& indicators = owner.indicators;
    std::size_t group_first = indicators.size();
    std::string previous;  // the name of the last cell split off, to recognise a repeat
    std::size_t next = next_indicator_lead(text, 1);
    while (next != std::string_view::npos) {
      std::string_view first = text.substr(0, text.find(' '));
      std::string_view rest = text.substr(next);
      std::vector<std::string_view> rest_words = words_of(rest);
      if (std::all_of(rest_words.begin() + 1, rest_words.end(), is_cell_value)) break;  // the satuan, then values
      // Another lead word: the formula column, when the table has one or the cell reads as a ratio ("... terhadap
      // ...", "dibagi"); else the next indicator.
      if (!starts_word(rest, first) && (formula_column_ || reads_as_ratio(rest.substr(0, next_indicator_lead(rest, 1))))) {
        not_understood.emplace_back(line, shortened(std::string(rest)));
        text = text.substr(0, next);
        break;
      }
      std::string name = trim(text.substr(0, next));
      if (!previous.empty() && starts_word(previous, name)) {
        explanations.emplace_back(line, name);  // the name repeated by the next column
      } else {
        indicators.push_back({line, name, {}, {}});
        owner.names.insert(name);
        previous = name;
      }
      text = rest;
      next = next_indicator_lead(text, 1);
    }
    if (std::size_t explained = explanation_start(text); explained != std::string_view::npos) {
      not_understood.emplace_back(line, shortened(std::string(text.substr(explained))));
      text = text.substr(0, explained);
    }
    std::vector<std::string_view> words = words_of(text);
    std::size_t end = words.size();
    while (end > 1 && is_cell_value(words[end - 1])) --end;
    // "Angka Kelulusan (AL) SD/MI (jumlah siswa yang lulus : jumlah siswa kelas 6) x 100% (41.139 : 41.139) x 100% =
    // 100% 100% ...": the formula column, in parentheses opening in lower case, ends the name; it is not read.
    std::size_t name_end = end;
    for (std::size_t i = 1; i < end && name_end == end; ++i) {
      if (words[i].size() < 2 || words[i][0] != '(' || !std::islower(static_cast<unsigned char>(words[i][1]))) continue;
      std::size_t close = i;
      bool formula = false;
      for (; close < end && words[close].back() != ')'; ++close) formula = formula || words[close] == ":" || words[close] == "/";
      if (close + 1 < end && (words[close + 1] == "x" || words[close + 1] == "X")) formula = true;
      if (!formula || close - i < 4) continue;
      name_end = i;
      std::string formula_text;
      for (std::size_t k = i; k < end; ++k) formula_text += (k > i ? " " : "") + std::string(words[k]);
      explanations.emplace_back(line, shortened(formula_text));
    }
    for (std::size_t i = end; i < words.size(); ++i) indicator.values.emplace_back(words[i]);
    if (name_end == end && end < words.size() && end > 1 && is_satuan(words[end - 1]))
      indicator.satuan = std::string(words[--end]), name_end = end;
    // "Peringkat Daerah pada MTQ Peringkat Daerah pada MTQ": the name and the next column repeating it.
    if (name_end >= 6 && name_end % 2 == 0 &&
        std::equal(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(name_end / 2),
                   words.begin() + static_cast<std::ptrdiff_t>(name_end / 2)))
      name_end /= 2;
    for (std::size_t i = 0; i < name_end; ++i) indicator.name += (i ? " " : "") + std::string(words[i]);
    if (!previous.empty() && starts_word(previous, indicator.name)) {
      // The last cell only repeats the name before it: its values are that indicator's.
      explanations.emplace_back(line, indicator.name);
      FlatIndicator& last = indicators.back();
      last.values = std::move(indicator.values);
      if (last.satuan.empty()) last.satuan = indicator.satuan;
    } else if (owner.names.insert(indicator.name).second) {
      indicators.push_back(std::move(indicator));
    } else {
      explanations.emplace_back(line, indicator.name);  // a repeated row's cell: the statement has it already
    }
    if (indicators.size() > group_first && indicators.size() - group_first > 1)
      for (std::size_t i = group_first; i < indicators.size(); ++i) indicators[i].group_first = group_first;
    open_ = Open::Indicator;
  }

  void continue_open(int line, std::string_view text) {
    if (open_ == Open::Indicator && continue_with_values(line, text)) return;
    std::string& into = open_ == Open::Statement ? statements.back().text : indicator().name;
    into += " ";
    into += text;
  }

  // A wrapped indicator cell whose last line carries the row's other cells, and maybe the next row ("keuangan yang
  // bersifat materil % 55% n/a n/a 2 Persentase penurunan nilai temuan"): the words up to a run of values end the
  // name, the word before the run is its satuan when it reads as one, the run is the row's values, and what follows
  // the run (with the list number closing it) is read as the next line. The run counts only when it ends the text
  // or a lead word follows it, and when it holds two values or more or follows a satuan (a name may end in a number:
  // "usia 0-6"). Returns false when the text holds no such run (it is all name).
  bool continue_with_values(int line, std::string_view text) {
    std::vector<std::string_view> words = words_of(text);
    for (std::size_t start = 0; start < words.size(); ++start) {
      if (!is_cell_value(words[start])) continue;
      std::size_t end = start;
      while (end < words.size() && is_cell_value(words[end])) ++end;
      bool opens_row = end < words.size() &&
                       (starts_with_any(words[end], kIndicatorLeads) || starts_with_any(words[end], kStatementLeads));
      if (end < words.size() && !opens_row) {
        start = end;
        continue;
      }
      std::size_t values_end = end;
      if (opens_row && values_end - start > 1 && words[values_end - 1].size() <= 2 &&
          words[values_end - 1].find_first_not_of("0123456789") == std::string_view::npos)
        --values_end;  // "2": the next row's list number
      bool satuan = start > 0 && is_satuan(words[start - 1]);
      if (!satuan && values_end - start < 2) return false;
      FlatIndicator& open = indicator();
      for (std::size_t i = start; i < values_end; ++i) open.values.emplace_back(words[i]);
      std::size_t name_end = satuan ? start - 1 : start;
      if (satuan && open.satuan.empty()) open.satuan = std::string(words[start - 1]);
      for (std::size_t i = 0; i < name_end; ++i) open.name += " " + std::string(words[i]);
      if (values_end < words.size())
        read_line(line, std::string(text.substr(static_cast<std::size_t>(words[values_end].data() - text.data()))));
      return true;
    }
    return false;
  }

  FlatIndicator& indicator() { return statements.back().indicators.back(); }

  void put_satuan(const std::vector<std::string_view>& words) {
    std::vector<FlatIndicator>& indicators = statements.back().indicators;
    std::size_t& at = statements.back().satuan_cursor;  // moves forward only: linear over the statement
    while (at < indicators.size() && !indicators[at].satuan.empty()) ++at;
    for (std::string_view word : words)
      if (at < indicators.size()) indicators[at++].satuan = std::string(word);
  }

  // Indicator rows read before any statement: a statement's merged cell is printed in the middle or at the end of its
  // rows, so they go to the first statement that gets no indicator of its own (a guess, said in the report).
  void adopt_orphans() {
    if (orphans_.empty()) return;
    auto owner = std::find_if(statements.begin(), statements.end(),
                              [](const FlatStatement& statement) { return statement.indicators.empty(); });
    for (const auto& [line, text] : orphans_) {
      if (owner == statements.end()) {
        not_understood.emplace_back(line, shortened(text));
        continue;
      }
      open_indicator(line, text, &*owner);
      ++adopted;
    }
    orphans_.clear();
  }

 public:
  int adopted = 0;  // indicator rows given to a statement printed after them

 private:
  // Whether a header names a formula or explanation column: then a second lead word in an indicator's cell opens
  // that column ("Persentase X Jumlah X dibagi ..."), else it opens the next indicator.
  void note_formula_column(std::string_view header) {
    std::string lower = lower_ascii(header);
    for (std::string_view word : {"formula", "rumus", "penjelasan", "perhitungan", "definisi", "cara peng"})
      formula_column_ = formula_column_ || lower.find(word) != std::string::npos;
  }

  Open open_ = Open::None;
  int indicator_number_ = 0;  // the list number ("3.") of the open indicator, 0 when it had none
  std::string unit_before_jabatan_;  // the unit before the last "Jabatan :" line (a second party's is undone)
  bool jabatan_set_unit_ = false;
  bool after_row_number_ = false;  // the last line read was a row's number alone
  bool formula_column_ = false;
  bool in_paragraph_ = false;
  std::vector<std::pair<int, std::string>> orphans_;
  bool header_seen_ = false;  // a paragraph's header was read: what follows are the table's rows
  bool next_continues_ = false;
  PlanningLevel pending_level_ = PlanningLevel::None;
  std::string pending_label_, list_label_;
  PlanningLevel list_level_ = PlanningLevel::None;
};

Field field_of(PlanningLevel level) {
  switch (level) {
    case PlanningLevel::Tujuan: return Field::Tujuan;
    case PlanningLevel::Program: return Field::Program;
    case PlanningLevel::Kegiatan: return Field::Kegiatan;
    case PlanningLevel::SubKegiatan: return Field::SubKegiatan;
    default: return Field::Sasaran;
  }
}

// The Tujuan of a table that writes its goals in the active form and its sasaran as results: "Meningkatkan
// Profesionalisme ASN" above "Meningkatnya Disiplin ASN" (Permendagri 86/2017 tables read so). Statements that a
// label already placed keep their level.
void find_goals(std::vector<FlatStatement>& statements) {
  auto first_word = [](const std::string& text) { return std::string_view(text).substr(0, text.find(' ')); };
  bool results = false;
  for (const FlatStatement& statement : statements)
    results = results || (statement.level == PlanningLevel::Sasaran && statement.label.empty() &&
                          is_statement_opener(first_word(statement.text)) && !is_active_goal_word(first_word(statement.text)));
  if (!results) return;
  for (FlatStatement& statement : statements)
    if (statement.level == PlanningLevel::Sasaran && statement.label.empty() && is_active_goal_word(first_word(statement.text)))
      statement.level = PlanningLevel::Tujuan;
}

// The years of the target columns: the headers' own, the years printed alone, the period of the title, its year.
std::vector<int> target_years(const FlattenedReader& reader) {
  if (!reader.columns.years.empty()) return reader.columns.years;
  std::vector<int> years = reader.years.size() >= 2 ? reader.years : reader.range_years;
  if (years.empty() && reader.title_year > 0) years.push_back(reader.title_year);
  return years;
}

// The values of each indicator placed on the header's columns. The cells of a group printed column by column (n
// names, then n values of each column) are dealt out to the group's rows when the last name's run fits no row.
std::vector<PlacedValues> place_rows(const std::vector<FlatIndicator>& indicators, const ValueColumns& columns,
                                     const std::vector<int>& years) {
  std::vector<PlacedValues> placed(indicators.size());
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const FlatIndicator& indicator = indicators[i];
    if (indicator.values.empty()) continue;
    // One year (a yearly measurement): the first number is its target, the ones after it realisasi and
    // percentages, not read; unless the header gives a baseline before it ("Status Awal Target 2019").
    if (years.size() == 1 && !columns.baseline) {
      // The header's Target / Realisasi / Capaian, when the run fits them one to one.
      placed[i] = place_on_header(indicator.values, columns, years);
      if (placed[i].placed) continue;
      placed[i].placed = true;
      if (!is_one_of(std::string_view(indicator.values[0]), std::array<std::string_view, 2>{"-", "NA"}))
        placed[i].target[years[0]] = indicator.values[0];
      placed[i].numbers_left_out = static_cast<int>(indicator.values.size()) - 1;
      continue;
    }
    placed[i] = place_values(indicator.values, columns, years);
    if (placed[i].placed || indicator.group_first == std::string::npos) continue;
    std::size_t first = indicator.group_first, rows = i + 1 - first;
    bool names_only = true;
    for (std::size_t k = first; k < i; ++k) names_only = names_only && indicators[k].values.empty();
    std::vector<std::vector<std::string>> dealt = rows_of_columns(indicator.values, rows);
    if (!names_only || dealt.empty()) continue;
    std::vector<PlacedValues> group;
    for (const std::vector<std::string>& row : dealt) {
      group.push_back(place_values(row, columns, years));
      if (!group.back().placed) break;
    }
    if (group.size() != rows || !group.back().placed) continue;
    for (std::size_t k = 0; k < rows; ++k) placed[first + k] = group[k];
  }
  return placed;
}

}  // namespace

int import_flattened_rows(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  FlattenedReader reader;
  reader.read(lines);
  if (reader.statements.empty()) return 0;
  find_goals(reader.statements);
  std::vector<int> years = target_years(reader);
  bool any_unit = false, any_pagu = false, any_kode = false;
  for (const FlatStatement& statement : reader.statements)
    any_unit = any_unit || !statement.unit.empty(), any_pagu = any_pagu || !statement.values.empty(),
    any_kode = any_kode || !statement.kode.empty();

  // The last indicator read, when the text ends in it without the values the other rows have: a row cut by the
  // end of the text (a page or an excerpt), not imported.
  const FlatIndicator* cut = nullptr;
  {
    const FlatStatement& last = reader.statements.back();
    bool others_have_values = false;
    for (const FlatStatement& statement : reader.statements)
      for (const FlatIndicator& indicator : statement.indicators)
        others_have_values = others_have_values || !indicator.values.empty();
    if (!last.indicators.empty() && last.indicators.back().values.empty() && others_have_values &&
        last.indicators.back().group_first == std::string::npos)
      cut = &last.indicators.back();
  }

  // Where each indicator's values go, first: the columns follow from what was found.
  std::vector<std::vector<PlacedValues>> placed;
  bool any_baseline = false, any_akhir = false, any_akhir_pagu = false, any_realisasi = false;
  for (const FlatStatement& statement : reader.statements) {
    placed.push_back(place_rows(statement.indicators, reader.columns, years));
    for (const PlacedValues& values : placed.back()) {
      any_baseline = any_baseline || !values.baseline.empty();
      any_akhir = any_akhir || !values.akhir.empty();
      any_akhir_pagu = any_akhir_pagu || !values.akhir_pagu.empty();
      any_realisasi = any_realisasi || !values.realisasi.empty();
      any_pagu = any_pagu || !values.pagu.empty();
    }
  }

  // One column per statement level seen, then the pagu per year, the indicator, satuan, baseline, a target per year
  // and the kondisi akhir.
  std::vector<PlanningLevel> levels;
  for (const FlatStatement& statement : reader.statements)
    if (std::find(levels.begin(), levels.end(), statement.level) == levels.end()) levels.push_back(statement.level);
  std::sort(levels.begin(), levels.end());
  ColumnLayout layout;
  if (any_unit) layout.push_back({Field::Unit});
  std::size_t kode_column = layout.size();
  if (any_kode) layout.push_back({Field::Code});
  std::size_t first_statement_column = layout.size();
  for (PlanningLevel level : levels) layout.push_back({field_of(level)});
  if (levels.size() == 1) layout = with_one_statement_column(layout);
  std::size_t pagu_column = layout.size();
  if (any_pagu)
    for (int year : years) layout.push_back({Field::Pagu, year});
  std::size_t akhir_pagu_column = layout.size();
  if (any_akhir_pagu) layout.push_back({Field::KondisiAkhirPagu});
  std::size_t indicator_column = layout.size();
  layout.push_back({Field::Indikator});
  layout.push_back({Field::Satuan});
  std::size_t baseline_column = layout.size();
  if (any_baseline) layout.push_back({Field::Baseline});
  std::size_t target_column = layout.size();
  for (int year : years) layout.push_back({Field::Target, year});
  std::size_t akhir_column = layout.size();
  if (any_akhir) layout.push_back({Field::KondisiAkhir});
  std::size_t realisasi_column = layout.size();
  if (any_realisasi)
    for (int year : years) layout.push_back({Field::Realisasi, year});
  auto year_index = [&](int year) { return static_cast<std::size_t>(std::find(years.begin(), years.end(), year) - years.begin()); };

  if (document.info.instansi.empty() && !reader.instansi.empty()) {
    document.info.instansi = reader.instansi;
    report.note({"Tebakan: instansi \"" + reader.instansi + "\" dibaca dari judul tabel.",
                 "A guess: the instansi \"" + reader.instansi + "\" was read from the table's title."});
  }
  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  int read = 0;
  std::vector<std::pair<int, std::string>> unplaced, pagu_twice;
  int capaian_left_out = 0;
  std::vector<std::pair<int, int>> numbers_left_out;  // line, count
  for (std::size_t s = 0; s < reader.statements.size(); ++s) {
    const FlatStatement& statement = reader.statements[s];
    std::size_t column = first_statement_column + (std::find(levels.begin(), levels.end(), statement.level) - levels.begin());
    bool pagu_given = false;
    auto row_of = [&](int line) {
      TableRow row{line, std::vector<std::string>(layout.size())};
      row.cells[column] = statement.label.empty() ? statement.text : statement.label + " " + statement.text;
      if (any_unit) row.cells[0] = statement.unit;
      if (any_kode) row.cells[kode_column] = statement.kode;
      if (any_pagu && years.size() == 1 && !statement.values.empty()) {
        row.cells[pagu_column] = statement.values[0];
        pagu_given = true;
      }
      return row;
    };
    ++read;
    std::size_t imported = 0;
    for (std::size_t i = 0; i < statement.indicators.size(); ++i) {
      const FlatIndicator& indicator = statement.indicators[i];
      if (&indicator == cut) continue;
      const PlacedValues& values = placed[s][i];
      TableRow row = row_of(indicator.line);
      row.cells[indicator_column] = indicator.name;
      row.cells[indicator_column + 1] = indicator.satuan;
      if (!indicator.values.empty() && !values.placed) {
        std::string shown = indicator.name + ":";
        for (const std::string& value : indicator.values) shown += " " + value;
        unplaced.emplace_back(indicator.line, shown);
      }
      if (any_baseline) row.cells[baseline_column] = values.baseline;
      for (const auto& [year, realisasi] : values.realisasi) row.cells[realisasi_column + year_index(year)] = realisasi;
      capaian_left_out += values.capaian_left_out;
      if (values.numbers_left_out > 0) numbers_left_out.emplace_back(indicator.line, values.numbers_left_out);
      for (const auto& [year, target] : values.target) row.cells[target_column + year_index(year)] = target;
      if (any_akhir) row.cells[akhir_column] = values.akhir;
      if (!values.pagu.empty() || !values.akhir_pagu.empty()) {
        if (pagu_given) {
          pagu_twice.emplace_back(indicator.line, indicator.name);
        } else {
          for (const auto& [year, pagu] : values.pagu) row.cells[pagu_column + year_index(year)] = pagu;
          if (any_akhir_pagu) row.cells[akhir_pagu_column] = values.akhir_pagu;
          pagu_given = true;
        }
      }
      builder.add_row(row, layout);
      ++read;
      ++imported;
    }
    if (imported == 0) builder.add_row(row_of(statement.line), layout);
  }
  builder.finish();
  report.note({"Tebakan: teks tanpa batas sel: kolom ditebak dari kata pembuka pernyataan (Meningkatnya ..., Program, "
               "Kegiatan) dan indikator (Persentase, Jumlah, Indeks ...). Periksa hasilnya, atau simpan tabel sebagai CSV.",
               "A guess: text without cell borders: columns were guessed from the words that open statements "
               "(Meningkatnya ..., Program, Kegiatan) and indicators (Persentase, Jumlah, Indeks ...). Check the result, "
               "or save the table as CSV."});
  if (capaian_left_out > 0)
    report.note({std::to_string(capaian_left_out) + " sel capaian tidak disimpan: Pokin menghitung capaian sendiri dari "
                     "target dan realisasi.",
                 std::to_string(capaian_left_out) + " capaian cells not stored: Pokin works capaian out itself from "
                     "target and realisasi."});
  for (const auto& [line, count] : numbers_left_out)
    report.not_understood(line, "", {std::to_string(count) + " angka setelah target tidak disimpan (kolomnya tidak jelas dari judul tabel)",
                                     std::to_string(count) + " numbers after the target not stored (the table's header "
                                     "does not make their columns clear)"});
  if (reader.adopted > 0)
    report.note({"Tebakan: " + std::to_string(reader.adopted) + " indikator tertulis sebelum pernyataan pertama diberikan "
                     "kepada pernyataan pertama yang tanpa indikator (sel gabungan dicetak di tengah barisnya).",
                 "A guess: " + std::to_string(reader.adopted) + " indicators written before the first statement were "
                     "given to the first statement without indicators (a merged cell printed in the middle of its rows)."});
  if (!unplaced.empty())
    report.note({std::to_string(unplaced.size()) + " indikator memiliki angka yang tidak cocok dengan kolom tahun pada "
                     "judul tabel; angka itu tidak diimpor (lihat daftar baris).",
                 std::to_string(unplaced.size()) + " indicators have numbers that fit none of the header's year "
                     "columns; those numbers were not imported (see the list of lines)."});
  for (const auto& [line, text] : unplaced)
    report.not_understood(line, shortened(text), {"teks tanpa batas sel: angka tidak cocok dengan kolom tahun, tidak diimpor",
                                                  "text without cell borders: numbers fit no year column, not imported"});
  for (const auto& [line, name] : pagu_twice)
    report.not_understood(line, name, {"teks tanpa batas sel: pagu kedua untuk pernyataan yang sama, tidak diimpor",
                                       "text without cell borders: a second pagu for the same statement, not imported"});
  if (cut)
    report.not_understood(cut->line, cut->name, {"teks berakhir di tengah baris ini (terpotong), tidak diimpor",
                                                 "the text ends inside this row (cut off), not imported"});
  for (const auto& [line, text] : reader.before_table)
    report.not_understood(line, text, {"uraian di atas tabel (sebelum nomor kolom), bukan baris tabel",
                                       "prose above the table (before the column numbers), not a table row"});
  for (const auto& [line, text] : reader.explanations)
    report.not_understood(line, shortened(text), {"teks tanpa batas sel: penjelasan atau formula, tidak dibaca",
                                                  "text without cell borders: an explanation or formula, not read"});
  for (const auto& [line, text] : reader.not_understood)
    report.not_understood(line, text, {"teks tanpa batas sel: tidak dikenali sebagai pernyataan atau indikator",
                                       "text without cell borders: not recognised as a statement or an indicator"});
  return read;
}

}  // namespace pokin::import
