// Commands for the planning-table fields: each edit lands in the document, is one undo step, and an impossible one
// is refused in both languages without touching the document. The import merge carries every field.
#include <doctest/doctest.h>

#include "core/commands/planning_commands.h"
#include "sample_document.h"
#include "undo_checks.h"

using namespace pokin;
namespace c = pokin::commands;

using pokin::test::refusal;
using pokin::test::run_and_check_undo;

TEST_CASE("The planning fields of a sasaran are edited one undo step at a time") {
  Editor editor;
  sample::Ids ids = sample::build(editor);  // period 2021-2026

  run_and_check_undo(editor, c::set_statement_kind(editor.document(), ids.ss1, StatementKind::Tujuan));
  CHECK(editor.document().sasaran.at(ids.ss1).kind == StatementKind::Tujuan);

  run_and_check_undo(editor, c::set_nomenclature(editor.document(), ids.sp1,
                                                 {NomenclatureKind::Program, "2.18.02", "Program Pelayanan"}));
  CHECK(editor.document().sasaran.at(ids.sp1).nomenclature.kode == "2.18.02");

  run_and_check_undo(editor, c::set_pagu(editor.document(), ids.sp1, 2023, "Rp 1.250.000.000"));
  const Value& pagu = editor.document().sasaran.at(ids.sp1).pagu.at(2023);
  CHECK(pagu.text == "Rp 1.250.000.000");
  CHECK(pagu.number == doctest::Approx(1250000000.0));  // read from the text by the command

  run_and_check_undo(editor, c::set_realisasi_pagu(editor.document(), ids.sp1, 2023, "1.100.250.000,50"));
  CHECK(editor.document().sasaran.at(ids.sp1).realisasi_pagu.at(2023).number == doctest::Approx(1100250000.5));

  run_and_check_undo(editor, c::set_pagu(editor.document(), ids.sp1, 2023, ""));
  CHECK_FALSE(editor.document().sasaran.at(ids.sp1).pagu.count(2023));

  run_and_check_undo(editor, c::set_pagu_akhir(editor.document(), ids.sp1, "6.400.000.000"));
  CHECK(editor.document().sasaran.at(ids.sp1).pagu_akhir.number == doctest::Approx(6400000000.0));

  run_and_check_undo(editor, c::set_lokasi(editor.document(), ids.sp1, "Kabupaten Balangan"));
  CHECK(editor.document().sasaran.at(ids.sp1).lokasi == "Kabupaten Balangan");

  run_and_check_undo(editor, c::set_kondisi_akhir(editor.document(), ids.iku1, "85,5"));
  CHECK(editor.document().indikator.at(ids.iku1).kondisi_akhir.number == doctest::Approx(85.5));
  CHECK(editor.undo_names().front().id == "Ubah kondisi akhir \"Indeks Kepuasan Masyarakat\"");
}

TEST_CASE("A Tujuan takes level 0, making it a sasaran again keeps the level") {
  Editor editor;
  sample::Ids ids = sample::build(editor);
  editor.run(c::set_statement_kind(editor.document(), ids.sp1, StatementKind::Tujuan));
  CHECK(editor.document().sasaran.at(ids.sp1).level == 0);
  editor.run(c::set_statement_kind(editor.document(), ids.sp1, StatementKind::Sasaran));
  CHECK(editor.document().sasaran.at(ids.sp1).level == 0);
  CHECK(editor.document().sasaran.at(ids.sp1).kind == StatementKind::Sasaran);
}

TEST_CASE("Impossible planning edits are refused in both languages and change nothing") {
  Editor editor;
  sample::Ids ids = sample::build(editor);
  CHECK(refusal(editor, [&] { return c::set_pagu(editor.document(), ids.sp1, 2027, "1.000"); }) ==
        "Pagu tahun 2027 untuk \"Meningkatnya kecepatan penerbitan izin\" berada di luar periode Renstra 2021-2026.");
  CHECK(refusal(editor, [&] { return c::set_realisasi_pagu(editor.document(), ids.sp1, 2020, "1.000"); }) ==
        "Realisasi pagu tahun 2020 untuk \"Meningkatnya kecepatan penerbitan izin\" berada di luar periode Renstra "
        "2021-2026.");
  CHECK(refusal(editor, [&] {
          return c::set_nomenclature(editor.document(), ids.sp1, {NomenclatureKind::Program, std::string(101, '1'), ""});
        }) == "Kode nomenklatur paling panjang 100 byte; yang diberikan 101 byte.");
  CHECK(refusal(editor, [&] { return c::set_lokasi(editor.document(), ids.sp1, std::string(10001, 'x')); }) ==
        "Lokasi paling panjang 10000 byte; yang diberikan 10001 byte.");
  CHECK(refusal(editor, [&] { return c::set_kondisi_akhir(editor.document(), ids.iku1, std::string(201, '9')); }) ==
        "Kondisi akhir paling panjang 200 byte; yang diberikan 201 byte.");
  CHECK(refusal(editor, [&] { return c::set_pagu(editor.document(), 9999, 2022, "1"); }) ==
        "Sasaran dengan id 9999 tidak ada dalam dokumen.");

  // A period that would leave a pagu outside is refused like one that leaves a target outside.
  editor.run(c::set_pagu(editor.document(), ids.sp2, 2026, "500.000"));
  DocumentInfo shorter = editor.document().info;
  shorter.period_end = 2025;
  shorter.levels = editor.document().info.levels;
  CHECK(refusal(editor, [&] { return c::set_info(editor.document(), shorter); }) ==
        "1 pagu/realisasi pagu berada di luar periode baru 2021-2025. Hapus atau pindahkan dulu nilai tahun-tahun itu.");
}

