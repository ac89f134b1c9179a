#include "core/import/document_metadata.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

constexpr std::size_t kLongestMetadataLine = 400;
constexpr std::size_t kLetterheadLines = 300;


bool ends_bold(std::string_view raw) {
  std::string trimmed = trim(raw);
  return trimmed.size() >= 2 && trimmed.compare(trimmed.size() - 2, 2, "**") == 0;
}

bool looks_like_pangkat(const std::string& line) {
  static const char* kPangkat[] = {"pembina", "penata", "pengatur", "juru", "pangkat"};
  std::string lower = lower_ascii(line);
  for (const char* pangkat : kPangkat)
    if (lower.rfind(pangkat, 0) == 0) return true;
  return false;
}

// A cheap test before the date regex (std::regex is slow, and decimal commas send most table lines to it):
// the regex cannot match a line that names no month.
bool names_a_month(const std::string& lower) {
  static const char* kMonths[] = {"januari", "februari", "maret",   "april",   "mei",      "juni",
                                  "juli",    "agustus",  "september", "oktober", "november", "desember"};
  for (const char* month : kMonths)
    if (lower.find(month) != std::string::npos) return true;
  return false;
}

// The same for the period regex: it needs a year 19xx or 20xx.
bool has_a_year(std::string_view line) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i)
    if ((line.substr(i, 2) == "19" || line.substr(i, 2) == "20") && std::isdigit(static_cast<unsigned char>(line[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(line[i + 3])))
      return true;
  return false;
}

// The agency a table's title names ("Tabel 4.1 Sasaran Strategis ... Kementerian Pendidikan dan Kebudayaan Tahun
// 2020-2024", "IKU DINAS KESEHATAN KABUPATEN GRESIK", "Rencana Strategis Inspektorat Daerah ..."): from the word
// that names a kind of agency to the word that ends the name (Tahun, Periode, a number, a colon ...). Only title
// lines: short ones, or ones opening with what titles open with; prose mentions agencies too.
std::string titled_instansi(const std::string& line, const std::string& lower, std::string* pemda = nullptr) {
  static const char* kAgencyWords[] = {"dinas",  "badan", "kementerian", "inspektorat", "sekretariat", "kecamatan",
                                       "kelurahan", "rumah sakit", "rsud", "satuan polisi", "kantor", "biro",
                                       "lembaga"};
  static const char* kTitleOpenings[] = {"tabel", "table", "lampiran", "matriks", "rencana", "indikator", "perjanjian",
                                         "renstra", "laporan", "target", "iku ", "pohon", "cascading", "penetapan"};
  static const char* kNameEnds[] = {"tahun", "periode", "tentang", "nomor", "pada", "yang", "untuk", "sebagai",
                                    "dalam", "menurut", "tta", "adalah"};
  bool title = line.size() <= 160 && line.find(". ") == std::string::npos;
  for (const char* opening : kTitleOpenings) title = title || lower.rfind(opening, 0) == 0;
  if (!title || line.size() > kLongestMetadataLine) return {};
  std::size_t start = std::string::npos;
  for (const char* word : kAgencyWords) {
    std::size_t at = 0;
    std::string_view w(word);
    while ((at = lower.find(w, at)) != std::string::npos) {
      bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      bool word_end = at + w.size() < lower.size() && lower[at + w.size()] == ' ';
      bool capitalised = std::isupper(static_cast<unsigned char>(line[at])) != 0;  // a name, not "badan usaha"
      if (word_start && word_end && capitalised) break;
      at += w.size();
    }
    if (at != std::string::npos) start = std::min(start, at);
  }
  if (start == std::string::npos) return {};
  const std::string tail = line.substr(start);
  std::vector<std::string_view> words = words_of(tail);
  std::string name;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = lower_ascii(std::string(words[i]));
    bool ends = std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '(' || word[0] == ':';
    for (const char* end : kNameEnds) ends = ends || word == end;
    if (ends) break;
    // A comma may stand inside a name ("Dinas Komunikasi, Informatika dan Statistik"); a colon or semicolon ends it.
    bool last = !word.empty() && (word.back() == ':' || word.back() == ';');
    name += (name.empty() ? "" : " ") + std::string(words[i]);
    if (last) break;
  }
  std::string whole = title_case_if_upper(clean_text(name));
  name = instansi_name(name);
  // "Dinas" alone, or a generic phrase ("Kantor yang ..."), names no agency.
  if (words_of(name).size() < 2) return {};
  if (pemda && whole.size() > name.size() && whole.compare(0, name.size(), name) == 0)
    *pemda = trim(whole.substr(name.size()));
  return name;
}

