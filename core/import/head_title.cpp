#include "core/import/head_title.h"

#include <algorithm>
#include <cctype>

#include "core/import/text_cleaning.h"

namespace pokin::import {

std::string head_title_of(std::string_view instansi) {
  struct Kind {
    std::string_view starts;  // lower case
    std::string_view head;
  };
  // Longer names first: "sekretariat dprd" before "sekretariat".
  static constexpr Kind kKinds[] = {
      {"pemerintah kabupaten", "Bupati"},
      {"pemerintah kota", "Wali Kota"},
      {"pemerintah provinsi", "Gubernur"},
      {"kecamatan", "Camat"},
      {"kelurahan", "Lurah"},
      {"rumah sakit", "Direktur"},
      {"rsud", "Direktur"},
      {"inspektorat", "Inspektur"},
      {"kementerian", "Menteri"},
      {"sekretariat dprd", "Sekretaris DPRD"},
      {"sekretariat dewan", "Sekretaris DPRD"},
      {"sekretariat daerah", "Sekretaris Daerah"},
      {"satuan polisi pamong praja", "Kepala Satuan Polisi Pamong Praja"},
      {"badan", "Kepala Badan"},
      {"kantor", "Kepala Kantor"},
      {"biro", "Kepala Biro"},
      {"lembaga", "Kepala Lembaga"},
  };
  std::string lower = lower_ascii(trim(instansi));
  for (const Kind& kind : kKinds)
    if (lower.rfind(kind.starts, 0) == 0) return std::string(kind.head);
  return {};
}

bool names_kepala_dinas(std::string_view text) {
  constexpr std::string_view kName = "kepala dinas";
  auto same = [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; };
  return std::search(text.begin(), text.end(), kName.begin(), kName.end(), same) != text.end();
}

void name_head_after_instansi(Document& document, bool source_names_head, ImportReport& report) {
  std::string head = head_title_of(document.info.instansi);
  if (head.empty() || source_names_head) return;
  for (auto& [id, unit] : document.units) {
    if (unit.parent != kNoId || unit.name != "Kepala Dinas") continue;
    unit.name = unit.jabatan = head;
    for (auto& [indikator_id, indikator] : document.indikator)
      if (indikator.penanggung_jawab == "Kepala Dinas") indikator.penanggung_jawab = head;
    // What the readers wrote about the made-up head names it by its new name.
    auto renamed = [&head](std::string& text) {
      for (std::size_t at = text.find("\"Kepala Dinas\""); at != std::string::npos; at = text.find("\"Kepala Dinas\"", at))
        text.replace(at, 14, "\"" + head + "\""), at += head.size() + 2;
    };
    for (Bilingual& note : report.notes) renamed(note.id), renamed(note.en);
    report.note({"Sumber tidak menyebut pimpinan instansi; puncak pohon diberi nama \"" + head + "\" menurut instansi \"" +
                     document.info.instansi + "\".",
                 "The source names no head of agency; the top of the tree is called \"" + head +
                     "\" after the agency \"" + document.info.instansi + "\"."});
  }
}

}  // namespace pokin::import
