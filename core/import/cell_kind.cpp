#include "core/import/cell_kind.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/import/flattened_cells.h"
#include "core/import/nomenclature_code.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

template <std::size_t N>
bool in_list(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view entry) { return same_word(word, entry); });
}

// The word without the punctuation a PDF leaves around it ("(Rp)", "PROGRAM/", "No.", "Umum,").
std::string_view bare(std::string_view word) {
  while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
  while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
  return word;
}

// Words of the column titles of planning tables (case-insensitive).
constexpr std::array<std::string_view, 58> kHeaderWords = {
    "no", "nomor", "sasaran", "strategis", "tujuan", "indikator", "kinerja", "utama", "iku", "iki", "target",
    "satuan", "penjelasan", "formulasi", "perhitungan", "penghitungan", "rumus", "sumber", "data", "penanggung",
    "penanggungjawab", "jawab", "skpd", "opd", "program", "kegiatan", "sub", "kode", "urusan", "bidang", "unsur",
    "anggaran", "realisasi", "capaian", "tahun", "kondisi", "awal", "akhir", "keterangan", "uraian", "alasan",
    "definisi", "tipe", "lokasi", "pagu", "rp", "baseline", "outcome", "output", "rpjmd", "renstra", "rkpd",
    "pelaksana", "unit", "kerja", "rencana", "pada", "dan"};

// The words of a line split on blanks and slashes ("SASARAN/KINERJA UTAMA").
std::vector<std::string_view> header_parts(std::string_view text) {
  std::vector<std::string_view> parts;
  for (std::string_view word : words_of(text)) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= word.size(); ++i) {
      if (i < word.size() && word[i] != '/') continue;
      std::string_view part = bare(word.substr(start, i - start));
      if (!part.empty()) parts.push_back(part);
      start = i + 1;
    }
  }
  return parts;
}

bool all_capitals(std::string_view text) {
  bool letter = false;
  for (char c : text) {
    if (is_lower(c)) return false;
    letter = letter || is_upper(c);
  }
  return letter;
}

// "SATUAN", "INDIKATOR KINERJA UTAMA", "No. SASARAN STRATEGIS", "TARGET RPJMD Kab. Tanah Datar", "(Rp)".
bool is_header_line(std::string_view text, const std::vector<std::string_view>& parts) {
  if (parts.empty() || parts.size() > 8) return false;
  auto header_word = [](std::string_view part) {
    return in_list(part, kHeaderWords) || (part.size() == 1 && !is_digit(part[0]));
  };
  if (all_capitals(text) || (text.front() == '(' && text.back() == ')'))
    return std::all_of(parts.begin(), parts.end(), header_word);
  // Title words in capitals joined by small words ("PROGRAM dan KEGIATAN", "KONDISI KINERJA pada AKHIR").
  bool title_word = std::any_of(parts.begin(), parts.end(), [](std::string_view part) { return part.size() >= 4; });
  if (title_word && std::all_of(parts.begin(), parts.end(), [&](std::string_view part) {
        return header_word(part) && (part.size() < 4 || all_capitals(part));
      }))
    return true;
  // Mixed case: the first two words are title words written in capitals ("TARGET RPJMD Kab. ...", "No. SASARAN").
  auto caps_title = [&](std::string_view part) { return header_word(part) && (all_capitals(part) || same_word(part, "no")); };
  return parts.size() >= 2 && caps_title(parts[0]) && caps_title(parts[1]) && all_capitals(parts[1]);
}

// Result words that open a statement without the -nya form.
constexpr std::array<std::string_view, 10> kGoalVerbs = {"Meningkatkan", "Mewujudkan", "Menurunkan", "Mengurangi",
                                                         "Memperkuat", "Mempertahankan", "Menjamin", "Memantapkan",
                                                         "Mengembangkan", "Menciptakan"};

// "Meningkatnya", "Terwujudnya", "Tersedianya", "Berkurangnya", "Optimalnya", "Membaiknya": a capitalised word
// ending in -nya.
bool is_result_word(std::string_view word) {
  word = bare(word);
  if (word.size() < 7 || !is_upper(word[0])) return false;
  std::string_view tail = word.substr(word.size() - 3);
  if (!same_word(tail, "nya")) return false;
  for (char c : word.substr(1))
    if (!is_lower(c)) return false;
  return true;
}

constexpr std::array<std::string_view, 36> kIndicatorLeads = {
    "Persentase", "Presentase", "Prosentase", "Jumlah", "Indeks", "Nilai", "Angka", "Rasio", "Tingkat",
    "Cakupan", "Predikat", "Prevalensi", "Rata-rata", "Proporsi", "Capaian", "Luas", "Panjang", "Laju",
    "Produksi", "Produktivitas", "Pertumbuhan", "Opini", "Skor", "Waktu", "Lama", "Frekuensi", "Kontribusi",
    "Usia", "Status", "Kepuasan", "Konsumsi", "Ketersediaan", "Penurunan", "Peringkat", "Banyaknya", "%"};

