// Reads a document from an open database of the current schema, checking every value on the way (checked_row.h)
// and then the document as a whole: every reference names an existing row, ids are unique across the four kinds of
// entities (they share one id space), and parent links have no cycle. A file that fails refuses to open with a
// message naming the table, the row and the column; a document that opens is one Pokin could have written.
#include "core/model/document_limits.h"
#include "core/model/enum_names.h"
#include "core/model/parent_cycles.h"
#include "core/store/checked_row.h"
#include "core/store/document_file.h"

namespace pokin::store {
namespace {

using sqlite::Database;
using sqlite::Statement;

std::string num(long long value) { return std::to_string(value); }

// Adds `entity` under its id, refusing a second row with the same id (a table without its primary key).
template <class T>
void add_unique(std::map<Id, T>& entities, T entity, const CheckedRow& row) {
  Id id = entity.id;
  if (!entities.emplace(id, std::move(entity)).second)
    damaged(row.where(), "id", {"muncul dua kali", "appears twice"});
}

void read_info(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT instansi, pemda, period_start, period_end, nomor_sk, tanggal, penandatangan_nama, "
      "penandatangan_nip, penandatangan_jabatan FROM document WHERE id = 1");
  if (!s.step()) return;
  CheckedRow row(s, "document");
  row.name_row("id", 1);
  auto& info = document.info;
  info.instansi = row.text(0, "instansi");
  info.pemda = row.text(1, "pemda");
  info.period_start = row.optional_year(2, "period_start");
  info.period_end = row.optional_year(3, "period_end");
  if (info.period_years() > kMaxPeriodYears)
    row.fail(3, "period_end",
             {"membuat periode " + num(info.period_start) + "-" + num(info.period_end) + " lebih dari " +
                  num(kMaxPeriodYears) + " tahun",
              "makes the period " + num(info.period_start) + "-" + num(info.period_end) + " longer than " +
                  num(kMaxPeriodYears) + " years"});
  info.nomor_sk = row.text(4, "nomor_sk");
  info.tanggal = row.text(5, "tanggal");
  info.penandatangan = {row.text(6, "penandatangan_nama"), row.text(7, "penandatangan_nip"),
                        row.text(8, "penandatangan_jabatan")};
}

void read_level_names(Database& database, Document& document) {
  Statement s = database.prepare("SELECT level, sasaran_label, indikator_label FROM level_name ORDER BY level");
  std::vector<LevelName> levels;
  CheckedRow row(s, "level_name");
  while (s.step()) {
    row.name_row("level", s.integer(0));
    levels.push_back({row.text(1, "sasaran_label"), row.text(2, "indikator_label")});
  }
  if (!levels.empty()) document.info.levels = std::move(levels);
}

void read_text_scales(Database& database, Document& document) {
  Statement s = database.prepare("SELECT scale, rank, label FROM text_scale ORDER BY scale, rank");
  std::int64_t current = 0;
  CheckedRow row(s, "text_scale");
  while (s.step()) {
    row.name_row("scale", s.integer(0), "rank", s.integer(1));
    if (document.info.text_scales.empty() || s.integer(0) != current) {
      current = s.integer(0);
      document.info.text_scales.emplace_back();
    }
    document.info.text_scales.back().push_back(row.text(2, "label"));
  }
}

void read_units(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT id, parent_id, kind, name, jabatan, holder_name, holder_nip, tugas, sort_order FROM unit");
  CheckedRow row(s, "unit");
  while (s.step()) {
    row.next_row();
    Unit unit;
    unit.id = row.id(0, "id");
    unit.parent = row.reference(1, "parent_id");
    unit.kind = row.word(2, "kind", &unit_kind_from_word);
    unit.name = row.text(3, "name");
    unit.jabatan = row.text(4, "jabatan");
    unit.holder_name = row.text(5, "holder_name");
    unit.holder_nip = row.text(6, "holder_nip");
    unit.tugas = row.text(7, "tugas");
    unit.order = row.integer(8, "sort_order", -kMaxSortOrder, kMaxSortOrder);
    document.note_id(unit.id);
    add_unique(document.units, std::move(unit), row);
  }
}

void read_fungsi(Database& database, Document& document) {
  Statement s = database.prepare("SELECT unit_id, position, text FROM unit_fungsi ORDER BY unit_id, position");
  CheckedRow row(s, "unit_fungsi");
  while (s.step()) {
    row.name_row("unit_id", s.integer(0), "position", s.integer(1));
    Id unit_id = row.reference(0, "unit_id");
    auto it = document.units.find(unit_id);
    if (it == document.units.end()) row.fail(0, "unit_id", {"tidak ada di tabel unit", "is not in table unit"});
    it->second.fungsi.push_back(row.text(2, "text"));
  }
}

void read_sasaran(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT id, unit_id, parent_id, level, code, statement, note, link_origin, suggestion_score, sort_order, kind, "
      "nomenclature_kind, nomenclature_kode, nomenclature_name, lokasi, pagu_akhir_text, pagu_akhir_number "
      "FROM sasaran");
  CheckedRow row(s, "sasaran");
  while (s.step()) {
    row.next_row();
    Sasaran sasaran;
    sasaran.id = row.id(0, "id");
    sasaran.unit = row.reference(1, "unit_id");
    sasaran.parent = row.reference(2, "parent_id");
    sasaran.level = row.integer(3, "level", 0, kMaxSasaranLevel);
    sasaran.code = row.text(4, "code");
    sasaran.statement = row.text(5, "statement");
    sasaran.note = row.text(6, "note");
    sasaran.link_origin = row.word(7, "link_origin", &link_origin_from_word);
    // A similarity 0..1; the computed score can exceed 1 by a rounding error.
    sasaran.suggestion_score = row.real(8, "suggestion_score", 0, 1 + 1e-6);
    sasaran.order = row.integer(9, "sort_order", -kMaxSortOrder, kMaxSortOrder);
    sasaran.kind = row.word(10, "kind", &statement_kind_from_word);
    sasaran.nomenclature.kind = row.word(11, "nomenclature_kind", &nomenclature_kind_from_word);
    sasaran.nomenclature.kode = row.text(12, "nomenclature_kode", kMaxKodeBytes);
    sasaran.nomenclature.name = row.text(13, "nomenclature_name", kMaxNomenclatureNameBytes);
    sasaran.lokasi = row.text(14, "lokasi", kMaxLokasiBytes);
    sasaran.pagu_akhir = {row.text(15, "pagu_akhir_text", kMaxValueTextBytes), row.optional_real(16, "pagu_akhir_number")};
    document.note_id(sasaran.id);
    add_unique(document.sasaran, std::move(sasaran), row);
  }
}

