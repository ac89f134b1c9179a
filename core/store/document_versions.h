#pragma once
// Named versions of a document kept inside its own .pokin file ("Simpan versi"): a Renstra is amended and every
// year's PK changes targets, and a planner must be able to show the tree as it stood under an earlier decree.
//
// A version is the whole document as it was: written by write_document into a fresh in-memory database of the
// current schema, serialised (sqlite3_serialize) and compressed with zlib, in one row of the file's `version` table
// with its name, date, SK number and counts. Reading one back treats the bytes as untrusted (another tool may have
// written the file): they are decompressed within a bound, then checked and read exactly as DocumentFile::open
// checks and reads a file (check_database, the upgrade of an older schema, read_document with all its checks).
// A version is never written back: it is read-only by construction. Versions travel with the file (backup_to
// copies the file; DocumentFile::save_as copies them when given the file they come from).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"
#include "core/store/document_file.h"

namespace pokin::store {

struct VersionInfo {
  std::int64_t id = 0;
  std::string name;      // unique in the file, e.g. "Renstra awal" or "Perubahan 2023"
  std::string saved_at;  // YYYY-MM-DD
  std::string nomor_sk;  // the decree the version stands for ("" when none)
  std::string note;
  std::int64_t sasaran_count = 0;
  std::int64_t indikator_count = 0;

  bool operator==(const VersionInfo&) const = default;
};

// A version name: at most this many bytes of UTF-8.
inline constexpr std::size_t kMaxVersionNameBytes = 200;

// Records `document` as the version `name` in `file`, in one transaction (the document's own rows are not touched).
// `name` is trimmed and must be non-empty, valid UTF-8, at most kMaxVersionNameBytes and not yet used in the file;
// `date` is YYYY-MM-DD or empty for today (local time). Throws UserError (bilingual) otherwise, and for a read-only
// file, a full disk or a locked file, leaving the file as it was. A file of an older schema is upgraded in the same
// transaction (its document rows stay as they were saved).
VersionInfo save_version(DocumentFile& file, const Document& document, std::string_view name,
                         std::string_view nomor_sk = {}, std::string_view date = {}, std::string_view note = {});
// Berkas > Perbarui dari dokumen OPD…: records `before` as the version `name` (as save_version does) and makes the
// file hold `after` (every row replaced), in one transaction: when any part fails (a full disk, a read-only or
// locked file) the file stays as it was, without the version. Throws UserError as save_version and
// DocumentFile::save do.
VersionInfo replace_document_after_version(DocumentFile& file, const Document& before, const Document& after,
                                           std::string_view name);
// The file's versions, oldest first (empty for a file of an older schema). Values are checked as the reader checks
// a row: a damaged row refuses with a message naming it.
std::vector<VersionInfo> list_versions(DocumentFile& file);
// The document as version `name` (or `id`) recorded it. Throws UserError when there is no such version, or when its
// bytes are damaged (naming the version and what is wrong, as opening a damaged file does).
Document read_version(DocumentFile& file, std::string_view name);
Document read_version(DocumentFile& file, std::int64_t id);

// The bytes a version keeps, and the reading of such bytes (untrusted: the fuzz target's entry point). The snapshot
// is "PKV1", the database's size as 8 bytes little-endian, then the database file compressed with zlib.
std::string document_snapshot(const Document& document);
Document document_from_snapshot(std::string_view snapshot);

}  // namespace pokin::store
