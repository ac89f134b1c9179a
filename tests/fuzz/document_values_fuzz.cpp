// libFuzzer target: a well-formed small document whose columns get fuzzer-chosen values, written with SQL as
// another tool could (foreign keys off), then read back with the store's reader. A mutated SQLite page mostly
// fails SQLite's own checks (document_open_fuzz); this target reaches the values instead. What opens must pass the
// checks the app runs. Every failure must be a UserError.
#include <fuzzer/FuzzedDataProvider.h>
#include <sqlite3.h>

#include <array>
#include <climits>
#include <string>

#include "core/checks/check_document.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"
#include "../core/document_database.h"
#include "../core/hand_built_document.h"

using namespace pokin;

namespace {

struct Column {
  const char* table;
  const char* name;
};

constexpr std::array<Column, 49> kColumns{{
    {"document", "period_start"}, {"document", "period_end"}, {"document", "instansi"},
    {"level_name", "level"}, {"level_name", "sasaran_label"}, {"text_scale", "scale"}, {"text_scale", "label"},
    {"unit", "id"}, {"unit", "parent_id"}, {"unit", "kind"}, {"unit", "name"}, {"unit", "sort_order"},
    {"unit_fungsi", "unit_id"}, {"unit_fungsi", "text"},
    {"sasaran", "id"}, {"sasaran", "unit_id"}, {"sasaran", "parent_id"}, {"sasaran", "level"},
    {"sasaran", "statement"}, {"sasaran", "link_origin"}, {"sasaran", "suggestion_score"}, {"sasaran", "sort_order"},
    {"indikator", "id"}, {"indikator", "sasaran_id"}, {"indikator", "polarity"}, {"indikator", "baseline_year"},
    {"indikator", "baseline_number"}, {"indikator", "weight"}, {"indikator", "name"}, {"indikator", "sort_order"},
    {"indikator_year", "indikator_id"}, {"indikator_year", "year"}, {"indikator_year", "target_text"},
    {"indikator_year", "target_number"},
    {"crosscutting", "id"}, {"crosscutting", "from_sasaran_id"}, {"crosscutting", "to_sasaran_id"},
    {"crosscutting", "status"},
    {"sasaran", "kind"}, {"sasaran", "nomenclature_kind"}, {"sasaran", "nomenclature_kode"}, {"sasaran", "lokasi"},
    {"sasaran", "pagu_akhir_number"}, {"indikator", "kondisi_akhir_text"}, {"indikator", "kondisi_akhir_number"},
    {"sasaran_year", "sasaran_id"}, {"sasaran_year", "year"}, {"sasaran_year", "pagu_text"},
    {"sasaran_year", "realisasi_pagu_number"},
}};

// The clean document in an in-memory database kept for the whole run: each input edits it inside a transaction
// that is rolled back afterwards, so no input pays for creating the schema or parsing it again.
sqlite::Database& clean_database() {
  static sqlite::Database database = [] {
    testing::CleanCascade cascade;
    cascade.link(cascade.sk, cascade.ss);
    cascade.link(cascade.ss, kNoId, LinkStatus::Usulan, "Dinas Kesehatan");
    cascade.document.info.text_scales = {{"WTP", "WDP", "TW"}};
    cascade.document.units.at(cascade.head).fungsi = {"perumusan kebijakan", "pelaksanaan"};
    // The planning-table fields of schema 4, so their columns hold values to damage.
    Sasaran& program = cascade.document.sasaran.at(cascade.sp);
    program.nomenclature = {NomenclatureKind::Program, "2.18.02", "Program Pelayanan Penanaman Modal"};
    program.pagu[2025] = {"1.250.000.000", 1.25e9};
    program.realisasi_pagu[2025] = {"1.100.000.000", 1.1e9};
    program.pagu[2026] = {"1.300.000.000", 1.3e9};
    program.pagu_akhir = {"4.000.000.000", 4e9};
    program.lokasi = "Kec. Paringin";
    cascade.document.sasaran.at(cascade.ss).kind = StatementKind::Tujuan;
    cascade.document.indikator.at(cascade.iku).kondisi_akhir = {"90", 90.0};
    return test::database_holding(cascade.document);
  }();
  return database;
}

void bind_value(FuzzedDataProvider& input, sqlite::Statement& statement) {
  static constexpr std::int64_t kEdges[] = {0, 1, -1, INT_MAX, INT_MIN, 100000000, 4294967297LL, INT64_MAX,
                                            INT64_MIN, 1899, 1900, 2025, 2200, 2201, 999, 1000, 1, 2, 3, 4, 5, 6, 7};
  // The words of the enum columns and their near misses: random text rarely spells one.
  static constexpr const char* kWords[] = {"sasaran", "tujuan", "program", "kegiatan", "sub_kegiatan", "none",
                                           "Tujuan", "", "naik", "head", "usulan", "subkegiatan"};
  switch (input.ConsumeIntegralInRange(0, 6)) {
    case 6: statement.bind(1, input.PickValueInArray(kWords)); break;
    case 0: statement.bind(1, input.PickValueInArray(kEdges)); break;
    case 1: statement.bind(1, input.ConsumeIntegral<std::int64_t>()); break;
    case 2: statement.bind(1, input.ConsumeFloatingPoint<double>()); break;
    case 3: statement.bind(1, input.ConsumeRandomLengthString(64)); break;
    case 4: statement.bind_null(1); break;
    default: statement.bind(1, input.ConsumeIntegralInRange<std::int64_t>(0, 12)); break;  // another row's id
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  try {
    sqlite::Database& database = clean_database();
    sqlite::Transaction undo(database, false);  // never committed: the next input starts from the clean document
    int edits = input.ConsumeIntegralInRange(1, 6);
    for (int k = 0; k < edits && input.remaining_bytes() > 0; ++k) {
      const Column& column = input.PickValueInArray(kColumns);
      std::string table = column.table, name = column.name;
      int row = input.ConsumeIntegralInRange(0, 3);
      std::string sql;
      switch (input.ConsumeIntegralInRange(0, 7)) {
        case 0:  // delete a row
          sql = "DELETE FROM " + table + " WHERE " + name + " IN (SELECT " + name + " FROM " + table + " LIMIT 1 OFFSET " +
                std::to_string(row) + ")";
          break;
        case 1:  // copy a row with one value changed (a second row, perhaps with the same key)
          sql = "INSERT OR IGNORE INTO " + table + " SELECT * FROM " + table + " LIMIT 1 OFFSET " + std::to_string(row) +
                "; UPDATE " + table + " SET " + name + " = ?1 WHERE rowid = last_insert_rowid()";
          if (table == "unit_fungsi" || table == "indikator_year" || table == "sasaran_year" || table == "text_scale")
            continue;
          break;
        default:
          sql = "UPDATE OR IGNORE " + table + " SET " + name + " = ?1 WHERE " + name + " IN (SELECT " + name + " FROM " +
                table + " LIMIT 1 OFFSET " + std::to_string(row) + ")";
      }
      // An error that ends the transaction (none is expected) would let the next edit change the clean document.
      if (sqlite3_get_autocommit(database.handle())) __builtin_trap();
      try {
        if (sql.find("?1") == std::string::npos) {
          database.execute(sql);
        } else if (sql.rfind("INSERT", 0) == 0) {
          database.execute(sql.substr(0, sql.find(';')));
          sqlite::Statement update = database.prepare(sql.substr(sql.find(';') + 2));
          bind_value(input, update);
          update.run();
        } else {
          sqlite::Statement update = database.prepare(sql);
          bind_value(input, update);
          update.run();
        }
      } catch (const sqlite::SqliteError&) {
        // A NOT NULL or key constraint refused the value: another tool's table might lack it, this one has it.
      }
    }

    Document document;
    try {
      document = store::read_document(database);
    } catch (const UserError&) {
      return 0;  // refused, as it should be for a damaged value
    }
    check_document(document);
    count_document(document);
  } catch (const sqlite::SqliteError&) {
  }
  return 0;
}
