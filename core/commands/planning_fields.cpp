#include "core/commands/planning_fields.h"

#include <string>

#include "core/commands/value_numbers.h"
#include "core/model/document_limits.h"
#include "core/text/bilingual.h"

namespace pokin::commands {
namespace {

std::string num(long long n) { return std::to_string(n); }

// "Kode nomenklatur paling panjang 100 byte; yang diberikan 140 byte."
void check_length(const std::string& text, std::size_t max_bytes, const char* what_id, const char* what_en) {
  if (text.size() <= max_bytes) return;
  auto given = static_cast<long long>(text.size());
  auto max = static_cast<long long>(max_bytes);
  throw UserError(std::string(what_id) + " paling panjang " + num(max) + " byte; yang diberikan " + num(given) +
                      " byte.",
                  std::string(what_en) + " is at most " + num(max) + " bytes long; this one is " + num(given) +
                      " bytes.");
}

void check_pagu_years(const DocumentInfo& info, const Sasaran& sasaran, const std::map<int, Value>& values,
                      const char* what_id, const char* what_en) {
  for (const auto& [year, value] : values) {
    check_length(value.text, kMaxValueTextBytes, what_id, what_en);
    if (info.in_period(year)) continue;
    throw UserError(std::string(what_id) + " tahun " + num(year) + " untuk \"" + sasaran.statement.substr(0, 60) +
                        "\" berada di luar periode Renstra " + num(info.period_start) + "-" +
                        num(info.period_end) + ".",
                    std::string(what_en) + " for year " + num(year) + " of \"" + sasaran.statement.substr(0, 60) +
                        "\" lies outside the Renstra period " + num(info.period_start) + "-" +
                        num(info.period_end) + ".");
  }
}

}  // namespace

void check_planning_fields(const DocumentInfo& info, const Sasaran& sasaran) {
  check_length(sasaran.nomenclature.kode, kMaxKodeBytes, "Kode nomenklatur", "A nomenclature kode");
  check_length(sasaran.nomenclature.name, kMaxNomenclatureNameBytes, "Nama nomenklatur", "A nomenclature name");
  check_length(sasaran.lokasi, kMaxLokasiBytes, "Lokasi", "A lokasi");
  check_length(sasaran.pagu_akhir.text, kMaxValueTextBytes, "Pagu akhir", "A pagu akhir");
  check_pagu_years(info, sasaran, sasaran.pagu, "Pagu", "The pagu");
  check_pagu_years(info, sasaran, sasaran.realisasi_pagu, "Realisasi pagu", "The realisasi pagu");
}

void check_planning_fields(const Indikator& indikator) {
  check_length(indikator.kondisi_akhir.text, kMaxValueTextBytes, "Kondisi akhir", "A kondisi akhir");
}

void renumber_planning_values(Sasaran& sasaran, const Sasaran* before) {
  renumber(sasaran.pagu_akhir, before ? &before->pagu_akhir : nullptr);
  renumber_years(sasaran.pagu, before ? &before->pagu : nullptr);
  renumber_years(sasaran.realisasi_pagu, before ? &before->realisasi_pagu : nullptr);
}

std::size_t pagu_outside_period(const Document& document, const DocumentInfo& info) {
  std::size_t outside = 0;
  for (const auto& [id, sasaran] : document.sasaran) {
    for (const auto& [year, value] : sasaran.pagu) outside += !info.in_period(year);
    for (const auto& [year, value] : sasaran.realisasi_pagu) outside += !info.in_period(year);
  }
  return outside;
}

}  // namespace pokin::commands
