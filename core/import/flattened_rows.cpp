#include "core/import/flattened_rows.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/import/cell_label.h"
#include "core/import/column_fields.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

constexpr std::array<std::string_view, 22> kStatementLeads = {
    "Meningkatnya", "Terwujudnya", "Tersusunnya", "Menurunnya", "Tercapainya", "Terlaksananya", "Tersedianya",
    "Terpenuhinya", "Berkurangnya", "Optimalnya", "Terkendalinya", "Terciptanya", "Terjaminnya", "Peningkatan",
    "Terselenggaranya", "Tertibnya", "Menguatnya", "Membaiknya", "Berkembangnya", "Meningkatkan", "Mewujudkan",
    "Menurunkan"};
constexpr std::array<std::string_view, 12> kIndicatorLeads = {
    "Persentase", "Jumlah", "Indeks", "Nilai", "Angka", "Rasio", "Tingkat", "Cakupan", "Predikat", "Prevalensi",
    "Presentase", "%"};

bool starts_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(word[i])))
      return false;
  return text.size() == word.size() || text[word.size()] == ' ' || text[word.size()] == ',' || word == "%";
}

template <std::size_t N>
bool starts_with_any(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::string_view word : words)
    if (starts_word(text, word)) return true;
  return false;
}

// Offset of the first word after `from` that opens an indicator (capitalised lead word), or npos.
std::size_t next_indicator_lead(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] != ' ' || i + 1 >= text.size()) continue;
    std::string_view rest = text.substr(i + 1);
    if (!std::isupper(static_cast<unsigned char>(rest[0])) && rest[0] != '%') continue;
    if (starts_with_any(rest, kIndicatorLeads)) return i + 1;
  }
  return std::string_view::npos;
}

// Offset of a capitalised word that opens an explanation in the middle of a line ("... tepat waktu Dalam
// penyelenggaraan ...", "... Merupakan perbandingan ..."), or npos.
std::size_t explanation_start(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kOpeners = {"Dalam", "Merupakan", "Adalah", "Yaitu", "Dihitung",
                                                               "Cara", "Rumus", "Perbandingan"};
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ' ' || !std::islower(static_cast<unsigned char>(text[i - 1]))) continue;
    std::string_view rest = text.substr(i + 1);
    if (!std::isupper(static_cast<unsigned char>(rest[0]))) continue;
    for (std::string_view opener : kOpeners)
      if (rest.substr(0, opener.size()) == opener && (rest.size() == opener.size() || rest[opener.size()] == ' '))
        return i + 1;
  }
  return std::string_view::npos;
}

bool is_value(std::string_view token) {
  if (token.empty()) return false;
  std::size_t digits = 0;
  for (char c : token) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (c != '.' && c != ',' && c != '%' && c != '-' && c != '+') return false;
  }
  return digits > 0;
}

bool is_rp(std::string_view token) { return token == "Rp" || token == "Rp." || token == "RP" || token == "RP."; }

bool is_year(std::string_view token) {
  return token.size() == 4 && is_value(token) && (token.substr(0, 2) == "19" || token.substr(0, 2) == "20");
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// Leading list number ("1.", "1", "a.", "1.2.") removed.
std::string_view without_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0 && text.size() > 2 && std::islower(static_cast<unsigned char>(text[0])) && (text[1] == '.' || text[1] == ')'))
    i = 2;
  if (i > 0 && i < text.size() && text[i] == ' ') return text.substr(i + 1);
  return i == text.size() ? std::string_view() : text;
}

