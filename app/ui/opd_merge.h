#pragma once
// What Berkas > Gabungkan dokumen OPD… and Berkas > Perbarui dari dokumen OPD… run on the background job: the
// chosen files read (core/pemda/merge_source.h) and merged (core/pemda/merge_documents.h), exactly as
// `pokin merge` does. No ImGui: the shell starts it and takes in the result.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/pemda/merge_documents.h"

namespace pokin::ui {

struct OpdMergeFiles {
  std::string pemda;                          // the Pemda's name; may stay empty when merging into `previous`
  std::optional<std::filesystem::path> rpjmd;  // a .pokin or a table
  std::vector<std::filesystem::path> opd;     // one OPD each
};

// Reads every file, then merges them (into `previous` when given: the open Pemda document). Throws UserError
// (bilingual, naming the file) for an unreadable file, a table the importer refuses, or what merge_documents
// refuses; nothing is written.
pemda::MergeResult merge_opd_files(const OpdMergeFiles& files, const Document* previous, const std::string& merged_at);

// A name for the version the update path records before it changes the file: `base` and the time, with " (2)",
// " (3)"... when the file already has a version of that name.
std::string unused_version_name(const std::string& base, const std::vector<std::string>& used);

}  // namespace pokin::ui
