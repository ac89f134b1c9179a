#pragma once
// The bands LKjIP reports colour capaian with: >= 91% sangat baik, 76-90% baik, 66-75% cukup, 51-65% kurang,
// <= 50% sangat kurang.
//
// Boundaries for figures that are not whole numbers: a band is reached only when its lower bound is reached
// (91, 76, 66, 51). So 90,99% is still "baik" and 50,5% still "sangat kurang": what the table writes as a gap
// (between 90 and 91) belongs to the band below, as an evaluator reading "≥ 91%" would count it.
//
// Colours: a blue (good) to red (bad) diverging scale through yellow, chosen so that every band keeps a contrast
// of at least 6:1 with black text (readable on a washed-out projector) and the bands stay apart for viewers with
// protanopia, deuteranopia or tritanopia (checked in tests/core/capaian_band_test.cpp). Hue is never the only
// cue: every band has a label and a symbol (▲▲ ▲ ■ ▼ ▼▼) to print next to the figure.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin {

enum class CapaianBand { SangatBaik, Baik, Cukup, Kurang, SangatKurang };

CapaianBand band_of(double percent);
std::string_view to_word(CapaianBand band);   // "sangat_baik", "baik", "cukup", "kurang", "sangat_kurang"
const std::vector<CapaianBand>& all_bands();  // best first, the order of a legend

struct BandStyle {
  std::uint32_t colour = 0;  // 0xRRGGBB fill, for black text
  Bilingual label;           // "Sangat baik" / "Very good"
  Bilingual range;           // "≥ 91%", "76-90%"
  std::string symbol;        // "▲▲"
};
BandStyle band_style(CapaianBand band);

// The fill for a node whose capaian is not computable: a neutral grey, apart from every band.
inline constexpr std::uint32_t kCapaianNotComputableColour = 0xA6A6A6;

// The fill for a roll-up that rests on too few indicators to be given a band ("data belum lengkap",
// capaian_decorations.h): near-white, apart from every band and from the grey. Painters that meet this fill
// draw it hatched (core/export/figure.cpp, the app's canvas), so it reads as "no verdict" in print and in
// greyscale, not as one more colour.
inline constexpr std::uint32_t kCapaianIncompleteColour = 0xFBFBF8;
inline constexpr std::uint32_t kCapaianIncompleteHatchColour = 0x8A8A8A;

}  // namespace pokin