constexpr std::array<std::string_view, 40> kSatuanWords = {
    "persen", "%", "orang", "dokumen", "unit", "laporan", "desa", "indeks", "nilai", "predikat", "kali", "hari",
    "paket", "buah", "rupiah", "rp", "tahun", "bulan", "lokasi", "kasus", "poin", "skor", "rasio", "jiwa", "km",
    "ha", "hektar", "ton", "sekolah", "lembaga", "kelompok", "keluarga", "kk", "rumah", "ekor", "angka", "opd",
    "kegiatan", "per", "nilai/predikat"};

// "Persen", "Dokumen", "%", "Per satuan penduduk", "per 1000 KH": a satuan written alone.
bool is_satuan_cell(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 3) return false;
  std::string_view first = bare(words[0]).empty() ? words[0] : bare(words[0]);
  if (!in_list(first, kSatuanWords)) return false;
  return words.size() == 1 || same_word(first, "per");  // "Kegiatan Fasilitasi ...": a name, not a satuan
}

// "1", "2.", "12", "a.", "1)", "1.1.", "1.1.2": a row's or an outline's number alone.
bool is_row_number(std::string_view text) {
  if (text.empty() || text.size() > 8) return false;
  if (text.size() <= 2 && is_lower(text[0]) && (text.size() == 1 || text[1] == '.' || text[1] == ')'))
    return text.size() == 2;
  std::size_t digits = 0;
  for (char c : text) {
    if (is_digit(c)) ++digits;
    else if (c != '.' && c != ')') return false;
  }
  if (digits == 0) return false;
  // "1" and "12" alone are numbers only up to two digits; "3.000" is a value (three digits after a dot).
  std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return digits <= 2;
  // A zero-padded segment ("1.02.01") is a kode's, not an outline's.
  for (std::size_t i = 1; i + 1 < text.size(); ++i)
    if (text[i - 1] == '.' && text[i] == '0' && is_digit(text[i + 1])) return false;
  // "1.", "1.1.", "1.1.2": an outline number; "88.6" or "1.1" is a value.
  if (text.back() != '.' && text.back() != ')' && std::count(text.begin(), text.end(), '.') < 2) return false;
  std::size_t run = 0;
  for (char c : text) {
    if (is_digit(c)) {
      if (++run > 2) return false;
    } else {
      run = 0;
    }
  }
  return true;
}

// "(3)", "(10)", "1 2 3 4 5 6", "(1) (2) (3)": the numbers printed under a header.
bool is_column_numbers(const std::vector<std::string_view>& words) {
  if (words.empty()) return false;
  int previous = 0;
  for (std::string_view word : words) {
    std::string_view inner = word;
    bool parenthesised = inner.size() >= 3 && inner.front() == '(' && inner.back() == ')';
    if (parenthesised) inner = inner.substr(1, inner.size() - 2);
    if (inner.empty() || inner.size() > 2 || !std::all_of(inner.begin(), inner.end(), is_digit)) return false;
    int number = std::stoi(std::string(inner));
    if (words.size() == 1) return parenthesised;
    if (number != previous + 1 && previous != 0) return false;
    previous = number;
  }
  return words.size() >= 3;
}

bool is_year_word(std::string_view word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), is_digit) && (word.substr(0, 2) == "19" || word.substr(0, 2) == "20");
}

bool is_rp_word(std::string_view word) {
  return same_word(word, "rp") || same_word(word, "rp.") || same_word(word, "rp.,") || same_word(word, "(rp)");
}

// Explanation labels: the word(s) before a colon.
Field explanation_field(std::string_view label) {
  std::string lower = lower_ascii(label);
  if (lower.rfind("sumber", 0) == 0) return Field::SumberData;
  for (std::string_view opener : {"formulasi", "formula", "rumus", "cara", "tipe", "penjelasan", "catatan", "alasan",
                                  "definisi", "keterangan", "metode", "makna"})
    if (lower.rfind(opener, 0) == 0) return Field::Formula;
  return Field::None;
}

bool matches_part(std::string_view token, std::size_t min_digits, std::size_t max_digits, std::string_view placeholder) {
  if (token == placeholder) return true;
  return token.size() >= min_digits && token.size() <= max_digits && std::all_of(token.begin(), token.end(), is_digit);
}

}  // namespace

