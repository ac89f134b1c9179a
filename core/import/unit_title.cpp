#include "core/import/unit_title.h"

#include <array>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

struct TitlePattern {
  std::string_view words;  // lower case, as written at the start of the title
  UnitKind kind;
  std::string_view unit_prefix;  // the unit's name starts with this ("" for the head)
  std::string_view jabatan_prefix;
};

// Longer patterns first: "kepala sub bagian" before "kepala".
constexpr std::array<TitlePattern, 43> kPatterns{{
    {"kepala dinas", UnitKind::Head, "", "Kepala Dinas"},
    {"kepala badan", UnitKind::Head, "", "Kepala Badan"},
    {"kepala skpd", UnitKind::Head, "", "Kepala Dinas"},
    {"kepala opd", UnitKind::Head, "", "Kepala Dinas"},
    {"kadis", UnitKind::Head, "", "Kepala Dinas"},
    // A Biro of a Sekretariat Daerah holds its own IKU and cascading matrix: its Kepala Biro (eselon II) heads it.
    {"kepala biro", UnitKind::Head, "", "Kepala Biro"},
    {"karo", UnitKind::Head, "", "Kepala Biro"},
    // The heads of a kecamatan, a kelurahan, a kantor and a BPBD ("Kepala Pelaksana"): an IKI or a Perjanjian
    // Kinerja per jabatan starts with them.
    {"camat", UnitKind::Head, "", "Camat"},
    {"lurah", UnitKind::Head, "", "Lurah"},
    {"kepala kantor", UnitKind::Head, "", "Kepala Kantor"},
    {"kepala pelaksana", UnitKind::Head, "", "Kepala Pelaksana"},
    {"kepala sub bagian", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"kepala subbagian", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"kepala sub bidang", UnitKind::Section, "Sub Bidang", "Kepala Sub Bidang"},
    {"kepala bidang", UnitKind::Division, "Bidang", "Kepala Bidang"},
    {"kepala seksi", UnitKind::Section, "Seksi", "Kepala Seksi"},
    {"kepala bagian", UnitKind::Division, "Bagian", "Kepala Bagian"},
    {"kepala uptd", UnitKind::Division, "UPTD", "Kepala UPTD"},
    {"kepala upt", UnitKind::Division, "UPT", "Kepala UPT"},
    // An Inspektorat's divisions: "Inspektur Pembantu Wilayah I" (Irban) leads the "Inspektorat Pembantu Wilayah I";
    // a ministry's Itjen writes "Inspektorat Wilayah I", led by an "Inspektur Wilayah I".
    {"inspektur pembantu", UnitKind::Division, "Inspektorat Pembantu", "Inspektur Pembantu"},
    {"inspektorat pembantu", UnitKind::Division, "Inspektorat Pembantu", "Inspektur Pembantu"},
    {"irban", UnitKind::Division, "Inspektorat Pembantu", "Inspektur Pembantu"},
    {"inspektorat wilayah", UnitKind::Division, "Inspektorat Wilayah", "Inspektur Wilayah"},
    {"inspektur wilayah", UnitKind::Division, "Inspektorat Wilayah", "Inspektur Wilayah"},
    {"kabag", UnitKind::Division, "Bagian", "Kepala Bagian"},
    {"bidang sekretariat", UnitKind::Division, "Sekretariat", "Sekretaris"},
    {"sekretariat", UnitKind::Division, "Sekretariat", "Sekretaris"},
    {"sekretaris", UnitKind::Division, "Sekretariat", "Sekretaris"},
    {"kabid", UnitKind::Division, "Bidang", "Kepala Bidang"},
    {"bidang", UnitKind::Division, "Bidang", "Kepala Bidang"},
    {"bagian", UnitKind::Division, "Bagian", "Kepala Bagian"},
    {"kasubbag", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"kasubag", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"sub bagian", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"subbagian", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"subbag", UnitKind::Section, "Sub Bagian", "Kepala Sub Bagian"},
    {"kasubid", UnitKind::Section, "Sub Bidang", "Kepala Sub Bidang"},
    {"sub bidang", UnitKind::Section, "Sub Bidang", "Kepala Sub Bidang"},
    {"kasie", UnitKind::Section, "Seksi", "Kepala Seksi"},
    {"kasi", UnitKind::Section, "Seksi", "Kepala Seksi"},
    {"seksi", UnitKind::Section, "Seksi", "Kepala Seksi"},
    {"sub koordinator", UnitKind::Section, "Sub Koordinator", "Sub Koordinator"},
    {"subkoordinator", UnitKind::Section, "Sub Koordinator", "Sub Koordinator"},
}};

