#include "core/capaian/capaian_warning.h"

#include <string>

namespace pokin {

std::optional<Bilingual> capaian_year_warning(const Document& document, const CapaianYear& capaian) {
  std::size_t realised = 0;
  for (const auto& [id, result] : capaian.indikator) {
    if (result.computed()) return std::nullopt;
    const auto& realisasi = document.indikator.at(id).realisasi;
    if (auto found = realisasi.find(capaian.year); found != realisasi.end() && !found->second.empty()) ++realised;
  }
  const std::string year = std::to_string(capaian.year);
  if (realised == 0)
    return Bilingual{"Tahun " + year + " belum memiliki realisasi: semua kotak berwarna abu-abu (\"tidak dapat "
                     "dihitung\"). Isi realisasi " + year + " atau pilih tahun lain.",
                     "Year " + year + " has no realisasi yet: every box is grey (\"not computable\"). Enter the " +
                         year + " realisasi or choose another year."};
  return Bilingual{"Tidak ada capaian " + year + " yang dapat dihitung: " + std::to_string(realised) +
                       " indikator memiliki realisasi, tetapi tanpa target yang dapat dibandingkan. Semua kotak "
                       "berwarna abu-abu; periksa target tahun " + year + ".",
                   "No " + year + " capaian can be computed: " + std::to_string(realised) +
                       " indicators have a realisasi but no target it can be compared with. Every box is grey; "
                       "check the " + year + " targets."};
}

std::optional<Bilingual> capaian_year_warning(const Document& document, int year) {
  return capaian_year_warning(document, compute_capaian_year(document, year));
}

}  // namespace pokin
