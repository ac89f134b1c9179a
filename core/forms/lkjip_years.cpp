#include "core/forms/lkjip_years.h"

#include <set>

#include "core/text/bilingual.h"

namespace pokin {
namespace {

std::set<int> realisasi_years(const Document& document, const std::vector<Id>& sasaran) {
  std::set<Id> measured(sasaran.begin(), sasaran.end());
  std::set<int> years;
  for (const auto& [id, indikator] : document.indikator) {
    if (!measured.count(indikator.sasaran)) continue;
    for (const auto& [year, value] : indikator.realisasi)
      if (!value.empty() && document.info.in_period(year)) years.insert(year);
  }
  return years;
}

std::string period_text(const DocumentInfo& info) {
  return std::to_string(info.period_start) + "-" + std::to_string(info.period_end);
}

}  // namespace

int lkjip_year(const Document& document, const std::vector<Id>& sasaran, int requested) {
  const DocumentInfo& info = document.info;
  if (requested != 0) {
    if (info.period_years() > 0 && info.in_period(requested)) return requested;
    throw UserError("Tahun " + std::to_string(requested) + " tidak termasuk periode Renstra dokumen ini (" +
                        period_text(info) + ").",
                    "Year " + std::to_string(requested) + " is not in this document's Renstra period (" +
                        period_text(info) + ").");
  }
  if (info.period_years() == 0)
    throw UserError("Periode Renstra dokumen ini belum diisi, jadi tahun pengukuran kinerja tidak dapat dipilih. "
                    "Isi periodenya, atau sebutkan tahunnya.",
                    "This document's Renstra period is not filled in, so there is no year to measure. Fill in the "
                    "period, or name the year.");
  std::set<int> years = realisasi_years(document, sasaran);
  if (years.empty())
    throw UserError("Belum ada realisasi indikator pada periode " + period_text(info) +
                        ", jadi tahun pengukuran kinerja tidak dapat dipilih. Isi realisasinya dulu, atau sebutkan "
                        "tahunnya untuk formulir yang diisi tangan.",
                    "No indicator has a realisasi in the period " + period_text(info) +
                        ", so there is no year to measure. Fill in the realisasi first, or name the year for a form "
                        "to fill in by hand.");
  return *years.rbegin();
}

std::vector<int> lkjip_previous_years(const Document& document, const std::vector<Id>& sasaran, int year) {
  std::vector<int> previous;
  for (int written : realisasi_years(document, sasaran))
    if (written < year) previous.push_back(written);
  return previous;
}

}  // namespace pokin
