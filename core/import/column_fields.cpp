#include "core/import/column_fields.h"

#include <algorithm>
#include <cctype>

#include "core/import/document_builder.h"
#include "core/import/text_cleaning.h"
#include "core/model/indonesian_number.h"

namespace pokin::import {
namespace {

bool has(const std::string& text, std::string_view word) { return text.find(word) != std::string::npos; }

// The first four-digit year 1900-2099 standing alone in `text`, or 0.
int year_in(const std::string& text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    bool digits = std::all_of(text.begin() + i, text.begin() + i + 4, [](char c) { return c >= '0' && c <= '9'; });
    bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
                 (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
    if (digits && alone && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0)) return std::stoi(text.substr(i, 4));
  }
  return 0;
}

// "tahun-3", "tahun 3", "th-3", "thn 3", "t-3": the third year of the period.
int relative_year_in(const std::string& text) {
  for (std::string_view word : {"tahun", "thn", "th", "t"}) {
    std::size_t at = text.find(word);
    while (at != std::string::npos) {
      bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
      std::size_t i = at + word.size();
      while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '.' || text[i] == 'k' || text[i] == 'e'))
        ++i;
      std::size_t digits = i;
      while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
      if (word_start && digits > i && digits - i <= 2 && i > at + word.size()) {
        int n = std::stoi(text.substr(i, digits - i));
        if (n >= 1 && n <= 10) return n;
      }
      at = text.find(word, at + 1);
    }
  }
  return 0;
}

bool is_numbering(const std::string& text) {
  std::string t = trim(text);
  if (t.empty() || t.size() > 4) return false;
  std::size_t digits = 0;
  while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
  if (digits == 0) return false;
  std::string rest = t.substr(digits);
  return rest.empty() || rest == "." || rest == ")";
}

// Where the name starts after a number written before an indicator ("1. ", "1.2 ", "2) "), followed by a capital
// letter; 0 when there is none. A number without a dot or parenthesis ("5 Desa ...") is no numbering.
std::size_t indicator_number_end(const std::string& name) {
  std::size_t at = 0;
  while (at < name.size() && (std::isdigit(static_cast<unsigned char>(name[at])) || name[at] == '.')) ++at;
  if (at == 0 || at > 8 || !std::isdigit(static_cast<unsigned char>(name[0]))) return 0;
  // Segments of one or two digits: "1.000 Desa" is a thousand, no numbering.
  for (std::size_t start = 0; start < at;) {
    std::size_t dot = name.find('.', start);
    std::size_t stop = std::min(dot, at);
    if (stop - start > 2) return 0;
    start = stop + 1;
  }
  bool closed = name[at - 1] == '.' || (at < name.size() && name[at] == ')');
  bool dotted = name.find('.') < at;
  if (at < name.size() && name[at] == ')') ++at;
  if (!closed && !dotted) return 0;
  if (at >= name.size() || name[at] != ' ') return 0;
  while (at < name.size() && name[at] == ' ') ++at;
  if (at >= name.size() || !std::isupper(static_cast<unsigned char>(name[at]))) return 0;
  return at;
}

// "a", "a.", "b)": the letter of a sub-indicator.
std::string letter_of(const std::string& text) {
  std::string t = trim(text);
  if (t.empty() || !std::isalpha(static_cast<unsigned char>(t[0])) || !std::islower(static_cast<unsigned char>(t[0])))
    return {};
  if (t.size() == 1 || ((t.size() == 2) && (t[1] == '.' || t[1] == ')'))) return t.substr(0, 1);
  return {};
}

void append(std::string& to, const std::string& text) {
  std::string t = trim(text);
  if (t.empty()) return;
  if (!to.empty()) to += ' ';
  to += t;
}

}  // namespace

namespace {

bool is_word_at(const std::string& text, std::size_t at, std::size_t length) {
  bool before = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
  bool after = at + length >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at + length]));
  return before && after;
}

// `word` standing as a word of its own in `text`.
bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
    if (is_word_at(text, at, word.size())) return true;
  return false;
}

// "Rp", "Rp. (juta)", "Pagu Indikatif", "Anggaran (Rp)", "Kebutuhan Dana": a column of money. The long
// "Target Kinerja Program dan Kerangka Pendanaan" is not: it spans a target and a money column.
bool names_money(const std::string& text) {
  if (has(text, "kerangka pendanaan")) return false;
  return has_word(text, "rp") || has(text, "pagu") || has(text, "anggaran") || has_word(text, "dana") ||
         has(text, "pendanaan") || has(text, "rupiah");
}