// "PEMERINTAH KABUPATEN CONTOH" in a line: the pemda's kind and its name of one or two words, never the title's
// "TAHUN", "NOMOR", "TENTANG" or "PERIODE" after it.
bool pemda_in(const std::string& line, std::smatch& match) {
  static const std::regex kPemda(
      R"(\bPEMERINTAH\s+(KABUPATEN|KOTA|PROVINSI)\s+((?!(?:TAHUN|NOMOR|TENTANG|PERIODE)\b)[A-Z]+(?:\s+(?!(?:TAHUN|NOMOR|TENTANG|PERIODE)\b)[A-Z]+)?))",
      std::regex::icase);
  return std::regex_search(line, match, kPemda);
}

// A Pemda's own document ("INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH TAHUN 2021-2026"): the agency is the
// Pemerintah Kabupaten / Kota / Provinsi itself, led by its Bupati, Wali Kota or Gubernur (head_title.h). Only when
// no title names an agency: an OPD's pages carry the Pemda's letterhead above their own name.
std::string pemerintah_in_title(const std::string& line) {
  std::smatch match;
  if (!pemda_in(line, match)) return {};
  std::string name = "PEMERINTAH " + match[1].str() + " " + match[2].str();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return title_case_if_upper(name);
}

// The cells of a TAB-separated line, cleaned.
std::vector<std::string> tab_cells(std::string_view line) {
  std::vector<std::string> cells;
  for (std::size_t start = 0; start <= line.size();) {
    std::size_t tab = std::min(line.find('\t', start), line.size());
    cells.push_back(clean_text(line.substr(start, tab - start)));
    start = tab + 1;
  }
  return cells;
}

}  // namespace

std::string instansi_name(std::string_view text) {
  std::string name = title_case_if_upper(clean_text(text));
  static const std::regex kPemda(R"(\s+(Kabupaten|Kota|Provinsi|KABUPATEN|KOTA|PROVINSI)\s+.*$)");
  name = std::regex_replace(name, kPemda, "");
  // A title row of a CSV or pipe table ends in the empty cells' delimiters ("... DAERAH;;;;").
  while (!name.empty() && std::string_view(",.;|\t ").find(name.back()) != std::string_view::npos) name.pop_back();
  return name;
}

namespace {

struct Chunk {
  std::size_t cell = 0, offset = 0;  // the tab-separated cell it stands in, its first character
  std::string text;
};

// The pieces of a line laid out in columns: split at tabs and at runs of three or more spaces (a PDF's columns).
std::vector<Chunk> column_chunks(std::string_view raw) {
  std::vector<Chunk> chunks;
  std::size_t cell = 0, at = 0;
  while (at < raw.size()) {
    if (raw[at] == '\t') {
      ++cell, ++at;
      continue;
    }
    if (raw[at] == ' ') {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < raw.size() && raw[end] != '\t' && raw.substr(end, 3) != "   ") ++end;
    chunks.push_back({cell, at, std::string(raw.substr(at, end - at))});
    at = end;
  }
  return chunks;
}

// The part of `above` over the NIP of `nip_line` when both are laid out in columns (two signature blocks side by
// side: "Name A\t\tName B" over "NIP. A\t\tNIP. B"): the chunk in the same tab cell or, without tabs, the one
// starting nearest the NIP's column. The whole line when it is no such layout.
std::string over_nip(std::string_view above, std::string_view nip_line) {
  std::vector<Chunk> over = column_chunks(above);
  if (over.size() < 2) return std::string(above);
  std::size_t nip = lower_ascii(std::string(nip_line)).find("nip");
  Chunk own;
  for (const Chunk& chunk : column_chunks(nip_line))
    if (chunk.offset <= nip) own = chunk;
  bool tabs = above.find('\t') != std::string_view::npos && nip_line.find('\t') != std::string_view::npos;
  auto distance = [&](const Chunk& chunk) {
    std::size_t a = tabs ? chunk.cell : chunk.offset, b = tabs ? own.cell : own.offset;
    return a > b ? a - b : b - a;
  };
  const Chunk* best = &over.front();
  for (const Chunk& chunk : over)
    if (distance(chunk) < distance(*best)) best = &chunk;
  return best->text;
}

}  // namespace

