#include "core/import/cascade_matrix_columns.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <string_view>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool before = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    bool after = at + word.size() >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at + word.size()]));
    if (before && after) return true;
  }
  return false;
}

// Columns of the Renstra / RPJMD forms: a table holding one is read by the planning rules, never as a matrix. A
// Tujuan may head a matrix.
bool is_planning_column(const ColumnField& column) {
  return column.field != Field::Tujuan && is_planning_field(column.field);
}

// "id_sasaran", "nama_sasaran", "sasaran_program": a name a program gives its column (a database table, an app's
// export). A printed matrix's header is written in words; a header of such names is another app's table, whose
// keys and names are no levels (peer_export_header.h reads the ones it knows).
bool written_as_column_name(const std::string& header) {
  std::string text = clean_text(header);
  return text.find('_') != std::string::npos && text.find(' ') == std::string::npos;
}

}  // namespace

int cascade_level_named(const std::string& header) {
  std::string text = lower_ascii(clean_text(header));
  std::replace(text.begin(), text.end(), '_', ' ');
  std::replace(text.begin(), text.end(), '-', ' ');
  auto any = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return has_word(text, word); });
  };
  // By what the level states (sub kegiatan / individu, kegiatan, program, strategis) or by whose it is (staf;
  // eselon IV: kepala seksi, kasubag; eselon III: kepala bidang / bagian, sekretaris; eselon II: kepala dinas /
  // badan / biro).
  if (text.find("sub kegiatan") != std::string::npos || text.find("subkegiatan") != std::string::npos ||
      text.find("rencana aksi") != std::string::npos || any({"individu", "staf", "pelaksana", "fungsional"}))
    return 4;
  if (text.find("kegiatan") != std::string::npos ||
      any({"eselon iv", "eselon 4", "kepala seksi", "kasi", "kasubag", "kasubbag", "kasubid", "kasubbid", "kepala sub"}))
    return 3;
  if (text.find("program") != std::string::npos ||
      any({"eselon iii", "eselon 3", "kepala bidang", "kabid", "sekretaris", "kepala bagian", "kabag"}))
    return 2;
  if (text.find("strategis") != std::string::npos ||
      any({"utama", "eselon ii", "eselon 2", "kepala dinas", "kepala badan", "kadis", "kaban", "kepala kantor", "camat",
           "kepala biro", "karo"}))
    return 1;
  return 0;
}

int cascade_level_of_cell(const std::string& cell) {
  std::string text = lower_ascii(clean_text(cell));
  if (text == "ii" || text == "ii.a" || text == "ii.b" || text == "ii/a" || text == "ii/b") return 1;
  if (text == "iii" || text == "iii.a" || text == "iii.b" || text == "iii/a" || text == "iii/b") return 2;
  if (text == "iv" || text == "iv.a" || text == "iv.b" || text == "iv/a" || text == "iv/b") return 3;
  if (text == "v") return 4;
  return cascade_level_named(text);
}

int give_codes_to_indicators(ColumnLayout& layout) {
  int given = 0;
  bool after_statement = false;
  for (std::size_t c = 0; c < layout.size(); ++c) {
    const ColumnField& column = layout[c];
    if (column.field == Field::Sasaran && !column.continues_left) after_statement = true;
    if (!after_statement || column.field != Field::Code || column.describes != Field::None) continue;
    std::size_t next = c + 1;
    while (next < layout.size() && layout[next].continues_left) ++next;
    if (next < layout.size() && layout[next].field == Field::Indikator) {
      layout[c].describes = Field::Indikator;
      ++given;
    }
  }
  return given;
}

