#include "core/import/signature_block.h"

#include <algorithm>
#include <cctype>

#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }


// "S.Pd", "M.Si", "S.E.", "S.Kom", "Drs.", "Dr.", "Ir.", "S.H.,": an academic degree as printed after a name.
bool academic_degree(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
  if (word == "Drs." || word == "Dra." || word == "Dr." || word == "Ir." || word == "Hj." || word == "H.") return true;
  if (word.size() < 3 || word.size() > 9 || !std::isupper(static_cast<unsigned char>(word[0])) || word[1] != '.') return false;
  // Letters and dots only, at least one letter after the first dot: "S.Pd", "M.Kes", "S.E.", "S.IP".
  return std::isalpha(static_cast<unsigned char>(word[2])) &&
         std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '.'; });
}

const char* const kMonths[] = {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
                               "agustus", "september", "oktober", "nopember", "november", "desember"};

// "Contoh, 2 Januari 2024", "Pringsewu,    Januari 2025": a place and a date, as a signature block opens.
bool place_and_date(std::string_view lower) {
  std::size_t comma = lower.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return false;
  std::string_view date = lower.substr(comma + 1);
  bool month = std::any_of(std::begin(kMonths), std::end(kMonths),
                           [&](const char* m) { return date.find(m) != std::string_view::npos; });
  bool year = false;
  for (std::string_view word : words_of(date))
    year = year || (word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
  return month && year && words_of(date).size() <= 4;
}

}  // namespace

bool regional_head_title(std::string_view text) {
  std::string lower = lower_ascii(clean_text(std::string(text)));
  if (starts_with(lower, "wakil ")) lower.erase(0, 6);
  for (std::string_view head : {"bupati", "walikota", "wali kota", "gubernur"})
    if (lower == head || starts_with(lower, std::string(head) + " ")) return true;
  return false;
}

bool signature_line(std::string_view cell) { return signature_line_kind(cell) != SignatureLineKind::None; }

SignatureLineKind signature_line_kind(std::string_view cell) {
  std::string text = clean_text(std::string(cell));
  if (text.empty() || text.size() > 80) return SignatureLineKind::None;
  std::string lower = lower_ascii(text);
  // NIP / NRP and the digits of the number (never a word right after "nip": "nipah" is no NIP).
  if ((starts_with(lower, "nip") || starts_with(lower, "nrp")) && lower.size() > 4 &&
      !std::isalpha(static_cast<unsigned char>(lower[3])))
    return SignatureLineKind::Nip;
  // The label of a party's block in a Perjanjian Kinerja: "PIHAK KEDUA", "Pihak Pertama,".
  constexpr std::size_t kLongestPartyLabel = 16;
  if (starts_with(lower, "pihak ") && text.size() <= kLongestPartyLabel &&
      (lower.find("pertama") != std::string::npos || lower.find("kesatu") != std::string::npos || lower.find("kedua") != std::string::npos))
    return SignatureLineKind::Opening;
  for (std::string_view opening : {"mengetahui", "menyetujui", "ditetapkan di", "pada tanggal", "a.n.", "an.", "plt.", "pj."})
    if (starts_with(lower, opening)) return SignatureLineKind::Opening;
  // Pangkat / golongan: "Pembina Tk. I", "Pembina Utama Muda (IV/c)", "Penata Tingkat I".
  for (std::string_view rank : {"pembina", "penata", "pengatur", "juru"})
    if (starts_with(lower, rank) && (lower.find('/') != std::string::npos || lower.find("tk") != std::string::npos ||
                                     lower.find("tingkat") != std::string::npos || lower.find("utama") != std::string::npos))
      return SignatureLineKind::Rank;
  if (place_and_date(lower)) return SignatureLineKind::PlaceAndDate;
  // A name with its degrees: "Drs. Contoh Nama, M.Si", "Contoh Nama, S.Pd", "Dr. Ir. Nama".
  // A name is capitalised word by word; its degrees follow a comma, its titles (Drs., Dr., Ir., H.) open it.
  std::vector<std::string_view> all = words_of(text);
  auto capitalised = [](std::string_view word) { return std::isupper(static_cast<unsigned char>(word[0])) != 0; };
  if (all.size() >= 2 && all.size() <= 8 && std::all_of(all.begin(), all.end(), capitalised)) {
    std::size_t comma = text.find(',');
    if (comma != std::string::npos) {
      std::vector<std::string_view> after = words_of(std::string_view(text).substr(comma + 1));
      if (!after.empty() && std::all_of(after.begin(), after.end(), academic_degree)) return SignatureLineKind::NameWithDegrees;
    }
    if (academic_degree(all.front()) && all.front().back() == '.') return SignatureLineKind::NameWithDegrees;
  }
  // A signer's jabatan ends with a comma: "Kepala Dinas Pendidikan,".
  if (text.back() == ',') {
    std::string jabatan = text.substr(0, text.size() - 1);
    if (looks_like_unit_title(jabatan) || regional_head_title(jabatan)) return SignatureLineKind::Jabatan;
  }
  return SignatureLineKind::None;
}

bool signature_row(const std::vector<std::string>& cells) {
  int filled = 0, signature = 0;
  for (const std::string& cell : cells) {
    std::string text = clean_text(cell);
    if (text.empty()) continue;
    ++filled;
    if (signature_line(text)) ++signature;
    else if (!looks_like_unit_title(text) || std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
  }
  return filled > 0 && (signature > 0 || filled >= 2);
}

bool signer_name_row(const std::vector<std::string>& cells) {
  std::string name;
  for (const std::string& cell : cells) {
    std::string text = clean_text(cell);
    if (text.empty()) continue;
    if (!name.empty()) return false;
    name = text;
  }
  std::vector<std::string_view> all = words_of(name);
  if (all.empty() || all.size() > 5) return false;
  return std::all_of(all.begin(), all.end(), [](std::string_view word) {
    return std::isupper(static_cast<unsigned char>(word[0])) &&
           std::none_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  });
}

}  // namespace pokin::import
