#include "core/import/program_listing.h"

#include <cctype>
#include <string>
#include <utility>

#include "core/import/column_fields.h"
#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {

namespace {

enum class LineKind { Other, Outcome, Output, KegiatanLabel, TargetGroup, Program, Kegiatan };

struct ListingLine {
  LineKind kind = LineKind::Other;
  std::string rest;  // the text after the label or the number
};

bool starts_lower(std::string_view text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text.front())) != 0;
}

// The text after `label` (compared without case) and its colon, or nothing when `text` does not open with it.
bool after_label(std::string_view text, std::string_view label, std::string& rest) {
  if (text.size() < label.size() || lower_ascii(text.substr(0, label.size())) != label) return false;
  std::string_view after = text.substr(label.size());
  std::size_t colon = after.find(':');
  if (colon == std::string_view::npos || trim(after.substr(0, colon)).size() > 12) return false;  // "(Outcome)"
  rest = trim(after.substr(colon + 1));
  return true;
}

ListingLine classify(std::string_view raw) {
  std::string text = trim(raw);
  ListingLine out;
  if (after_label(text, "indikator hasil", out.rest) || after_label(text, "indikator kinerja program", out.rest))
    return out.kind = LineKind::Outcome, out;
  if (after_label(text, "indikator keluaran", out.rest) || after_label(text, "indikator kinerja kegiatan", out.rest))
    return out.kind = LineKind::Output, out;
  if (after_label(text, "kelompok sasaran", out.rest)) return out.kind = LineKind::TargetGroup, out;
  if (after_label(text, "kegiatan", out.rest) && out.rest.empty()) return out.kind = LineKind::KegiatanLabel, out;
  // "1. Name": a program; "a) Name": a kegiatan.
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) ++digits;
  if (digits > 0 && digits <= 2 && digits + 1 < text.size() && text[digits] == '.' && text[digits + 1] == ' ') {
    out.rest = trim(std::string_view(text).substr(digits + 2));
    if (!out.rest.empty() && std::isupper(static_cast<unsigned char>(out.rest.front())) != 0) out.kind = LineKind::Program;
    return out;
  }
  if (text.size() > 3 && std::islower(static_cast<unsigned char>(text[0])) != 0 && text[1] == ')' && text[2] == ' ') {
    out.rest = trim(std::string_view(text).substr(3));
    out.kind = LineKind::Kegiatan;
  }
  return out;
}

// The unit a sentence names: from its unit word, the capitalised words (and "dan") that follow, up to the first
// other word in lower case: "Program dan Kegiatan Dinas Cipta Karya, Tata Ruang dan Kebersihan Kabupaten Pacitan
// yang direncanakan" gives "Dinas Cipta Karya, Tata Ruang dan Kebersihan Kabupaten Pacitan".
std::string unit_in_sentence(const std::string& text) {
  std::vector<std::string_view> words = words_of(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = lower_ascii(words[i]);
    if (lower != "dinas" && lower != "badan" && lower != "kantor" && lower != "inspektorat" && lower != "sekretariat")
      continue;
    if (std::isupper(static_cast<unsigned char>(words[i].front())) == 0) continue;
    std::size_t end = i + 1;
    while (end < words.size() &&
           (std::isupper(static_cast<unsigned char>(words[end].front())) != 0 || words[end] == "dan"))
      ++end;
    while (end > i + 1 && words[end - 1] == "dan") --end;
    if (end - i < 3) continue;
    std::string unit;
    for (std::size_t k = i; k < end; ++k) unit += (k > i ? " " : "") + std::string(words[k]);
    return unit;
  }
  return "";
}

struct ListedIndicator {
  int line = 0;
  std::string name;
};

struct ListedStatement {
  int line = 0;
  std::string name;
  std::vector<ListedIndicator> indicators;
  bool target_group_read = false;
};

struct ListedProgram {
  ListedStatement program;
  std::vector<ListedStatement> kegiatan;
};

}  // namespace

bool looks_like_program_listing(const std::vector<std::string_view>& lines) {
  bool indicator_label = false, kegiatan = false, program = false;
  for (std::string_view line : lines) {
    ListingLine read = classify(line);
    indicator_label = indicator_label || read.kind == LineKind::Outcome || read.kind == LineKind::Output;
    kegiatan = kegiatan || read.kind == LineKind::KegiatanLabel || read.kind == LineKind::Kegiatan;
    program = program || read.kind == LineKind::Program;
  }
  return indicator_label && kegiatan && program;
}