// The statement columns a header names: tujuan, sasaran, program, kegiatan, sub kegiatan.
std::vector<Field> statements_named(const std::string& text) {
  std::vector<Field> named;
  if (has(text, "tujuan")) named.push_back(Field::Tujuan);
  if (has(text, "sasaran")) named.push_back(Field::Sasaran);
  if (has(text, "program")) named.push_back(Field::Program);
  // SIPD's exports write "giat" for kegiatan ("nama_giat", "nama_sub_giat").
  bool sub = has(text, "sub kegiatan") || has(text, "sub-kegiatan") || has(text, "subkegiatan") || has(text, "sub giat");
  if (!sub && has_word(text, "giat")) {
    named.push_back(Field::Kegiatan);
    return named;
  }
  std::size_t kegiatan = 0;
  for (std::size_t at = text.find("kegiatan"); at != std::string::npos; at = text.find("kegiatan", at + 1)) {
    bool after_sub = (at >= 4 && (text.compare(at - 4, 4, "sub ") == 0 || text.compare(at - 4, 4, "sub-") == 0)) ||
                     (at >= 3 && text.compare(at - 3, 3, "sub") == 0);
    if (!after_sub) ++kegiatan;
  }
  if (kegiatan > 0) named.push_back(Field::Kegiatan);
  if (sub) named.push_back(Field::SubKegiatan);
  return named;
}


// "eselon ii", "eselon iii.a", "eselon 4", "pejabat eselon iv", "jabatan eselon ii": one eselon named.
bool names_one_eselon(const std::string& text) {
  std::string rest;
  for (const char* prefix : {"eselon ", "pejabat eselon ", "jabatan eselon "})
    if (text.rfind(prefix, 0) == 0) rest = text.substr(std::string_view(prefix).size());
  if (rest.empty()) return false;
  for (const char* suffix : {".a", ".b", "/a", "/b", " a", " b"})
    if (rest.size() > 2 && rest.compare(rest.size() - 2, 2, suffix) == 0) rest.resize(rest.size() - 2);
  for (const char* level : {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"})
    if (rest == level) return true;
  return false;
}

}  // namespace

int year_in_text(std::string_view text) { return year_in(std::string(text)); }

// "sasaran_lv2", "indikator lv 2", "Sasaran Level 2", "sasaran_level_3": the level of a wide sheet's column pair;
// 0 when the header names none. `text` is lower case with '_' written as ' '.
int tier_in(const std::string& text) {
  for (std::string_view word : {"lvl", "lv", "level", "tingkat"}) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;
      std::size_t i = at + word.size();
      while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '.')) ++i;
      std::size_t digits = i;
      while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
      if (digits == i || digits - i > 1 || digits != text.size()) continue;
      int n = text[i] - '0';
      if (n >= 1) return n;
    }
  }
  return 0;
}

