// The planning-table fields (schema version 4) in the .pokin file: a file of version 3 opens with their defaults
// and is upgraded by its next save; every field survives a save and a reopen, through a whole save and through the
// incremental save the Editor's journal drives; hostile values written by another tool are refused by name.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>

#include "core/commands/changed_rows_since.h"
#include "core/commands/editor.h"
#include "core/commands/planning_commands.h"
#include "core/store/document_file.h"
#include "core/store/schema.h"
#include "core/text/utf8_path.h"
#include "damaged_document.h"
#include "hand_built_document.h"
#include "sample_document.h"

using namespace pokin;
using pokin::test::refusal_after;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("pokin-planning-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// The sample with every planning field set on SS1 (made a Tujuan), SP1 (a program) and IKU1.
Document planning_sample(sample::Ids& ids) {
  Editor editor;
  ids = sample::build(editor);
  Document document = editor.document();
  Sasaran& tujuan = document.sasaran.at(ids.ss1);
  tujuan.kind = StatementKind::Tujuan;
  Sasaran& program = document.sasaran.at(ids.sp1);
  program.nomenclature = {NomenclatureKind::Program, "2.18.02", "Program Pelayanan Penanaman Modal"};
  program.pagu[2022] = {"1.250.000.000", 1250000000.0};
  program.pagu[2023] = {"1.300.000.000", 1300000000.0};
  program.realisasi_pagu[2022] = {"1.190.500.000", 1190500000.0};
  program.realisasi_pagu[2024] = {"belum", std::nullopt};
  program.pagu_akhir = {"6.400.000.000", 6400000000.0};
  program.lokasi = "Kec. Paringin, Kec. Juai";
  document.sasaran.at(ids.sk1).nomenclature = {NomenclatureKind::SubKegiatan, "2.18.02.2.01.0001", ""};
  document.indikator.at(ids.iku1).kondisi_akhir = {"90", 90.0};
  return document;
}

}  // namespace

TEST_CASE("Every planning field survives a save and a reopen") {
  TempDir dir;
  sample::Ids ids;
  Document document = planning_sample(ids);
  auto path = dir.path / "renstra.pokin";
  store::DocumentFile::create(path, document);
  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(document));
  const Sasaran& program = reopened.sasaran.at(ids.sp1);
  CHECK(reopened.sasaran.at(ids.ss1).kind == StatementKind::Tujuan);
  CHECK(program.nomenclature.kind == NomenclatureKind::Program);
  CHECK(program.nomenclature.kode == "2.18.02");
  CHECK(program.nomenclature.name == "Program Pelayanan Penanaman Modal");
  CHECK(program.pagu.size() == 2);
  CHECK(program.pagu.at(2023).number == doctest::Approx(1300000000.0));
  CHECK(program.realisasi_pagu.at(2022).text == "1.190.500.000");
  CHECK_FALSE(program.realisasi_pagu.at(2024).number.has_value());
  CHECK_FALSE(program.pagu.count(2024));  // a year with only a realisasi pagu holds no pagu
  CHECK(program.pagu_akhir.number == doctest::Approx(6400000000.0));
  CHECK(program.lokasi == "Kec. Paringin, Kec. Juai");
  CHECK(reopened.sasaran.at(ids.sk1).nomenclature.kode == "2.18.02.2.01.0001");
  CHECK(reopened.indikator.at(ids.iku1).kondisi_akhir.text == "90");
  CHECK(reopened.sasaran.at(ids.sp2).nomenclature.empty());

  // Readable with plain SQL by the IT office: three year rows of SP1 (2022 both, 2023 pagu, 2024 realisasi).
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadOnly);
  auto rows = database.prepare("SELECT count(*), sum(pagu_text IS NULL) FROM sasaran_year WHERE sasaran_id = ?1");
  rows.bind(1, ids.sp1);
  REQUIRE(rows.step());
  CHECK(rows.integer(0) == 3);
  CHECK(rows.integer(1) == 1);
  auto kind = database.prepare("SELECT kind, nomenclature_kind FROM sasaran WHERE id = ?1");
  kind.bind(1, ids.ss1);
  REQUIRE(kind.step());
  CHECK(kind.text(0) == "tujuan");
  CHECK(kind.text(1) == "none");
}

