#pragma once
// Capaian (achievement) of one indicator in one year: realisasi against target, with the indicator's polarity.
//
//  - naik (higher is better):  R / T × 100%
//  - turun (lower is better):  (2T − R) / T × 100%, as PermenPAN-RB 8/2021 writes it
//    (target 7, realisasi 6,5 -> 107,14%; target 8, realisasi 9 -> 87,5%)
//  - tetap (stay in a range):  100% inside the range; below it R / low × 100% (the lower bound crossed, as naik);
//    above it (2·high − R) / high × 100% (the upper bound crossed, as turun). A single number is a range of one.
//  - A bound or range on a naik / turun indicator counts against the bound that matters: naik uses the lower
//    bound ("≥ 80" -> 80, "60-80" -> 60), turun the upper one ("≤ 5" -> 5, "60-80" -> 80).
//  - Text targets ("WTP", "A") compare by rank on an ordered scale of the document (DocumentInfo::text_scales,
//    best first): with n steps, rank r is worth n − r; capaian = (n − rank R) / (n − rank T) × 100%.
//    So reaching the target is 100%, one step short of "A" on {A, BB, B, CC, C, D} is 83,33%. Without a scale
//    holding both texts it is not computable: never guessed.
//  - Clamped to 0-200% as Pemda applications do; the unclamped figure is kept.
//  - A target of 0: met exactly (realisasi 0) is 100%; anything else is not computable (a ratio to 0 has no
//    meaning, and guessing 0% or 200% would put words in the planner's mouth). A negative target is not
//    computable either. Empty target or realisasi: not computable, with the reason.
#include <optional>
#include <string>
#include <string_view>

#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin {

enum class CapaianStatus {
  Computed,
  NoTarget,             // no target written for that year
  NoRealisasi,          // no realisasi yet
  ZeroTarget,           // target 0 and realisasi not 0
  NegativeTarget,       // the bound that counts is below 0
  TextWithoutScale,     // a text target that no scale of the document holds
  RealisasiNotOnScale,  // a text target on a scale, but the realisasi is not a step of that scale
  RealisasiNotANumber,  // a numeric target, but the realisasi holds no number
};

struct Capaian {
  CapaianStatus status = CapaianStatus::NoTarget;
  double percent = 0;    // clamped to 0-200; only meaningful when computed
  double unclamped = 0;  // the formula's value before clamping

  bool computed() const { return status == CapaianStatus::Computed; }
  std::optional<double> value() const { return computed() ? std::optional<double>(percent) : std::nullopt; }
};

inline constexpr double kCapaianMax = 200;

Capaian compute_capaian(const Value& target, const Value& realisasi, Polarity polarity, const DocumentInfo& info);
Capaian indikator_capaian(const Indikator& indikator, int year, const DocumentInfo& info);

// The stable word for a status in JSON output: "computed", "no_target", "no_realisasi", "zero_target",
// "negative_target", "text_without_scale", "realisasi_not_on_scale", "realisasi_not_a_number".
std::string_view to_word(CapaianStatus status);

// Why a capaian is (not) computable, for a tooltip or a report ("Belum ada realisasi" / "No realisasi yet").
Bilingual describe(CapaianStatus status);

// "107,14%" (Indonesian) / "107.14%" (English), two decimals at most.
std::string format_percent(double percent, Language language);

}  // namespace pokin