void read_metadata(const std::vector<std::string_view>& lines, DocumentInfo& info) {
  static const std::regex kNomor(R"(^NOMOR\s*:\s*(.+)$)", std::regex::icase);
  static const std::regex kPeriod(R"(((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d))");
  static const std::regex kDate(
      R"(((?:\d{1,2}\s+)?(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+\d{4}))",
      std::regex::icase);
  static const std::regex kNip(R"(NIP\.?\s*:?\s*(\d[\d ]{16,24}\d))", std::regex::icase);

  std::map<std::pair<int, int>, int> periods;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view raw = lines[i];
    if (raw.size() > kLongestMetadataLine || raw.empty()) continue;
    std::string line = clean_text(raw);
    if (line.empty()) continue;
    const std::string lower = lower_ascii(line);  // once per line: the words below are looked up in it
    auto mentions = [&lower](std::string_view word) { return lower.find(word) != std::string::npos; };
    std::smatch match;
    if (i < kLetterheadLines && info.pemda.empty() && mentions("pemerintah") &&
        pemda_in(line, match))
      info.pemda = title_case_if_upper(match[1].str() + " " + match[2].str());
    if (i < kLetterheadLines && info.instansi.empty() && (line.rfind("DINAS ", 0) == 0 || line.rfind("BADAN ", 0) == 0)) {
      std::string block = line;
      bool closed = ends_bold(raw);
      for (std::size_t k = i + 1; !closed && k < lines.size() && k < i + 5; ++k) {
        std::string next = clean_text(lines[k]);
        if (next.empty() || !is_upper_text(next)) break;
        block += " " + next;
        closed = ends_bold(lines[k]);
      }
      info.instansi = instansi_name(block);
    }
    if (info.nomor_sk.empty() && mentions("nomor") && std::regex_search(line, match, kNomor)) {
      std::string nomor = trim(match[1].str());
      if (std::any_of(nomor.begin(), nomor.end(), [](char c) { return c >= '0' && c <= '9'; })) info.nomor_sk = nomor;
    }
    if (info.tanggal.empty() && (mentions("tanggal") || line.find(',') != std::string::npos) &&
        line.size() < 80 && names_a_month(lower) && std::regex_search(line, match, kDate))
      info.tanggal = match[1].str();
    if ((line.find('-') != std::string::npos || line.find("\xE2\x80\x93") != std::string::npos) && has_a_year(line)) {
      for (auto it = std::sregex_iterator(line.begin(), line.end(), kPeriod); it != std::sregex_iterator(); ++it) {
        int start = std::stoi((*it)[1].str()), end = std::stoi((*it)[2].str());
        if (end > start && end - start < kMaxPeriodYears) ++periods[{start, end}];
      }
    }
    if (info.penandatangan.nip.empty() && mentions("nip") && std::regex_search(line, match, kNip)) {
      info.penandatangan.nip = collapse_spaces(match[1].str());
      // The name is the nearest line above that is not a pangkat ("Pembina TK.I") nor empty.
      for (std::size_t k = i; k-- > 0 && k + 8 > i;) {
        std::string above = clean_text(over_nip(lines[k], raw));
        if (above.empty()) continue;
        if (looks_like_pangkat(above)) {
          info.penandatangan.jabatan = above;
          continue;
        }
        info.penandatangan.nama = above;
        break;
      }
    }
  }
  int best_count = 0;
  for (const auto& [period, count] : periods)
    if (count >= best_count) {  // ties: the later period
      best_count = count;
      info.period_start = period.first;
      info.period_end = period.second;
    }
}

// "SKPD : BAPPEDA", "UNIT KERJA : RUMAH SAKIT UMUM DAERAH KABUPATEN SIDOARJO", "Nama Unit Organisasi : DINAS
// KESEHATAN": the unit a form states in its heading. Empty when the line is not such a field.
std::string stated_unit(const std::string& line) {
  static const char* kFields[] = {"unit kerja",   "skpd",        "opd",          "perangkat daerah", "instansi",
                                  "satuan kerja", "unit organisasi", "organisasi", "nama skpd",       "nama opd",
                                  "nama unit kerja", "nama unit organisasi", "nama instansi", "nama perangkat daerah"};
  std::size_t colon = line.find(':');
  if (colon == std::string::npos || colon > 30) return {};
  std::string field = lower_ascii(collapse_spaces(trim(line.substr(0, colon))));
  for (const char* known : kFields)
    if (field == known) {
      std::string name = trim(line.substr(colon + 1));
      // A Rumah Sakit Umum Daerah is named by its region ("RSUD Kabupaten Sidoarjo"): keep it.
      std::string lower = lower_ascii(name);
      bool named_by_region = lower.rfind("rumah sakit umum daerah", 0) == 0 || lower.rfind("rsud ", 0) == 0;
      return named_by_region ? title_case_if_upper(clean_text(name)) : instansi_name(name);
    }
  return {};
}

