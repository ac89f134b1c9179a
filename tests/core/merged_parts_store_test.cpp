// A Pemda document's merged parts and node origins (Document::parts, Document::origins) in the .pokin file
// (schema 5): they survive save and open, an incremental save after a merged node is deleted leaves no origin of it
// behind, a file of schema 4 opens and is upgraded as before, and damaged rows refuse to open naming table, row and
// column. Expected messages are written out by hand from checked_row.cpp's wording.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/store/document_file.h"
#include "core/store/schema.h"
#include "core/text/utf8_path.h"
#include "damaged_document.h"
#include "hand_built_document.h"
#include "tests/scratch_path.h"

using namespace pokin;
namespace fs = std::filesystem;

namespace {

std::string id(Id value) { return std::to_string(value); }

// The clean cascade as the RPJMD-less part of a Pemda document: the head unit is one OPD's part, and every node
// remembers its id in the OPD's file (source ids 11.. chosen by hand, unlike the ids here).
struct MergedCascade : testing::CleanCascade {
  MergedCascade() {
    document.parts[head] = MergedPart{head, "dinkes.pokin", "Dinas Kesehatan", "2026-12-01T10:00:00Z", "f00d", false};
    document.origins = {{head, 11}, {ss, 101}, {sp, 102}, {sk, 103}, {ik_kegiatan, 203}};
  }
};

fs::path fresh_path(const std::string& name) {
  fs::path path = test::scratch_path(name);
  std::error_code ignored;
  fs::remove(path, ignored);
  return path;
}

std::int64_t count_rows(const fs::path& path, const std::string& table) {
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadOnly);
  sqlite::Statement s = database.prepare("SELECT count(*) FROM " + table);
  s.step();
  return s.integer(0);
}

}  // namespace

TEST_CASE("merged parts and origins survive save and open") {
  MergedCascade c;
  fs::path path = fresh_path("merged_round_trip.pokin");
  store::DocumentFile::create(path, c.document);
  Document opened;
  store::DocumentFile::open(path, opened);
  CHECK(opened.same_content(c.document));
  REQUIRE(opened.parts.count(c.head));
  CHECK(opened.parts.at(c.head).source_file == "dinkes.pokin");
  CHECK(opened.parts.at(c.head).instansi == "Dinas Kesehatan");
  CHECK(opened.parts.at(c.head).fingerprint == "f00d");
  CHECK_FALSE(opened.parts.at(c.head).rpjmd);
  CHECK(opened.origins.size() == 5);
  CHECK(opened.origins.at(c.sp) == 102);
  CHECK(count_rows(path, "node_origin") == 5);
}

TEST_CASE("the writer leaves out origins of nodes and parts of units the document no longer holds") {
  MergedCascade c;
  c.document.origins[9999] = 7;  // a stale entry: no node 9999
  c.document.parts[8888] = MergedPart{8888, "hilang.pokin", "Dinas Hilang", "", "", false};
  fs::path path = fresh_path("merged_stale.pokin");
  store::DocumentFile::create(path, c.document);
  Document opened;
  store::DocumentFile::open(path, opened);  // would refuse a row naming a missing node or unit
  CHECK(opened.origins.size() == 5);
  CHECK_FALSE(opened.origins.count(9999));
  CHECK(opened.parts.size() == 1);
}

TEST_CASE("an incremental save after deleting merged nodes removes their origin rows") {
  MergedCascade c;
  fs::path path = fresh_path("merged_incremental.pokin");
  auto file = store::DocumentFile::create(path, c.document);
  // A command deletes the seksi's sasaran with its indikator; the in-memory origins keep their stale entries.
  Document edited = c.document;
  edited.indikator.erase(c.ik_kegiatan);
  edited.sasaran.erase(c.sk);
  edited.sasaran.at(c.ss).statement = "Meningkatnya derajat kesehatan masyarakat";
  store::ChangedRows changed;
  changed.sasaran = {c.sk, c.ss};
  changed.indikator = {c.ik_kegiatan};
  file.save(edited, &changed);
  CHECK(count_rows(path, "node_origin") == 3);  // head, ss, sp
  Document opened;
  store::DocumentFile::open(path, opened);
  CHECK(opened.origins == std::map<Id, Id>{{c.head, 11}, {c.ss, 101}, {c.sp, 102}});
  CHECK(opened.sasaran.at(c.ss).statement == "Meningkatnya derajat kesehatan masyarakat");

  SUBCASE("a new merged node's origin is written with it") {
    Document grown = opened;
    Sasaran added = grown.sasaran.at(c.sp);
    added.id = grown.allocate_id();
    added.code = "SP2";
    grown.sasaran[added.id] = added;
    grown.origins[added.id] = 104;
    store::ChangedRows more;
    more.sasaran = {added.id};
    file.save(grown, &more);
    Document again;
    store::DocumentFile::open(path, again);
    CHECK(again.origins.at(added.id) == 104);
    CHECK(again.same_content(grown));
  }
  SUBCASE("a merge that re-points kept nodes says so and every origin is rewritten") {
    Document remerged = opened;
    remerged.origins.at(c.ss) = 501;  // the OPD sent a new file: the same sasaran has another id there
    remerged.parts.at(c.head).fingerprint = "beef";
    store::ChangedRows merge;
    merge.merge = true;
    file.save(remerged, &merge);
    Document again;
    store::DocumentFile::open(path, again);
    CHECK(again.origins.at(c.ss) == 501);
    CHECK(again.parts.at(c.head).fingerprint == "beef");  // parts are written on every save
  }
}

