// Is every sasaran measurable, and is every indicator's manual (satuan, formula, sumber data, penanggung jawab,
// a target for every year of the Renstra period) filled in?
#include <algorithm>
#include <cctype>

#include "core/capaian/target_form.h"
#include "core/checks/review.h"

namespace pokin {
namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string year_list(const std::vector<int>& years) {
  std::string list;
  for (int year : years) list += (list.empty() ? "" : ", ") + std::to_string(year);
  return list;
}

void check_sasaran_without_indikator(Review& review) {
  for (const auto& [id, sasaran] : review.document.sasaran)
    if (review.index.sasaran_indikator(id).empty())
      review.add(Rule::SasaranWithoutIndikator, id,
                 {"Sasaran " + review.quoted(id) + " belum memiliki indikator.",
                  "Sasaran " + review.quoted(id) + " has no indicator."},
                 {"Tambahkan minimal satu indikator yang mengukur sasaran ini, dengan satuan dan target tahunan.",
                  "Add at least one indicator that measures this sasaran, with a satuan and yearly targets."});
}

void check_targets(Review& review, const Indikator& indikator) {
  const DocumentInfo& info = review.document.info;
  std::vector<int> missing;
  // At most kMaxPeriodYears years, whatever a hand-built document says (the store refuses longer periods).
  const int period_years = std::min(info.period_years(), kMaxPeriodYears);
  for (int k = 0; k < period_years; ++k) {
    int year = info.period_start + k;
    auto it = indikator.target.find(year);
    // "-" in a cell is a placeholder, not a target (the same reading as capaian's).
    if (it == indikator.target.end() || read_target(it->second.text).kind == TargetForm::Kind::Empty)
      missing.push_back(year);
  }
  if (missing.empty()) return;
  std::string years = year_list(missing);
  review.add(
      Rule::TargetMissing, indikator.id,
      {"Indikator " + review.quoted(indikator.id) + " belum memiliki target untuk tahun " + years + ".",
       "Indicator " + review.quoted(indikator.id) + " has no target for " + years + "."},
      {"Isi target tahun " + years + " sesuai Renstra.", "Fill in the target for " + years + " from the Renstra."});
}

struct ManualField {
  Rule rule;
  std::string Indikator::*field;
  const char* name_id;
  const char* name_en;
  const char* fix_id;
  const char* fix_en;
};

const ManualField kManualFields[] = {
    {Rule::SatuanMissing, &Indikator::satuan, "satuan", "satuan", "Isi satuan (%, dokumen, indeks, orang, Rp ...).",
     "Fill in the satuan (%, dokumen, indeks, orang, Rp ...)."},
    {Rule::FormulaMissing, &Indikator::formula, "formula (cara penghitungan)", "formula",
     "Tuliskan formula penghitungan, misalnya \"jumlah A / jumlah B × 100%\".",
     "Write how it is computed, e.g. \"jumlah A / jumlah B × 100%\"."},
    {Rule::SumberDataMissing, &Indikator::sumber_data, "sumber data", "sumber data (data source)",
     "Sebutkan sumber datanya (laporan, aplikasi, survei ...).",
     "Name the data source (report, application, survey ...)."},
    {Rule::PenanggungJawabMissing, &Indikator::penanggung_jawab, "penanggung jawab",
     "penanggung jawab (responsible unit)", "Sebutkan unit atau jabatan penanggung jawabnya.",
     "Name the responsible unit or position."},
};

void check_manual(Review& review, const Indikator& indikator) {
  for (const ManualField& field : kManualFields) {
    if (!blank(indikator.*field.field)) continue;
    // An indicator whose formula was only found in its original form (LaTeX, HTML) still has a formula.
    if (field.rule == Rule::FormulaMissing && !blank(indikator.formula_original)) continue;
    review.add(field.rule, indikator.id,
               {"Indikator " + review.quoted(indikator.id) + " belum memiliki " + field.name_id + ".",
                "Indicator " + review.quoted(indikator.id) + " has no " + field.name_en + "."},
               {field.fix_id, field.fix_en});
  }
}

}  // namespace

void check_indikator_completeness(Review& review) {
  check_sasaran_without_indikator(review);
  for (const auto& [id, indikator] : review.document.indikator) {
    check_targets(review, indikator);
    check_manual(review, indikator);
  }
}

}  // namespace pokin