TEST_CASE("An edit of a planning field is written by the incremental save and a deleted sasaran takes its years") {
  TempDir dir;
  auto path = dir.path / "renstra.pokin";
  sample::Ids ids;
  Editor editor(planning_sample(ids));
  auto file = store::DocumentFile::create(path, editor.document());
  std::uint64_t saved = editor.revision();
  editor.run(commands::set_pagu(editor.document(), ids.sp1, 2023, "1.400.000.000"));
  editor.run(commands::set_pagu(editor.document(), ids.sp1, 2022, ""));
  editor.run(commands::set_lokasi(editor.document(), ids.sp1, "Kec. Halong"));
  editor.run(commands::set_kondisi_akhir(editor.document(), ids.ikp1, "100%"));
  editor.run(commands::delete_sasaran(editor.document(), ids.sk1, commands::ChildPolicy::LiftChildren));
  auto changed = commands::changed_rows_since(editor, saved);
  REQUIRE(changed);
  CHECK(changed->sasaran == std::set<Id>{ids.sp1, ids.sk1});
  file.save(editor.document(), &*changed);

  Document reopened;
  store::DocumentFile::open(path, reopened);
  CHECK(reopened.same_content(editor.document()));
  const Sasaran& program = reopened.sasaran.at(ids.sp1);
  CHECK(program.pagu.at(2023).number == doctest::Approx(1400000000.0));
  CHECK_FALSE(program.pagu.count(2022));
  CHECK(program.realisasi_pagu.count(2022));  // the realisasi pagu of 2022 stays
  CHECK(program.lokasi == "Kec. Halong");
  CHECK(reopened.indikator.at(ids.ikp1).kondisi_akhir.number == doctest::Approx(100.0));
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadOnly);
  auto orphans = database.prepare("SELECT count(*) FROM sasaran_year WHERE sasaran_id = ?1");
  orphans.bind(1, ids.sk1);
  REQUIRE(orphans.step());
  CHECK(orphans.integer(0) == 0);
}

TEST_CASE("A file of schema version 3 opens with the planning fields empty and is upgraded by its next save") {
  TempDir dir;
  auto path = dir.path / "v3.pokin";
  {
    sqlite::Database database(utf8_path(path), sqlite::Database::Mode::Create);
    store::migrate(database, 3);
    database.execute(
        "UPDATE document SET instansi='Dinas Lama', period_start=2021, period_end=2026;"
        "INSERT INTO unit (id, parent_id, kind, name) VALUES (1, NULL, 'head', 'Kepala Dinas');"
        "INSERT INTO sasaran (id, unit_id, level, code, statement, link_origin) VALUES (2, 1, 0, 'SS1', 'Meningkatnya investasi', 'person');"
        "INSERT INTO indikator (id, sasaran_id, name, polarity) VALUES (3, 2, 'Nilai investasi', 'naik');"
        "INSERT INTO indikator_year VALUES (3, 2022, '5.200', 5200, NULL, NULL);");
  }
  Document document;
  auto file = store::DocumentFile::open(path, document);
  CHECK(file.needs_upgrade());
  const Sasaran& sasaran = document.sasaran.at(2);
  CHECK(sasaran.kind == StatementKind::Sasaran);
  CHECK(sasaran.nomenclature.empty());
  CHECK(sasaran.pagu.empty());
  CHECK(sasaran.realisasi_pagu.empty());
  CHECK(sasaran.pagu_akhir.empty());
  CHECK_FALSE(sasaran.pagu_akhir.number.has_value());
  CHECK(sasaran.lokasi.empty());
  CHECK(document.indikator.at(3).kondisi_akhir.empty());
  CHECK(document.indikator.at(3).target.at(2022).number == doctest::Approx(5200));

  document.sasaran.at(2).pagu[2022] = {"750.000.000", 750000000.0};
  document.sasaran.at(2).kind = StatementKind::Tujuan;
  file.save(document);
  Document reopened;
  auto upgraded = store::DocumentFile::open(path, reopened);
  CHECK_FALSE(upgraded.needs_upgrade());
  CHECK(reopened.same_content(document));
  sqlite::Database database(utf8_path(path), sqlite::Database::Mode::ReadOnly);
  CHECK(database.pragma_int("user_version") == 5);  // the current schema (5: merged parts and versions)
}

