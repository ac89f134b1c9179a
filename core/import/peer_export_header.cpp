#include "core/import/peer_export_header.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

constexpr int kEarliestYear = 1990;
constexpr int kLatestYear = 2100;
constexpr int kDeepestLevel = 20;
constexpr std::size_t kLongestPrefixedName = 8;
constexpr int kLongestPeriod = 10;  // years: "target_1" .. "target_6" of an RPJMD, "t1".."t5" of a Renstra  // words: "rpjmd_sasaran_indikator_th1_target_realisasi" has 6

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z'); }

// The words of a column name: "nama_sasaran", "Nama Sasaran" and "namaSasaran" (an ORM's camelCase) give the same.
std::vector<std::string> header_words(std::string_view header) {
  std::vector<std::string> words;
  std::string word;
  const std::string lower = lower_ascii(header);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = lower[i];
    const bool camel_break = i > 0 && header[i] >= 'A' && header[i] <= 'Z' && header[i - 1] >= 'a' && header[i - 1] <= 'z';
    if (camel_break && !word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    if (is_alnum(c)) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// "12" -> 12; anything else -> -1.
int number_of(const std::string& word) {
  if (word.empty() || word.size() > 4) return -1;
  int value = 0;
  for (char c : word) {
    if (!is_digit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// "lv2", "lvl2", "level2" -> 2; else -1.
int glued_level(const std::string& word) {
  for (std::string_view prefix : {"level", "lvl", "lv"})
    if (word.size() > prefix.size() && word.compare(0, prefix.size(), prefix) == 0)
      return number_of(word.substr(prefix.size()));
  return -1;
}

bool is_level_word(const std::string& word) { return word == "lv" || word == "lvl" || word == "level"; }

PeerField field_named(const std::string& name) {
  static const std::pair<const char*, PeerField> kNames[] = {
      {"satuan kerja", PeerField::Unit}, {"nama satuan kerja", PeerField::Unit}, {"opd", PeerField::Unit},
      {"nama opd", PeerField::Unit}, {"skpd", PeerField::Unit}, {"nama skpd", PeerField::Unit},
      {"unit kerja", PeerField::Unit}, {"nama unit kerja", PeerField::Unit}, {"unit", PeerField::Unit},
      {"nama unit", PeerField::Unit}, {"perangkat daerah", PeerField::Unit}, {"instansi", PeerField::Unit},
      {"pelaksana", PeerField::Unit}, {"unit pelaksana", PeerField::Unit},
      {"unit induk", PeerField::ParentUnit}, {"unit atasan", PeerField::ParentUnit}, {"atasan", PeerField::ParentUnit},
      {"parent unit", PeerField::ParentUnit}, {"opd induk", PeerField::ParentUnit},
      {"sasaran", PeerField::Sasaran}, {"nama sasaran", PeerField::Sasaran}, {"uraian sasaran", PeerField::Sasaran},
      {"sasaran kinerja", PeerField::Sasaran}, {"pernyataan", PeerField::Sasaran}, {"uraian", PeerField::Sasaran},
      {"indikator", PeerField::Indikator}, {"nama indikator", PeerField::Indikator},
      {"indikator kinerja", PeerField::Indikator}, {"uraian indikator", PeerField::Indikator},
      {"satuan", PeerField::Satuan}, {"satuan indikator", PeerField::Satuan},
      {"target", PeerField::Target}, {"nilai target", PeerField::Target},
      {"realisasi", PeerField::Realisasi}, {"nilai realisasi", PeerField::Realisasi},
      {"tahun", PeerField::Year}, {"thn", PeerField::Year}, {"tahun target", PeerField::Year},
      {"baseline", PeerField::Baseline}, {"kondisi awal", PeerField::Baseline}, {"capaian awal", PeerField::Baseline},
      {"formula", PeerField::Formula}, {"formulasi", PeerField::Formula}, {"rumus", PeerField::Formula},
      {"cara perhitungan", PeerField::Formula}, {"cara pengukuran", PeerField::Formula},
      {"sumber data", PeerField::SumberData}, {"sumber", PeerField::SumberData},
      {"polaritas", PeerField::Polarity}, {"polarity", PeerField::Polarity}, {"polarisasi", PeerField::Polarity},
      {"penanggung jawab", PeerField::PenanggungJawab}, {"pic", PeerField::PenanggungJawab},
      {"kode", PeerField::Code}, {"id", PeerField::Code}, {"kode sasaran", PeerField::Code},
      {"id sasaran", PeerField::Code},
      {"kode induk", PeerField::ParentCode}, {"induk", PeerField::ParentCode}, {"parent", PeerField::ParentCode},
      {"parent id", PeerField::ParentCode}, {"id parent", PeerField::ParentCode}, {"kode parent", PeerField::ParentCode},
      {"parent kode", PeerField::ParentCode}, {"id induk", PeerField::ParentCode}, {"kode atasan", PeerField::ParentCode},
      {"level", PeerField::Level}, {"lv", PeerField::Level}, {"tingkat", PeerField::Level},
      {"level sasaran", PeerField::Level}, {"eselon", PeerField::Level}, {"level pohon", PeerField::Level},
      {"jenis pohon", PeerField::Level}, {"jenis", PeerField::Level}, {"strategi", PeerField::Sasaran},
      {"nama strategi", PeerField::Sasaran}, {"level kinerja", PeerField::Level}, {"tingkat eselon", PeerField::Level},
      // the names database tables and their exports give the same things
      {"sasaran strategis", PeerField::Sasaran}, {"nama sasaran strategis", PeerField::Sasaran},
      {"sasaran program", PeerField::Sasaran}, {"sasaran kegiatan", PeerField::Sasaran},
      {"sasaran opd", PeerField::Sasaran}, {"nama pohon", PeerField::Sasaran}, {"nama pohon kinerja", PeerField::Sasaran},
      {"pohon kinerja", PeerField::Sasaran}, {"uraian pohon", PeerField::Sasaran},
      {"indikator sasaran", PeerField::Indikator}, {"indikator kinerja utama", PeerField::Indikator},
      {"nama iku", PeerField::Indikator}, {"iku", PeerField::Indikator}, {"nama indikator kinerja", PeerField::Indikator},
      {"indikator sasaran strategis", PeerField::Indikator},
      {"satuan target", PeerField::Satuan}, {"rumus perhitungan", PeerField::Formula},
      {"formula perhitungan", PeerField::Formula}, {"metode perhitungan", PeerField::Formula},
      {"cara menghitung", PeerField::Formula}, {"capaian", PeerField::Realisasi}, {"nilai awal", PeerField::Baseline},
      {"tahun anggaran", PeerField::Year}, {"tahun kinerja", PeerField::Year}, {"polaritas indikator", PeerField::Polarity},
      {"nama perangkat daerah", PeerField::Unit}, {"nama instansi", PeerField::Unit}, {"satker", PeerField::Unit},
      {"nama satker", PeerField::Unit}, {"unit organisasi", PeerField::Unit}, {"nama unit organisasi", PeerField::Unit},
      {"kode opd", PeerField::UnitCode}, {"kode skpd", PeerField::UnitCode}, {"kd skpd", PeerField::UnitCode},
      {"id opd", PeerField::UnitCode}, {"id skpd", PeerField::UnitCode}, {"kode unit", PeerField::UnitCode},
      {"kode unit kerja", PeerField::UnitCode}, {"id unit kerja", PeerField::UnitCode}, {"kode satker", PeerField::UnitCode},
      {"kode perangkat daerah", PeerField::UnitCode},
      {"id pohon", PeerField::Code}, {"kode pohon", PeerField::Code}, {"id kinerja", PeerField::Code},
      {"id sasaran induk", PeerField::ParentCode}, {"kode sasaran induk", PeerField::ParentCode},
      {"sasaran induk", PeerField::ParentCode}, {"parent sasaran", PeerField::ParentCode},
      {"id pohon induk", PeerField::ParentCode}, {"parent pohon", PeerField::ParentCode}, {"id atasan", PeerField::ParentCode},
      {"induk id", PeerField::ParentCode}, {"parentid", PeerField::ParentCode}, {"idparent", PeerField::ParentCode},
      {"kodeinduk", PeerField::ParentCode}, {"idinduk", PeerField::ParentCode}, {"parent kode sasaran", PeerField::ParentCode},
      {"is crosscutting", PeerField::Crosscutting}, {"crosscutting", PeerField::Crosscutting},
      // what the schemas of other SAKIP / e-kinerja / renstra apps call them (survey of issue 11)
      {"tolok ukur", PeerField::Indikator}, {"tolok ukur kinerja", PeerField::Indikator},
      {"tolok ukur hasil", PeerField::Indikator}, {"tolok ukur keluaran", PeerField::Indikator},
      {"ukuran kinerja", PeerField::Indikator}, {"ik", PeerField::Indikator}, {"ikk", PeerField::Indikator},
      {"iki", PeerField::Indikator}, {"ikss", PeerField::Indikator}, {"nama ik", PeerField::Indikator},
      {"definisi operasional", PeerField::Formula}, {"formulasi perhitungan", PeerField::Formula},
      {"cara ukur", PeerField::Formula}, {"cara mengukur", PeerField::Formula}, {"rumus indikator", PeerField::Formula},
      {"formula indikator", PeerField::Formula}, {"metode pengukuran", PeerField::Formula},
      {"sumber data indikator", PeerField::SumberData}, {"asal data", PeerField::SumberData},
      {"instansi produsen data", PeerField::SumberData},
      {"tahun awal", PeerField::PeriodStart}, {"periode awal", PeerField::PeriodStart},
      {"tahun mulai", PeerField::PeriodStart}, {"periode mulai", PeerField::PeriodStart},
      {"awal periode", PeerField::PeriodStart}, {"tahun akhir", PeerField::PeriodEnd},
      {"periode akhir", PeerField::PeriodEnd}, {"tahun selesai", PeerField::PeriodEnd},
      {"periode selesai", PeerField::PeriodEnd}, {"akhir periode", PeerField::PeriodEnd},
      {"penanggungjawab", PeerField::PenanggungJawab}, {"pj", PeerField::PenanggungJawab},
      {"unit penanggung jawab", PeerField::PenanggungJawab},
      {"sifat", PeerField::Polarity}, {"arah", PeerField::Polarity}, {"arah kinerja", PeerField::Polarity},
      {"kondisi awal kinerja", PeerField::Baseline}, {"capaian tahun awal", PeerField::Baseline},
      {"tahun dasar", PeerField::None}, {"year", PeerField::Year}, {"tahun periode", PeerField::Year},
      {"bidang", PeerField::Unit}, {"nama bidang", PeerField::Unit}, {"divisi", PeerField::Unit},
      {"subbag", PeerField::Unit}, {"seksi", PeerField::Unit}, {"sub unit", PeerField::Unit},
      {"nama sub unit", PeerField::Unit}, {"pd", PeerField::Unit}, {"nama pd", PeerField::Unit},
      {"kode bidang", PeerField::UnitCode}, {"id bidang", PeerField::UnitCode}, {"id unit", PeerField::UnitCode},
      {"id satker", PeerField::UnitCode}, {"id pd", PeerField::UnitCode}, {"kode pd", PeerField::UnitCode},
      {"id sub unit", PeerField::UnitCode}, {"kd unit", PeerField::UnitCode}, {"kd opd", PeerField::UnitCode},
      {"cross cutting", PeerField::Crosscutting}, {"is cross cutting", PeerField::Crosscutting},
  };
  for (const auto& [known, field] : kNames)
    if (name == known) return field;
  return PeerField::None;
}

// The planning entities a database names its tables and key columns after, from the top of the tree down.
int entity_depth(const std::string& words) {
  static const std::pair<const char*, int> kEntities[] = {
      {"misi", 0},          {"tujuan", 1},           {"sasaran", 2},           {"sasaran strategis", 2},
      {"sasaran strategi", 2}, {"ss", 2},            {"sasaran opd", 2},       {"sasaran kinerja", 2},
      {"sasaran pd", 2},    {"program", 3},          {"sasaran program", 3},   {"kegiatan", 4},
      {"sasaran kegiatan", 4}, {"sub kegiatan", 5}, {"subkegiatan", 5},       {"sasaran sub kegiatan", 5}};
  for (const auto& [entity, depth] : kEntities)
    if (words == entity) return depth;
  return -1;
}

// The words after `drop` leading words, joined.
std::string words_from(const std::vector<std::string>& words, std::size_t drop, std::size_t keep_last = 0) {
  std::string joined;
  for (std::size_t i = drop; i + keep_last < words.size(); ++i) joined += (joined.empty() ? "" : " ") + words[i];
  return joined;
}

bool is_key_word(const std::string& word) { return word == "id" || word == "kode" || word == "kd"; }

// Words that wrap a statement's entity in a column name: "nama_program", "sasaran_teks", "uraian_tujuan".
bool is_statement_wrapper(const std::string& word) {
  return word == "nama" || word == "nm" || word == "uraian" || word == "teks" || word == "text" || word == "deskripsi" ||
         word == "pernyataan" || word == "judul";
}

// The entity a statement column names ("tujuan", "nama_sasaran_strategis", "kegiatan_teks"), -1 = none.
int statement_entity(const std::vector<std::string>& words) {
  std::size_t first = 0, last = words.size();
  while (first < last && is_statement_wrapper(words[first])) ++first;
  while (last > first && is_statement_wrapper(words[last - 1])) --last;
  if (first == last) return -1;
  return entity_depth(words_from(words, first, words.size() - last));
}

// The entity an indicator column belongs to ("indikator_tujuan" 1, "indikator_sasaran_strategis" 2,
// "iku" -1): the longest entity its words after "indikator" begin with.
int indicator_entity(const std::vector<std::string>& words, std::size_t after) {
  for (std::size_t end = words.size(); end > after; --end) {
    int depth = entity_depth(words_from(words, after, words.size() - end));
    if (depth >= 0) return depth;
  }
  return -1;
}

// A column named after its table ("renja_kegiatan_nama", "rpjmd_program_indikator", "opd_kode"): the
// words after an entity name say the field ("nama" of a kegiatan is its statement, "kode" its key), and any
// tail a known name ends with says it too ("..._target_kinerja"). `entity` is the entity's depth, -1 = none.
PeerField field_of_prefixed(const std::vector<std::string>& words, int& entity) {
  // "id_satuan", "kode_urusan": a key into another table, not the thing it names. A cell of more words than a
  // column name has is a row's text, not a header (and the tails below would cost its square).
  if (words.empty() || words.size() > kLongestPrefixedName) return PeerField::None;
  if (words[0] == "id" || words[0] == "kode" || words[0] == "kd") return PeerField::None;
  for (std::size_t start = 1; start < words.size(); ++start) {
    std::string tail;
    for (std::size_t i = start; i < words.size(); ++i) tail += (i > start ? " " : "") + words[i];
    // the entity is the last one or two words before the tail: "... sub kegiatan" + "nama"
    int depth = -1;
    for (std::size_t take = std::min<std::size_t>(2, start); take > 0 && depth < 0; --take) {
      std::string last;
      for (std::size_t i = start - take; i < start; ++i) last += (i > start - take ? " " : "") + words[i];
      depth = entity_depth(last);
    }
    if (depth >= 0 && (tail == "nama" || tail == "uraian" || tail == "ket" || tail == "keterangan" || tail == "nomenklatur")) {
      entity = depth;
      return tail == "ket" || tail == "keterangan" ? PeerField::None : PeerField::Sasaran;
    }
    if (depth >= 0 && (tail == "kode" || tail == "kd" || tail == "id")) {
      entity = depth;
      return PeerField::Code;
    }
    if ((words[start - 1] == "opd" || words[start - 1] == "skpd" || words[start - 1] == "unit") && (tail == "kode" || tail == "id"))
      return PeerField::UnitCode;
    if ((words[start - 1] == "opd" || words[start - 1] == "skpd") && tail == "nama") return PeerField::Unit;
    if (tail == "target kinerja") return PeerField::Target;
    if (tail == "target realisasi") return PeerField::Realisasi;
    PeerField field = field_named(tail);
    if (field != PeerField::None && field != PeerField::Code && field != PeerField::ParentCode && field != PeerField::PeriodStart &&
        field != PeerField::PeriodEnd)
      return field;
  }
  return PeerField::None;
}

// "target1", "t3", "sasaran5": a word and a small number glued together; false when the word is not so.
bool split_glued_number(const std::string& word, std::string& letters, int& number) {
  std::size_t cut = word.size();
  while (cut > 0 && is_digit(word[cut - 1])) --cut;
  if (cut == 0 || cut == word.size() || word.size() - cut > 2) return false;
  letters = word.substr(0, cut);
  number = number_of(word.substr(cut));
  return true;
}

// Values of a quarter, a month or money ("target_tw1", "realisasi_bulan_3", "pagu_anggaran"): no yearly target.
bool names_no_yearly_value(const std::vector<std::string>& words) {
  for (const std::string& word : words)
    if (word == "tw" || word == "triwulan" || word == "bulan" || word == "bulanan" || word == "semester" ||
        word == "anggaran" || word == "pagu" || word == "dana" || word == "rp" || word == "keuangan" || word == "satuan" ||
        word == "akhir")  // "target_akhir_periode": the kondisi akhir, no one year's target
      return true;
  return false;
}

// A name a known field does not hold, read by its first word: "target_kinerja_sasaran", "target_tahunan",
// "capaian_kinerja", "satuan_target_sasaran", "indikator_sasaran_bupati", "id_tujuan", "sasaran_strategis_id".
PeerField field_by_first_word(const std::vector<std::string>& words, int& entity) {
  if (words.empty()) return PeerField::None;
  const std::string& first = words[0];
  if (words.size() >= 2 && is_key_word(first)) {
    entity = entity_depth(words_from(words, 1));
    return entity >= 0 ? PeerField::Code : PeerField::None;
  }
  if (words.size() >= 2 && is_key_word(words.back())) {
    entity = entity_depth(words_from(words, 0, 1));
    return entity >= 0 ? PeerField::Code : PeerField::None;
  }
  if (first == "satuan") return PeerField::Satuan;
  if ((first == "tahun" || first == "thn") && words.size() >= 2 && entity_depth(words_from(words, 1)) >= 0) return PeerField::Year;
  if ((first == "target" || first == "t") && !names_no_yearly_value(words)) return PeerField::Target;
  if ((first == "realisasi" || first == "capaian") && !names_no_yearly_value(words)) return PeerField::Realisasi;
  std::size_t after = first == "indikator" ? 1 : words.size() >= 2 && is_statement_wrapper(first) && words[1] == "indikator" ? 2 : 0;
  if (after > 0) {
    entity = indicator_entity(words, after);
    return PeerField::Indikator;
  }
  entity = statement_entity(words);
  return entity >= 0 ? PeerField::Sasaran : PeerField::None;
}

PeerColumn read_column(const std::string& header) {
  PeerColumn column;
  column.header = trim(header);
  std::vector<std::string> words = header_words(header);
  // A cell of more words than a column name has is a row's text, not a header (and the entity tails would cost
  // its square).
  if (words.size() > kLongestPrefixedName) return column;
  std::string name, name_with_numbers;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    int level = glued_level(word);
    if (level < 0 && is_level_word(word) && i + 1 < words.size() && number_of(words[i + 1]) >= 0) {
      level = number_of(words[i + 1]);
      ++i;
    }
    if (level > 0 && level <= kDeepestLevel) {
      column.level = level;
      continue;
    }
    int year = number_of(word);
    if (word.size() == 4 && year >= kEarliestYear && year <= kLatestYear) {
      column.year = year;
      continue;
    }
    name_with_numbers += (name_with_numbers.empty() ? "" : " ") + word;
    // "target_3", "target3", "t3", "target_kinerja_sasaran3": the third year of the document's period.
    std::string letters;
    int relative = 0;
    if (!name.empty() && year >= 1 && year <= kLongestPeriod) {
      column.relative_year = year;
      continue;
    }
    if (split_glued_number(word, letters, relative) && relative >= 1 && relative <= kLongestPeriod) {
      column.relative_year = relative;
      name += (name.empty() ? "" : " ") + letters;
      continue;
    }
    if (!name.empty()) name += ' ';
    name += word;
  }
  column.field = field_named(name);
  // "target_tahun_2025", "realisasi thn 2024", "target_tahun_1": the word tahun only says the number is a year.
  if ((column.year != 0 || column.relative_year != 0) && column.field == PeerField::None) {
    std::string bare;
    for (const std::string& word : header_words(name))
      if (word != "tahun" && word != "th" && word != "thn" && word != "ke") bare += (bare.empty() ? "" : " ") + word;
    column.field = field_named(bare);
    if (bare == "t") column.field = PeerField::Target;
  }
  // A statement or indicator named by the entity it belongs to ("sasaran", "nama_program"): that entity.
  if (column.field == PeerField::Sasaran || column.field == PeerField::Indikator || column.field == PeerField::Code) {
    int entity = -1;
    PeerField again = field_by_first_word(header_words(name), entity);
    if (again == column.field) column.entity = entity;
  }
  if (column.field == PeerField::None) column.field = field_by_first_word(header_words(name), column.entity);
  if (column.field == PeerField::None) column.field = field_of_prefixed(header_words(name), column.entity);
  // A number only makes sense on a value column: "sasaran 2025" and "indikator_2" are no form this reader knows.
  const bool value = column.field == PeerField::Target || column.field == PeerField::Realisasi;
  if (!value && column.relative_year != 0) {
    column.relative_year = 0;
    column.field = field_named(name_with_numbers);
    if (column.field == PeerField::Sasaran || column.field == PeerField::Indikator) column.field = PeerField::None;
  }
  if (column.year != 0 && !value) column.field = PeerField::None;
  if (column.year != 0) column.relative_year = 0;
  // The bare program / kegiatan / sub kegiatan name is that nomenclature, not a sasaran of it.
  if (column.field == PeerField::Sasaran && column.entity >= 3) {
    std::vector<std::string> bare = header_words(name);
    bare.erase(std::remove_if(bare.begin(), bare.end(), is_statement_wrapper), bare.end());
    column.nomenclature = bare.empty() || bare[0] != "sasaran";
  }
  return column;
}

// Key columns named after entities ("rpjmd_sasaran_kode", "rpjmd_program_kode"): the key of the statement's own
// entity is the row's kode, the nearest entity above it holds the kode induk; keys further up are left unread.
void resolve_entity_keys(std::vector<PeerColumn>& columns) {
  int own = -1;
  for (const PeerColumn& column : columns)
    if (column.field == PeerField::Sasaran && column.entity >= 0) own = column.entity;
  if (own < 0) return;
  int parent = -1;
  for (const PeerColumn& column : columns)
    if (column.field == PeerField::Code && column.entity >= 0 && column.entity < own) parent = std::max(parent, column.entity);
  for (PeerColumn& column : columns) {
    if (column.field != PeerField::Code || column.entity < 0) continue;
    if (column.entity == own) continue;
    column.field = column.entity == parent ? PeerField::ParentCode : PeerField::None;
  }
}

// Whether the kode induk column keys another entity ("program" above a table of kegiatan): its values are kodes of
// rows of another table, not of this one.
bool parent_in_other_table(const std::vector<PeerColumn>& columns) {
  for (const PeerColumn& column : columns)
    if (column.field == PeerField::ParentCode && column.entity >= 0) return true;
  return false;
}

// Whether the header row is a program's column names, as phpMyAdmin, HeidiSQL or an ORM writes them: every cell
// one token of letters, digits and '_' ("id", "nama_sasaran", "targetTahun1"), at least one joined ("_" or
// camelCase). A planner's header ("Sasaran Strategis", "Target 2025") has spaces.
bool database_named(const std::vector<std::string>& cells) {
  bool joined = false;
  std::size_t named = 0;
  for (const std::string& cell : cells) {
    const std::string text = trim(cell);
    if (text.empty()) continue;
    ++named;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (!(is_alnum(c) || (c >= 'A' && c <= 'Z') || c == '_')) return false;
      if (c == '_' || (i > 0 && c >= 'A' && c <= 'Z' && text[i - 1] >= 'a' && text[i - 1] <= 'z')) joined = true;
    }
  }
  return joined && named >= 2;
}

// A join of several tables ("tujuan","indikator_tujuan","sasaran","indikator_sasaran","target_2025"): each
// entity's statement is a level, from the top entity down, and each row is one path. Columns of no entity (a
// bare "indikator", "satuan", "target_1") belong to the deepest level. False, touching nothing, when fewer than two
// entities have a statement column or a kode induk states the tree instead.
bool levels_by_entity(PeerHeader& header) {
  std::set<int> entities, own_columns;
  std::size_t last_indicator = 0;
  bool any_indicator = false;
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    const PeerColumn& column = header.columns[c];
    if (column.field == PeerField::ParentCode) return false;
    if (column.field == PeerField::Indikator) last_indicator = c, any_indicator = true;
    if ((column.field == PeerField::Indikator || column.field == PeerField::Code) && column.entity >= 0) own_columns.insert(column.entity);
  }
  // A join lists its tables from the top down, each statement before its indicators: a statement after the last
  // indicator with no indicator or key of its own ("sasaran_strategis, indikator_kinerja, program") tags the row,
  // it is no level above or below it.
  for (std::size_t c = 0; c < header.columns.size(); ++c) {
    const PeerColumn& column = header.columns[c];
    if (column.field != PeerField::Sasaran || column.entity < 0) continue;
    if (!any_indicator || c < last_indicator || own_columns.count(column.entity)) entities.insert(column.entity);
  }
  // The tags are not read, whatever shape the rest takes.
  bool nomenclature = false;
  for (PeerColumn& column : header.columns) {
    if (column.field != PeerField::Sasaran || column.entity < 0) continue;
    if (!entities.count(column.entity)) column.field = PeerField::None;
    else nomenclature = nomenclature || column.nomenclature;
  }
  // A list of program / kegiatan / sub kegiatan names with their kode columns (SIPD's Renstra and Renja lists) is
  // the planning-table reader's: it reads the Kepmendagri kode hierarchy and the pagu.
  if (entities.size() < 2 || nomenclature) return false;
  std::map<int, int> level_of;
  for (int entity : entities) level_of.emplace(entity, static_cast<int>(level_of.size()) + 1);
  const int deepest = static_cast<int>(entities.size());
  for (PeerColumn& column : header.columns) {
    const bool statement_like = column.field == PeerField::Sasaran || column.field == PeerField::Indikator || column.field == PeerField::Code;
    auto found = level_of.find(column.entity);
    if (statement_like && found != level_of.end()) column.level = found->second;
    else if (column.field == PeerField::Indikator || column.field == PeerField::Satuan || column.field == PeerField::Target ||
             column.field == PeerField::Realisasi || column.field == PeerField::Baseline || column.field == PeerField::Formula ||
             column.field == PeerField::SumberData || column.field == PeerField::Polarity || column.field == PeerField::PenanggungJawab)
      column.level = deepest;
    else if (column.field == PeerField::Sasaran || column.field == PeerField::Code)
      column.field = PeerField::None;  // a statement or key of an entity not on the ladder: not read
  }
  header.shape = PeerShape::Wide;
  header.levels = deepest;
  header.by_entity = true;
  return true;
}

}  // namespace

std::optional<PeerHeader> recognise_peer_header(const std::vector<std::string>& cells) {
  PeerHeader header;
  std::set<int> sasaran_levels;
  std::set<PeerField> plain;  // fields of columns without a level
  for (const std::string& cell : cells) {
    PeerColumn column = read_column(cell);
    if (column.field == PeerField::Sasaran && column.level > 0) sasaran_levels.insert(column.level);
    if (column.level == 0) plain.insert(column.field);
    header.columns.push_back(std::move(column));
  }
  resolve_entity_keys(header.columns);
  plain.clear();
  for (const PeerColumn& column : header.columns)
    if (column.level == 0) plain.insert(column.field);
  if (sasaran_levels.size() >= 2) {
    header.shape = PeerShape::Wide;
    header.levels = *sasaran_levels.rbegin();
    return header;
  }
  const bool from_database = database_named(cells);
  header.from_database = from_database;
  // "sasaran" beside "uraian" (or "keterangan_sasaran"): the column naming its entity holds the statement; a
  // generic text column next to it describes something else and is not read.
  if (from_database && std::any_of(header.columns.begin(), header.columns.end(), [](const PeerColumn& column) {
        return column.field == PeerField::Sasaran && column.entity >= 0 && column.level == 0;
      }))
    for (PeerColumn& column : header.columns)
      if (column.field == PeerField::Sasaran && column.entity < 0 && column.level == 0) column.field = PeerField::None;
  if (sasaran_levels.empty() && from_database && levels_by_entity(header)) return header;
  // A table of program / kegiatan names (SIPD's lists): the planning-table reader's, unless a kode induk or a
  // level column states its tree.
  const bool nomenclature_list = std::any_of(header.columns.begin(), header.columns.end(), [](const PeerColumn& column) {
    return column.field == PeerField::Sasaran && column.nomenclature;
  });
  // A long sheet states its tree: by kode and kode induk, or by a kode beside a level column (the kode prefixes or
  // the order of the rows then give the parents), with an indicator or a unit column as an export's rows have. A
  // level without a kode is a planning table's unit level ("Unit | Atasan | Level | Sasaran"): not taken here.
  const auto has = [&](PeerField field) { return plain.count(field) > 0; };
  const bool by_parent = has(PeerField::Code) && has(PeerField::ParentCode);
  const bool by_level = has(PeerField::Level) && has(PeerField::Code) && !has(PeerField::ParentUnit) &&
                        (has(PeerField::Indikator) || has(PeerField::Unit) || has(PeerField::UnitCode));
  // A pohon kinerja app's sheet of tiers ("Jenis | Strategi | Indikator | Target | Satuan", Jenis = Strategic,
  // Tactical, Operational): a level, a statement and an indicator column and no unit column; the rows' order
  // gives the parents.
  // An eselon column is a jabatan's level: a planning table of units, left to the planning-table reader.
  const bool tier_column = std::any_of(header.columns.begin(), header.columns.end(), [](const PeerColumn& column) {
    return column.field == PeerField::Level && lower_ascii(column.header).find("eselon") == std::string::npos;
  });
  const bool by_tier = tier_column && has(PeerField::Indikator) && !has(PeerField::Unit) &&
                       !has(PeerField::ParentUnit) && !has(PeerField::UnitCode) && !has(PeerField::Code);
  // A database table's own export ("id","id_tujuan","sasaran","indikator_sasaran",...): its column names are a
  // program's, so a statement beside an indicator, a target or an entity's key is its rows' content.
  const bool by_names = from_database && !nomenclature_list && (has(PeerField::Indikator) || has(PeerField::Target) ||
                                          std::any_of(header.columns.begin(), header.columns.end(), [](const PeerColumn& column) {
                                            return column.field == PeerField::Code && column.entity >= 0;
                                          }));
  if (sasaran_levels.empty() && has(PeerField::Sasaran) && (by_parent || by_level || by_tier || by_names)) {
    header.shape = PeerShape::Long;
    header.parent_elsewhere = parent_in_other_table(header.columns);
    for (const PeerColumn& column : header.columns)
      if (column.field == PeerField::Sasaran && column.entity >= 0) {
        header.entity = column.entity;
        header.nomenclature = column.nomenclature;
      }
    return header;
  }
  return std::nullopt;
}

std::string peer_field_name(const PeerColumn& column) {
  static const char* const kNames[] = {"diabaikan", "unit",   "unit_induk", "sasaran",    "indikator", "satuan",          "target",
                                       "realisasi", "tahun",  "baseline",   "formula",   "sumber_data",     "polaritas",
                                       "penanggung_jawab",    "kode",       "kode_induk", "level",          "crosscutting", "kode_unit",
                                       "periode_awal",        "periode_akhir"};
  std::string name = kNames[static_cast<int>(column.field)];
  if (column.level > 0) name += " lv" + std::to_string(column.level);
  if (column.year > 0) name += ":" + std::to_string(column.year);
  return name;
}

}  // namespace pokin::import
