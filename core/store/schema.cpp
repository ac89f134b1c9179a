#include "core/store/schema.h"

#include <string>

namespace pokin::store {
namespace {

// Version 1: the first released schema.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE document (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  instansi TEXT NOT NULL DEFAULT '',
  pemda TEXT NOT NULL DEFAULT '',
  period_start INTEGER NOT NULL DEFAULT 0,
  period_end INTEGER NOT NULL DEFAULT 0,
  nomor_sk TEXT NOT NULL DEFAULT '',
  tanggal TEXT NOT NULL DEFAULT '',
  penandatangan_nama TEXT NOT NULL DEFAULT '',
  penandatangan_nip TEXT NOT NULL DEFAULT '',
  penandatangan_jabatan TEXT NOT NULL DEFAULT ''
);
CREATE TABLE level_name (
  level INTEGER PRIMARY KEY,
  sasaran_label TEXT NOT NULL,
  indikator_label TEXT NOT NULL
);
CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES unit(id),
  kind TEXT NOT NULL CHECK (kind IN ('head', 'division', 'section', 'staff')),
  name TEXT NOT NULL DEFAULT '',
  jabatan TEXT NOT NULL DEFAULT '',
  holder_name TEXT NOT NULL DEFAULT '',
  holder_nip TEXT NOT NULL DEFAULT '',
  tugas TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE unit_fungsi (
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (unit_id, position)
) WITHOUT ROWID;
CREATE TABLE sasaran (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit(id),
  parent_id INTEGER REFERENCES sasaran(id),
  level INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  link_origin TEXT NOT NULL DEFAULT 'person' CHECK (link_origin IN ('person', 'suggested')),
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sasaran_by_unit ON sasaran(unit_id);
CREATE INDEX sasaran_by_parent ON sasaran(parent_id);
CREATE TABLE indikator (
  id INTEGER PRIMARY KEY,
  sasaran_id INTEGER NOT NULL REFERENCES sasaran(id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  formula TEXT NOT NULL DEFAULT '',
  formula_original TEXT NOT NULL DEFAULT '',
  satuan TEXT NOT NULL DEFAULT '',
  polarity TEXT NOT NULL DEFAULT 'naik' CHECK (polarity IN ('naik', 'turun', 'tetap')),
  sumber_data TEXT NOT NULL DEFAULT '',
  penanggung_jawab TEXT NOT NULL DEFAULT '',
  baseline_year INTEGER NOT NULL DEFAULT 0,
  baseline_text TEXT NOT NULL DEFAULT '',
  baseline_number REAL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indikator_by_sasaran ON indikator(sasaran_id);
CREATE TABLE indikator_year (
  indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  target_text TEXT,
  target_number REAL,
  realisasi_text TEXT,
  realisasi_number REAL,
  PRIMARY KEY (indikator_id, year)
) WITHOUT ROWID;
CREATE TABLE crosscutting (
  id INTEGER PRIMARY KEY,
  from_sasaran_id INTEGER NOT NULL REFERENCES sasaran(id) ON DELETE CASCADE,
  to_sasaran_id INTEGER REFERENCES sasaran(id) ON DELETE CASCADE,
  partner_name TEXT NOT NULL DEFAULT '',
  partner_kind TEXT NOT NULL DEFAULT 'opd_lain'
    CHECK (partner_kind IN ('opd_lain', 'instansi_vertikal', 'desa', 'non_pemerintah')),
  status TEXT NOT NULL DEFAULT 'usulan' CHECK (status IN ('usulan', 'diterima', 'ditolak')),
  note TEXT NOT NULL DEFAULT ''
);
INSERT INTO document (id) VALUES (1);
)sql";

// Version 2: the score of suggested cascade links, indikator weights for the capaian roll-up, and ordered
// scales for text targets ("WTP" > "WDP" > ...).
constexpr const char* kVersion2 = R"sql(
ALTER TABLE sasaran ADD COLUMN suggestion_score REAL NOT NULL DEFAULT 0;
ALTER TABLE indikator ADD COLUMN weight REAL NOT NULL DEFAULT 1;
CREATE TABLE text_scale (
  scale INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (scale, rank)
) WITHOUT ROWID;
)sql";

// Version 3: indexes on the columns that reference units and sasaran without one, so checking foreign keys
// (on save, on delete) looks rows up instead of scanning the table for each row (quadratic at 30,000 units).
constexpr const char* kVersion3 = R"sql(
CREATE INDEX unit_by_parent ON unit(parent_id);
CREATE INDEX crosscutting_by_from ON crosscutting(from_sasaran_id);
CREATE INDEX crosscutting_by_to ON crosscutting(to_sasaran_id);
)sql";

// Version 4: the planning tables (Renstra T-C.27, RPJMD): a Tujuan above the Sasaran Strategis, the budget
// nomenclature a sasaran is carried out through, its lokasi and pagu akhir, pagu and realisasi pagu per year, and
// the kondisi akhir of an indikator. Rows of older files become plain sasaran without any of them.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE sasaran ADD COLUMN kind TEXT NOT NULL DEFAULT 'sasaran' CHECK (kind IN ('sasaran', 'tujuan'));
ALTER TABLE sasaran ADD COLUMN nomenclature_kind TEXT NOT NULL DEFAULT 'none'
  CHECK (nomenclature_kind IN ('none', 'program', 'kegiatan', 'sub_kegiatan'));
ALTER TABLE sasaran ADD COLUMN nomenclature_kode TEXT NOT NULL DEFAULT '';
ALTER TABLE sasaran ADD COLUMN nomenclature_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sasaran ADD COLUMN lokasi TEXT NOT NULL DEFAULT '';
ALTER TABLE sasaran ADD COLUMN pagu_akhir_text TEXT NOT NULL DEFAULT '';
ALTER TABLE sasaran ADD COLUMN pagu_akhir_number REAL;
ALTER TABLE indikator ADD COLUMN kondisi_akhir_text TEXT NOT NULL DEFAULT '';
ALTER TABLE indikator ADD COLUMN kondisi_akhir_number REAL;
CREATE TABLE sasaran_year (
  sasaran_id INTEGER NOT NULL REFERENCES sasaran(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  pagu_text TEXT,
  pagu_number REAL,
  realisasi_pagu_text TEXT,
  realisasi_pagu_number REAL,
  PRIMARY KEY (sasaran_id, year)
) WITHOUT ROWID;
)sql";

// Version 5: a Pemda document's merged parts (which OPD file or RPJMD each top unit came from) and each merged
// node's id in its source file, and
// the named versions a planner saved ("Simpan versi"): each the whole document as it was, a compressed SQLite
// database of this schema (core/store/document_versions.h), with its counts so listing needs no decompression.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE merged_part (
  unit_id INTEGER PRIMARY KEY,
  source_file TEXT NOT NULL DEFAULT '',
  instansi TEXT NOT NULL DEFAULT '',
  merged_at TEXT NOT NULL DEFAULT '',
  fingerprint TEXT NOT NULL DEFAULT '',
  rpjmd INTEGER NOT NULL DEFAULT 0 CHECK (rpjmd IN (0, 1))
);
-- No foreign keys: a node is a unit, sasaran, indikator or link (one id space), and the writer writes parts and
-- origins only of what the document holds; the reader refuses a row naming a missing unit or node.
CREATE TABLE node_origin (
  node_id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL
);
CREATE TABLE version (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  saved_at TEXT NOT NULL DEFAULT '',
  nomor_sk TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  sasaran_count INTEGER NOT NULL DEFAULT 0,
  indikator_count INTEGER NOT NULL DEFAULT 0,
  snapshot BLOB NOT NULL
);
)sql";

constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

}  // namespace

void migrate(sqlite::Database& database, int target_version) {
  auto version = static_cast<int>(database.pragma_int("user_version"));
  if (version == 0) database.execute("PRAGMA application_id=" + std::to_string(kApplicationId));
  for (int next = version + 1; next <= target_version; ++next) {
    database.execute(kMigrations[next - 1]);
    database.execute("PRAGMA user_version=" + std::to_string(next));
  }
}

}  // namespace pokin::store
