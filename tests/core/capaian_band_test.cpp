#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <set>

#include "core/capaian/capaian_band.h"

using namespace pokin;

namespace {

// Relative luminance and contrast ratio as WCAG 2 defines them.
double linear(double channel) {
  channel /= 255;
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
struct Rgb {
  double r, g, b;  // linear
};
Rgb linear_rgb(std::uint32_t colour) {
  return {linear((colour >> 16) & 0xFF), linear((colour >> 8) & 0xFF), linear(colour & 0xFF)};
}
double luminance(Rgb c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }

// Colour-vision deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1) on linear RGB.
using Matrix = double[3][3];
constexpr Matrix kProtan{
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
constexpr Matrix kDeutan{
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
constexpr Matrix kTritan{
    {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
Rgb simulate(Rgb c, const Matrix& m) {
  auto clamp01 = [](double v) { return v < 0 ? 0 : v > 1 ? 1 : v; };
  return {clamp01(m[0][0] * c.r + m[0][1] * c.g + m[0][2] * c.b),
          clamp01(m[1][0] * c.r + m[1][1] * c.g + m[1][2] * c.b),
          clamp01(m[2][0] * c.r + m[2][1] * c.g + m[2][2] * c.b)};
}
// CIE L*a*b* distance (ΔE 1976) between two linear sRGB colours.
double delta_e(Rgb x, Rgb y) {
  auto lab = [](Rgb c) {
    double X = (0.4124 * c.r + 0.3576 * c.g + 0.1805 * c.b) / 0.95047;
    double Y = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    double Z = (0.0193 * c.r + 0.1192 * c.g + 0.9505 * c.b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return std::array<double, 3>{116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))};
  };
  auto a = lab(x), b = lab(y);
  return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

}  // namespace

TEST_CASE("capaian bands: the LKjIP boundaries, a band reached only at its lower bound") {
  CHECK(band_of(200) == CapaianBand::SangatBaik);
  CHECK(band_of(91) == CapaianBand::SangatBaik);
  CHECK(band_of(90.99) == CapaianBand::Baik);
  CHECK(band_of(90) == CapaianBand::Baik);
  CHECK(band_of(76) == CapaianBand::Baik);
  CHECK(band_of(75.5) == CapaianBand::Cukup);
  CHECK(band_of(66) == CapaianBand::Cukup);
  CHECK(band_of(65.9) == CapaianBand::Kurang);
  CHECK(band_of(51) == CapaianBand::Kurang);
  CHECK(band_of(50.5) == CapaianBand::SangatKurang);
  CHECK(band_of(0) == CapaianBand::SangatKurang);
}

TEST_CASE("capaian bands: readable with black text on a projector and apart for colour-blind viewers") {
  std::set<std::string> labels, symbols;
  std::vector<std::uint32_t> colours;
  for (CapaianBand band : all_bands()) {
    BandStyle style = band_style(band);
    INFO(style.label.en);
    double contrast = (luminance(linear_rgb(style.colour)) + 0.05) / 0.05;  // against black text
    CHECK(contrast >= 6.0);
    labels.insert(style.label.id);
    symbols.insert(style.symbol);
    colours.push_back(style.colour);
  }
  CHECK(labels.size() == 5);
  CHECK(symbols.size() == 5);  // a cue that does not depend on colour at all
  colours.push_back(kCapaianNotComputableColour);
  for (const Matrix* vision : {&kProtan, &kDeutan, &kTritan})
    for (std::size_t i = 0; i < colours.size(); ++i)
      for (std::size_t j = i + 1; j < colours.size(); ++j) {
        INFO(colours[i], " vs ", colours[j]);
        CHECK(delta_e(simulate(linear_rgb(colours[i]), *vision), simulate(linear_rgb(colours[j]), *vision)) >= 15);
      }
}

TEST_CASE("capaian bands: apart on a greyscale printout too") {
  // Many offices print the LKjIP on black-and-white printers: every two bands differ in lightness (CIE L*), not
  // only in hue.
  auto lightness = [](std::uint32_t colour) {
    double y = luminance(linear_rgb(colour));
    return y > 0.008856 ? 116 * std::cbrt(y) - 16 : 903.3 * y;
  };
  const auto& bands = all_bands();
  for (std::size_t i = 0; i < bands.size(); ++i)
    for (std::size_t j = i + 1; j < bands.size(); ++j) {
      INFO(band_style(bands[i]).label.en, " vs ", band_style(bands[j]).label.en);
      CHECK(std::fabs(lightness(band_style(bands[i]).colour) - lightness(band_style(bands[j]).colour)) >= 6);
    }
}
