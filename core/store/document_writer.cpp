#include <algorithm>
#include <set>

#include "core/model/enum_names.h"
#include "core/store/document_file.h"

namespace pokin::store {
namespace {

using sqlite::Database;
using sqlite::Statement;

void bind_id_or_null(Statement& statement, int index, Id id) {
  if (id == kNoId)
    statement.bind_null(index);
  else
    statement.bind(index, id);
}

// Prepared statements for writing entity rows; "put" inserts or updates a row in place (UPSERT, never a
// delete-and-insert, so no foreign-key cascade fires), "erase" deletes it.
// One row per year that has a value in `first` or `second` (a NULL text means "not given"), through `put_year`
// whose parameters are (owner, year, first text, first number, second text, second number).
void put_year_rows(Statement& put_year, Id owner, const std::map<int, Value>& first,
                   const std::map<int, Value>& second) {
  auto a = first.begin();
  auto b = second.begin();
  while (a != first.end() || b != second.end()) {
    int year = a == first.end() ? b->first : b == second.end() ? a->first : std::min(a->first, b->first);
    put_year.bind(1, owner).bind(2, year);
    if (a != first.end() && a->first == year) {
      put_year.bind(3, a->second.text).bind(4, a->second.number);
      ++a;
    }
    if (b != second.end() && b->first == year) {
      put_year.bind(5, b->second.text).bind(6, b->second.number);
      ++b;
    }
    put_year.run();
  }
}

class RowWriter {
 public:
  explicit RowWriter(Database& database)
      : put_unit_(database.prepare(
            "INSERT INTO unit (id, parent_id, kind, name, jabatan, holder_name, holder_nip, tugas, sort_order) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET parent_id=excluded.parent_id, "
            "kind=excluded.kind, name=excluded.name, jabatan=excluded.jabatan, holder_name=excluded.holder_name, "
            "holder_nip=excluded.holder_nip, tugas=excluded.tugas, sort_order=excluded.sort_order")),
        erase_fungsi_(database.prepare("DELETE FROM unit_fungsi WHERE unit_id = ?1")),
        put_fungsi_(database.prepare("INSERT INTO unit_fungsi (unit_id, position, text) VALUES (?1, ?2, ?3)")),
        erase_unit_(database.prepare("DELETE FROM unit WHERE id = ?1")),
        put_sasaran_(database.prepare(
            "INSERT INTO sasaran (id, unit_id, parent_id, level, code, statement, note, link_origin, "
            "suggestion_score, sort_order, kind, nomenclature_kind, nomenclature_kode, nomenclature_name, lokasi, "
            "pagu_akhir_text, pagu_akhir_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
            "?15, ?16, ?17) ON CONFLICT(id) DO UPDATE "
            "SET unit_id=excluded.unit_id, parent_id=excluded.parent_id, level=excluded.level, code=excluded.code, "
            "statement=excluded.statement, note=excluded.note, link_origin=excluded.link_origin, "
            "suggestion_score=excluded.suggestion_score, sort_order=excluded.sort_order, kind=excluded.kind, "
            "nomenclature_kind=excluded.nomenclature_kind, nomenclature_kode=excluded.nomenclature_kode, "
            "nomenclature_name=excluded.nomenclature_name, lokasi=excluded.lokasi, "
            "pagu_akhir_text=excluded.pagu_akhir_text, pagu_akhir_number=excluded.pagu_akhir_number")),
        erase_sasaran_years_(database.prepare("DELETE FROM sasaran_year WHERE sasaran_id = ?1")),
        put_sasaran_year_(database.prepare(
            "INSERT INTO sasaran_year (sasaran_id, year, pagu_text, pagu_number, realisasi_pagu_text, "
            "realisasi_pagu_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
        erase_sasaran_(database.prepare("DELETE FROM sasaran WHERE id = ?1")),
        put_indikator_(database.prepare(
            "INSERT INTO indikator (id, sasaran_id, code, name, formula, formula_original, satuan, polarity, "
            "sumber_data, penanggung_jawab, baseline_year, baseline_text, baseline_number, weight, sort_order, "
            "kondisi_akhir_text, kondisi_akhir_number) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
            "ON CONFLICT(id) DO UPDATE SET "
            "sasaran_id=excluded.sasaran_id, code=excluded.code, name=excluded.name, formula=excluded.formula, "
            "formula_original=excluded.formula_original, satuan=excluded.satuan, polarity=excluded.polarity, "
            "sumber_data=excluded.sumber_data, penanggung_jawab=excluded.penanggung_jawab, "
            "baseline_year=excluded.baseline_year, baseline_text=excluded.baseline_text, "
            "baseline_number=excluded.baseline_number, weight=excluded.weight, sort_order=excluded.sort_order, "
            "kondisi_akhir_text=excluded.kondisi_akhir_text, kondisi_akhir_number=excluded.kondisi_akhir_number")),
        erase_years_(database.prepare("DELETE FROM indikator_year WHERE indikator_id = ?1")),
        put_year_(database.prepare(
            "INSERT INTO indikator_year (indikator_id, year, target_text, target_number, realisasi_text, "
            "realisasi_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
        erase_indikator_(database.prepare("DELETE FROM indikator WHERE id = ?1")),
        put_link_(database.prepare(
            "INSERT INTO crosscutting (id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET from_sasaran_id=excluded.from_sasaran_id, "
            "to_sasaran_id=excluded.to_sasaran_id, partner_name=excluded.partner_name, "
            "partner_kind=excluded.partner_kind, status=excluded.status, note=excluded.note")),
        erase_link_(database.prepare("DELETE FROM crosscutting WHERE id = ?1")) {}

  // `fresh`: the row is known not to exist yet, so its dependent rows need no clearing.
  void put(const Unit& unit, bool fresh) {
    put_unit_.bind(1, unit.id);
    bind_id_or_null(put_unit_, 2, unit.parent);
    put_unit_.bind(3, to_word(unit.kind))
        .bind(4, unit.name)
        .bind(5, unit.jabatan)
        .bind(6, unit.holder_name)
        .bind(7, unit.holder_nip)
        .bind(8, unit.tugas)
        .bind(9, unit.order)
        .run();
    if (!fresh) erase_fungsi_.bind(1, unit.id).run();
    for (std::size_t k = 0; k < unit.fungsi.size(); ++k)
      put_fungsi_.bind(1, unit.id).bind(2, static_cast<int>(k)).bind(3, unit.fungsi[k]).run();
  }
  void erase(const Unit& unit) { erase_unit_.bind(1, unit.id).run(); }

  void put(const Sasaran& sasaran, bool fresh) {
    put_sasaran_.bind(1, sasaran.id).bind(2, sasaran.unit);
    bind_id_or_null(put_sasaran_, 3, sasaran.parent);
    put_sasaran_.bind(4, sasaran.level)
        .bind(5, sasaran.code)
        .bind(6, sasaran.statement)
        .bind(7, sasaran.note)
        .bind(8, to_word(sasaran.link_origin))
        .bind(9, sasaran.suggestion_score)
        .bind(10, sasaran.order)
        .bind(11, to_word(sasaran.kind))
        .bind(12, to_word(sasaran.nomenclature.kind))
        .bind(13, sasaran.nomenclature.kode)
        .bind(14, sasaran.nomenclature.name)
        .bind(15, sasaran.lokasi)
        .bind(16, sasaran.pagu_akhir.text)
        .bind(17, sasaran.pagu_akhir.number)
        .run();
    if (!fresh) erase_sasaran_years_.bind(1, sasaran.id).run();
    put_year_rows(put_sasaran_year_, sasaran.id, sasaran.pagu, sasaran.realisasi_pagu);
  }
  void erase(const Sasaran& sasaran) { erase_sasaran_.bind(1, sasaran.id).run(); }

  void put(const Indikator& indikator, bool fresh) {
    put_indikator_.bind(1, indikator.id)
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
        .bind(16, indikator.kondisi_akhir.text)
        .bind(17, indikator.kondisi_akhir.number)
        .run();
    if (!fresh) erase_years_.bind(1, indikator.id).run();
    put_year_rows(put_year_, indikator.id, indikator.target, indikator.realisasi);
  }
  void erase(const Indikator& indikator) { erase_indikator_.bind(1, indikator.id).run(); }

  void put(const CrosscuttingLink& link, bool) {
    put_link_.bind(1, link.id).bind(2, link.from);
    bind_id_or_null(put_link_, 3, link.to);
    put_link_.bind(4, link.partner_name)
        .bind(5, to_word(link.partner_kind))
        .bind(6, to_word(link.status))
        .bind(7, link.note)
        .run();
  }
  void erase(const CrosscuttingLink& link) { erase_link_.bind(1, link.id).run(); }

 private:
  Statement put_unit_, erase_fungsi_, put_fungsi_, erase_unit_;
  Statement put_sasaran_, erase_sasaran_years_, put_sasaran_year_, erase_sasaran_;
  Statement put_indikator_, erase_years_, put_year_, erase_indikator_;
  Statement put_link_, erase_link_;
};

void write_info(Database& database, const DocumentInfo& info) {
  database
      .prepare(
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
  database.execute("DELETE FROM level_name; DELETE FROM text_scale;");
  Statement level = database.prepare("INSERT INTO level_name (level, sasaran_label, indikator_label) VALUES (?1, ?2, ?3)");
  for (std::size_t k = 0; k < info.levels.size(); ++k)
    level.bind(1, static_cast<int>(k)).bind(2, info.levels[k].sasaran).bind(3, info.levels[k].indikator).run();
  Statement scale = database.prepare("INSERT INTO text_scale (scale, rank, label) VALUES (?1, ?2, ?3)");
  for (std::size_t s = 0; s < info.text_scales.size(); ++s)
    for (std::size_t rank = 0; rank < info.text_scales[s].size(); ++rank)
      scale.bind(1, static_cast<int>(s)).bind(2, static_cast<int>(rank)).bind(3, info.text_scales[s][rank]).run();
}

// Writes the rows of `ids`: what `rows_now` holds under each id, or the removal of the row when it holds none.
template <class T>
void write_rows(RowWriter& rows, const std::map<Id, T>& rows_now, const std::set<Id>& ids) {
  for (Id id : ids) {
    auto it = rows_now.find(id);
    if (it != rows_now.end()) {
      rows.put(it->second, false);
    } else {
      T removed;
      removed.id = id;
      rows.erase(removed);
    }
  }
}

bool holds_node(const Document& document, Id id) {
  return document.units.count(id) || document.sasaran.count(id) || document.indikator.count(id) ||
         document.links.count(id);
}

// Every merged part whose unit the document still holds (a command may have deleted the unit; the reader would
// refuse a part naming a missing unit). Parts are few (one per OPD): always written whole.
void write_parts(Database& database, const Document& document) {
  database.execute("DELETE FROM merged_part");
  Statement put = database.prepare(
      "INSERT INTO merged_part (unit_id, source_file, instansi, merged_at, fingerprint, rpjmd) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (const auto& [unit, part] : document.parts) {
    if (!document.units.count(unit)) continue;
    put.bind(1, unit)
        .bind(2, part.source_file)
        .bind(3, part.instansi)
        .bind(4, part.merged_at)
        .bind(5, part.fingerprint)
        .bind(6, part.rpjmd ? 1 : 0)
        .run();
  }
}

// The origin of each node in `ids` as the document holds it now: written when the node still exists and has one,
// removed otherwise (the in-memory map may keep an entry for a node a command deleted).
template <class Ids>
void write_origins(Database& database, const Document& document, const Ids& ids) {
  Statement put = database.prepare(
      "INSERT INTO node_origin (node_id, source_id) VALUES (?1, ?2) "
      "ON CONFLICT(node_id) DO UPDATE SET source_id=excluded.source_id");
  Statement erase = database.prepare("DELETE FROM node_origin WHERE node_id = ?1");
  for (Id id : ids) {
    auto origin = document.origins.find(id);
    if (origin != document.origins.end() && origin->second != kNoId && holds_node(document, id))
      put.bind(1, id).bind(2, origin->second).run();
    else
      erase.bind(1, id).run();
  }
}

void write_all_origins(Database& database, const Document& document) {
  database.execute("DELETE FROM node_origin");
  Statement put = database.prepare("INSERT INTO node_origin (node_id, source_id) VALUES (?1, ?2)");
  for (const auto& [node, source] : document.origins)
    if (source != kNoId && holds_node(document, node)) put.bind(1, node).bind(2, source).run();
}

}  // namespace

void write_document(Database& database, const Document& document) {
  // Rows reference each other in any id order (a sasaran may support one with a larger id): check at commit.
  database.execute("PRAGMA defer_foreign_keys=ON");
  database.execute(
      "DELETE FROM crosscutting; DELETE FROM indikator_year; DELETE FROM indikator; DELETE FROM sasaran_year; "
      "DELETE FROM sasaran; "
      "DELETE FROM unit_fungsi; DELETE FROM unit;");
  write_info(database, document.info);
  RowWriter rows(database);
  for (const auto& [id, unit] : document.units) rows.put(unit, true);
  for (const auto& [id, sasaran] : document.sasaran) rows.put(sasaran, true);
  for (const auto& [id, indikator] : document.indikator) rows.put(indikator, true);
  for (const auto& [id, link] : document.links) rows.put(link, true);
  write_parts(database, document);
  write_all_origins(database, document);
}

void write_changes(Database& database, const Document& document, const ChangedRows& changed) {
  database.execute("PRAGMA defer_foreign_keys=ON");
  if (changed.info) write_info(database, document.info);
  RowWriter rows(database);
  // Dependents first: a row moved away from a removed parent is updated before the parent's removal cascades.
  write_rows(rows, document.links, changed.links);
  write_rows(rows, document.indikator, changed.indikator);
  write_rows(rows, document.sasaran, changed.sasaran);
  write_rows(rows, document.units, changed.units);
  // Parts are rewritten whole (a handful of rows). Origins follow their nodes: a changed node's origin row is
  // written or removed with it, so a deleted merged node leaves no origin behind; a merge that changes origins
  // apart from their nodes says so with `changed.merge`, and then every origin is rewritten.
  write_parts(database, document);
  if (changed.merge) {
    write_all_origins(database, document);
  } else {
    write_origins(database, document, changed.units);
    write_origins(database, document, changed.sasaran);
    write_origins(database, document, changed.indikator);
    write_origins(database, document, changed.links);
  }
}

}  // namespace pokin::store