ColumnField recognise_header(std::string_view header) {
  std::string text = lower_ascii(clean_text(header));
  std::replace(text.begin(), text.end(), '_', ' ');  // "kode_induk", "satuan_kerja": names of other apps' sheets
  ColumnField column;
  constexpr std::size_t kLongestHeader = 90;  // a longer cell is data, not a column title
  if (text.empty() || text.size() > kLongestHeader) return column;
  int year = year_in(text);
  int relative = year ? 0 : relative_year_in(text);
  // "target_3", "pagu_3", "realisasi 2" (SIPD's exports): the third year of the period.
  if (!year && !relative && text.size() >= 3 && std::isdigit(static_cast<unsigned char>(text.back())) &&
      text[text.size() - 2] == ' ' && text.back() != '0' && text.size() <= 24 &&
      (has(text, "target") || has(text, "pagu") || has(text, "realisasi") || has(text, "anggaran") || has_word(text, "rp")))
    relative = text.back() - '0';
  auto yearly = [&](Field field) {
    column.field = field;
    column.year = year;
    column.relative_year = relative;
    return column;
  };
  auto plain = [&](Field field) {
    column.field = field;
    return column;
  };
  bool money = names_money(text);
  if (text == "no" || text == "no." || text == "nomor" || text == "#" || text == "no urut") return plain(Field::Number);
  // A wide sheet: "sasaran lv2", "indikator lv2"; its crosscutting flags ("is crosscutting lv2") are not stored.
  if (int tier = tier_in(text)) {
    if (has(text, "crosscut") || has(text, "cross cut")) return column;
    if (has(text, "indikator")) {
      column.field = Field::Indikator;
      column.tier = tier;
      return column;
    }
    if (has(text, "sasaran") || has(text, "kinerja")) {
      column.field = Field::Sasaran;
      column.tier = tier;
      return column;
    }
  }
  if (text == "tahun" || text == "year" || text == "tahun anggaran" || text == "periode tahun") return plain(Field::Year);
  // Not "uraian" alone: a budget table's Uraian (belanja, kegiatan) is no statement of performance.
  if (text == "nama sasaran" || text == "pernyataan kinerja" || text == "uraian sasaran") return plain(Field::Sasaran);
  if (text == "misi" || text == "misi rpjmd" || text == "uraian misi") return plain(Field::Misi);
  if (text == "visi" || text == "visi rpjmd") return plain(Field::Visi);
  // Columns that hold nothing to store and would otherwise be taken for a statement or a target.
  if (text.rfind("cara mencapai", 0) == 0 || text == "strategi" || text == "kebijakan" ||
      text == "aksi" || text == "ket" || text == "ket." || text.rfind("keterangan", 0) == 0)
    return column;
  // A Renja's "Kelompok Sasaran" (the people a kegiatan serves: "Aparatur", "Masyarakat") and "Sumber Dana" (APBD)
  // are no performance statement nor a source of data.
  if (has(text, "kelompok sasaran") || has(text, "sasaran kelompok") || has(text, "penerima manfaat") ||
      has(text, "sumber dana") || has(text, "sumber pendanaan") || has(text, "sumber anggaran"))
    return column;
  // A Sasaran Kinerja Pegawai (SKP, PermenPAN-RB 6/2022): the identity table's "Pegawai yang Dinilai" and "Pejabat
  // Penilai Kinerja" hold names, NIP and jabatan, no statement; "Rencana Hasil Kerja Pimpinan yang Diintervensi" is
  // the superior's statement (kept in the superior's own form) and "Aspek" (kuantitas, kualitas, waktu) qualifies the
  // indicator. The employee's own "Rencana Hasil Kerja" is the statement.
  if (has(text, "dinilai") || has(text, "penilai") || has(text, "diintervensi") || has(text, "hasil kerja pimpinan") ||
      text == "aspek")
    return column;
  if (text == "rencana hasil kerja" || text == "rhk" || text == "hasil kerja") return plain(Field::Sasaran);
  if (has(text, "kode induk") || has(text, "kode atasan") || has(text, "parent code")) return plain(Field::ParentCode);
  // "Kode IKU", "Kode Indikator": the indicator's own code ("C1.1"), not the sasaran's.
  if (text.rfind("kode", 0) == 0 && (has(text, "indikator") || has_word(text, "iku") || has_word(text, "iki") ||
                                     has_word(text, "ik") || has_word(text, "ikk"))) {
    column.field = Field::Code;
    column.describes = Field::Indikator;
    return column;
  }
  if (text.rfind("kode", 0) == 0 || text == "code") return plain(Field::Code);
  if (has(text, "unit induk") || has(text, "atasan") || has(text, "induk") || has(text, "parent")) return plain(Field::ParentUnit);
  if (has(text, "sumber")) return plain(Field::SumberData);
  // "Kondisi Kinerja pada Akhir Periode Renstra": the end-of-period target (and its Rp), never a sasaran.
  if (has(text, "akhir periode") || has(text, "kondisi akhir") || has(text, "kinerja akhir") || has(text, "pada akhir"))
    return plain(money ? Field::KondisiAkhirPagu : Field::KondisiAkhir);
  if (has(text, "kondisi awal") || has(text, "baseline") || has(text, "base line") || has(text, "tahun awal") ||
      has(text, "capaian awal") || has(text, "kinerja awal") || has(text, "data awal") || text.rfind("data capaian", 0) == 0)
    return yearly(Field::Baseline);
  // "Capaian Kinerja Program dan Kerangka Pendanaan" spans the planned targets and pagu of each year.
  if (has(text, "kerangka pendanaan")) return yearly(Field::Target);
  bool ratio = has(text, "%");
  if (has(text, "realisasi")) {
    if (ratio) return column;  // "Realisasi (%)": a ratio worked out from the others
    return yearly(money ? Field::RealisasiPagu : Field::Realisasi);
  }
  if (has(text, "capaian") && (year || relative || text.rfind("capaian", 0) == 0)) {
    if (ratio) return column;
    return yearly(Field::Realisasi);
  }
  if (money && !has(text, "target")) return yearly(Field::Pagu);
  if (has(text, "target") || has(text, "proyeksi")) return yearly(Field::Target);
  if (year && text.size() <= 12) return yearly(Field::Target);  // "2024", "Tahun 2024", "th. 2024"
  if (relative && text.size() <= 12) return yearly(Field::Target);
  // Before "satuan": "Satuan Kerja" is a unit, not the unit of measure.
  if (has(text, "satuan kerja") || has(text, "perangkat daerah") || has_word(text, "opd") || has_word(text, "skpd") ||
      text == "pd")
    return plain(Field::Unit);
  if (has(text, "satuan") || text == "sat" || text == "sat.") return plain(Field::Satuan);
  if (has(text, "polaritas") || has(text, "polarity")) return plain(Field::Polarity);
  if (has(text, "formula") || has(text, "penjelasan") || has(text, "rumus") || has(text, "perhitungan") ||
      has(text, "penghitungan") || has(text, "cara ukur") || has(text, "definisi") || has(text, "alasan"))
    return plain(Field::Formula);
  // The indicator columns of a cascading matrix, by their abbreviations: IKU, IKP (program), IKK (kegiatan), IKS
  // (sub kegiatan), IKI (individu), IKSS / IKSP / IKSK (of a sasaran strategis / program / kegiatan).
  // "IKU Eselon II", "IKK (output)": the abbreviation followed by the level it is of. "IKU Dinas X" in a data cell
  // names a document, no column.
  std::string first_word = text.substr(0, text.find_first_of(" (/"));
  std::string after = trim(std::string_view(text).substr(first_word.size()));
  bool of_a_level = after.empty() || after.front() == '(' || after.rfind("eselon", 0) == 0 || after.rfind("level", 0) == 0 ||
                    after.rfind("tingkat", 0) == 0;
  bool abbreviation = first_word == "iku" || first_word == "iki" || first_word == "ikp" || first_word == "ikk" ||
                      first_word == "iks" || first_word == "ikss" || first_word == "iksp" || first_word == "iksk";
  // "IK Tujuan RPJMD", "IK Program": IK (indikator kinerja) followed by the statement it measures.
  bool ik_of_a_statement = first_word == "ik" && !statements_named(after).empty();
  if (has(text, "indikator") || (abbreviation && of_a_level) || ik_of_a_statement) {
    column.field = Field::Indikator;
    // "Indikator Kinerja Program (outcome)": the column measures one statement column. One naming several
    // ("... Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)") is shared.
    // An indicator of the sasaran is the table's plain indicator column: the sasaran is the statement a row's
    // indicator measures unless a column says otherwise.
    std::vector<Field> named = statements_named(text);
    if (named.size() == 1 && named.front() != Field::Sasaran) column.describes = named.front();
    return column;
  }
  if (has(text, "penanggung jawab") || has(text, "penanggungjawab") || text == "pj" || text.rfind("unit", 0) == 0 ||
      has(text, "jabatan") || has(text, "unit kerja") || text == "pejabat" || text == "pelaksana")
    return plain(Field::Unit);
  if (has_word(text, "lokasi")) return plain(Field::Lokasi);
  if (text == "level" || text == "tingkat" || text == "eselon" || text == "jenjang") return plain(Field::Level);
  // "Eselon II", "Eselon III.a", "Pejabat Eselon IV" over a cascading matrix's level: the column holds the jabatan
  // of that level (the Level column of a long table is "Eselon" alone).
  if (names_one_eselon(text)) return plain(Field::Unit);
  if (has(text, "sasaran")) return plain(Field::Sasaran);
  std::vector<Field> named = statements_named(text);
  if (named.size() == 1 && named.front() == Field::Tujuan) return plain(Field::Tujuan);
  // A column shared by program, kegiatan and sub kegiatan names: the building of the tree tells the levels apart.
  if (named.size() >= 2) return plain(Field::Program);
  if (named.size() == 1) return plain(named.front());
  if (has(text, "kinerja")) return plain(Field::Sasaran);
  return column;
}

