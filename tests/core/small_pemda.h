#pragma once
// The small synthetic Pemda the Pemda tests share: the first three OPD of the list (Sekretariat Daerah, Sekretariat
// DPRD, Inspektorat Daerah), each 1 head + 2 bidang + 4 seksi + 8 staff = 15 units and 3 + 4 + 8 + 8 = 23 sasaran,
// under the 5 tujuan and 25 sasaran RPJMD.
#include "core/synthetic/synthetic_pemda.h"

namespace pokin::test {

inline SyntheticPemdaOptions small_pemda_options() {
  SyntheticPemdaOptions options;
  options.opd = 3;
  options.bidang = 2;
  options.seksi = 2;
  options.staff = 2;
  return options;
}

inline Document small_pemda() { return make_synthetic_pemda(small_pemda_options()); }

}  // namespace pokin::test
