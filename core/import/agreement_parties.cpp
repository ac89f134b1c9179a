#include "core/import/agreement_parties.h"

#include <algorithm>
#include <cctype>

#include "core/import/signature_block.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {
namespace {

// 1 for "PIHAK PERTAMA"/"PIHAK KESATU", 2 for "PIHAK KEDUA", 0 otherwise; the last one named in `lower` (the
// introduction of the second party names the first one too: "Selaku atasan PIHAK KESATU, ... PIHAK KEDUA").
int party_named(const std::string& lower) {
  int which = 0;
  std::size_t best = std::string::npos;
  for (auto [word, number] : {std::pair<std::string_view, int>{"pihak pertama", 1}, {"pihak kesatu", 1}, {"pihak kedua", 2}}) {
    std::size_t at = lower.rfind(word);
    if (at != std::string::npos && (best == std::string::npos || at > best)) best = at, which = number;
  }
  return which;
}

// "Nama : X" -> X when `lower` starts with `label` and a colon follows it.
bool labelled(const std::string& text, const std::string& lower, std::string_view label, std::string& value) {
  if (lower.rfind(label, 0) != 0) return false;
  std::size_t colon = lower.find(':', label.size());
  if (colon == std::string::npos || !trim(lower.substr(label.size(), colon - label.size())).empty()) return false;
  value = trim(text.substr(colon + 1));
  return true;
}

int year_in(const std::string& text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text.compare(i, 2, "20") != 0 && text.compare(i, 2, "19") != 0)) continue;
    bool digits = std::isdigit(static_cast<unsigned char>(text[i + 2])) && std::isdigit(static_cast<unsigned char>(text[i + 3]));
    bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
                 (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
    if (digits && alone) return std::stoi(text.substr(i, 4));
  }
  return 0;
}

// The line without Markdown and Word list markup around it ("# PERJANJIAN KINERJA TAHUN 2025", "**PIHAK KEDUA**").
std::string without_markup(std::string_view raw) {
  std::string text = collapse_spaces(trim(raw));
  std::size_t first = text.find_first_not_of("#*_ ");
  std::size_t last = text.find_last_not_of("*_ ");
  if (first == std::string::npos) return {};
  return text.substr(first, last - first + 1);
}

// The party a signature block's label names ("PIHAK KEDUA", "Pihak Pertama,"): 1, 2, or 0 for any other line.
int party_label(const std::string& text) {
  constexpr std::size_t kLongestLabel = 16;
  return text.size() <= kLongestLabel ? party_named(lower_ascii(text)) : 0;
}

// A signer's name printed without degrees ("BAMBANG SUTRISNO", "Siti Aminah"): two to six words of letters.
bool plain_name(const std::string& text) {
  int words = 1;
  for (char c : text) {
    if (c == ' ') ++words;
    else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && c != '\'' && c != ',') return false;
  }
  return words >= 2 && words <= 6 && std::isupper(static_cast<unsigned char>(text[0])) && !looks_like_unit_title(text);
}

}  // namespace

// One line of a party's signature block: its NIP, its name (with degrees, or any name in a side-by-side block whose
// columns tell the party) and, side by side, its jabatan ("Bupati Sukamaju,"); the place, date and pangkat are
// no part of the party. What the introduction already gave is kept.
void AgreementReader::read_signature_line(AgreementParty& into, const std::string& text, bool side_by_side) {
  switch (signature_line_kind(text)) {
    case SignatureLineKind::Nip:
      if (into.nip.empty()) {
        std::size_t digit = text.find_first_of("0123456789");
        if (digit != std::string::npos) into.nip = trim(text.substr(digit));
      }
      return;
    case SignatureLineKind::NameWithDegrees:
      if (into.nama.empty()) into.nama = text;
      return;
    case SignatureLineKind::Jabatan:
      if (side_by_side && into.jabatan.empty()) into.jabatan = trim(text.substr(0, text.size() - 1));
      return;
    case SignatureLineKind::None:
      if (!side_by_side) return;
      if (looks_like_unit_title(text) || regional_head_title(text)) {
        if (into.jabatan.empty()) into.jabatan = text;
      } else if (into.nama.empty() && plain_name(text)) {
        into.nama = text;
      }
      return;
    default: return;
  }
}