void read_indikator(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT id, sasaran_id, code, name, formula, formula_original, satuan, polarity, sumber_data, "
      "penanggung_jawab, baseline_year, baseline_text, baseline_number, weight, sort_order, kondisi_akhir_text, "
      "kondisi_akhir_number FROM indikator");
  CheckedRow row(s, "indikator");
  while (s.step()) {
    row.next_row();
    Indikator indikator;
    indikator.id = row.id(0, "id");
    indikator.sasaran = row.reference(1, "sasaran_id");
    indikator.code = row.text(2, "code");
    indikator.name = row.text(3, "name");
    indikator.formula = row.text(4, "formula");
    indikator.formula_original = row.text(5, "formula_original");
    indikator.satuan = row.text(6, "satuan");
    indikator.polarity = row.word(7, "polarity", &polarity_from_word);
    indikator.sumber_data = row.text(8, "sumber_data");
    indikator.penanggung_jawab = row.text(9, "penanggung_jawab");
    indikator.baseline_year = row.optional_year(10, "baseline_year");
    indikator.baseline = {row.text(11, "baseline_text"), row.optional_real(12, "baseline_number")};
    indikator.weight = row.real(13, "weight", 0, kMaxWeight);
    indikator.order = row.integer(14, "sort_order", -kMaxSortOrder, kMaxSortOrder);
    indikator.kondisi_akhir = {row.text(15, "kondisi_akhir_text", kMaxValueTextBytes),
                               row.optional_real(16, "kondisi_akhir_number")};
    document.note_id(indikator.id);
    add_unique(document.indikator, std::move(indikator), row);
  }
}

// The columns of a per-year table: its owner, then two values (text and number) that may each be absent.
struct YearTable {
  const char* table;
  const char* owner;  // the referencing column ("indikator_id")
  const char* owner_table;
  const char* first_text;
  const char* first_number;
  const char* second_text;
  const char* second_number;
  std::size_t max_text_bytes;
};

