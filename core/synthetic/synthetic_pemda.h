#pragma once
// A synthetic Pemda document shaped as core/model/pemda_structure.h describes, for the benches and tests of the
// Pemda-size app: a Pemda unit on top owning the RPJMD's tujuan and sasaran (level 0, with indicators), and under
// it each OPD of a Kabupaten (make_synthetic_document's OPDs, their levels one lower), each OPD Sasaran Strategis
// (level 1) supporting a sasaran RPJMD. Document::parts names the RPJMD and every OPD; Document::origins gives each
// unit, sasaran and indikator the id it would have in its part's own file (numbered from 1 there). Crosscutting
// links join sasaran of different OPD. The same options give the same document.
#include <cstdint>

#include "core/model/document.h"

namespace pokin {

struct SyntheticPemdaOptions {
  int opd = 40;  // named from a Kabupaten's real list of 40 OPD; more are numbered
  // Each OPD's shape (see SyntheticOptions): 6 bidang x 5 seksi x 6 staff gives 255 sasaran per OPD.
  int bidang = 6;
  int seksi = 5;
  int staff = 6;
  int min_indikator = 3;  // per sasaran
  int max_indikator = 5;
  double crosscutting_share = 0.03;
  std::uint32_t seed = 1;
};

inline constexpr int kSyntheticRpjmdTujuan = 5;
inline constexpr int kSyntheticRpjmdSasaran = 25;  // 5 under each tujuan

Document make_synthetic_pemda(const SyntheticPemdaOptions& options);

}  // namespace pokin