bool AgreementReader::add_row(const std::vector<std::string>& cells) {
  std::vector<std::pair<std::size_t, std::string>> filled;
  for (std::size_t c = 0; c < cells.size(); ++c)
    if (std::string text = without_markup(cells[c]); !text.empty()) filled.emplace_back(c, text);
  if (filled.empty()) return false;
  // "Pihak Kedua, | | Pihak Pertama,": the two labels open the blocks side by side.
  if (filled.size() >= 2 && std::all_of(filled.begin(), filled.end(), [](const auto& cell) { return party_label(cell.second) != 0; })) {
    party_columns_.clear();
    for (const auto& [column, text] : filled) party_columns_.emplace_back(column, party_label(text));
    signing_ = 0;
    return true;
  }
  if (party_columns_.empty()) return false;
  // The introduction of the next agreement ends the blocks.
  for (const auto& [column, text] : filled) {
    std::string lower = lower_ascii(text);
    if (lower.rfind("perjanjian kinerja", 0) == 0 || lower.rfind("nama", 0) == 0 || lower.rfind("jabatan", 0) == 0 ||
        lower.find("disebut") != std::string::npos) {
      party_columns_.clear();
      return false;
    }
  }
  for (const auto& cell : filled) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const std::size_t column = cell.first;
    const auto& text = cell.second;
    auto nearest = party_columns_.front();
    for (const auto& candidate : party_columns_) {
      auto distance = [column](std::size_t at) { return at > column ? at - column : column - at; };
      if (distance(candidate.first) < distance(nearest.first)) nearest = candidate;
    }
    read_signature_line(*party(nearest.second), text, true);
  }
  return true;
}

std::vector<AgreementParties> AgreementReader::agreements() const {
  std::vector<AgreementParties> all = earlier_;
  all.push_back(parties_);
  return all;
}

void AgreementReader::add_line(std::string_view raw) {
  std::string text = without_markup(raw);
  if (text.empty()) return;
  std::string lower = lower_ascii(text);
  if (lower.rfind("perjanjian kinerja", 0) == 0) {
    parties_.is_agreement = true;
    party_columns_.clear();
    if (parties_.year == 0) parties_.year = year_in(text);
    signing_ = 0;
    return;
  }
  std::string value;
  if (labelled(text, lower, "nama", value)) {
    introduced_.nama = value;
    return;
  }
  if (labelled(text, lower, "jabatan", value)) {
    introduced_.jabatan = value;
    return;
  }
  if (labelled(text, lower, "nip", value) || lower.rfind("nip.", 0) == 0 || lower.rfind("nip ", 0) == 0) {
    if (value.empty()) value = trim(text.substr(lower.find_first_of(". ") + 1));
    if (AgreementParty* signing = party(signing_); signing && signing->nip.empty()) signing->nip = value;
    else if (!introduced_.empty() && introduced_.nip.empty()) introduced_.nip = value;
    return;
  }
  int named = party_named(lower);
  if (named != 0 && lower.find("disebut") != std::string::npos) {
    // Another first party introduced: the next agreement of a document holding one per jabatan.
    if (named == 1 && !parties_.first.nama.empty() && !introduced_.nama.empty() && parties_.first.nama != introduced_.nama) {
      earlier_.push_back(parties_);
      parties_.first = parties_.second = {};
      party_columns_.clear();
      signing_ = 0;
    }
    AgreementParty& into = *party(named);
    if (into.nama.empty()) into.nama = introduced_.nama;
    if (into.jabatan.empty()) into.jabatan = introduced_.jabatan;
    if (into.nip.empty()) into.nip = introduced_.nip;
    if (named == 2) ++parties_.second_introductions;
    introduced_ = {};
    return;
  }
  // A signature block starts with the party's name on a line of its own ("PIHAK KESATU").
  if (int label = party_label(text); label != 0) {
    signing_ = label;
    return;
  }
  if (AgreementParty* signing = party(signing_)) read_signature_line(*signing, text, false);
}

}  // namespace pokin::import
