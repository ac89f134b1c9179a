#pragma once
// Synthetic Pemda-size documents for benchmarks and tests: a set of OPDs (head -> bidang -> seksi -> staff), each
// unit with sasaran of real Indonesian length cascading from the level above, 2-4 indicators each with targets
// for every year, and a few percent crosscutting links. The same options give the same document.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace pokin {

struct SyntheticOptions {
  int sasaran = 500;             // approximate total; generation stops at the first OPD boundary above it
  int min_indikator = 2;         // per sasaran
  int max_indikator = 4;
  double crosscutting_share = 0.03;  // links per sasaran
  int period_start = 2021;
  int period_end = 2026;
  bool realisasi = true;         // fill realisasi for the first years
  std::uint32_t seed = 1;
  // The shape of each OPD: bidang under the head, seksi under each bidang, staff under each seksi (each head owns
  // 3 Sasaran Strategis, each bidang 2, each seksi 2, each staff 1).
  int bidang = 5;
  int seksi = 3;
  int staff = 3;
  // > 0: exactly this many OPD (then `sasaran` is ignored), named in order from `opd_names` when it has enough.
  int opd_count = 0;
  std::vector<std::string> opd_names;
};

Document make_synthetic_document(const SyntheticOptions& options);

}  // namespace pokin