TEST_CASE("Hostile planning values written by another tool are refused by table, row and column") {
  sample::Ids ids;
  Document document = planning_sample(ids);
  std::string sp1 = std::to_string(ids.sp1);
  CHECK(refusal_after(document, "UPDATE sasaran SET kind = 'misi' WHERE id = " + sp1) ==
        "Dokumen rusak: sasaran id " + sp1 + ", kolom kind = 'misi' bukan nilai yang dikenal.");
  CHECK(refusal_after(document, "UPDATE sasaran SET nomenclature_kind = 'urusan' WHERE id = " + sp1) ==
        "Dokumen rusak: sasaran id " + sp1 + ", kolom nomenclature_kind = 'urusan' bukan nilai yang dikenal.");
  CHECK(refusal_after(document, "UPDATE sasaran SET nomenclature_kode = replace(hex(zeroblob(101)), '00', '1') WHERE id = " + sp1) ==
        "Dokumen rusak: sasaran id " + sp1 + ", kolom nomenclature_kode lebih panjang dari 100 byte (101 byte).");
  CHECK(refusal_after(document, "UPDATE sasaran SET lokasi = replace(hex(zeroblob(10001)), '00', 'x') WHERE id = " + sp1) ==
        "Dokumen rusak: sasaran id " + sp1 + ", kolom lokasi lebih panjang dari 10000 byte (10001 byte).");
  CHECK(refusal_after(document, "UPDATE sasaran SET pagu_akhir_number = 'banyak' WHERE id = " + sp1) ==
        "Dokumen rusak: sasaran id " + sp1 + ", kolom pagu_akhir_number = 'banyak' bukan angka.");
  CHECK(refusal_after(document, "UPDATE sasaran_year SET year = 2201 WHERE year = 2023") ==
        "Dokumen rusak: sasaran_year sasaran_id " + sp1 + " year 2201, kolom year = 2201 di luar batas 1900..2200.");
  CHECK(refusal_after(document, "UPDATE sasaran_year SET year = 1899 WHERE year = 2023") ==
        "Dokumen rusak: sasaran_year sasaran_id " + sp1 + " year 1899, kolom year = 1899 di luar batas 1900..2200.");
  CHECK(refusal_after(document, "INSERT INTO sasaran_year VALUES (999, 2022, '1', 1, NULL, NULL)") ==
        "Dokumen rusak: sasaran_year sasaran_id 999 year 2022, kolom sasaran_id = 999 tidak ada di tabel sasaran.");
  CHECK(refusal_after(document, "UPDATE sasaran_year SET pagu_number = 1e999 WHERE year = 2023") ==
        "Dokumen rusak: sasaran_year sasaran_id " + sp1 + " year 2023, kolom pagu_number = Inf bukan angka terhingga.");
  CHECK(refusal_after(document, "UPDATE sasaran_year SET pagu_text = replace(hex(zeroblob(201)), '00', '9') WHERE year = 2023") ==
        "Dokumen rusak: sasaran_year sasaran_id " + sp1 + " year 2023, kolom pagu_text lebih panjang dari 200 byte (201 byte).");
  std::string iku = std::to_string(ids.iku1);
  CHECK(refusal_after(document, "UPDATE indikator SET kondisi_akhir_text = CAST(x'C3' AS TEXT) WHERE id = " + iku) ==
        "Dokumen rusak: indikator id " + iku + ", kolom kondisi_akhir_text berisi teks UTF-8 yang tidak sah (byte ke-1).");
  // At the limits the values are read.
  CHECK(refusal_after(document, "UPDATE sasaran SET nomenclature_kode = replace(hex(zeroblob(100)), '00', '1') WHERE id = " + sp1) == "");
  CHECK(refusal_after(document, "UPDATE sasaran_year SET year = 2200 WHERE year = 2023") == "");
}