const TitlePattern* matching_pattern(std::string_view title) {
  for (const TitlePattern& pattern : kPatterns)
    if (starts_with_word(title, pattern.words)) return &pattern;
  if (starts_with_word(title, "ketua tim")) {
    static constexpr TitlePattern kTeam{"ketua tim", UnitKind::Section, "Tim", "Ketua Tim"};
    return &kTeam;
  }
  return nullptr;
}

std::string without_trailing_punctuation(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ':' || text.back() == ';' ||
                           text.back() == ' '))
    text.pop_back();
  return text;
}

}  // namespace

UnitTitle read_unit_title(std::string_view raw) {
  std::string title = without_trailing_punctuation(title_case_if_upper(clean_text(raw)));
  UnitTitle result;
  const TitlePattern* pattern = matching_pattern(title);
  if (!pattern) {
    result.kind = UnitKind::Staff;
    result.name = title;
    result.jabatan = title;
    return result;
  }
  std::string rest = trim(std::string_view(title).substr(pattern->words.size()));
  while (!rest.empty() && (rest.front() == '.' || rest.front() == ':' || rest.front() == '-')) rest = trim(rest.substr(1));
  result.kind = pattern->kind;
  if (pattern->kind == UnitKind::Head) {
    result.name = pattern->jabatan_prefix;  // "Kepala Dinas": the head is named by position, the agency is metadata
    result.jabatan = pattern->jabatan_prefix;
    return result;
  }
  if (pattern->unit_prefix == "Sekretariat") {
    // One Sekretariat per agency: the unit is named by position (the agency is metadata), while the jabatan keeps
    // the words the source gives it ("Sekretaris Kecamatan", "Sekretaris Dinas Perhubungan").
    result.name = "Sekretariat";
    result.jabatan = rest.empty() ? "Sekretaris" : "Sekretaris " + rest;
    return result;
  }
  result.name = rest.empty() ? std::string(pattern->unit_prefix) : std::string(pattern->unit_prefix) + " " + rest;
  result.jabatan = rest.empty() ? std::string(pattern->jabatan_prefix) : std::string(pattern->jabatan_prefix) + " " + rest;
  return result;
}

Unit unit_from_title(const UnitTitle& title) {
  Unit unit;
  unit.kind = title.kind;
  unit.name = title.name;
  unit.jabatan = title.jabatan;
  return unit;
}

bool looks_like_unit_title(std::string_view text) {
  std::string cleaned = clean_text(text);
  return matching_pattern(cleaned) != nullptr;
}

}  // namespace pokin::import

namespace pokin::import {

bool names_agency(std::string_view raw, std::string_view instansi) {
  std::string text = lower_ascii(collapse_spaces(trim(raw)));
  std::string agency = lower_ascii(collapse_spaces(trim(instansi)));
  if (agency.empty() || text.empty()) return false;
  if (text == agency) return true;
  // The agency followed by its pemda.
  for (std::string_view pemda : {" kabupaten ", " kota ", " provinsi ", " kab. "})
    if (text.rfind(agency + std::string(pemda), 0) == 0) return true;
  // Its initials, from the words of its name (not "dan", "serta").
  std::string initials;
  std::vector<std::string_view> words = words_of(instansi);
  if (words.size() < 2) return false;
  for (std::string_view word : words) {
    std::string lower = lower_ascii(word);
    if (lower == "dan" || lower == "serta" || lower == "&") continue;
    initials += static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
  }
  return initials.size() >= 2 && text == initials;
}

}  // namespace pokin::import
