#include "core/store/document_versions.h"

#include <zlib.h>

#include <cstdio>
#include <ctime>

#include "core/model/document_counts.h"
#include "core/model/document_limits.h"
#include "core/store/checked_row.h"
#include "core/store/schema.h"
#include "core/text/ascii_text.h"
#include "core/text/utf8.h"
#include "core/text/utf8_path.h"

namespace pokin::store {
namespace {

using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;
using sqlite::Transaction;

constexpr std::string_view kMagic = "PKV1";
constexpr std::size_t kHeaderBytes = 4 + 8;
// A decompressed snapshot larger than this is refused before anything is allocated: a Pemda document of 10,000
// sasaran and 40,000 indicators is some 30 MB as a database file.
constexpr std::uint64_t kMaxSnapshotBytes = std::uint64_t{1} << 30;
// zlib cannot expand one byte into more than about 1032 (deflate's best ratio): a declared size beyond that is a lie.
constexpr std::uint64_t kMaxDeflateRatio = 1032;
// The in-memory database of a version may not grow beyond its bytes' size much while it is upgraded.
constexpr int kPageLimitSlack = 4096;

std::string shown(std::string_view name) { return "\"" + std::string(name) + "\""; }

[[noreturn]] void damaged_version(std::string_view version, const Bilingual& problem) {
  throw UserError("Versi " + shown(version) + " rusak dan tidak dapat dibuka: " + problem.id,
                  "Version " + shown(version) + " is damaged and cannot be opened: " + problem.en);
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  if (const std::tm* converted = std::localtime(&now)) local = *converted;
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  return text;
}

bool valid_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[k] < '0' || date[k] > '9') return false;
  auto number = [&](std::size_t from, std::size_t length) {
    int value = 0;
    for (std::size_t k = from; k < from + length; ++k) value = value * 10 + (date[k] - '0');
    return value;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (!valid_year(year) || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && !leap ? 28 : kDays[month - 1]);
}

bool name_taken(Database& database, std::string_view name) {
  Statement s = database.prepare("SELECT 1 FROM version WHERE name = ?1");
  s.bind(1, name);
  return s.step();
}

// One row of the version table, checked as the reader checks any row of a file.
VersionInfo read_info_row(Statement& s, CheckedRow& row) {
  row.name_row("id", s.integer(0));
  VersionInfo info;
  info.id = row.id(0, "id");
  info.name = row.text(1, "name", kMaxVersionNameBytes);
  info.saved_at = row.text(2, "saved_at", kMaxValueTextBytes);
  info.nomor_sk = row.text(3, "nomor_sk");
  info.note = row.text(4, "note");
  info.sasaran_count = row.integer(5, "sasaran_count", 0, kMaxSortOrder);
  info.indikator_count = row.integer(6, "indikator_count", 0, kMaxSortOrder);
  return info;
}

constexpr const char* kInfoColumns = "id, name, saved_at, nomor_sk, note, sasaran_count, indikator_count";

// The snapshot of the version `where` selects (by name or id), named `shown_as` in messages.
template <class Key>
Document read_version_where(DocumentFile& file, const char* where, Key key, const std::string& shown_as) {
  if (file.needs_upgrade())
    throw UserError("Berkas ini belum menyimpan versi apa pun; tidak ada versi " + shown(shown_as) + ".",
                    "This file holds no saved versions; there is no version " + shown(shown_as) + ".");
  std::string snapshot;
  std::string name = shown_as;
  try {
    Statement s = file.database().prepare(std::string("SELECT name, snapshot FROM version WHERE ") + where);
    s.bind(1, key);
    if (!s.step())
      throw UserError("Tidak ada versi " + shown(shown_as) + " di berkas ini. Lihat daftarnya dengan Berkas > Versi.",
                      "There is no version " + shown(shown_as) + " in this file. See the list in File > Versions.");
    name = s.text(0);
    if (first_invalid_utf8(name) != std::string_view::npos) name = shown_as;
    snapshot = s.blob(1);
  } catch (const SqliteError& error) {
    damaged_version(name, {error.what(), error.what()});
  }
  try {
    return document_from_snapshot(snapshot);
  } catch (const UserError& damage) {
    damaged_version(name, damage.message());
  }
}

}  // namespace

