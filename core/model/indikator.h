#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/model/ids.h"

namespace pokin {

enum class Polarity {
  Naik,   // higher is better
  Turun,  // lower is better ("tingkat pengaduan")
  Tetap,  // hold within a range
};

// A value as the planner wrote it ("≥ 80%", "WTP", "5.200 izin") and the number read from it, if any.
struct Value {
  std::string text;
  std::optional<double> number;

  bool empty() const { return text.empty(); }
  bool operator==(const Value&) const = default;
};

struct Indikator {
  Id id = kNoId;
  Id sasaran = kNoId;  // owner; always set
  std::string code;
  std::string name;
  std::string formula;           // readable ("Σ izin tepat waktu / Σ izin × 100%")
  std::string formula_original;  // as found in the source (LaTeX, HTML), empty when typed by hand
  std::string satuan;
  Polarity polarity = Polarity::Naik;
  std::string sumber_data;
  std::string penanggung_jawab;
  int baseline_year = 0;  // 0 = no baseline
  Value baseline;
  std::map<int, Value> target;     // year -> value; years lie inside the document's period
  std::map<int, Value> realisasi;  // year -> value
  Value kondisi_akhir;             // target at the end of the period (kondisi kinerja akhir periode Renstra)
  double weight = 1;               // in the roll-up of capaian to its sasaran
  int order = 0;

  bool operator==(const Indikator&) const = default;
};

}  // namespace pokin
