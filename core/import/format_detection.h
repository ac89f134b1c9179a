#pragma once
// Which form a text is: decree per jabatan, lampiran tables, pohon kinerja listing, or a spreadsheet table.
#include <string_view>
#include <vector>

namespace pokin::import {

enum class SourceForm { SkDecree, Lampiran, Listing, Table };

// Decided from the first lines only (at most a few thousand), so it stays cheap on large inputs.
SourceForm detect_form(const std::vector<std::string_view>& lines);

const char* form_name(SourceForm form);

}  // namespace pokin::import
