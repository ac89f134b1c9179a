#include "core/import/agreement_parties.h"

#include <cctype>

#include "core/import/text_cleaning.h"

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

}  // namespace

void AgreementReader::add_line(std::string_view raw) {
  std::string text = collapse_spaces(trim(raw));
  // Markdown and Word list markup around a line ("# PERJANJIAN KINERJA TAHUN 2025", "**PIHAK KEDUA**").
  std::size_t first = text.find_first_not_of("#*_ ");
  std::size_t last = text.find_last_not_of("*_ ");
  if (first == std::string::npos) return;
  text = text.substr(first, last - first + 1);
  if (text.empty()) return;
  std::string lower = lower_ascii(text);
  if (lower.rfind("perjanjian kinerja", 0) == 0) {
    parties_.is_agreement = true;
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
    AgreementParty& into = *party(named);
    if (into.nama.empty()) into.nama = introduced_.nama;
    if (into.jabatan.empty()) into.jabatan = introduced_.jabatan;
    if (into.nip.empty()) into.nip = introduced_.nip;
    if (named == 2) ++parties_.second_introductions;
    introduced_ = {};
    return;
  }
  // A signature block starts with the party's name on a line of its own ("PIHAK KESATU").
  if (named != 0 && text.size() <= 16) signing_ = named;
}

}  // namespace pokin::import