TEST_CASE("Many sasaran are given to one unit in one undo step, after that unit's own") {
  Editor editor;
  sample::Ids ids = sample::build(editor);
  // SP2 (Sekretariat) and SK1 (Seksi) go to the Bidang, which holds SP1 at order 0.
  Document before = editor.document();
  editor.run(c::assign_sasaran_to_unit(editor.document(), {ids.sp2, ids.sk1, ids.sp1, ids.sp2}, ids.bidang));
  const Document& d = editor.document();
  CHECK(d.sasaran.at(ids.sp2).unit == ids.bidang);
  CHECK(d.sasaran.at(ids.sk1).unit == ids.bidang);
  CHECK(d.sasaran.at(ids.sp1).unit == ids.bidang);
  CHECK(d.sasaran.at(ids.sp1).order == before.sasaran.at(ids.sp1).order);  // already there: untouched
  CHECK(d.sasaran.at(ids.sp2).order == 1);
  CHECK(d.sasaran.at(ids.sk1).order == 2);
  CHECK(d.sasaran.at(ids.sk1).parent == ids.sp1);  // links stay
  CHECK(editor.undo_names().front().id == "Pindahkan 2 sasaran ke \"Bidang Pelayanan Perizinan\"");
  editor.undo();
  CHECK(editor.document().same_content(before));

  CHECK(refusal(editor, [&] { return c::assign_sasaran_to_unit(editor.document(), {}, ids.bidang); }) ==
        "Pilih dulu sasaran yang akan dipindahkan.");
  CHECK(refusal(editor, [&] { return c::assign_sasaran_to_unit(editor.document(), {ids.sp1}, ids.bidang); }) ==
        "Semua sasaran yang dipilih sudah milik \"Bidang Pelayanan Perizinan\".");
  CHECK(refusal(editor, [&] { return c::assign_sasaran_to_unit(editor.document(), {ids.sp1}, 9999); }) ==
        "Unit kerja dengan id 9999 tidak ada dalam dokumen.");
  CHECK(refusal(editor, [&] { return c::assign_sasaran_to_unit(editor.document(), {ids.sp1, 9999}, ids.seksi); }) ==
        "Sasaran dengan id 9999 tidak ada dalam dokumen.");
}

TEST_CASE("The import merge carries every planning field, and refuses a pagu outside the period") {
  Editor editor;
  sample::Ids ids = sample::build(editor);
  Document incoming;
  Unit head;
  head.id = 1;
  head.name = "Dinas Kesehatan";
  incoming.units[1] = head;
  Sasaran tujuan;
  tujuan.id = 2;
  tujuan.unit = 1;
  tujuan.kind = StatementKind::Tujuan;
  tujuan.statement = "Meningkatnya derajat kesehatan masyarakat";
  incoming.sasaran[2] = tujuan;
  Sasaran program;
  program.id = 3;
  program.unit = 1;
  program.parent = 2;
  program.level = 1;
  program.statement = "Meningkatnya mutu pelayanan kesehatan";
  program.nomenclature = {NomenclatureKind::Program, "1.02.02", "Program Pemenuhan Upaya Kesehatan"};
  program.pagu[2022] = {"11.566.246.594", 11566246594.0};
  program.realisasi_pagu[2022] = {"10.000.000.000", 1e10};
  program.pagu_akhir = {"60.000.000.000", 6e10};
  program.lokasi = "Kabupaten Balangan";
  incoming.sasaran[3] = program;
  Indikator indikator;
  indikator.id = 4;
  indikator.sasaran = 3;
  indikator.name = "Angka kematian ibu";
  indikator.kondisi_akhir = {"75", 75.0};
  incoming.indikator[4] = indikator;
  incoming.last_id = 4;

  Id last = editor.document().last_id;
  editor.run(c::merge_document(editor.document(), incoming, {"Impor", "Import"}, ids.kepala));
  const Document& d = editor.document();
  const Sasaran& merged_tujuan = d.sasaran.at(last + 2);
  const Sasaran& merged_program = d.sasaran.at(last + 3);
  CHECK(merged_tujuan.kind == StatementKind::Tujuan);
  CHECK(merged_program.parent == last + 2);
  CHECK(merged_program.nomenclature == program.nomenclature);
  CHECK(merged_program.pagu == program.pagu);
  CHECK(merged_program.realisasi_pagu == program.realisasi_pagu);
  CHECK(merged_program.pagu_akhir == program.pagu_akhir);
  CHECK(merged_program.lokasi == "Kabupaten Balangan");
  CHECK(d.indikator.at(last + 4).kondisi_akhir.text == "75");

  editor.undo();
  incoming.sasaran[3].pagu[2030] = {"1", 1.0};
  CHECK(refusal(editor, [&] { return c::merge_document(editor.document(), incoming, {"Impor", "Import"}); }) ==
        "Pagu tahun 2030 untuk \"Meningkatnya mutu pelayanan kesehatan\" berada di luar periode Renstra 2021-2026.");
}
