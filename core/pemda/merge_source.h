#pragma once
// One file a merge reads: an OPD's document, or the RPJMD. A .pokin is opened read-only; any other file is read
// with Pokin's importer (tables, decrees, listings: core/import/import_document.h), and what the importer noted is
// kept for the merge report.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/import/import_report.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"

namespace pokin::pemda {

struct MergeSource {
  Document document;
  std::string file_name;  // as the user named it, without folders (MergedPart::source_file)
  // The instansi of the part this file replaces when its own instansi is spelt otherwise (`pokin merge --opd`);
  // empty: the part of the same instansi (pemda_titles.h instansi_key), if any.
  std::string replaces;
  std::vector<Bilingual> notes;  // what reading it said (the importer's notes and lines not understood)
  // Read from a table: the visi and misi written above its tujuan (an RPJMD's), and the lines the importer could
  // not place (each listed in the merge report when the file is the RPJMD).
  import::PemdaContext pemda;
  std::vector<import::NotUnderstoodLine> unread;
};

// The source's instansi: its document's, else its top unit's name, else its file name.
std::string source_instansi(const MergeSource& source);

// Reads `path`. Throws UserError (naming the file) when it does not exist or cannot be read, or when the importer
// refuses it.
MergeSource read_merge_source(const std::filesystem::path& path);
// Why `path` cannot be a file of a merge, found by a quick look (no rows read) when the planner adds it: it does not
// exist or cannot be read, or it is named .pokin without being a Pokin document. Nothing when it may be read;
// read_merge_source still checks everything.
std::optional<Bilingual> merge_source_problem(const std::filesystem::path& path);

// True for a document that is itself a Pemda tree: merged (it has parts), or its first level is "Sasaran RPJMD"
// (the level names a merge writes; a file saved before the store kept parts still has them).
bool looks_like_pemda_document(const Document& document);

}  // namespace pokin::pemda