std::string document_snapshot(const Document& document) {
  Database memory(":memory:", Database::Mode::Create);
  {
    Transaction transaction(memory);
    migrate(memory);
    write_document(memory, document);
    transaction.commit();
  }
  memory.execute("VACUUM");  // no free pages in the snapshot
  std::string database = memory.serialize();
  uLongf bound = compressBound(static_cast<uLong>(database.size()));
  std::string snapshot(kHeaderBytes + bound, '\0');
  snapshot.replace(0, kMagic.size(), kMagic);
  std::uint64_t size = database.size();
  for (int k = 0; k < 8; ++k) snapshot[4 + k] = static_cast<char>((size >> (8 * k)) & 0xff);
  // The fastest level: a database file compresses about fivefold either way, and saving a version stays quick.
  int code = compress2(reinterpret_cast<Bytef*>(&snapshot[kHeaderBytes]), &bound,
                       reinterpret_cast<const Bytef*>(database.data()), static_cast<uLong>(database.size()), 1);
  if (code != Z_OK)
    throw UserError("Versi tidak dapat dikompres (memori habis?). Berkas tidak diubah.",
                    "The version could not be compressed (out of memory?). The file was not changed.");
  snapshot.resize(kHeaderBytes + bound);
  return snapshot;
}

Document document_from_snapshot(std::string_view snapshot) {
  if (snapshot.size() < kHeaderBytes || snapshot.substr(0, 4) != kMagic)
    throw UserError("isinya bukan salinan dokumen Pokin.", "its content is not a copy of a Pokin document.");
  std::uint64_t size = 0;
  for (int k = 7; k >= 0; --k) size = (size << 8) | static_cast<unsigned char>(snapshot[4 + k]);
  std::string_view compressed = snapshot.substr(kHeaderBytes);
  if (size == 0 || size > kMaxSnapshotBytes || size > compressed.size() * kMaxDeflateRatio)
    throw UserError("ukuran yang tercatat (" + std::to_string(size) + " bita) tidak masuk akal.",
                    "its recorded size (" + std::to_string(size) + " bytes) is not plausible.");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  uLongf written = static_cast<uLongf>(size);
  int code = uncompress(reinterpret_cast<Bytef*>(bytes.data()), &written,
                        reinterpret_cast<const Bytef*>(compressed.data()), static_cast<uLong>(compressed.size()));
  if (code != Z_OK || written != size)
    throw UserError("isinya terpotong atau rusak (zlib).", "its content is truncated or damaged (zlib).");
  try {
    Database database(":memory:", Database::Mode::Create);
    database.deserialize(bytes);
    bytes = {};
    // Damaged bytes must not make SQLite itself run away while the version is upgraded (a page count of billions).
    database.execute("PRAGMA max_page_count=" +
                     std::to_string(static_cast<std::int64_t>(size / 512) + kPageLimitSlack));
    DatabaseProblem problem = check_database(database);
    if (problem.kind == DatabaseProblem::Kind::NotPokin)
      throw UserError("isinya bukan dokumen Pokin.", "its content is not a Pokin document.");
    if (problem.kind == DatabaseProblem::Kind::NewerSchema)
      throw UserError("versi ini dibuat oleh Pokin yang lebih baru (skema " + std::to_string(problem.schema) +
                          "). Perbarui Pokin untuk membukanya.",
                      "it was made by a newer Pokin (schema " + std::to_string(problem.schema) +
                          "). Update Pokin to open it.");
    if (problem.kind == DatabaseProblem::Kind::Damaged)
      throw UserError("isinya rusak (" + problem.detail + ").", "its content is damaged (" + problem.detail + ").");
    if (problem.schema < kSchemaVersion) migrate(database);
    Transaction transaction(database, false);
    Document document = read_document(database);
    transaction.commit();
    return document;
  } catch (const SqliteError& error) {
    throw UserError(std::string("isinya rusak (") + error.what() + ").",
                    std::string("its content is damaged (") + error.what() + ").");
  }
}