std::optional<ColumnField> field_from_name(std::string_view raw) {
  std::string name = lower_ascii(trim(raw));
  ColumnField column;
  auto with_year = [&](std::string_view prefix, Field field) -> std::optional<ColumnField> {
    if (name.rfind(prefix, 0) != 0) return std::nullopt;
    std::string rest = name.substr(prefix.size());
    if (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == '=')) rest = rest.substr(1);
    column.field = field;
    if (!rest.empty()) {
      if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
      int value = std::stoi(rest.substr(0, 5));
      if (value >= 1900) column.year = value;
      else column.relative_year = value;
    }
    return column;
  };
  if (auto target = with_year("target", Field::Target)) return target;
  if (auto spent = with_year("realisasi_pagu", Field::RealisasiPagu)) return spent;
  if (auto realisasi = with_year("realisasi", Field::Realisasi)) return realisasi;
  if (auto pagu = with_year("pagu", Field::Pagu)) return pagu;
  if (auto baseline = with_year("baseline", Field::Baseline)) return baseline;
  static const std::pair<std::string_view, Field> kNames[] = {
      {"sasaran", Field::Sasaran},       {"kinerja", Field::Sasaran},      {"indikator", Field::Indikator},
      {"formula", Field::Formula},       {"formulasi", Field::Formula},    {"penjelasan", Field::Formula},
      {"satuan", Field::Satuan},         {"kondisi_awal", Field::Baseline}, {"sumber", Field::SumberData},
      {"sumber_data", Field::SumberData}, {"unit", Field::Unit},           {"penanggung_jawab", Field::Unit},
      {"unit_induk", Field::ParentUnit}, {"atasan", Field::ParentUnit},   {"level", Field::Level},
      {"kode", Field::Code},             {"code", Field::Code},           {"kode_induk", Field::ParentCode},
      {"parent_code", Field::ParentCode}, {"polaritas", Field::Polarity},  {"no", Field::Number},
      {"abaikan", Field::None},          {"ignore", Field::None},         {"tujuan", Field::Tujuan},
      {"program", Field::Program},       {"kegiatan", Field::Kegiatan},   {"sub_kegiatan", Field::SubKegiatan},
      {"kondisi_akhir", Field::KondisiAkhir}, {"kondisi_akhir_pagu", Field::KondisiAkhirPagu},
      {"lokasi", Field::Lokasi},         {"opd", Field::Unit},            {"perangkat_daerah", Field::Unit},
      {"misi", Field::Misi},             {"visi", Field::Visi}};
  for (const auto& [known, field] : kNames)
    if (name == known) {
      column.field = field;
      return column;
    }
  if (name == "tahun" || name == "year") {
    column.field = Field::Year;
    return column;
  }
  // "sasaran_lv2", "indikator_lv2": a wide sheet's column of one level.
  for (const auto& [prefix, field] : {std::pair<std::string_view, Field>{"sasaran_lv", Field::Sasaran},
                                      std::pair<std::string_view, Field>{"indikator_lv", Field::Indikator}})
    if (name.size() == prefix.size() + 1 && name.rfind(prefix, 0) == 0 && name.back() >= '1' && name.back() <= '9') {
      column.field = field;
      column.tier = name.back() - '0';
      return column;
    }
  // "indikator_tujuan", "indikator_program": an indicator column of one statement column.
  static const std::pair<std::string_view, Field> kIndicatorOf[] = {
      {"indikator_tujuan", Field::Tujuan},   {"indikator_sasaran", Field::None},
      {"indikator_program", Field::Program}, {"indikator_kegiatan", Field::Kegiatan},
      {"indikator_sub_kegiatan", Field::SubKegiatan}};
  for (const auto& [known, described] : kIndicatorOf)
    if (name == known) {
      column.field = Field::Indikator;
      column.describes = described;
      return column;
    }
  return std::nullopt;
}

