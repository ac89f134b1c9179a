#include "core/pemda/merge_source.h"

#include <cctype>
#include <fstream>

#include "core/import/import_document.h"
#include "core/model/pemda_structure.h"
#include "core/store/document_file.h"
#include "core/text/utf8_path.h"

namespace pokin::pemda {

std::string source_instansi(const MergeSource& source) {
  if (!source.document.info.instansi.empty()) return source.document.info.instansi;
  for (const auto& [id, unit] : source.document.units)
    if (unit.parent == kNoId && !unit.name.empty()) return unit.name;
  return source.file_name;
}

MergeSource read_merge_source(const std::filesystem::path& path) {
  MergeSource source;
  source.file_name = utf8_path(path.filename());
  std::string shown = utf8_path(path);
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    throw UserError(shown + ": berkas tidak ada atau tidak dapat dibaca.", shown + ": the file does not exist or cannot be read.");
  if (store::starts_like_sqlite_database(path)) {
    store::DocumentFile::open(path, source.document, store::OpenMode::ReadOnly);
    return source;
  }
  import::ImportResult imported = import::import_file(path, {});
  source.document = std::move(imported.document);
  source.notes = std::move(imported.report.notes);
  source.pemda = std::move(imported.report.pemda);
  source.unread = imported.report.lines;
  // Cells left out are said even when every line was understood: never "all read" when something was not stored.
  if (!imported.report.lines.empty() || import::cells_left_out(imported.report) > 0)
    source.notes.push_back({source.file_name + ": " + import::not_understood_summary(imported.report, Language::Indonesian),
                            source.file_name + ": " + import::not_understood_summary(imported.report, Language::English)});
  return source;
}

std::optional<Bilingual> merge_source_problem(const std::filesystem::path& path) {
  const std::string name = utf8_path(path.filename());
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error) || !std::ifstream(path, std::ios::binary))
    return Bilingual{name + ": berkas tidak ada atau tidak dapat dibaca.", name + ": the file does not exist or cannot be read."};
  std::string extension = utf8_path(path.extension());
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // A .pokin, or any SQLite database (read_merge_source opens those as documents), must be Pokin's.
  if ((extension == ".pokin" || store::starts_like_sqlite_database(path)) && !store::starts_like_pokin_document(path))
    return Bilingual{name + ": bukan dokumen Pokin (berkas ini tidak dibuat oleh Pokin, atau rusak).",
                     name + ": not a Pokin document (this file was not made by Pokin, or is damaged)."};
  return std::nullopt;
}

bool looks_like_pemda_document(const Document& document) {
  return is_pemda_document(document) ||
         (!document.info.levels.empty() && document.info.levels.front().sasaran == "Sasaran RPJMD");
}

}  // namespace pokin::pemda
