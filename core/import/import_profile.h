#pragma once
// A saved import profile: how the planner steered the reading of one kind of table (where its header is, which
// column holds what), kept as a small text file so that the same table form of every OPD of a Pemda imports the
// same way (`pokin import --profile FILE`, `--save-profile FILE`). The file is outside input: it is read
// strictly, and every error names its line (Indonesian and English).
//
//   # Profil impor Pokin
//   baris-judul: 3                 (or 12-14: the header is lines 12 to 14)
//   kolom: Indikator Kinerja Program (outcome) = indikator_program
//   kolom: C = kode
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/header_finding.h"

namespace pokin::import {

// Where the header is: `rows` rows, the first at `line` (0: the first non-empty row of the table).
struct HeaderRowsChoice {
  int rows = 0;
  int line = 0;
};

struct ImportProfile {
  HeaderRowsChoice header;  // rows == 0: recognised
  std::vector<ColumnMapping> mapping;
};

// "3" (the first three non-empty rows) or "12-14" (lines 12 to 14). Throws UserError for anything else, and for
// more than 10 header rows.
HeaderRowsChoice parse_header_rows(std::string_view text);

// "COLUMN=FIELD" split at its last '='. Throws UserError when either side is empty or FIELD is not known.
ColumnMapping parse_column_mapping(std::string_view text);

// Reads a profile; `name` is the file name for the messages. Throws UserError (with the line number) for an
// unknown key, a key without value, a repeated header choice, a bad value, bytes that are not UTF-8 text, or a
// file over 64 KB.
ImportProfile parse_import_profile(std::string_view text, std::string_view name);

// Reads the profile file at `path` (the CLI's --profile, the preview's "Muat profil"). Throws UserError when it
// cannot be opened, is over 64 KB, or parse_import_profile refuses it.
ImportProfile read_import_profile_file(const std::filesystem::path& path);

// The profile as text that parse_import_profile reads back to the same profile.
std::string write_import_profile(const ImportProfile& profile);

}  // namespace pokin::import