int assign_cascade_tiers(ColumnLayout& layout, const std::vector<std::string>& headers) {
  if (std::any_of(layout.begin(), layout.end(), [](const ColumnField& c) { return c.tier > 0 || is_planning_column(c); }))
    return 0;
  std::vector<std::size_t> statements;
  for (std::size_t c = 0; c < layout.size(); ++c)
    if (layout[c].field == Field::Sasaran && !layout[c].continues_left) statements.push_back(c);
  if (statements.size() < 2) return 0;
  if (std::any_of(statements.begin(), statements.end(),
                  [&](std::size_t c) { return c < headers.size() && written_as_column_name(headers[c]); }))
    return 0;
  // A Tujuan column left of them heads the matrix (Tujuan | Indikator Tujuan | Sasaran Strategis | IKU | ...): the
  // first group. One elsewhere, or a second one, is no matrix of this shape.
  std::vector<std::size_t> tujuan;
  for (std::size_t c = 0; c < layout.size(); ++c)
    if (layout[c].field == Field::Tujuan && !layout[c].continues_left) tujuan.push_back(c);
  if (tujuan.size() > 1 || (tujuan.size() == 1 && tujuan.front() > statements.front())) return 0;
  bool headed = tujuan.size() == 1;
  if (headed) statements.insert(statements.begin(), tujuan.front());

  // Levels named by the headers, used when every group names one and they go down left to right; under a Tujuan
  // every level is one deeper (the Tujuan is the first).
  std::vector<int> named;
  for (std::size_t i = headed ? 1 : 0; i < statements.size(); ++i) {
    std::size_t s = statements[i];
    int level = s < headers.size() ? cascade_level_named(headers[s]) : 0;
    named.push_back(level > 0 && headed ? level + 1 : level);
  }
  if (headed) named.insert(named.begin(), 1);
  bool by_name = std::all_of(named.begin(), named.end(), [](int level) { return level > 0; }) &&
                 std::adjacent_find(named.begin(), named.end(), [](int a, int b) { return b <= a; }) == named.end();
  auto tier_of_group = [&](std::size_t group) { return by_name ? named[group] : static_cast<int>(group) + 1; };

  // A jabatan column right before each statement column leads its group.
  int unit_columns = static_cast<int>(std::count_if(layout.begin(), layout.end(), [](const ColumnField& c) { return c.field == Field::Unit; }));
  auto previous_field = [&](std::size_t c) {
    while (c > 0) {
      --c;
      if (layout[c].field != Field::None && layout[c].field != Field::Number && !layout[c].continues_left) return layout[c].field;
    }
    return Field::None;
  };
  bool unit_leads = unit_columns >= 2 && previous_field(statements.front()) == Field::Unit;

  std::size_t group = 0;
  bool in_group = false;
  for (std::size_t c = 0; c < layout.size(); ++c) {
    ColumnField& column = layout[c];
    if (group + 1 < statements.size() && c == statements[group + 1]) ++group;
    if (c == statements.front()) in_group = true;
    if (column.field == Field::None || column.field == Field::Number) continue;
    // A jabatan column (when every level has one before it) or a Kode column right before a statement column
    // leads that statement's group.
    if ((column.field == Field::Unit && unit_leads) || (column.field == Field::Code && column.describes == Field::None)) {
      auto next = std::find_if(statements.begin(), statements.end(), [c](std::size_t s) { return s > c; });
      bool leads = next != statements.end() &&
                   std::none_of(layout.begin() + static_cast<std::ptrdiff_t>(c) + 1, layout.begin() + static_cast<std::ptrdiff_t>(*next),
                                [](const ColumnField& between) { return between.field != Field::None && between.field != Field::Number && !between.continues_left; });
      if (leads) {
        column.tier = tier_of_group(static_cast<std::size_t>(next - statements.begin()));
        continue;
      }
    }
    if (!in_group) continue;  // left of the first statement column: the whole row's (No, Unit Kerja)
    column.tier = tier_of_group(group);
    if (column.field == Field::Indikator) column.describes = Field::None;
  }
  // "Target" written once in each level's group is one year, the same for every level: not Tahun-1, Tahun-2 ... of
  // a period, as yearless targets side by side otherwise are (header_block.cpp numbered them before the levels
  // were known).
  std::map<int, int> targets_per_tier;
  bool numbered = true;
  for (const ColumnField& column : layout)
    if (column.field == Field::Target && !column.continues_left) {
      ++targets_per_tier[column.tier];
      numbered = numbered && column.relative_year > 0 && column.tier > 0;
    }
  bool one_per_level = numbered && targets_per_tier.size() >= 2 &&
                       std::all_of(targets_per_tier.begin(), targets_per_tier.end(), [](const auto& t) { return t.second == 1; });
  if (one_per_level)
    for (ColumnField& column : layout)
      if (column.field == Field::Target || column.field == Field::Pagu) column.relative_year = 0;
  return static_cast<int>(statements.size());
}

bool is_tujuan_tier(const ColumnLayout& layout, int tier) {
  return tier > 0 && std::any_of(layout.begin(), layout.end(), [tier](const ColumnField& c) { return c.tier == tier && c.field == Field::Tujuan; });
}

}  // namespace pokin::import