// Reads the rows of a per-year table (indikator_year, sasaran_year) into two year -> Value maps of its owners.
template <class Owner>
void read_year_table(Database& database, const YearTable& t, std::map<Id, Owner>& owners,
                     std::map<int, Value> Owner::*first, std::map<int, Value> Owner::*second) {
  Statement s = database.prepare(std::string("SELECT ") + t.owner + ", year, " + t.first_text + ", " +
                                 t.first_number + ", " + t.second_text + ", " + t.second_number + " FROM " + t.table +
                                 " ORDER BY " + t.owner + ", year");
  Owner* current = nullptr;
  CheckedRow row(s, t.table);
  while (s.step()) {
    row.name_row(t.owner, s.integer(0), "year", s.integer(1));
    Id id = row.reference(0, t.owner);
    if (!current || current->id != id) {
      auto it = owners.find(id);
      if (it == owners.end())
        row.fail(0, t.owner,
                 {std::string("tidak ada di tabel ") + t.owner_table, std::string("is not in table ") + t.owner_table});
      current = &it->second;
    }
    int year = row.integer(1, "year", kFirstYear, kLastYear);
    std::optional<std::string> first_text = row.optional_text(2, t.first_text, t.max_text_bytes);
    std::optional<double> first_number = row.optional_real(3, t.first_number);
    std::optional<std::string> second_text = row.optional_text(4, t.second_text, t.max_text_bytes);
    std::optional<double> second_number = row.optional_real(5, t.second_number);
    // Rows come in year order: appending at the end of an ordered map is amortised constant time.
    auto add = [&](std::map<int, Value>& values, std::optional<std::string>& text, std::optional<double> number) {
      if (!text) return true;
      auto before = values.size();
      values.emplace_hint(values.end(), year, Value{std::move(*text), number});
      return values.size() > before;
    };
    bool unique = add((*current).*first, first_text, first_number);
    unique = add((*current).*second, second_text, second_number) && unique;
    if (!unique) row.fail(1, "year", {"muncul dua kali", "appears twice"});
  }
}

void read_years(Database& database, Document& document) {
  read_year_table(database,
                  {"indikator_year", "indikator_id", "indikator", "target_text", "target_number", "realisasi_text",
                   "realisasi_number", std::string::npos},
                  document.indikator, &Indikator::target, &Indikator::realisasi);
  read_year_table(database,
                  {"sasaran_year", "sasaran_id", "sasaran", "pagu_text", "pagu_number", "realisasi_pagu_text",
                   "realisasi_pagu_number", kMaxValueTextBytes},
                  document.sasaran, &Sasaran::pagu, &Sasaran::realisasi_pagu);
}

void read_links(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note FROM crosscutting");
  CheckedRow row(s, "crosscutting");
  while (s.step()) {
    row.next_row();
    CrosscuttingLink link;
    link.id = row.id(0, "id");
    link.from = row.reference(1, "from_sasaran_id");
    link.to = row.reference(2, "to_sasaran_id");
    link.partner_name = row.text(3, "partner_name");
    link.partner_kind = row.word(4, "partner_kind", &partner_kind_from_word);
    link.status = row.word(5, "status", &link_status_from_word);
    link.note = row.text(6, "note");
    document.note_id(link.id);
    add_unique(document.links, std::move(link), row);
  }
}

// The merged parts of a Pemda document (schema 5). The part's unit must exist (checked with the whole document).
void read_parts(Database& database, Document& document) {
  Statement s = database.prepare(
      "SELECT unit_id, source_file, instansi, merged_at, fingerprint, rpjmd FROM merged_part ORDER BY unit_id");
  CheckedRow row(s, "merged_part");
  while (s.step()) {
    row.name_row("unit_id", s.integer(0));
    MergedPart part;
    part.unit = row.id(0, "unit_id");
    row.name_row("unit_id", part.unit);
    part.source_file = row.text(1, "source_file");
    part.instansi = row.text(2, "instansi");
    part.merged_at = row.text(3, "merged_at", kMaxValueTextBytes);
    part.fingerprint = row.text(4, "fingerprint", kMaxValueTextBytes);
    part.rpjmd = row.integer(5, "rpjmd", 0, 1) == 1;
    if (!document.parts.emplace(part.unit, part).second) row.fail(0, "unit_id", {"muncul dua kali", "appears twice"});
  }
}

// Each merged node's id in its part's source file (schema 5). The node must exist (checked with the whole document).
void read_origins(Database& database, Document& document) {
  Statement s = database.prepare("SELECT node_id, source_id FROM node_origin ORDER BY node_id");
  CheckedRow row(s, "node_origin");
  while (s.step()) {
    row.name_row("node_id", s.integer(0));
    Id node = row.id(0, "node_id");
    row.name_row("node_id", node);
    Id source = row.reference(1, "source_id");
    if (source == kNoId) row.fail(1, "source_id", {"kosong", "is empty"});
    // Rows come in node order: appending at the end of the map is amortised constant time.
    auto before = document.origins.size();
    document.origins.emplace_hint(document.origins.end(), node, source);
    if (document.origins.size() == before) row.fail(0, "node_id", {"muncul dua kali", "appears twice"});
  }
}