std::string field_name(const ColumnField& column) {
  auto yearly = [&](const char* name) {
    std::string text = name;
    if (column.year) text += ":" + std::to_string(column.year);
    else if (column.relative_year) text += ":" + std::to_string(column.relative_year);
    return text;
  };
  switch (column.field) {
    case Field::None: return "abaikan";
    case Field::Number: return "no";
    case Field::Sasaran: return column.tier ? "sasaran_lv" + std::to_string(column.tier) : "sasaran";
    case Field::Indikator:
      if (column.tier) return "indikator_lv" + std::to_string(column.tier);
      switch (column.describes) {
        case Field::Tujuan: return "indikator_tujuan";
        case Field::Program: return "indikator_program";
        case Field::Kegiatan: return "indikator_kegiatan";
        case Field::SubKegiatan: return "indikator_sub_kegiatan";
        default: return "indikator";
      }
    case Field::Formula: return "formula";
    case Field::Satuan: return "satuan";
    case Field::Baseline: return yearly("baseline");
    case Field::Target: return yearly("target");
    case Field::Realisasi: return yearly("realisasi");
    case Field::SumberData: return "sumber_data";
    case Field::Unit: return "unit";
    case Field::ParentUnit: return "unit_induk";
    case Field::Level: return "level";
    case Field::Code: return "kode";
    case Field::ParentCode: return "kode_induk";
    case Field::Polarity: return "polaritas";
    case Field::Tujuan: return "tujuan";
    case Field::Program: return "program";
    case Field::Kegiatan: return "kegiatan";
    case Field::SubKegiatan: return "sub_kegiatan";
    case Field::Pagu: return yearly("pagu");
    case Field::RealisasiPagu: return yearly("realisasi_pagu");
    case Field::KondisiAkhir: return "kondisi_akhir";
    case Field::KondisiAkhirPagu: return "kondisi_akhir_pagu";
    case Field::Lokasi: return "lokasi";
    case Field::Year: return "tahun";
    case Field::Misi: return "misi";
    case Field::Visi: return "visi";
  }
  return "abaikan";
}

