// Targets should move the way the indicator's polarity says: up year by year on a "naik" indicator, down on a
// "turun" one. A falling target on a "naik" indicator is either a typo or a polarity set wrongly.
#include <optional>

#include "core/capaian/text_scale.h"
#include "core/checks/review.h"

namespace pokin {
namespace {

// A target as something comparable across years: its number, or minus its rank on a text scale (so that a
// better rank is a larger value, as on a "naik" indicator).
std::optional<double> comparable(const DocumentInfo& info, const Value& target) {
  if (target.number) return target.number;
  if (auto rank = scale_rank(info, target.text)) return -static_cast<double>(rank->rank);
  return std::nullopt;
}

}  // namespace

void check_target_polarity(Review& review) {
  const DocumentInfo& info = review.document.info;
  for (const auto& [id, indikator] : review.document.indikator) {
    if (indikator.polarity == Polarity::Tetap) continue;
    // Text scales are ordered best first whatever the polarity; numbers follow the polarity.
    std::optional<double> previous;
    int previous_year = 0;
    bool previous_is_text = false;
    std::string against;
    bool on_scale = false;
    for (const auto& [year, target] : indikator.target) {
      if (!info.in_period(year)) continue;
      std::optional<double> value = comparable(info, target);
      if (!value) continue;
      bool is_text = !target.number.has_value();
      if (previous && is_text == previous_is_text) {
        bool worse = is_text || indikator.polarity == Polarity::Naik ? *value < *previous : *value > *previous;
        if (worse) {
          against += (against.empty() ? "" : ", ") + std::to_string(previous_year) + "→" + std::to_string(year);
          on_scale = on_scale || is_text;
        }
      }
      previous = value;
      previous_year = year;
      previous_is_text = is_text;
    }
    if (against.empty()) continue;
    bool naik = indikator.polarity == Polarity::Naik;
    std::string moves_id = on_scale ? " memburuk" : naik ? " turun" : " naik";
    std::string moves_en = on_scale ? " get worse" : naik ? " fall" : " rise";
    review.add(Rule::TargetAgainstPolarity, id,
               {"Target indikator " + review.quoted(id) + moves_id + " pada " + against + ", padahal polaritasnya " +
                    (naik ? "naik (makin tinggi makin baik)." : "turun (makin rendah makin baik)."),
                "The targets of indicator " + review.quoted(id) + moves_en + " in " + against +
                    " although its polarity is " + (naik ? "naik (higher is better)." : "turun (lower is better).")},
               {on_scale ? "Periksa target tahunan: pada skala teks, target tidak seharusnya memburuk."
                         : "Periksa target tahunan atau ubah polaritas indikator.",
                on_scale ? "Check the yearly targets: on a text scale, targets should not get worse."
                         : "Check the yearly targets or change the indicator's polarity."});
  }
}

}  // namespace pokin