int import_program_listing(const std::vector<std::string_view>& lines, Document& document, ImportReport& report) {
  if (!looks_like_program_listing(lines)) return 0;
  enum class Into { Title, ProgramName, KegiatanName, Indicators, TargetGroup, Nothing };
  Into into = Into::Title;
  std::string title;
  std::vector<ListedProgram> programs;
  std::vector<std::pair<int, std::string>> unplaced;  // (line, text): named in the report
  int target_groups = 0;
  auto statement = [&]() -> ListedStatement* {
    if (programs.empty()) return nullptr;
    return programs.back().kegiatan.empty() ? &programs.back().program : &programs.back().kegiatan.back();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int number = static_cast<int>(i) + 1;
    std::string text = trim(lines[i]);
    if (text.empty()) continue;
    ListingLine read = classify(text);
    switch (read.kind) {
      case LineKind::Program:
        programs.push_back({{number, read.rest, {}, false}, {}});
        into = Into::ProgramName;
        continue;
      case LineKind::Kegiatan:
        if (programs.empty()) break;
        programs.back().kegiatan.push_back({number, read.rest, {}, false});
        into = Into::KegiatanName;
        continue;
      case LineKind::KegiatanLabel:
        if (programs.empty()) break;
        into = Into::Nothing;
        continue;
      case LineKind::Outcome:
      case LineKind::Output: {
        ListedStatement* owner = statement();
        // An output indicator after the kegiatan's target group, with no kegiatan of its own: its kegiatan was lost.
        if (owner == nullptr || (read.kind == LineKind::Output && owner->target_group_read) ||
            (read.kind == LineKind::Output && programs.back().kegiatan.empty())) {
          unplaced.emplace_back(number, text);
          into = Into::Nothing;
          continue;
        }
        if (!read.rest.empty()) owner->indicators.push_back({number, read.rest});
        into = Into::Indicators;
        continue;
      }
      case LineKind::TargetGroup:
        if (ListedStatement* owner = statement()) owner->target_group_read = true;
        ++target_groups;
        into = Into::TargetGroup;
        continue;
      case LineKind::Other: break;
    }
    // A line of no label: it goes on with what the line above opened.
    switch (into) {
      case Into::Title: title += (title.empty() ? "" : " ") + text; break;
      case Into::ProgramName: programs.back().program.name += " " + text; break;
      case Into::KegiatanName: programs.back().kegiatan.back().name += " " + text; break;
      case Into::Indicators: {
        ListedStatement* owner = statement();
        if (!owner->indicators.empty() && starts_lower(text)) owner->indicators.back().name += " " + text;
        else owner->indicators.push_back({number, text});  // "Indikator Hasil :" alone, then one per line
        break;
      }
      case Into::TargetGroup: break;  // the target group's wrapped text
      case Into::Nothing: unplaced.emplace_back(number, text); break;
    }
  }
  if (programs.empty()) return 0;

  if (document.info.instansi.empty()) {
    std::string unit = unit_in_sentence(title);
    if (!unit.empty()) {
      document.info.instansi = unit;
      report.note({"Tebakan: instansi \"" + unit + "\" dibaca dari kalimat di atas daftar program.",
                   "A guess: the instansi \"" + unit + "\" was read from the sentence above the list of programs."});
    }
  }
  ColumnLayout layout = {{Field::Program}, {Field::Kegiatan}, {Field::Indikator}};
  TableTreeBuilder builder({}, document, report);
  builder.start_table();
  int read = 0;
  auto add = [&](int line, const std::string& program, const std::string& kegiatan, const std::string& indicator) {
    builder.add_row(TableRow{line, {program, kegiatan, indicator}}, layout);
  };
  for (const ListedProgram& listed : programs) {
    const std::string& program = listed.program.name;
    ++read;
    if (listed.program.indicators.empty()) add(listed.program.line, program, "", "");
    for (const ListedIndicator& indicator : listed.program.indicators) {
      add(indicator.line, program, "", indicator.name);
      ++read;
    }
    for (const ListedStatement& kegiatan : listed.kegiatan) {
      ++read;
      if (kegiatan.indicators.empty()) add(kegiatan.line, program, kegiatan.name, "");
      for (const ListedIndicator& indicator : kegiatan.indicators) {
        add(indicator.line, program, kegiatan.name, indicator.name);
        ++read;
      }
    }
  }
  builder.finish();
  if (target_groups > 0)
    report.note({std::to_string(target_groups) + " kelompok sasaran kegiatan (sasaran penerima, bukan pernyataan "
                     "sasaran) tidak disimpan.",
                 std::to_string(target_groups) + " kegiatan target groups (Kelompok sasaran: who is served, not a "
                     "sasaran statement) were not stored."});
  report.note({"Tebakan: daftar program dan kegiatan (Renstra Bab V) dibaca dari labelnya (Indikator Hasil, "
               "Kegiatan, Indikator Keluaran); sasaran yang dilayani tiap program tidak tertulis di bab ini.",
               "A guess: a list of programs and kegiatan (Renstra chapter V) read by its labels (Indikator Hasil, "
               "Kegiatan, Indikator Keluaran); the sasaran each program serves is not written in this chapter."});
  for (const auto& [line, text] : unplaced)
    report.not_understood(line, text, {"daftar program: baris tanpa tempat (indikator keluaran tanpa kegiatan, atau "
                                       "teks di luar label)",
                                       "program list: a line with no place (an output indicator without its "
                                       "kegiatan, or text outside the labels)"});
  return read;
}

}  // namespace pokin::import
