#!/usr/bin/env bash
# Makes the seeds of document_open_fuzz: small .pokin files (page size 512, a few KB each) made by `pokin new` and
# filled with a small cascade by SQL, a copy at schema version 2, one with the planning-table fields of schema 4, and
# copies holding the hostile values of issue 10 (which must refuse to open). Run by hand from anywhere after
# building build/pokin; needs sqlite3. (`pokin new` makes a head unit: the cascade below replaces it.)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=tests/fuzz/corpus/document_open_fuzz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/pokin new "$tmp/base.pokin" --instansi "Dinas Penanaman Modal dan PTSP" --pemda "Kabupaten Balangan" \
  --period 2021-2026 > /dev/null
sqlite3 "$tmp/base.pokin" <<'SQL'
DELETE FROM unit;
INSERT INTO unit (id, parent_id, kind, name, jabatan, sort_order) VALUES
  (1, NULL, 'head', 'Kepala Dinas', 'Kepala Dinas', 0),
  (2, 1, 'division', 'Bidang Pelayanan Perizinan', 'Kepala Bidang', 0),
  (3, 2, 'section', 'Seksi Proses Perizinan', 'Kepala Seksi', 0);
INSERT INTO unit_fungsi (unit_id, position, text) VALUES (2, 0, 'penyiapan bahan perumusan kebijakan');
INSERT INTO sasaran (id, unit_id, parent_id, level, code, statement, link_origin, suggestion_score, sort_order) VALUES
  (4, 1, NULL, 0, 'SS1', 'Meningkatnya kualitas pelayanan perizinan', 'person', 0, 0),
  (5, 2, 4, 1, 'SP1', 'Meningkatnya kecepatan penerbitan izin', 'suggested', 0.82, 0),
  (6, 3, 5, 2, 'SK1', 'Terlaksananya verifikasi dokumen tepat waktu', 'person', 0, 0);
INSERT INTO indikator (id, sasaran_id, code, name, formula, satuan, polarity, baseline_year, baseline_text,
                       baseline_number, weight, sort_order) VALUES
  (7, 4, 'IKU1', 'Indeks kepuasan masyarakat', 'rata-rata nilai survei', 'indeks', 'naik', 2020, '80,5', 80.5, 1, 0),
  (8, 5, 'IK1.1', 'Persentase izin terbit tepat waktu', 'izin tepat waktu / izin × 100%', '%', 'naik', 0, '', NULL, 1, 0),
  (9, 6, 'IK1.1.1', 'Tingkat pengaduan', 'pengaduan / layanan × 100%', '%', 'turun', 0, '', NULL, 2, 0);
INSERT INTO indikator_year (indikator_id, year, target_text, target_number, realisasi_text, realisasi_number) VALUES
  (7, 2021, '≥ 80', 80, '83,37', 83.37), (7, 2022, '82', 82, NULL, NULL), (8, 2021, '90%', 90, NULL, NULL),
  (9, 2021, '5', 5, '6,5', 6.5), (9, 2022, 'WTP', NULL, NULL, NULL);
INSERT INTO text_scale (scale, rank, label) VALUES (0, 0, 'WTP'), (0, 1, 'WDP'), (0, 2, 'TW');
INSERT INTO crosscutting (id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note) VALUES
  (10, 5, 6, '', 'opd_lain', 'diterima', ''), (11, 4, NULL, 'Dinas Kesehatan', 'opd_lain', 'usulan', '');
SQL
seed() {  # seed NAME SQL
  cp "$tmp/base.pokin" "$tmp/$1.pokin"
  sqlite3 "$tmp/$1.pokin" "PRAGMA foreign_keys=OFF; $2; PRAGMA page_size=512; VACUUM;"
  cp "$tmp/$1.pokin" "$out/$1.pokin"
}
mkdir -p "$out"
seed cascade "SELECT 1"
seed schema_2 "DROP TABLE sasaran_year; ALTER TABLE sasaran DROP COLUMN kind; ALTER TABLE sasaran DROP COLUMN nomenclature_kind;
  ALTER TABLE sasaran DROP COLUMN nomenclature_kode; ALTER TABLE sasaran DROP COLUMN nomenclature_name;
  ALTER TABLE sasaran DROP COLUMN lokasi; ALTER TABLE sasaran DROP COLUMN pagu_akhir_text;
  ALTER TABLE sasaran DROP COLUMN pagu_akhir_number; ALTER TABLE indikator DROP COLUMN kondisi_akhir_text;
  ALTER TABLE indikator DROP COLUMN kondisi_akhir_number;
  DROP INDEX unit_by_parent; DROP INDEX crosscutting_by_from; DROP INDEX crosscutting_by_to; PRAGMA user_version=2"
# Schema 4: a Tujuan above SS1, a program with its kode, lokasi, pagu per year and pagu akhir, a kondisi akhir.
seed planning "UPDATE sasaran SET kind = 'tujuan' WHERE id = 4;
  UPDATE sasaran SET nomenclature_kind = 'program', nomenclature_kode = '2.18.02',
    nomenclature_name = 'Program Pelayanan Penanaman Modal', lokasi = 'Kec. Paringin',
    pagu_akhir_text = '6.400.000.000', pagu_akhir_number = 6400000000 WHERE id = 5;
  INSERT INTO sasaran_year VALUES (5, 2021, '1.250.000.000', 1250000000, '1.190.500.000', 1190500000),
    (5, 2022, '1.300.000.000', 1300000000, NULL, NULL);
  UPDATE indikator SET kondisi_akhir_text = '95%', kondisi_akhir_number = 95 WHERE id = 8"
seed level_int_max "UPDATE sasaran SET level = 2147483647 WHERE id = 6"
seed level_int_min "UPDATE sasaran SET level = -2147483648 WHERE id = 6"
seed level_1e8 "UPDATE sasaran SET level = 100000000 WHERE id = 5"
seed period_end_int_max "UPDATE document SET period_end = 2147483647"
seed order_int64 "UPDATE unit SET sort_order = 9000000000000000000 WHERE id = 2"
seed invalid_utf8 "UPDATE sasaran SET statement = CAST(x'4D656EC328' AS TEXT) WHERE id = 5"
seed missing_parent "UPDATE sasaran SET parent_id = 99 WHERE id = 6"
seed cycle "UPDATE sasaran SET parent_id = 6 WHERE id = 4"
ls -l "$out"