NomenclatureCode leading_kode(std::string_view text, std::string& rest) {
  NomenclatureCode none;
  std::vector<std::string_view> words = words_of(text);
  if (words.size() >= 2 && matches_part(words[0], 1, 2, "X") && matches_part(words[1], 2, 2, "XX")) {
    std::size_t take = std::min<std::size_t>(words.size(), 6);
    for (; take >= 2; --take) {
      bool kode_like = true;
      for (std::size_t i = 2; i < take && kode_like; ++i)
        kode_like = words[i].size() <= 5 && std::all_of(words[i].begin(), words[i].end(), [](char c) {
                      return is_digit(c) || c == '.' || c == ',' || c == 'X';
                    });
      if (!kode_like) continue;
      std::vector<std::string> parts(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(take));
      NomenclatureCode kode = read_nomenclature_code(parts);
      if (kode.segments == 0) continue;
      // The kode goes on in a form not read ("1 02 02 2A", DKI's lettered kegiatan): no kode at all.
      if (take < words.size() && is_digit(words[take][0]) && words[take].size() <= 4) return none;
      std::size_t end = static_cast<std::size_t>(words[take - 1].data() + words[take - 1].size() - text.data());
      rest = trim(text.substr(end));
      return kode;
    }
    return none;
  }
  // Written with dots: each segment as long as the nomenclature's ("1.02.01", "1.02.01.2.01.0001"), so that
  // amounts ("749.930.215") and values ("3.000") are no kode.
  if (words.empty()) return none;
  static constexpr std::size_t kShortest[] = {1, 2, 2, 1, 2, 2}, kLongest[] = {1, 2, 2, 1, 2, 4};
  std::string_view token = words[0];
  std::size_t segment = 0, start = 0;
  for (std::size_t i = 0; i <= token.size(); ++i) {
    if (i < token.size() && token[i] != '.') {
      if (!is_digit(token[i]) && token[i] != 'X') return none;
      continue;
    }
    std::size_t length = i - start;
    if (segment >= 6 || length < kShortest[segment] || length > kLongest[segment]) return none;
    ++segment;
    start = i + 1;
  }
  if (segment < 3) return none;
  NomenclatureCode kode = read_nomenclature_code({std::string(token)});
  if (kode.segments == 0) return none;
  rest = trim(text.substr(token.size()));
  return kode;
}

bool is_grade(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kGrades = {"A", "AA", "AAA", "A+", "B", "BB", "BBB", "B+",
                                                               "C", "CC", "CCC", "D", "WTP", "WDP"};
  return std::find(kGrades.begin(), kGrades.end(), word) != kGrades.end();
}

bool opens_another_cell(std::string_view line) {
  static constexpr std::array<std::string_view, 4> kStrongLeads = {"Persentase", "Presentase", "Prosentase", "Jumlah"};
  std::vector<std::string_view> words = words_of(line);
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (!is_upper(words[i][0]) || is_joining_word(words[i - 1])) continue;
    if (is_result_word(words[i]) || in_list(words[i], kGoalVerbs) || in_list(words[i], kStrongLeads)) return true;
  }
  return false;
}

bool is_value_token(std::string_view token) {
  if (token == "-" || token == "–") return true;
  std::size_t digits = 0;
  for (char c : token) {
    if (is_digit(c)) ++digits;
    else if (c != '.' && c != ',' && c != '%' && c != '-' && c != '+' && c != '<' && c != '>' && c != '=')
      return false;
  }
  return digits > 0;
}

bool looks_like_money(std::string_view token) {
  if (token.find('%') != std::string_view::npos) return false;
  std::size_t digits = 0, separators = 0;
  for (char c : token) {
    if (is_digit(c)) ++digits;
    else if (c == '.' || c == ',') ++separators;
  }
  return digits >= 7 || (separators >= 2 && digits >= 6);
}

bool is_joining_word(std::string_view word) {
  static constexpr std::array<std::string_view, 23> kJoining = {
      "yang", "dan", "di", "dari", "per", "dengan", "pada", "untuk", "dalam", "ke", "atas", "terhadap", "oleh",
      "serta", "atau", "bagi", "melalui", "antar", "antara", "sebagai", "tentang", "&", "jumlah"};
  return in_list(bare(word).empty() ? word : bare(word), kJoining);
}

