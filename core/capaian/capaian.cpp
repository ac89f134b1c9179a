#include "core/capaian/capaian.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/capaian/target_form.h"
#include "core/capaian/text_scale.h"
#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

Capaian not_computable(CapaianStatus status) { return {status, 0, 0}; }

Capaian computed(double unclamped) {
  return {CapaianStatus::Computed, std::clamp(unclamped, 0.0, kCapaianMax), unclamped};
}

Capaian higher_is_better(double target, double realisasi) {
  if (target < 0) return not_computable(CapaianStatus::NegativeTarget);
  if (target == 0) return realisasi == 0 ? computed(100) : not_computable(CapaianStatus::ZeroTarget);
  return computed(realisasi / target * 100);
}

Capaian lower_is_better(double target, double realisasi) {
  if (target < 0) return not_computable(CapaianStatus::NegativeTarget);
  if (target == 0) return realisasi == 0 ? computed(100) : not_computable(CapaianStatus::ZeroTarget);
  return computed((2 * target - realisasi) / target * 100);
}

Capaian within_range(double low, double high, double realisasi) {
  if (realisasi < low) return higher_is_better(low, realisasi);
  if (realisasi > high) return lower_is_better(high, realisasi);
  return computed(100);
}

Capaian on_text_scale(const Value& target, const Value& realisasi, const DocumentInfo& info) {
  auto target_rank = scale_rank(info, target.text);
  if (!target_rank) return not_computable(CapaianStatus::TextWithoutScale);
  auto realisasi_rank = scale_rank_on(info, target_rank->scale, realisasi.text);
  if (!realisasi_rank) return not_computable(CapaianStatus::RealisasiNotOnScale);
  double worth_target = static_cast<double>(target_rank->size - target_rank->rank);
  double worth_realisasi = static_cast<double>(realisasi_rank->size - realisasi_rank->rank);
  return computed(worth_realisasi / worth_target * 100);
}

}  // namespace

Capaian compute_capaian(const Value& target, const Value& realisasi, Polarity polarity, const DocumentInfo& info) {
  TargetForm form = read_target(target.text);
  if (form.kind == TargetForm::Kind::Empty) return not_computable(CapaianStatus::NoTarget);
  if (read_target(realisasi.text).kind == TargetForm::Kind::Empty) return not_computable(CapaianStatus::NoRealisasi);
  if (form.kind == TargetForm::Kind::Text) return on_text_scale(target, realisasi, info);

  double r = 0;
  if (!read_realisasi(realisasi.text, r)) return not_computable(CapaianStatus::RealisasiNotANumber);
  switch (polarity) {
    case Polarity::Naik: return higher_is_better(std::isfinite(form.low) ? form.low : form.high, r);
    case Polarity::Turun: return lower_is_better(std::isfinite(form.high) ? form.high : form.low, r);
    case Polarity::Tetap:
      if (form.low < 0) {
        if (std::isfinite(form.low)) return not_computable(CapaianStatus::NegativeTarget);
        return r > form.high ? lower_is_better(form.high, r) : computed(100);  // "≤ 5": only the upper bound
      }
      return within_range(form.low, form.high, r);
  }
  return not_computable(CapaianStatus::NoTarget);
}

Capaian indikator_capaian(const Indikator& indikator, int year, const DocumentInfo& info) {
  auto target = indikator.target.find(year);
  if (target == indikator.target.end()) return not_computable(CapaianStatus::NoTarget);
  auto realisasi = indikator.realisasi.find(year);
  if (realisasi == indikator.realisasi.end()) {
    if (read_target(target->second.text).kind == TargetForm::Kind::Empty)
      return not_computable(CapaianStatus::NoTarget);
    return not_computable(CapaianStatus::NoRealisasi);
  }
  return compute_capaian(target->second, realisasi->second, indikator.polarity, info);
}

std::string_view to_word(CapaianStatus status) {
  switch (status) {
    case CapaianStatus::Computed: return "computed";
    case CapaianStatus::NoTarget: return "no_target";
    case CapaianStatus::NoRealisasi: return "no_realisasi";
    case CapaianStatus::ZeroTarget: return "zero_target";
    case CapaianStatus::NegativeTarget: return "negative_target";
    case CapaianStatus::TextWithoutScale: return "text_without_scale";
    case CapaianStatus::RealisasiNotOnScale: return "realisasi_not_on_scale";
    case CapaianStatus::RealisasiNotANumber: return "realisasi_not_a_number";
  }
  return "no_target";
}

Bilingual describe(CapaianStatus status) {
  switch (status) {
    case CapaianStatus::Computed: return {"Capaian dihitung", "Capaian computed"};
    case CapaianStatus::NoTarget: return {"Belum ada target", "No target"};
    case CapaianStatus::NoRealisasi: return {"Belum ada realisasi", "No realisasi yet"};
    case CapaianStatus::ZeroTarget:
      return {"Target 0: capaian tidak dapat dihitung sebagai persentase",
              "Target is 0: capaian cannot be computed as a percentage"};
    case CapaianStatus::NegativeTarget:
      return {"Target negatif: capaian tidak dapat dihitung", "Negative target: capaian cannot be computed"};
    case CapaianStatus::TextWithoutScale:
      return {"Target berupa teks tanpa skala berurutan di dokumen ini",
              "Text target without an ordered scale in this document"};
    case CapaianStatus::RealisasiNotOnScale:
      return {"Realisasi tidak ada pada skala target", "Realisasi is not on the target's scale"};
    case CapaianStatus::RealisasiNotANumber: return {"Realisasi tidak memuat angka", "Realisasi holds no number"};
  }
  return {"", ""};
}

std::string format_percent(double percent, Language language) {
  if (language == Language::Indonesian) return format_indonesian_number(percent, 2) + "%";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", percent);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text + "%";
}

}  // namespace pokin
