#include "core/capaian/capaian_band.h"

namespace pokin {

CapaianBand band_of(double percent) {
  if (percent >= 91) return CapaianBand::SangatBaik;
  if (percent >= 76) return CapaianBand::Baik;
  if (percent >= 66) return CapaianBand::Cukup;
  if (percent >= 51) return CapaianBand::Kurang;
  return CapaianBand::SangatKurang;
}

std::string_view to_word(CapaianBand band) {
  switch (band) {
    case CapaianBand::SangatBaik: return "sangat_baik";
    case CapaianBand::Baik: return "baik";
    case CapaianBand::Cukup: return "cukup";
    case CapaianBand::Kurang: return "kurang";
    case CapaianBand::SangatKurang: return "sangat_kurang";
  }
  return "sangat_kurang";
}

const std::vector<CapaianBand>& all_bands() {
  static const std::vector<CapaianBand> bands{CapaianBand::SangatBaik, CapaianBand::Baik, CapaianBand::Cukup,
                                              CapaianBand::Kurang, CapaianBand::SangatKurang};
  return bands;
}

BandStyle band_style(CapaianBand band) {
  switch (band) {
    case CapaianBand::SangatBaik: return {0x4A90D9, {"Sangat baik", "Very good"}, {"≥ 91%", "≥ 91%"}, "▲▲"};
    case CapaianBand::Baik: return {0xA8DCEF, {"Baik", "Good"}, {"76-90%", "76-90%"}, "▲"};
    case CapaianBand::Cukup: return {0xFFF3A6, {"Cukup", "Fair"}, {"66-75%", "66-75%"}, "■"};
    case CapaianBand::Kurang: return {0xF9A350, {"Kurang", "Poor"}, {"51-65%", "51-65%"}, "▼"};
    case CapaianBand::SangatKurang: return {0xF27C6C, {"Sangat kurang", "Very poor"}, {"≤ 50%", "≤ 50%"}, "▼▼"};
  }
  return {};
}

}  // namespace pokin
