#include "core/import/sipd_print.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "core/import/column_fields.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

// The labels of the print's head, longest first where one ends another ("Sub Kegiatan" before "Kegiatan").
constexpr std::array<std::string_view, 17> kLabels = {
    "keluaran sub kegiatan", "kelompok sasaran kegiatan", "sub kegiatan", "sasaran program", "capaian program",
    "urusan pemerintahan", "bidang urusan", "waktu pelaksanaan", "sumber pendanaan", "program", "kegiatan",
    "organisasi", "unit", "lokasi", "alokasi tahun", "sasaran kegiatan", "capaian kegiatan"};

struct LabelledField {
  std::string label;  // lower case; "alokasi tahun" with its year in `year`
  int year = 0;
  int line = 0;
  std::string value;
};

bool is_kode(std::string_view word) {
  if (word.empty() || std::isdigit(static_cast<unsigned char>(word.front())) == 0) return false;
  for (char c : word)
    if (std::isdigit(static_cast<unsigned char>(c)) == 0 && c != '.') return false;
  return word.find('.') != std::string_view::npos;
}

// The fields of the text: at each " : ", the longest known label that ends just before it.
std::vector<LabelledField> fields_of(const std::vector<std::string_view>& lines) {
  std::vector<LabelledField> fields;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string line(lines[n]);
    std::string lower = lower_ascii(line);
    std::size_t taken = 0;  // where the text of the current field starts on this line
    for (std::size_t colon = line.find(':'); colon != std::string::npos; colon = line.find(':', colon + 1)) {
      std::size_t end = colon;
      while (end > 0 && line[end - 1] == ' ') --end;
      int year = 0;
      std::size_t label_end = end;
      // "Alokasi Tahun 2021 :"
      if (end >= 4 && std::isdigit(static_cast<unsigned char>(line[end - 1])) != 0) {
        std::size_t start = end;
        while (start > 0 && std::isdigit(static_cast<unsigned char>(line[start - 1])) != 0) --start;
        if (end - start == 4) {
          year = std::stoi(line.substr(start, 4));
          label_end = start;
          while (label_end > 0 && line[label_end - 1] == ' ') --label_end;
        }
      }
      for (std::string_view label : kLabels) {
        if ((label == "alokasi tahun") != (year != 0)) continue;
        if (label_end < label.size() || lower.compare(label_end - label.size(), label.size(), label) != 0) continue;
        std::size_t start = label_end - label.size();
        if (start > 0 && line[start - 1] != ' ') continue;
        if (start < taken) continue;
        if (!fields.empty()) fields.back().value += " " + line.substr(taken, start - taken);
        fields.push_back({std::string(label), year, static_cast<int>(n) + 1, ""});
        taken = colon + 1;
        break;
      }
    }
    if (!fields.empty()) fields.back().value += " " + line.substr(taken) + "\n";
  }
  for (LabelledField& field : fields) field.value = trim(field.value);
  return fields;
}

// "4.01.05 PROGRAM ..." -> kode and name.
std::pair<std::string, std::string> kode_and_name(const std::string& value) {
  std::string first_line = value.substr(0, value.find('\n'));
  std::vector<std::string_view> words = words_of(first_line);
  if (words.empty() || !is_kode(words[0])) return {"", trim(first_line)};
  std::size_t at = first_line.find(words[0]) + words[0].size();
  return {std::string(words[0]), trim(std::string_view(first_line).substr(at))};
}

bool is_number(std::string_view word) {
  if (word.empty() || std::isdigit(static_cast<unsigned char>(word.front())) == 0) return false;
  for (char c : word)
    if (std::isdigit(static_cast<unsigned char>(c)) == 0 && c != '.' && c != ',' && c != '%') return false;
  return true;
}

// "Indikator Target Persentase ... 100 % Jumlah ... 40 Pergub": (indicator, target) pairs; a target is a number and
// the one word after it (its satuan), the header words "Indikator", "Target" and "(Sebelum Perubahan)" skipped.
std::vector<std::pair<std::string, std::string>> indicators_and_targets(const std::string& value, std::size_t end) {
  std::string text = value.substr(0, end);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::vector<std::string_view> words = words_of(text);
  std::vector<std::pair<std::string, std::string>> pairs;
  std::string name;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = lower_ascii(words[i]);
    if (name.empty() && (lower == "indikator" || lower == "target" || lower == "(sebelum" || lower == "perubahan)" ||
                         lower == "sebelum" || lower == "sesudah" || lower == "setelah" || lower == "perubahan"))
      continue;
    if (is_number(words[i]) && !name.empty()) {
      std::string target(words[i]);
      if (i + 1 < words.size() && (words[i + 1] == "%" || (std::isupper(static_cast<unsigned char>(words[i + 1][0])) &&
                                                            (i + 2 >= words.size() || !is_number(words[i + 2]))))) {
        // the satuan after the number ("%", "Perda", "Persen") unless it opens the next indicator's name
        bool opens_next = i + 2 < words.size() && std::isupper(static_cast<unsigned char>(words[i + 1][0])) &&
                          std::islower(static_cast<unsigned char>(words[i + 2][0])) != 0 &&
                          words[i + 1] != "%" && words[i + 1].size() > 6;
        if (!opens_next) target += " " + std::string(words[++i]);
      }
      // A print of a budget change gives each indicator twice, before and after the change: the later one stands.
      auto same = std::find_if(pairs.begin(), pairs.end(), [&](const auto& pair) { return pair.first == name; });
      if (same != pairs.end()) same->second = target;
      else pairs.emplace_back(name, target);
      name.clear();
      continue;
    }
    name += (name.empty() ? "" : " ") + std::string(words[i]);
  }
  return pairs;
}