CellClass classify_cell(std::string_view raw) {
  CellClass out;
  std::string text = trim(raw);
  std::vector<std::string_view> words = words_of(text);
  if (words.empty()) return out;
  std::string_view view = text;

  if (is_column_numbers(words)) return out.kind = CellKind::ColumnNumber, out;
  if (words.size() == 1 && is_year_word(words[0])) return out.kind = CellKind::Year, out;
  if (words.size() == 1 && is_row_number(words[0])) return out.kind = CellKind::RowNumber, out;

  std::string after_kode;
  NomenclatureCode kode = leading_kode(view, after_kode);
  bool placeholder = words.size() <= 2 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
                       return std::all_of(w.begin(), w.end(), [](char c) { return c == 'X'; });
                     });
  if ((!kode.kode.empty() && trim(after_kode).empty()) || placeholder) {
    out.kind = CellKind::Kode;
    out.segments = placeholder ? static_cast<int>(words.size()) : kode.segments;
    out.rest = placeholder ? text : kode.kode;
    switch (kode.kind) {
      case NomenclatureKind::Program: out.level = PlanningLevel::Program; break;
      case NomenclatureKind::Kegiatan: out.level = PlanningLevel::Kegiatan; break;
      case NomenclatureKind::SubKegiatan: out.level = PlanningLevel::SubKegiatan; break;
      default: break;
    }
    return out;
  }

  auto parenthesised_number = [](std::string_view w) {
    return w.size() >= 3 && w.front() == '(' && w.back() == ')' &&
           std::all_of(w.begin() + 1, w.end() - 1, [](char c) { return is_digit(c) || c == ',' || c == '.'; });
  };
  if (is_grade(words[0]) && (words.size() == 1 || (words.size() == 2 && parenthesised_number(words[1]))))
    return out.kind = CellKind::Values, out;  // "A", "BB", "A (4)": a grade as a target
  // Values: every token a value, an Rp sign, or a unit written after a value ("61,50 kw/ha", "35.357 ekor").
  {
    bool any_value = false, all = true;
    for (std::size_t i = 0; i < words.size() && all; ++i) {
      if (is_value_token(words[i])) any_value = true;
      else if (is_rp_word(words[i]) || words[i] == "%") continue;
      else if (any_value && i + 1 == words.size() && words.size() <= 3 && is_lower(words[i][0])) continue;
      else all = false;
    }
    if (all && any_value) return out.kind = CellKind::Values, out;
  }

  if (text.size() >= 2 && text.front() == '(' && text.back() == ')' &&
      std::none_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
    return out.kind = CellKind::HeaderWord, out;  // "(%)" under a header
  std::vector<std::string_view> parts = header_parts(view);
  // A level word alone in title case ("Kegiatan", "Sub Kegiatan"): the name follows on the next lines.
  std::string lower = lower_ascii(text);
  if (!all_capitals(text) && (lower == "program" || lower == "kegiatan" || lower == "sub kegiatan" ||
                              lower == "subkegiatan" || lower == "sub-kegiatan")) {
    out.kind = CellKind::LevelLabel;
    out.level = lower == "program" ? PlanningLevel::Program
                : lower == "kegiatan" ? PlanningLevel::Kegiatan : PlanningLevel::SubKegiatan;
    return out;
  }
  if (is_header_line(view, parts)) {
    out.kind = CellKind::HeaderWord;
    out.field = recognise_header(text).field;
    return out;
  }
  if (is_satuan_cell(words)) return out.kind = CellKind::Satuan, out;

  std::size_t colon = text.find(':');
  if (colon != std::string::npos && colon > 0 && words_of(view.substr(0, colon)).size() <= 3) {
    std::string label = trim(view.substr(0, colon));
    std::string after = trim(view.substr(colon + 1));
    if (same_word(label, "jabatan") || same_word(label, "nama jabatan")) {
      out.kind = CellKind::Jabatan;
      out.rest = after;
      return out;
    }
    Field field = explanation_field(label);
    if (field != Field::None) {
      out.kind = CellKind::Explanation;
      out.field = field;
      out.rest = after;
      return out;
    }
  }

  LabelledText label = read_statement_label(text);
  if (label.role == LabelRole::Statement && label.is_name &&
      (label.level == PlanningLevel::Program || label.level == PlanningLevel::Kegiatan ||
       label.level == PlanningLevel::SubKegiatan)) {
    out.kind = CellKind::LevelLabel;
    out.level = label.level;
    out.rest = label.rest;
    return out;
  }
  if (is_result_word(words[0])) return out.kind = CellKind::Statement, out;
  if (in_list(words[0], kGoalVerbs)) {
    out.kind = CellKind::Statement;
    out.level = PlanningLevel::Tujuan;  // a goal, written as a verb: a tujuan where the table has that column
    return out;
  }
  // A sentence of the penjelasan column opening with the indicator's words ("Persentase aset yang tercatat yang
  // tinggi menggambarkan ..."): text, not an indicator.
  if ((is_upper(words[0][0]) || words[0] == "%") && in_list(words[0], kIndicatorLeads) && !reads_as_explanation(view))
    return out.kind = CellKind::Indicator, out;
  return out;
}

std::string unit_after_label(std::string_view line) {
  std::string lower = lower_ascii(line);
  for (std::string_view label : {"skpd :", "skpd:", "opd :", "opd:", "perangkat daerah :", "perangkat daerah:"}) {
    std::size_t at = lower.find(label);
    if (at != std::string::npos) return trim(line.substr(at + label.size()));
  }
  return "";
}

}  // namespace pokin::import