// "sasaran id 12, kolom parent_id = 99: tidak ada sasaran 99".
template <class T>
void require_row(const std::map<Id, T>& targets, const char* target_table, const char* table, Id id,
                 const char* column, Id reference, bool optional) {
  if (optional && reference == kNoId) return;
  if (targets.count(reference)) return;
  damaged(std::string(table) + " id " + num(id), column,
          {"= " + num(reference) + ": tidak ada " + target_table + " dengan id itu",
           "= " + num(reference) + ": there is no " + target_table + " with that id"});
}

template <class T>
void require_no_cycle(const std::map<Id, T>& entities, const char* table) {
  std::vector<std::vector<Id>> cycles = parent_cycles(entities);
  if (cycles.empty()) return;
  std::string members;
  for (Id id : cycles.front()) members += (members.empty() ? "" : ", ") + num(id);
  damaged(std::string(table) + " id " + num(cycles.front().front()), "parent_id",
          {"membentuk siklus (id " + members + " saling menjadi atasan)",
           "forms a cycle (ids " + members + " are each other's parents)"});
}

void check_whole(const Document& d) {
  for (const auto& [id, unit] : d.units) require_row(d.units, "unit", "unit", id, "parent_id", unit.parent, true);
  for (const auto& [id, sasaran] : d.sasaran) {
    require_row(d.units, "unit", "sasaran", id, "unit_id", sasaran.unit, false);
    require_row(d.sasaran, "sasaran", "sasaran", id, "parent_id", sasaran.parent, true);
  }
  for (const auto& [id, indikator] : d.indikator)
    require_row(d.sasaran, "sasaran", "indikator", id, "sasaran_id", indikator.sasaran, false);
  for (const auto& [id, link] : d.links) {
    require_row(d.sasaran, "sasaran", "crosscutting", id, "from_sasaran_id", link.from, false);
    require_row(d.sasaran, "sasaran", "crosscutting", id, "to_sasaran_id", link.to, true);
  }
  // Units, sasaran, indikator and links share one id space: an id names one node.
  auto shared = [&](const char* table, Id id, const char* other) {
    damaged(std::string(table) + " id " + num(id), "id",
            {"juga dipakai oleh " + std::string(other), "is also used by " + std::string(other)});
  };
  for (const auto& [id, unit] : d.units) {
    if (d.sasaran.count(id)) shared("unit", id, "sasaran");
    if (d.indikator.count(id)) shared("unit", id, "indikator");
    if (d.links.count(id)) shared("unit", id, "crosscutting");
  }
  for (const auto& [id, sasaran] : d.sasaran) {
    if (d.indikator.count(id)) shared("sasaran", id, "indikator");
    if (d.links.count(id)) shared("sasaran", id, "crosscutting");
  }
  for (const auto& [id, indikator] : d.indikator)
    if (d.links.count(id)) shared("indikator", id, "crosscutting");
  for (const auto& [unit, part] : d.parts)
    if (!d.units.count(unit))
      damaged("merged_part unit_id " + num(unit), "unit_id",
              {"= " + num(unit) + ": tidak ada unit dengan id itu", "= " + num(unit) + ": there is no unit with that id"});
  for (const auto& [node, source] : d.origins)
    if (!d.units.count(node) && !d.sasaran.count(node) && !d.indikator.count(node) && !d.links.count(node))
      damaged("node_origin node_id " + num(node), "node_id",
              {"= " + num(node) + ": tidak ada unit, sasaran, indikator atau crosscutting dengan id itu",
               "= " + num(node) + ": there is no unit, sasaran, indikator or crosscutting with that id"});
  require_no_cycle(d.units, "unit");
  require_no_cycle(d.sasaran, "sasaran");
}

}  // namespace

Document read_document(Database& database) {
  Document document;
  read_info(database, document);
  read_level_names(database, document);
  read_text_scales(database, document);
  read_units(database, document);
  read_fungsi(database, document);
  read_sasaran(database, document);
  read_indikator(database, document);
  read_years(database, document);
  read_links(database, document);
  read_parts(database, document);
  read_origins(database, document);
  check_whole(document);
  return document;
}

}  // namespace pokin::store