int year_of_budget(const std::vector<std::string_view>& lines) {
  for (std::string_view line : lines) {
    std::string lower = lower_ascii(line);
    std::size_t at = lower.find("tahun anggaran ");
    if (at == std::string::npos) continue;
    std::string rest = lower.substr(at + 15, 4);
    if (rest.size() == 4 && std::all_of(rest.begin(), rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::stoi(rest);
  }
  return 0;
}

}  // namespace

bool looks_like_sipd_print(const std::vector<std::string_view>& lines) {
  bool program = false, kegiatan = false;
  for (const LabelledField& field : fields_of(lines)) {
    bool coded = !kode_and_name(field.value).first.empty();
    program = program || (field.label == "program" && coded);
    kegiatan = kegiatan || (field.label == "kegiatan" && coded);
  }
  return program && kegiatan;
}

int import_sipd_print(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  std::vector<LabelledField> fields = fields_of(lines);
  int year = year_of_budget(lines);
  std::string unit, organisasi;
  for (const LabelledField& field : fields) {
    if (field.label == "unit") unit = kode_and_name(field.value).second;
    if (field.label == "organisasi") organisasi = kode_and_name(field.value).second;
  }
  if (unit.empty()) unit = organisasi;

  ColumnLayout layout = {{Field::Unit},      {Field::Program}, {Field::Kegiatan}, {Field::SubKegiatan},
                         {Field::Code},      {Field::Indikator}, {Field::Satuan}};
  std::size_t target_column = layout.size();
  if (year > 0) layout.push_back({Field::Target, year});
  std::vector<int> pagu_years;
  for (const LabelledField& field : fields)
    if (field.label == "alokasi tahun" && std::find(pagu_years.begin(), pagu_years.end(), field.year) == pagu_years.end())
      pagu_years.push_back(field.year);
  std::size_t pagu_column = layout.size();
  for (int pagu_year : pagu_years) layout.push_back({Field::Pagu, pagu_year});

  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  int read = 0;
  std::size_t level_column = 0;
  std::string kode;
  TableRow pending;  // the kegiatan row waits for its Alokasi fields
  auto flush = [&]() {
    if (!pending.cells.empty()) builder.add_row(pending, layout);
    pending = TableRow{};
  };
  auto row = [&](int line) {
    TableRow made{line, std::vector<std::string>(layout.size())};
    made.cells[0] = unit;
    if (level_column > 0) made.cells[level_column] = "";
    return made;
  };
  std::string statement;
  auto add_indicators = [&](const LabelledField& field, std::size_t end) {
    for (const auto& [name, target] : indicators_and_targets(field.value, end)) {
      TableRow made = row(field.line);
      made.cells[level_column] = statement;
      made.cells[4] = kode;
      made.cells[5] = name;
      if (year > 0) made.cells[target_column] = target;
      builder.add_row(made, layout);
      ++read;
    }
  };
  for (const LabelledField& field : fields) {
    if (field.label == "program" || field.label == "kegiatan" || field.label == "sub kegiatan") {
      flush();
      auto [code, name] = kode_and_name(field.value);
      if (code.empty() || name.empty()) continue;
      level_column = field.label == "program" ? 1 : field.label == "kegiatan" ? 2 : 3;
      kode = code;
      statement = name;
      pending = row(field.line);
      pending.cells[level_column] = name;
      pending.cells[4] = code;
      ++read;
    } else if (field.label == "alokasi tahun" && !pending.cells.empty()) {
      std::string amount = field.value.substr(0, field.value.find('\n'));
      auto at = std::find(pagu_years.begin(), pagu_years.end(), field.year);
      pending.cells[pagu_column + static_cast<std::size_t>(at - pagu_years.begin())] = trim(amount);
    } else if (field.label == "capaian program" && level_column == 1) {
      flush();
      add_indicators(field, field.value.size());
    } else if (field.label == "keluaran sub kegiatan" && level_column == 3) {
      flush();
      // the belanja table starts at "Kode Rekening"
      std::size_t end = lower_ascii(field.value).find("kode rekening");
      add_indicators(field, end == std::string::npos ? field.value.size() : end);
    }
  }
  flush();
  builder.finish();
  if (read == 0) return 0;
  // The kegiatan's tolok ukur table and the belanja rows are not read: named line by line.
  bool in_tolok_ukur = false;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string lower = lower_ascii(trim(lines[n]));
    if (lower.rfind("indikator & tolok ukur", 0) == 0) in_tolok_ukur = true;
    if (lower.rfind("rincian perubahan anggaran", 0) == 0 || lower.rfind("rincian anggaran", 0) == 0) in_tolok_ukur = false;
    if (in_tolok_ukur && (lower.rfind("capaian kegiatan", 0) == 0 || lower.rfind("hasil ", 0) == 0 ||
                          lower.rfind("keluaran ", 0) == 0 || lower.rfind("masukan ", 0) == 0))
      report.not_understood(static_cast<int>(n) + 1, lines[n],
                            {"cetakan SIPD: tabel tolok ukur kinerja kegiatan, tidak dibaca",
                             "SIPD print: the kegiatan's tolok ukur table, not read"});
  }
  report.note({"Tebakan: cetakan formulir SIPD (RKA/RKPA/DPA) dibaca dari label isiannya (Program :, Kegiatan :, Sub "
               "Kegiatan :, Unit :, Alokasi Tahun :); rincian belanja tidak dibaca.",
               "A guess: a SIPD form print (RKA/RKPA/DPA) read by its field labels (Program :, Kegiatan :, Sub "
               "Kegiatan :, Unit :, Alokasi Tahun :); the belanja rows are not read."});
  return read;
}

}  // namespace pokin::import
