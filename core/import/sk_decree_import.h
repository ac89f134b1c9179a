#pragma once
// The decree per jabatan (seeds 000, 001, 002): optionally the head's IKU table, then for each position a block
// "Jabatan : ...", "Tugas : ...", "Fungsi :" with a lettered or numbered list, then a table (tab-separated or a
// markdown pipe table) whose columns are some variant of SASARAN / PROGRAM / KEGIATAN | INDIKATOR | PENJELASAN /
// FORMULASI | SUMBER DATA (| TARGET). Rows continue with an empty first cell; sub-indicators are lettered;
// a pipe table whose header row is empty continues the previous table. When the Jabatan line is garbled, the bold
// heading above the table ("INDIKATOR KINERJA INDIVIDU / KEPALA BIDANG ...") names the position.
#include <string_view>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"

namespace pokin::import {

void import_sk_decree(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);

// Whether `line` is a "Jabatan : ..." line of a decree.
bool is_jabatan_line(std::string_view line);

}  // namespace pokin::import