namespace {

// save_version, and with `then_holds` the file's document replaced by it in the same transaction.
VersionInfo record_version(DocumentFile& file, const Document& document, std::string_view name, std::string_view nomor_sk,
                           std::string_view date, std::string_view note, const Document* then_holds) {
  VersionInfo info;
  info.name = trimmed(name);
  if (info.name.empty())
    throw UserError("Nama versi tidak boleh kosong.", "The version name must not be empty.");
  if (first_invalid_utf8(info.name) != std::string_view::npos || first_invalid_utf8(nomor_sk) != std::string_view::npos ||
      first_invalid_utf8(note) != std::string_view::npos)
    throw UserError("Nama versi, nomor SK atau catatan berisi teks yang tidak sah (bukan UTF-8).",
                    "The version name, SK number or note holds invalid text (not UTF-8).");
  if (info.name.size() > kMaxVersionNameBytes)
    throw UserError("Nama versi terlalu panjang (paling banyak " + std::to_string(kMaxVersionNameBytes) + " bita).",
                    "The version name is too long (at most " + std::to_string(kMaxVersionNameBytes) + " bytes).");
  info.saved_at = date.empty() ? today_iso() : std::string(date);
  if (!valid_iso_date(info.saved_at))
    throw UserError("Tanggal versi " + shown(info.saved_at) + " tidak sah; tulis TTTT-BB-HH, mis. 2023-06-30.",
                    "The version date " + shown(info.saved_at) + " is not valid; write YYYY-MM-DD, e.g. 2023-06-30.");
  info.nomor_sk = trimmed(nomor_sk);
  info.note = std::string(note);
  DocumentCounts counts = count_document(document);
  info.sasaran_count = static_cast<std::int64_t>(counts.sasaran);
  info.indikator_count = static_cast<std::int64_t>(counts.indikator);
  // Built before the transaction: the file is locked only while the row is written.
  std::string snapshot = document_snapshot(document);
  file.write_transaction([&](Database& database) {
    if (name_taken(database, info.name))  // the UNIQUE constraint would refuse it too, without saying why
      throw UserError("Versi bernama " + shown(info.name) + " sudah ada di berkas ini; pilih nama lain.",
                      "A version named " + shown(info.name) + " already exists in this file; choose another name.");
    Statement put = database.prepare(
        "INSERT INTO version (name, saved_at, nomor_sk, note, sasaran_count, indikator_count, snapshot) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    put.bind(1, info.name)
        .bind(2, info.saved_at)
        .bind(3, info.nomor_sk)
        .bind(4, info.note)
        .bind(5, info.sasaran_count)
        .bind(6, info.indikator_count)
        .bind_blob(7, snapshot)
        .run();
    Statement id = database.prepare("SELECT id FROM version WHERE name = ?1");
    id.bind(1, info.name);
    if (id.step()) info.id = id.integer(0);
    if (then_holds) write_document(database, *then_holds);
  });
  return info;
}

}  // namespace

VersionInfo save_version(DocumentFile& file, const Document& document, std::string_view name,
                         std::string_view nomor_sk, std::string_view date, std::string_view note) {
  return record_version(file, document, name, nomor_sk, date, note, nullptr);
}

VersionInfo replace_document_after_version(DocumentFile& file, const Document& before, const Document& after,
                                           std::string_view name) {
  return record_version(file, before, name, {}, {}, {}, &after);
}

std::vector<VersionInfo> list_versions(DocumentFile& file) {
  std::vector<VersionInfo> versions;
  if (file.needs_upgrade()) return versions;
  try {
    Statement s = file.database().prepare(std::string("SELECT ") + kInfoColumns + " FROM version ORDER BY id");
    CheckedRow row(s, "version");
    while (s.step()) versions.push_back(read_info_row(s, row));
  } catch (const SqliteError& error) {  // a table another tool broke, a file locked by another program
    throw UserError(std::string("Daftar versi tidak dapat dibaca: ") + error.what(),
                    std::string("The list of versions cannot be read: ") + error.what());
  }
  return versions;
}

Document read_version(DocumentFile& file, std::string_view name) {
  std::string wanted = trimmed(name);
  return read_version_where(file, "name = ?1", std::string_view(wanted), wanted);
}

Document read_version(DocumentFile& file, std::int64_t id) {
  return read_version_where(file, "id = ?1", id, "#" + std::to_string(id));
}

}  // namespace pokin::store
