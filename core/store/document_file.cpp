#include "core/store/document_file.h"

#include <sqlite3.h>

#include <array>
#include <fstream>
#include <system_error>

#include "core/model/enum_names.h"
#include "core/store/schema.h"

namespace pokin::store {
namespace {

namespace fs = std::filesystem;
using sqlite::Database;
using sqlite::SqliteError;
using sqlite::Statement;
using sqlite::Transaction;

std::string shown(const fs::path& path) { return "\"" + utf8_path(path) + "\""; }

[[noreturn]] void not_pokin(const fs::path& path) {
  throw UserError("Berkas " + shown(path) + " bukan dokumen Pokin.", "File " + shown(path) + " is not a Pokin document.");
}

[[noreturn]] void corrupt(const fs::path& path, const std::string& detail) {
  throw UserError("Berkas " + shown(path) + " rusak atau terpotong dan tidak dapat dibuka (" + detail +
                      "). Buka salinan cadangan bila ada.",
                  "File " + shown(path) + " is damaged or truncated and cannot be opened (" + detail +
                      "). Open a backup copy if there is one.");
}

// Turns an SQLite failure during a write into the message a planner needs.
[[noreturn]] void write_failed(const fs::path& path, const SqliteError& error) {
  int primary = error.code() & 0xff;
  if (primary == SQLITE_FULL)
    throw UserError("Disk penuh: dokumen tidak disimpan ke " + shown(path) +
                        ". Isi berkas sebelumnya tetap utuh. Kosongkan ruang disk lalu simpan lagi.",
                    "The disk is full: the document was not saved to " + shown(path) +
                        ". The file's previous content is intact. Free some disk space and save again.");
  if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
    throw UserError("Tidak dapat menulis ke " + shown(path) + " (hanya-baca atau tanpa izin). Gunakan Simpan Sebagai.",
                    "Cannot write to " + shown(path) + " (read-only or no permission). Use Save As.");
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    throw UserError("Berkas " + shown(path) + " sedang dipakai program lain. Coba simpan lagi sebentar lagi.",
                    "File " + shown(path) + " is in use by another program. Try saving again in a moment.");
  throw UserError("Dokumen tidak dapat disimpan ke " + shown(path) + ": " + error.what() +
                      ". Isi berkas sebelumnya tetap utuh.",
                  "The document could not be saved to " + shown(path) + ": " + error.what() +
                      ". The file's previous content is intact.");
}

bool has_sqlite_header(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 16> header{};
  if (!in.read(header.data(), header.size())) return false;
  return std::string(header.data(), header.size()) == std::string("SQLite format 3\0", 16);
}

void check_openable(const fs::path& path) {
  std::error_code error;
  auto status = fs::status(path, error);
  if (!fs::exists(status))
    throw UserError("Berkas " + shown(path) + " tidak ditemukan.", "File " + shown(path) + " was not found.");
  if (fs::is_directory(status))
    throw UserError(shown(path) + " adalah folder, bukan dokumen Pokin.", shown(path) + " is a folder, not a Pokin document.");
  auto size = fs::file_size(path, error);
  if (!error && size == 0)
    throw UserError("Berkas " + shown(path) + " kosong; ini bukan dokumen Pokin.",
                    "File " + shown(path) + " is empty; it is not a Pokin document.");
  std::ifstream probe(path, std::ios::binary);
  if (!probe)
    throw UserError("Berkas " + shown(path) + " tidak dapat dibaca (izin ditolak?).",
                    "File " + shown(path) + " cannot be read (permission denied?).");
  if (!has_sqlite_header(path)) not_pokin(path);
}

}  // namespace

std::string utf8_path(const fs::path& path) {
  auto text = path.u8string();
  return std::string(text.begin(), text.end());
}

Document read_document(Database& database) {
  Document document;
  {
    Statement s = database.prepare(
        "SELECT instansi, pemda, period_start, period_end, nomor_sk, tanggal, penandatangan_nama, "
        "penandatangan_nip, penandatangan_jabatan FROM document WHERE id = 1");
    if (s.step()) {
      auto& info = document.info;
      info.instansi = s.text(0);
      info.pemda = s.text(1);
      info.period_start = static_cast<int>(s.integer(2));
      info.period_end = static_cast<int>(s.integer(3));
      info.nomor_sk = s.text(4);
      info.tanggal = s.text(5);
      info.penandatangan = {s.text(6), s.text(7), s.text(8)};
    }
  }
  {
    Statement s = database.prepare("SELECT sasaran_label, indikator_label FROM level_name ORDER BY level");
    std::vector<LevelName> levels;
    while (s.step()) levels.push_back({s.text(0), s.text(1)});
    if (!levels.empty()) document.info.levels = std::move(levels);
  }
  {
    Statement s = database.prepare("SELECT scale, label FROM text_scale ORDER BY scale, rank");
    std::int64_t current = -1;
    while (s.step()) {
      if (s.integer(0) != current) {
        current = s.integer(0);
        document.info.text_scales.emplace_back();
      }
      document.info.text_scales.back().push_back(s.text(1));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, parent_id, kind, name, jabatan, holder_name, holder_nip, tugas, sort_order FROM unit");
    while (s.step()) {
      Unit unit;
      unit.id = s.integer(0);
      unit.parent = s.integer(1);
      unit.kind = unit_kind_from_word(s.text(2)).value_or(UnitKind::Staff);
      unit.name = s.text(3);
      unit.jabatan = s.text(4);
      unit.holder_name = s.text(5);
      unit.holder_nip = s.text(6);
      unit.tugas = s.text(7);
      unit.order = static_cast<int>(s.integer(8));
      document.note_id(unit.id);
      document.units.emplace(unit.id, std::move(unit));
    }
  }
  {
    Statement s = database.prepare("SELECT unit_id, text FROM unit_fungsi ORDER BY unit_id, position");
    while (s.step()) {
      auto it = document.units.find(s.integer(0));
      if (it != document.units.end()) it->second.fungsi.push_back(s.text(1));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, unit_id, parent_id, level, code, statement, note, link_origin, suggestion_score, sort_order "
        "FROM sasaran");
    while (s.step()) {
      Sasaran sasaran;
      sasaran.id = s.integer(0);
      sasaran.unit = s.integer(1);
      sasaran.parent = s.integer(2);
      sasaran.level = static_cast<int>(s.integer(3));
      sasaran.code = s.text(4);
      sasaran.statement = s.text(5);
      sasaran.note = s.text(6);
      sasaran.link_origin = link_origin_from_word(s.text(7)).value_or(LinkOrigin::Person);
      sasaran.suggestion_score = s.real(8);
      sasaran.order = static_cast<int>(s.integer(9));
      document.note_id(sasaran.id);
      document.sasaran.emplace(sasaran.id, std::move(sasaran));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, sasaran_id, code, name, formula, formula_original, satuan, polarity, sumber_data, "
        "penanggung_jawab, baseline_year, baseline_text, baseline_number, weight, sort_order FROM indikator");
    while (s.step()) {
      Indikator indikator;
      indikator.id = s.integer(0);
      indikator.sasaran = s.integer(1);
      indikator.code = s.text(2);
      indikator.name = s.text(3);
      indikator.formula = s.text(4);
      indikator.formula_original = s.text(5);
      indikator.satuan = s.text(6);
      indikator.polarity = polarity_from_word(s.text(7)).value_or(Polarity::Naik);
      indikator.sumber_data = s.text(8);
      indikator.penanggung_jawab = s.text(9);
      indikator.baseline_year = static_cast<int>(s.integer(10));
      indikator.baseline = {s.text(11), s.optional_real(12)};
      indikator.weight = s.real(13);
      indikator.order = static_cast<int>(s.integer(14));
      document.note_id(indikator.id);
      document.indikator.emplace(indikator.id, std::move(indikator));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT indikator_id, year, target_text, target_number, realisasi_text, realisasi_number "
        "FROM indikator_year ORDER BY indikator_id, year");
    Indikator* current = nullptr;
    while (s.step()) {
      Id id = s.integer(0);
      if (!current || current->id != id) {
        auto it = document.indikator.find(id);
        current = it == document.indikator.end() ? nullptr : &it->second;
      }
      if (!current) continue;
      int year = static_cast<int>(s.integer(1));
      // Appending at the end of an ordered map is amortised constant time.
      if (!s.is_null(2)) current->target.emplace_hint(current->target.end(), year, Value{s.text(2), s.optional_real(3)});
      if (!s.is_null(4))
        current->realisasi.emplace_hint(current->realisasi.end(), year, Value{s.text(4), s.optional_real(5)});
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note FROM crosscutting");
    while (s.step()) {
      CrosscuttingLink link;
      link.id = s.integer(0);
      link.from = s.integer(1);
      link.to = s.integer(2);
      link.partner_name = s.text(3);
      link.partner_kind = partner_kind_from_word(s.text(4)).value_or(PartnerKind::OpdLain);
      link.status = link_status_from_word(s.text(5)).value_or(LinkStatus::Usulan);
      link.note = s.text(6);
      document.note_id(link.id);
      document.links.emplace(link.id, std::move(link));
    }
  }
  return document;
}

void write_document(Database& database, const Document& document) {
  // Rows reference each other in any id order (a sasaran may support one with a larger id): check at commit.
  database.execute("PRAGMA defer_foreign_keys=ON");
  database.execute(
      "DELETE FROM crosscutting; DELETE FROM indikator_year; DELETE FROM indikator; DELETE FROM sasaran; "
      "DELETE FROM unit_fungsi; DELETE FROM unit; DELETE FROM level_name; DELETE FROM text_scale;");
  const auto& info = document.info;
  database.prepare(
              "UPDATE document SET instansi=?1, pemda=?2, period_start=?3, period_end=?4, nomor_sk=?5, tanggal=?6, "
              "penandatangan_nama=?7, penandatangan_nip=?8, penandatangan_jabatan=?9 WHERE id = 1")
      .bind(1, info.instansi)
      .bind(2, info.pemda)
      .bind(3, info.period_start)
      .bind(4, info.period_end)
      .bind(5, info.nomor_sk)
      .bind(6, info.tanggal)
      .bind(7, info.penandatangan.nama)
      .bind(8, info.penandatangan.nip)
      .bind(9, info.penandatangan.jabatan)
      .run();
  {
    Statement s = database.prepare("INSERT INTO level_name (level, sasaran_label, indikator_label) VALUES (?1, ?2, ?3)");
    for (std::size_t k = 0; k < info.levels.size(); ++k)
      s.bind(1, static_cast<int>(k)).bind(2, info.levels[k].sasaran).bind(3, info.levels[k].indikator).run();
  }
  {
    Statement s = database.prepare("INSERT INTO text_scale (scale, rank, label) VALUES (?1, ?2, ?3)");
    for (std::size_t scale = 0; scale < info.text_scales.size(); ++scale)
      for (std::size_t rank = 0; rank < info.text_scales[scale].size(); ++rank)
        s.bind(1, static_cast<int>(scale)).bind(2, static_cast<int>(rank)).bind(3, info.text_scales[scale][rank]).run();
  }
  {
    Statement s = database.prepare(
        "INSERT INTO unit (id, parent_id, kind, name, jabatan, holder_name, holder_nip, tugas, sort_order) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Statement f = database.prepare("INSERT INTO unit_fungsi (unit_id, position, text) VALUES (?1, ?2, ?3)");
    for (const auto& [id, unit] : document.units) {
      s.bind(1, id);
      if (unit.parent == kNoId)
        s.bind_null(2);
      else
        s.bind(2, unit.parent);
      s.bind(3, to_word(unit.kind))
          .bind(4, unit.name)
          .bind(5, unit.jabatan)
          .bind(6, unit.holder_name)
          .bind(7, unit.holder_nip)
          .bind(8, unit.tugas)
          .bind(9, unit.order)
          .run();
      for (std::size_t k = 0; k < unit.fungsi.size(); ++k) f.bind(1, id).bind(2, static_cast<int>(k)).bind(3, unit.fungsi[k]).run();
    }
  }
  {
    Statement s = database.prepare(
        "INSERT INTO sasaran (id, unit_id, parent_id, level, code, statement, note, link_origin, suggestion_score, "
        "sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const auto& [id, sasaran] : document.sasaran) {
      s.bind(1, id).bind(2, sasaran.unit);
      if (sasaran.parent == kNoId)
        s.bind_null(3);
      else
        s.bind(3, sasaran.parent);
      s.bind(4, sasaran.level)
          .bind(5, sasaran.code)
          .bind(6, sasaran.statement)
          .bind(7, sasaran.note)
          .bind(8, to_word(sasaran.link_origin))
          .bind(9, sasaran.suggestion_score)
          .bind(10, sasaran.order)
          .run();
    }
  }
  {
    Statement s = database.prepare(
        "INSERT INTO indikator (id, sasaran_id, code, name, formula, formula_original, satuan, polarity, sumber_data, "
        "penanggung_jawab, baseline_year, baseline_text, baseline_number, weight, sort_order) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    Statement y = database.prepare(
        "INSERT INTO indikator_year (indikator_id, year, target_text, target_number, realisasi_text, realisasi_number) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto& [id, indikator] : document.indikator) {
      s.bind(1, id)
          .bind(2, indikator.sasaran)
          .bind(3, indikator.code)
          .bind(4, indikator.name)
          .bind(5, indikator.formula)
          .bind(6, indikator.formula_original)
          .bind(7, indikator.satuan)
          .bind(8, to_word(indikator.polarity))
          .bind(9, indikator.sumber_data)
          .bind(10, indikator.penanggung_jawab)
          .bind(11, indikator.baseline_year)
          .bind(12, indikator.baseline.text)
          .bind(13, indikator.baseline.number)
          .bind(14, indikator.weight)
          .bind(15, indikator.order)
          .run();
      // One row per year that has a target or a realisasi (a NULL text means "not given").
      auto target = indikator.target.begin();
      auto realisasi = indikator.realisasi.begin();
      while (target != indikator.target.end() || realisasi != indikator.realisasi.end()) {
        int year = target == indikator.target.end()         ? realisasi->first
                   : realisasi == indikator.realisasi.end() ? target->first
                                                            : std::min(target->first, realisasi->first);
        y.bind(1, id).bind(2, year);
        if (target != indikator.target.end() && target->first == year) {
          y.bind(3, target->second.text).bind(4, target->second.number);
          ++target;
        }
        if (realisasi != indikator.realisasi.end() && realisasi->first == year) {
          y.bind(5, realisasi->second.text).bind(6, realisasi->second.number);
          ++realisasi;
        }
        y.run();
      }
    }
  }
  {
    Statement s = database.prepare(
        "INSERT INTO crosscutting (id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const auto& [id, link] : document.links) {
      s.bind(1, id).bind(2, link.from);
      if (link.to == kNoId)
        s.bind_null(3);
      else
        s.bind(3, link.to);
      s.bind(4, link.partner_name)
          .bind(5, to_word(link.partner_kind))
          .bind(6, to_word(link.status))
          .bind(7, link.note)
          .run();
    }
  }
}

DocumentFile::DocumentFile(fs::path path, Database database, bool read_only, bool needs_upgrade)
    : path_(std::move(path)), database_(std::move(database)), read_only_(read_only), needs_upgrade_(needs_upgrade) {}

DocumentFile DocumentFile::create(const fs::path& path, const Document& document) {
  std::error_code error;
  if (fs::exists(path, error))
    throw UserError("Berkas " + shown(path) + " sudah ada; pilih nama lain.",
                    "File " + shown(path) + " already exists; choose another name.");
  return save_as(path, document);
}

DocumentFile DocumentFile::open(const fs::path& path, Document& document, OpenMode mode) {
  check_openable(path);
  try {
    Database database(utf8_path(path),
                      mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    bool read_only = sqlite3_db_readonly(database.handle(), "main") == 1;
    if (database.pragma_int("application_id") != kApplicationId) not_pokin(path);
    auto version = static_cast<int>(database.pragma_int("user_version"));
    if (version > kSchemaVersion)
      throw UserError("Berkas " + shown(path) + " dibuat oleh versi Pokin yang lebih baru (skema " +
                          std::to_string(version) + "). Perbarui Pokin untuk membukanya.",
                      "File " + shown(path) + " was made by a newer version of Pokin (schema " +
                          std::to_string(version) + "). Update Pokin to open it.");
    {
      Statement check = database.prepare("PRAGMA quick_check");
      if (check.step() && check.text(0) != "ok") corrupt(path, check.text(0));
    }
    bool needs_upgrade = version < kSchemaVersion;
    if (needs_upgrade) {
      // Upgrade a copy in memory; the file itself is upgraded atomically by the next save.
      Database memory(":memory:", Database::Mode::Create);
      database.backup_to(memory);
      migrate(memory);
      document = read_document(memory);
    } else {
      Transaction read(database, false);
      document = read_document(database);
      read.commit();
    }
    return DocumentFile(path, std::move(database), read_only, needs_upgrade);
  } catch (const SqliteError& error) {
    int primary = error.code() & 0xff;
    if (primary == SQLITE_NOTADB) not_pokin(path);
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
      throw UserError("Berkas " + shown(path) + " tidak dapat dibuka: " + error.what(),
                      "File " + shown(path) + " cannot be opened: " + error.what());
    corrupt(path, error.what());
  }
}

void DocumentFile::save(const Document& document) {
  if (read_only_)
    throw UserError("Berkas " + shown(path_) + " dibuka hanya-baca. Gunakan Simpan Sebagai untuk menyimpan salinan.",
                    "File " + shown(path_) + " is open read-only. Use Save As to save a copy.");
  try {
    Transaction transaction(database_);
    if (needs_upgrade_) migrate(database_);
    write_document(database_, document);
    transaction.commit();
    needs_upgrade_ = false;
  } catch (const SqliteError& error) {
    write_failed(path_, error);
  }
}

DocumentFile DocumentFile::save_as(const fs::path& path, const Document& document) {
  // Built next to the destination and renamed over it, so an existing file is replaced whole or not at all.
  fs::path temporary = path;
  temporary += ".pokin-tmp";
  std::error_code ignored;
  try {
    {
      fs::remove(temporary, ignored);
      Database memory(":memory:", Database::Mode::Create);
      Transaction transaction(memory);
      migrate(memory);
      write_document(memory, document);
      transaction.commit();
      Database destination(utf8_path(temporary), Database::Mode::Create);
      memory.backup_to(destination);
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
      fs::remove(temporary, ignored);
      throw UserError("Tidak dapat menyimpan ke " + shown(path) + ": " + error.message() + ".",
                      "Cannot save to " + shown(path) + ": " + error.message() + ".");
    }
    return DocumentFile(path, Database(utf8_path(path), Database::Mode::ReadWrite), false, false);
  } catch (const SqliteError& error) {
    fs::remove(temporary, ignored);
    write_failed(path, error);
  }
}

void DocumentFile::backup_to(const fs::path& path) {
  try {
    Database destination(utf8_path(path), Database::Mode::Create);
    database_.backup_to(destination);
  } catch (const SqliteError& error) {
    write_failed(path, error);
  }
}

}  // namespace pokin::store