std::string column_letter(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

ColumnLayout layout_from_header(const std::vector<std::string>& cells) {
  ColumnLayout layout;
  for (const std::string& cell : cells) {
    ColumnField column = recognise_header(cell);
    if (column.field == Field::None && trim(cell).empty() && !layout.empty() &&
        (layout.back().field != Field::None || layout.back().continues_left))
      column.continues_left = true;
    layout.push_back(column);
  }
  return layout;
}

ColumnLayout with_one_statement_column(ColumnLayout layout) {
  for (ColumnField& column : layout) {
    if (column.field == Field::Tujuan || column.field == Field::Program || column.field == Field::Kegiatan ||
        column.field == Field::SubKegiatan)
      column.field = Field::Sasaran;
    column.describes = Field::None;
  }
  return layout;
}

bool is_planning_field(Field field) {
  switch (field) {
    case Field::Tujuan:
    case Field::Program:
    case Field::Kegiatan:
    case Field::SubKegiatan:
    case Field::Pagu:
    case Field::RealisasiPagu:
    case Field::KondisiAkhir:
    case Field::KondisiAkhirPagu:
    case Field::Lokasi: return true;
    default: return false;
  }
}

int recognised_columns(const ColumnLayout& layout) {
  return static_cast<int>(std::count_if(layout.begin(), layout.end(), [](const ColumnField& c) { return c.field != Field::None; }));
}

bool has_field(const ColumnLayout& layout, Field field) {
  return std::any_of(layout.begin(), layout.end(), [field](const ColumnField& c) { return c.field == field; });
}

bool RowValues::empty() const {
  return number.empty() && sasaran.empty() && indikator.empty() && formula.empty() && satuan.empty() &&
         baseline.empty() && sumber_data.empty() && unit.empty() && parent_unit.empty() && level.empty() &&
         code.empty() && parent_code.empty() && target.empty() && realisasi.empty() && relative_target.empty() &&
         relative_realisasi.empty() && tujuan.empty() && program.empty() && kegiatan.empty() && sub_kegiatan.empty() &&
         pagu.empty() && realisasi_pagu.empty() && relative_pagu.empty() && relative_realisasi_pagu.empty() &&
         kondisi_akhir.empty() && kondisi_akhir_pagu.empty() && lokasi.empty() && indikator_of.empty() &&
         sasaran_tier.empty() && indikator_tier.empty() && year.empty() && misi.empty() && visi.empty();
}

RowValues read_row(const ColumnLayout& layout, const std::vector<std::string>& cells) {
  RowValues row;
  for (std::size_t c = 0; c < cells.size() && c < layout.size(); ++c) {
    const std::string& cell = cells[c];
    if (trim(cell).empty()) continue;
    std::size_t owner = c;
    while (owner > 0 && layout[owner].continues_left) --owner;
    const ColumnField& column = layout[owner];
    switch (column.field) {
      case Field::None: break;
      case Field::Number: append(row.number, cell); break;
      case Field::Sasaran:
        if (column.tier) {
          append(row.sasaran_tier[column.tier], cell);
          break;
        }
        if (is_numbering(cell) && row.sasaran.empty()) {
          append(row.number, cell);
        } else {
          if (row.sasaran.empty()) {
            for (std::size_t i = 0; i < cell.size() && (cell[i] == ' ' || cell[i] == '\t'); ++i)
              row.sasaran_indent += cell[i] == '\t' ? 4 : 1;
          }
          append(row.sasaran, cell);
        }
        break;
      case Field::Indikator: {
        if (column.tier) {
          append(row.indikator_tier[column.tier], cell);
          break;
        }
        if (column.describes != Field::None) {
          append(row.indikator_of[column.describes], cell);
          break;
        }
        std::string letter = letter_of(cell);
        if (!letter.empty() && row.indikator.empty()) row.letter = letter;
        else append(row.indikator, cell);
        break;
      }
      case Field::Formula: append(row.formula, cell); break;
      case Field::Satuan: append(row.satuan, cell); break;
      case Field::Baseline: append(row.baseline, cell); break;
      case Field::SumberData: append(row.sumber_data, cell); break;
      case Field::Unit: append(row.unit, cell); break;
      case Field::ParentUnit: append(row.parent_unit, cell); break;
      case Field::Level: append(row.level, cell); break;
      case Field::Code:
        if (column.describes == Field::Indikator) {
          append(row.indikator_code, cell);
          break;
        }
        append(row.code, cell);
        row.code_parts.push_back(trim(cell));
        break;
      case Field::ParentCode: append(row.parent_code, cell); break;
      case Field::Polarity: append(row.polarity, cell); break;
      case Field::Target:
        if (column.year) append(row.target[column.year], cell);
        else append(row.relative_target[column.relative_year], cell);
        break;
      case Field::Realisasi:
        if (column.year) append(row.realisasi[column.year], cell);
        else append(row.relative_realisasi[column.relative_year], cell);
        break;
      case Field::Tujuan: append(row.tujuan, cell); break;
      case Field::Program: append(row.program, cell); break;
      case Field::Kegiatan: append(row.kegiatan, cell); break;
      case Field::SubKegiatan: append(row.sub_kegiatan, cell); break;
      case Field::Pagu:
        if (column.year) append(row.pagu[column.year], cell);
        else append(row.relative_pagu[column.relative_year], cell);
        break;
      case Field::RealisasiPagu:
        if (column.year) append(row.realisasi_pagu[column.year], cell);
        else append(row.relative_realisasi_pagu[column.relative_year], cell);
        break;
      case Field::KondisiAkhir: append(row.kondisi_akhir, cell); break;
      case Field::KondisiAkhirPagu: append(row.kondisi_akhir_pagu, cell); break;
      case Field::Lokasi: append(row.lokasi, cell); break;
      case Field::Year: append(row.year, cell); break;
      case Field::Misi: append(row.misi, cell); break;
      case Field::Visi: append(row.visi, cell); break;
    }
  }
  // A long sheet (one row per indicator and year): the values of columns that name no year are that year's.
  if (int year = year_in(trim(row.year)); year && trim(row.year).size() == 4) give_year_to_yearless(row, year);
  // "a. Presentase pengangguran" in one cell: the letter is the code of a sub-indicator.
  std::string name = trim(row.indikator);
  // "a Penyerapan tenaga kerja" (the dot lost in the conversion): a letter, a space, a capital.
  bool bare_letter = name.size() > 3 && name[1] == ' ' && std::isupper(static_cast<unsigned char>(name[2]));
  if (row.letter.empty() && name.size() > 3 && std::islower(static_cast<unsigned char>(name[0])) &&
      (((name[1] == '.' || name[1] == ')') && name[2] == ' ') || bare_letter)) {
    row.letter = name.substr(0, 1);
    row.indikator = trim(name.substr(bare_letter ? 2 : 3));
  }
  // "1. Nilai EKPPD", "1.2 Persentase ...", "2) Indeks ...": an IKU's indicators numbered within their sasaran in
  // the indicator cell. The number is the indicator's code, the name what follows it.
  if (std::size_t end = indicator_number_end(name); end > 0 && row.letter.empty()) {
    std::string number = name.substr(0, end);
    while (!number.empty() && (number.back() == '.' || number.back() == ')' || number.back() == ' ')) number.pop_back();
    if (trim(row.indikator_code).empty()) row.indikator_code = number;
    row.indikator = trim(name.substr(end));
  }
  return row;
}

int give_year_to_yearless(RowValues& row, int year) {
  const std::pair<std::map<int, std::string>*, std::map<int, std::string>*> yearly[] = {
      {&row.relative_target, &row.target},
      {&row.relative_realisasi, &row.realisasi},
      {&row.relative_pagu, &row.pagu},
      {&row.relative_realisasi_pagu, &row.realisasi_pagu}};
  int moved = 0;
  for (auto [relative, absolute] : yearly) {
    auto yearless = relative->find(0);
    if (yearless == relative->end()) continue;
    if (!absolute->count(year)) (*absolute)[year] = yearless->second;
    relative->erase(yearless);
    ++moved;
  }
  return moved;
}

Polarity polarity_from(const std::string& text) {
  std::string lower = lower_ascii(text);
  if (lower.find("turun") != std::string::npos || lower.find("negatif") != std::string::npos ||
      lower.find("lower") != std::string::npos || lower.find("min") == 0)
    return Polarity::Turun;
  if (lower.find("tetap") != std::string::npos || lower.find("range") != std::string::npos) return Polarity::Tetap;
  return Polarity::Naik;
}

Indikator indikator_from_row(const RowValues& row, Id sasaran, std::string penanggung_jawab) {
  Indikator indikator;
  indikator.sasaran = sasaran;
  indikator.name = clean_text(row.indikator);
  indikator.code = row.indikator_code.empty() ? row.letter : trim(row.indikator_code);
  set_formula(indikator, row.formula);
  indikator.satuan = clean_text(row.satuan);
  indikator.sumber_data = clean_text(row.sumber_data);
  indikator.penanggung_jawab = std::move(penanggung_jawab);
  if (!row.polarity.empty()) indikator.polarity = polarity_from(row.polarity);
  if (!row.baseline.empty()) indikator.baseline = make_value(clean_text(row.baseline));
  for (const auto& [year, text] : row.target)
    if (!trim(text).empty()) indikator.target[year] = make_value(clean_text(text));
  for (const auto& [year, text] : row.realisasi)
    if (!trim(text).empty()) indikator.realisasi[year] = make_value(clean_text(text));
  return indikator;
}

namespace {
void append_text(std::string& to, const std::string& text) {
  if (text.empty()) return;
  if (!to.empty()) to += ' ';
  to += text;
}
}  // namespace

// Appends (never re-cleans what is there), so a long run of continuation rows stays linear.
void continue_indikator(Indikator& indikator, const RowValues& row) {
  if (!row.formula.empty()) {
    std::string fragment = trim(row.formula);
    if (indikator.formula_original.empty() && has_markup(fragment)) indikator.formula_original = indikator.formula;
    if (!indikator.formula_original.empty()) append_text(indikator.formula_original, fragment);
    append_text(indikator.formula, clean_text(fragment));
  }
  append_text(indikator.sumber_data, clean_text(row.sumber_data));
}

bool is_column_number_row(const std::vector<std::string>& cells) {
  // "1 2 3 4", "(1) (2) (3)", or numbers with gaps ("(1) (2) (4) (5)": a column left out of the print). One cell
  // holding them all counts too (PDF text).
  // Most rows are data: a cell that starts with neither a digit nor '(' ends it before any copy is made.
  for (const std::string& cell : cells) {
    std::size_t first = cell.find_first_not_of(" \t\r");
    if (first != std::string::npos && !std::isdigit(static_cast<unsigned char>(cell[first])) && cell[first] != '(')
      return false;
  }
  std::vector<std::string> numbers;
  std::string previous_cell;
  for (const std::string& cell : cells) {
    std::string t = trim(cell);
    // A number spanning several columns (the Kode's "(4)" over its four cells) repeats in each: it counts once.
    if (t.empty() || t == previous_cell) continue;
    previous_cell = t;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i)
      if (i == t.size() || t[i] == ' ') {
        if (i > start) numbers.push_back(t.substr(start, i - start));
        start = i + 1;
      }
  }
  int previous = 0, seen = 0;
  // "(3) (4) (5)": numbers in brackets are column numbers wherever they start (a slice of a wider table).
  bool bracketed = !numbers.empty() && std::all_of(numbers.begin(), numbers.end(), [](const std::string& n) {
    return n.size() >= 3 && n.front() == '(' && (n.back() == ')' || n.back() == '}');
  });
  for (std::string number : numbers) {
    if (number.size() >= 2 && number.front() == '(' && (number.back() == ')' || number.back() == '}'))
      number = number.substr(1, number.size() - 2);
    if (number.empty() || number.size() > 3 ||
        !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    int value = std::stoi(number);
    if (seen == 0 ? (value > 2 && !bracketed) : value <= previous) return false;
    previous = value;
    ++seen;
  }
  return seen >= 3;
}

}  // namespace pokin::import
