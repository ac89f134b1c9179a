#pragma once
// The metadata of a decree or listing read from its text: pemda ("PEMERINTAH KABUPATEN BALANGAN"), instansi (the
// letterhead's DINAS/BADAN block), nomor SK, date, Renstra period (the most frequent "2021-2026"), penandatangan
// with NIP and pangkat. Fields not found stay empty. Linear in the text; long lines are skipped.
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace pokin::import {

void read_metadata(const std::vector<std::string_view>& lines, DocumentInfo& info);

// "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN BALANGAN" -> "Dinas Penanaman Modal dan PTSP" (pemda removed, title case).
std::string instansi_name(std::string_view text);

// The agency a form's heading states in a field ("SKPD : BAPPEDA", "Unit Kerja : RSUD Kabupaten X", "Nama Unit
// Organisasi : DINAS KESEHATAN"): it names the owner plainly, so it goes before what a reader guessed from titles.
// Empty when no heading line is such a field.
std::string stated_instansi(const std::vector<std::string_view>& lines);

// The agency the first title line names ("Tabel 4.1 ... Kementerian Pendidikan dan Kebudayaan Tahun 2020-2024",
// "IKU DINAS KESEHATAN KABUPATEN X"), for a document whose readers found no instansi; empty when none does.
std::string instansi_from_titles(const std::vector<std::string_view>& lines);

// The pemda written after that agency in the same title ("Rencana Program ... Dinas Kesehatan Kabupaten Contoh
// Tahun 2025-2029" -> "Kabupaten Contoh"), which instansi_name leaves out of the instansi; empty when none is.
std::string pemda_from_titles(const std::vector<std::string_view>& lines);

}  // namespace pokin::import