// A title line naming a government unit in capitals ("KECAMATAN SIDEMEN", "DINAS KESEHATAN").
bool names_an_instansi(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kUnitWords = {
      "KECAMATAN", "DINAS", "BADAN", "SEKRETARIAT", "INSPEKTORAT", "KELURAHAN", "PUSKESMAS", "BIRO", "KANTOR",
      "SATUAN", "BAGIAN", "RUMAH SAKIT"};
  if (text.size() > 120 || !starts_with_any(text, kUnitWords)) return false;
  for (char c : text)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

// "Formulasi perhitungan :", "Sumber Data :", "Penjelasan :", "Tipe perhitungan :": an explanation follows.
bool is_explanation_label(std::string_view body) {
  Field field = recognise_header(body.substr(0, body.size() - 1)).field;
  return field == Field::Formula || field == Field::SumberData || starts_word(body, "Tipe") ||
         starts_word(body, "Penjelasan") || starts_word(body, "Keterangan") || starts_word(body, "Alasan");
}

// The units planners measure in, written alone in a satuan cell.
bool is_satuan(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kSatuan = {
      "persen", "%", "orang", "dokumen", "unit", "laporan", "desa", "indeks", "nilai", "predikat", "kali", "hari",
      "paket", "buah", "rupiah", "tahun", "bulan", "lokasi", "kasus", "poin", "skor", "rasio", "jiwa", "km"};
  for (std::string_view satuan : kSatuan)
    if (word.size() == satuan.size() && starts_word(word, satuan)) return true;
  return false;
}

// A name that stops on a word needing more ("Persentase jumlah", "... yang"): the next line continues it.
bool unfinished(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kJoining = {
      "jumlah", "yang", "dan", "di", "dari", "per", "dengan", "pada", "untuk", "dalam", "ke", "atas", "terhadap", "oleh"};
  std::size_t space = name.rfind(' ');
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  for (std::string_view word : kJoining)
    if (last.size() == word.size() && starts_word(last, word)) return true;
  return false;
}

struct FlatIndicator {
  int line = 0;
  std::string name, satuan;
  std::vector<std::string> values;
};

struct FlatStatement {
  int line = 0;
  PlanningLevel level = PlanningLevel::Sasaran;
  std::string text;
  std::string label;  // "Sasaran Kegiatan :" written on the line above, "" when none
  std::string unit;   // the unit title written above, "" when none
  std::vector<std::string> values;  // numbers after the statement (Rp)
  std::vector<FlatIndicator> indicators;
  std::size_t satuan_cursor = 0;  // the first indicator that may still lack its satuan
};

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
    for (std::size_t n = 0; n < lines.size(); ++n) {
      next_continues_ = next_lower[n];
      read_line(static_cast<int>(n) + 1, trim(lines[n]));
    }
  }

  std::vector<FlatStatement> statements;
  std::vector<int> years, range_years;
  std::string instansi;  // the unit named in the title, "" when none
  std::string unit;      // the unit title read last
  int title_year = 0;    // "Pengukuran Kinerja Tahun 2022"
  std::vector<int> explanation_lines;  // lines under "Formulasi :", "Sumber Data :", "Penjelasan :"
  std::vector<std::pair<int, std::string>> not_understood;

 private:
  enum class Open { None, Statement, Indicator, Explanation };

  void read_line(int line, std::string text) {
    if (text.empty()) return;
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
    for (std::string_view word : words) all_values = all_values && (is_value(word) || is_rp(word));
    if (statements.empty()) {  // the header: a period "TAHUN 2017 - 2021", the unit's title, "Tahun 2022"
      read_header_years(words);
      if (instansi.empty() && names_an_instansi(view)) instansi = text;
      if (title_year == 0 && lower_ascii(text).find("tahun") != std::string::npos) title_year = year_in_text(text);
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
      if (open_ == Open::Indicator) {
        for (std::string_view word : words)
          if (!is_rp(word)) indicator().values.emplace_back(word);
      }
      return;
    }
    std::string_view body = without_number(view);
    if (body.empty()) return;
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
    if (!continues && (words.size() <= 3 || (capitals && words.size() <= 5)) && recognise_header(body).field != Field::None)
      return;
    if (open_ == Open::Explanation && !starts_with_any(body, kStatementLeads) && body.size() == view.size()) {
      explanation_lines.push_back(line);
      return;
    }
    if (label.role == LabelRole::Indicator && !label.rest.empty() && !statements.empty()) {
      open_indicator(line, label.rest);
      return;
    }
    if (label.role == LabelRole::Statement && !label.rest.empty()) {
      open_statement(line, label.level, label.rest);
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
      continue_open(body);
      return;
    }
    if (starts_word(body, "Jabatan")) {  // "1. Jabatan : SEKRETARIS KECAMATAN" (an IKI): the unit of what follows
      std::size_t colon = body.find(':');
      if (colon != std::string_view::npos && !trim(body.substr(colon + 1)).empty()) {
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
      if (pending_level_ == PlanningLevel::None && words_of(body.substr(0, lead)).size() < 2 && !next_continues_) {
        not_understood.emplace_back(line, text);  // a lead word alone ("Meningkatkan"): its cell went elsewhere
        open_ = Open::None;
        return;
      }
      open_statement(line, level, std::string(body.substr(0, lead)));
      if (lead != std::string_view::npos) open_indicator(line, body.substr(lead));
      return;
    }
    if (!statements.empty() && starts_with_any(body, kIndicatorLeads)) {
      open_indicator(line, body);
      return;
    }
    if (!statements.empty()) not_understood.emplace_back(line, text);
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
  }

  void open_statement(int line, PlanningLevel level, std::string text) {
    pending_level_ = PlanningLevel::None;
    // The numbers at the end of a statement are its Rp (a budget table).
    std::vector<std::string_view> words = words_of(text);
    std::size_t end = words.size();
    while (end > 1 && (is_value(words[end - 1]) || is_rp(words[end - 1]))) --end;
    FlatStatement statement{line, level, "", std::move(pending_label_), unit, {}, {}};
    for (std::size_t i = 0; i < words.size(); ++i)
      if (i < end) statement.text += (i ? " " : "") + std::string(words[i]);
      else if (!is_rp(words[i])) statement.values.emplace_back(words[i]);
    statements.push_back(std::move(statement));
    pending_label_.clear();
    open_ = Open::Statement;
  }

  // An indicator's text: its name up to the next lead word (what follows is a formula or an explanation, not
  // read), then a numeric tail (targets) with the word before it as satuan.
  // Several indicators opening with the same word on one line ("Angka Partisipasi Kasar PAUD Angka Partisipasi
  // Murni PAUD") are several cells; another lead word ("Persentase X Jumlah X dibagi ...") opens the formula.
  void open_indicator(int line, std::string_view text) {
    FlatIndicator indicator{line, {}, {}, {}};
    std::size_t next = next_indicator_lead(text, 1);
    while (next != std::string_view::npos) {
      std::string_view first = text.substr(0, text.find(' '));
      if (!starts_word(text.substr(next), first)) {
        not_understood.emplace_back(line, std::string(text.substr(next)));
        text = text.substr(0, next);
        break;
      }
      statements.back().indicators.push_back({line, trim(text.substr(0, next)), {}, {}});
      text = text.substr(next);
      next = next_indicator_lead(text, 1);
    }
    if (std::size_t explained = explanation_start(text); explained != std::string_view::npos) {
      not_understood.emplace_back(line, std::string(text.substr(explained)));
      text = text.substr(0, explained);
    }
    std::vector<std::string_view> words = words_of(text);
    std::size_t end = words.size();
    while (end > 1 && is_value(words[end - 1])) --end;
    for (std::size_t i = end; i < words.size(); ++i) indicator.values.emplace_back(words[i]);
    if (end < words.size() && end > 1 && is_satuan(words[end - 1])) indicator.satuan = std::string(words[--end]);
    for (std::size_t i = 0; i < end; ++i) indicator.name += (i ? " " : "") + std::string(words[i]);
    statements.back().indicators.push_back(std::move(indicator));
    open_ = Open::Indicator;
  }

  void continue_open(std::string_view text) {
    std::string& into = open_ == Open::Statement ? statements.back().text : indicator().name;
    into += " ";
    into += text;
  }

  FlatIndicator& indicator() { return statements.back().indicators.back(); }

  void put_satuan(const std::vector<std::string_view>& words) {
    std::vector<FlatIndicator>& indicators = statements.back().indicators;
    std::size_t& at = statements.back().satuan_cursor;  // moves forward only: linear over the statement
    while (at < indicators.size() && !indicators[at].satuan.empty()) ++at;
    for (std::string_view word : words)
      if (at < indicators.size()) indicators[at++].satuan = std::string(word);
  }

  Open open_ = Open::None;
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

}  // namespace