TEST_CASE("deleting a merged part's unit drops the part on an incremental save") {
  MergedCascade c;
  Id extra = c.unit(c.head, UnitKind::Division, "Bidang Lain");
  c.document.parts[extra] = MergedPart{extra, "lain.pokin", "Dinas Lain", "", "", false};
  fs::path path = fresh_path("merged_part_unit.pokin");
  auto file = store::DocumentFile::create(path, c.document);
  CHECK(count_rows(path, "merged_part") == 2);
  Document edited = c.document;
  edited.units.erase(extra);  // the in-memory parts keep the entry
  store::ChangedRows changed;
  changed.units = {extra};
  file.save(edited, &changed);
  CHECK(count_rows(path, "merged_part") == 1);
  Document opened;
  store::DocumentFile::open(path, opened);
  CHECK(opened.parts.size() == 1);
  CHECK(opened.parts.count(c.head) == 1);
}

TEST_CASE("a file of schema 4 opens without parts and is upgraded to schema 5 by the next save") {
  fs::path path = fresh_path("schema4.pokin");
  test::create_file_of_schema(
      path, 4,
      "UPDATE document SET instansi='Dinas Kesehatan', period_start=2021, period_end=2026;"
      "INSERT INTO unit (id, parent_id, kind, name) VALUES (1, NULL, 'head', 'Kepala Dinas');"
      "INSERT INTO sasaran (id, unit_id, level, code, statement, kind) VALUES (2, 1, 0, 'T1', 'Derajat kesehatan', "
      "'tujuan');"
      "INSERT INTO indikator (id, sasaran_id, name) VALUES (3, 2, 'Usia harapan hidup');");
  Document document;
  auto file = store::DocumentFile::open(path, document);
  CHECK(file.needs_upgrade());
  CHECK(document.parts.empty());
  CHECK(document.origins.empty());
  CHECK(document.sasaran.at(2).kind == StatementKind::Tujuan);
  {
    sqlite::Database untouched(utf8_path(path), sqlite::Database::Mode::ReadOnly);
    CHECK(untouched.pragma_int("user_version") == 4);
  }
  document.parts[1] = MergedPart{1, "rpjmd.xlsx", "Kabupaten Contoh", "", "", true};
  document.origins[2] = 40;
  store::ChangedRows changed;  // ignored for an old schema: the file is written whole
  changed.info = true;
  file.save(document, &changed);
  {
    sqlite::Database upgraded(utf8_path(path), sqlite::Database::Mode::ReadOnly);
    CHECK(upgraded.pragma_int("user_version") == 5);
  }
  Document reopened;
  auto again = store::DocumentFile::open(path, reopened);
  CHECK_FALSE(again.needs_upgrade());
  CHECK(reopened.same_content(document));
  CHECK(reopened.parts.at(1).rpjmd);
}

TEST_CASE("damaged merged_part and node_origin rows refuse to open, naming table, row and column") {
  MergedCascade c;
  const Document& d = c.document;
  const std::string h = id(c.head);
  CHECK(test::refusal_after(d, "UPDATE merged_part SET unit_id = 999") ==
        "Dokumen rusak: merged_part unit_id 999, kolom unit_id = 999: tidak ada unit dengan id itu.");
  CHECK(test::refusal_after(d, "UPDATE merged_part SET rpjmd = 2") ==
        "Dokumen rusak: merged_part unit_id " + h + ", kolom rpjmd = 2 di luar batas 0..1.");
  CHECK(test::refusal_after(d, "UPDATE merged_part SET instansi = CAST(X'44C328' AS TEXT)") ==
        "Dokumen rusak: merged_part unit_id " + h + ", kolom instansi berisi teks UTF-8 yang tidak sah (byte ke-2).");
  CHECK(test::refusal_after(d, "UPDATE merged_part SET unit_id = -3") ==
        "Dokumen rusak: merged_part unit_id -3, kolom unit_id = -3 di luar batas 1..9007199254740991.");
  CHECK(test::refusal_after(d, "UPDATE merged_part SET fingerprint = '" + std::string(201, 'a') + "'") ==
        "Dokumen rusak: merged_part unit_id " + h + ", kolom fingerprint lebih panjang dari 200 byte (201 byte).");
  CHECK(test::refusal_after(d, "UPDATE node_origin SET node_id = 998 WHERE node_id = " + id(c.ss)) ==
        "Dokumen rusak: node_origin node_id 998, kolom node_id = 998: tidak ada unit, sasaran, indikator atau "
        "crosscutting dengan id itu.");
  CHECK(test::refusal_after(d, "UPDATE node_origin SET source_id = 0 WHERE node_id = " + id(c.ss)) ==
        "Dokumen rusak: node_origin node_id " + id(c.ss) + ", kolom source_id = 0 kosong.");
  CHECK(test::refusal_after(d, "UPDATE node_origin SET source_id = 2.5 WHERE node_id = " + id(c.ss)) ==
        "Dokumen rusak: node_origin node_id " + id(c.ss) + ", kolom source_id = 2.5 bukan bilangan bulat.");
  CHECK(test::refusal_after(d, "UPDATE node_origin SET source_id = -4 WHERE node_id = " + id(c.ss)) ==
        "Dokumen rusak: node_origin node_id " + id(c.ss) + ", kolom source_id = -4 di luar batas 1..9007199254740991.");
  // Another tool's table without its primary key: the same node twice.
  CHECK(test::refusal_after(d, "CREATE TABLE o2 AS SELECT * FROM node_origin; DROP TABLE node_origin; "
                               "ALTER TABLE o2 RENAME TO node_origin; INSERT INTO node_origin VALUES (" +
                                   id(c.sp) + ", 5)") ==
        "Dokumen rusak: node_origin node_id " + id(c.sp) + ", kolom node_id = " + id(c.sp) + " muncul dua kali.");
  CHECK(test::refusal_after(d, "UPDATE node_origin SET source_id = 77 WHERE node_id = " + id(c.ss)).empty());
}
