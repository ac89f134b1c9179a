#pragma once
// How official forms name the agency and its head: upper-case lines under the title ("DINAS PENANAMAN MODAL DAN
// PTSP KABUPATEN BALANGAN") and the office that issues the agency's decrees ("KEPALA DINAS ...", for a Pemda
// "BUPATI ...", "WALI KOTA ...", "GUBERNUR ...").
#include <string>

#include "core/model/document.h"
#include "core/text/ascii_text.h"

namespace pokin {

// Room to fill in by hand (a missing nomor, date or name on a form to be signed).
inline constexpr const char* kDottedGap = "........................";

// The instansi, followed by the pemda when it adds to it, upper-cased: "DINAS SOSIAL KABUPATEN CONTOH".
std::string instansi_line(const DocumentInfo& info);

// The office heading the instansi, upper-cased: "KEPALA DINAS SOSIAL KABUPATEN CONTOH"; for a Pemda itself
// ("Pemerintah Kabupaten Contoh") its regional head: "BUPATI CONTOH", "WALI KOTA CONTOH", "GUBERNUR CONTOH".
std::string agency_head_title(const DocumentInfo& info);

}  // namespace pokin