int import_flattened_rows(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  FlattenedReader reader;
  reader.read(lines);
  if (reader.statements.empty()) return 0;
  std::vector<int> years = reader.years.size() >= 2 ? reader.years : reader.range_years;
  if (years.empty() && reader.title_year > 0) years.push_back(reader.title_year);
  bool any_unit = false, any_pagu = false;
  for (const FlatStatement& statement : reader.statements)
    any_unit = any_unit || !statement.unit.empty(), any_pagu = any_pagu || !statement.values.empty();

  // One column per statement level seen, then indicator, satuan and a target per year.
  std::vector<PlanningLevel> levels;
  for (const FlatStatement& statement : reader.statements)
    if (std::find(levels.begin(), levels.end(), statement.level) == levels.end()) levels.push_back(statement.level);
  std::sort(levels.begin(), levels.end());
  ColumnLayout layout;
  if (any_unit) layout.push_back({Field::Unit});
  std::size_t first_statement_column = layout.size();
  for (PlanningLevel level : levels) layout.push_back({field_of(level)});
  if (levels.size() == 1) layout = with_one_statement_column(layout);
  std::size_t pagu_column = layout.size();
  if (any_pagu && years.size() == 1) layout.push_back({Field::Pagu, years[0]});
  std::size_t indicator_column = layout.size();
  layout.push_back({Field::Indikator});
  layout.push_back({Field::Satuan});
  for (int year : years) layout.push_back({Field::Target, year});

  if (document.info.instansi.empty() && !reader.instansi.empty()) {
    document.info.instansi = reader.instansi;
    report.note({"Tebakan: instansi \"" + reader.instansi + "\" dibaca dari judul tabel.",
                 "A guess: the instansi \"" + reader.instansi + "\" was read from the table's title."});
  }
  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  int read = 0, unmatched_values = 0;
  for (const FlatStatement& statement : reader.statements) {
    std::size_t column = first_statement_column + (std::find(levels.begin(), levels.end(), statement.level) - levels.begin());
    auto row_of = [&](int line) {
      TableRow row{line, std::vector<std::string>(layout.size())};
      row.cells[column] = statement.label.empty() ? statement.text : statement.label + " " + statement.text;
      if (any_unit) row.cells[0] = statement.unit;
      if (any_pagu && years.size() == 1 && !statement.values.empty()) row.cells[pagu_column] = statement.values[0];
      return row;
    };
    ++read;
    if (statement.indicators.empty()) builder.add_row(row_of(statement.line), layout);
    for (const FlatIndicator& indicator : statement.indicators) {
      TableRow row = row_of(indicator.line);
      row.cells[indicator_column] = indicator.name;
      row.cells[indicator_column + 1] = indicator.satuan;
      // One year (a yearly measurement): the first number is its target, the ones after it realisasi and
      // percentages, not read.
      if (!indicator.values.empty() && (indicator.values.size() == years.size() || years.size() == 1)) {
        for (std::size_t i = 0; i < years.size(); ++i) row.cells[indicator_column + 2 + i] = indicator.values[i];
      } else if (!indicator.values.empty()) {
        ++unmatched_values;
      }
      builder.add_row(row, layout);
      ++read;
    }
  }
  builder.finish();
  report.note({"Tebakan: teks tanpa batas sel: kolom ditebak dari kata pembuka pernyataan (Meningkatnya ..., Program, "
               "Kegiatan) dan indikator (Persentase, Jumlah, Indeks ...). Periksa hasilnya, atau simpan tabel sebagai CSV.",
               "A guess: text without cell borders: columns were guessed from the words that open statements "
               "(Meningkatnya ..., Program, Kegiatan) and indicators (Persentase, Jumlah, Indeks ...). Check the result, "
               "or save the table as CSV."});
  if (unmatched_values > 0)
    report.note({std::to_string(unmatched_values) + " indikator memiliki angka yang jumlahnya tidak sama dengan tahun "
                     "pada judul kolom; angka itu tidak diimpor.",
                 std::to_string(unmatched_values) + " indicators have numbers whose count differs from the years in "
                     "the header; those numbers were not imported."});
  for (int line : reader.explanation_lines)
    report.not_understood(line, trim(lines[static_cast<std::size_t>(line) - 1]),
                          {"teks tanpa batas sel: penjelasan atau formula, tidak dibaca",
                           "text without cell borders: an explanation or formula, not read"});
  for (const auto& [line, text] : reader.not_understood)
    report.not_understood(line, text, {"teks tanpa batas sel: tidak dikenali sebagai pernyataan atau indikator",
                                       "text without cell borders: not recognised as a statement or an indicator"});
  return read;
}

}  // namespace pokin::import
