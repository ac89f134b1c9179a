#pragma once
// Ordered scales that Indonesian performance documents use for text targets, best first, for a planner to adopt
// into DocumentInfo::text_scales (the app offers them; capaian never applies a scale the document does not hold).
//  - Opini BPK on the financial statements: WTP, WDP, TW, TMP
//  - Predikat SAKIP and Reformasi Birokrasi (PermenPAN-RB 88/2021): AA, A, BB, B, CC, C, D
//  - Zona kepatuhan Ombudsman RI on public service standards: Hijau, Kuning, Merah
#include <string>
#include <vector>

namespace pokin {

std::vector<std::vector<std::string>> standard_text_scales();

}  // namespace pokin