namespace {

// "Unit Kerja | Dinas X", "SKPD | : | Dinas X": the label and its value in cells of their own (an identity table
// copied from Excel or Word; side by side, the first pair is the form's own).
std::string stated_in_cells(std::string_view line) {
  std::vector<std::string> cells = tab_cells(line);
  for (std::size_t c = 0; c + 1 < cells.size(); ++c) {
    if (cells[c].empty() || cells[c].find(':') != std::string::npos) continue;
    std::size_t value = c + 1;
    while (value < cells.size() && (cells[value].empty() || cells[value] == ":")) ++value;
    if (value >= cells.size()) break;
    // The value names an agency ("Dinas ...", "Badan ...", "Kecamatan ..."); a table's header ("Unit Kerja |
    // Sasaran | Indikator") states nothing.
    static const char* kAgencyStarts[] = {"dinas", "badan", "kecamatan", "kelurahan", "sekretariat", "inspektorat",
                                          "biro", "kantor", "rumah sakit", "rsud", "satuan polisi", "kementerian",
                                          "lembaga", "pemerintah"};
    std::string lower = lower_ascii(cells[value]);
    if (std::none_of(std::begin(kAgencyStarts), std::end(kAgencyStarts),
                     [&](const char* start) { return lower.rfind(start, 0) == 0; }))
      continue;
    std::string unit = stated_unit(cells[c] + " : " + cells[value]);
    if (!unit.empty()) return unit;
  }
  return {};
}

}  // namespace

std::string stated_instansi(const std::vector<std::string_view>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < kLetterheadLines; ++i)
    if (lines[i].size() <= kLongestMetadataLine) {
      std::string unit = stated_unit(clean_text(lines[i]));
      if (unit.empty() && lines[i].find('\t') != std::string_view::npos) unit = stated_in_cells(lines[i]);
      if (!unit.empty()) return unit;
    }
  return {};
}

namespace {

// A TAB-separated row of two or more filled cells: a table's header or data ("Sasaran Strategis\tBiro Hukum\t..."),
// no title naming the agency. A title copied from a spreadsheet is one cell, blanks after it.
bool is_table_row(std::string_view line) {
  if (line.find('\t') == std::string_view::npos) return false;
  std::vector<std::string> cells = tab_cells(line);
  return std::count_if(cells.begin(), cells.end(), [](const std::string& cell) { return !cell.empty(); }) >= 2;
}

}  // namespace

namespace {

// The agency named by the first title line that names one, and the pemda written after it.
std::string agency_in_titles(const std::vector<std::string_view>& lines, std::string* pemda) {
  for (std::size_t i = 0; i < lines.size() && i < kLetterheadLines; ++i) {
    if (lines[i].size() > kLongestMetadataLine || is_table_row(lines[i])) continue;
    std::string line = clean_text(lines[i]);
    if (line.empty()) continue;
    // A title in capitals wrapped over several lines ("POHON KINERJA DINAS PENANAMAN MODAL PELAYANAN" /
    // "TERPADU SATU PINTU ...") is one title.
    for (std::size_t k = i + 1; is_upper_text(line) && k < lines.size() && k < i + 4; ++k) {
      std::string next = clean_text(lines[k]);
      if (next.empty() || !is_upper_text(next) || line.size() + next.size() > 160) break;
      line += " " + next;
    }
    std::string name = titled_instansi(line, lower_ascii(line), pemda);
    if (!name.empty()) return name;
  }
  for (std::size_t i = 0; i < lines.size() && i < kLetterheadLines; ++i)
    if (lines[i].size() <= kLongestMetadataLine && !is_table_row(lines[i]))
      if (std::string name = pemerintah_in_title(clean_text(lines[i])); !name.empty()) return name;
  return {};
}

}  // namespace

std::string instansi_from_titles(const std::vector<std::string_view>& lines) { return agency_in_titles(lines, nullptr); }

std::string pemda_from_titles(const std::vector<std::string_view>& lines) {
  std::string pemda;
  agency_in_titles(lines, &pemda);
  return pemda;
}

}  // namespace pokin::import
