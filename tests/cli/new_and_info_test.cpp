#include <doctest/doctest.h>

#include "cli_test_support.h"
#include "core/store/document_file.h"

using cli_test::run;

TEST_CASE("pokin new creates a document that pokin info describes") {
  cli_test::TempDir dir;
  auto file = dir.file("dinas.pokin");
  auto created = run({"new", file, "--instansi", "Dinas Penanaman Modal dan PTSP", "--pemda", "Kabupaten Agam",
                      "--period", "2021-2026"});
  REQUIRE(created.exit_code == 0);

  pokin::Document document;
  pokin::store::DocumentFile::open(file, document);
  CHECK(document.info.instansi == "Dinas Penanaman Modal dan PTSP");
  CHECK(document.info.period_start == 2021);
  CHECK(document.info.period_end == 2026);
  // One head unit, the root every sasaran of the head of agency hangs from (as File > New in the app).
  REQUIRE(document.units.size() == 1);
  CHECK(document.units.begin()->second.name == "Kepala Dinas");
  CHECK(document.units.begin()->second.kind == pokin::UnitKind::Head);

  auto info = run({"info", file, "--json"});
  REQUIRE(info.exit_code == 0);
  CHECK(info.out.find("\"units\":1") != std::string::npos);
  CHECK(info.out.find("\"sasaran\":0") != std::string::npos);
  CHECK(info.out.find("\"indikator\":0") != std::string::npos);
  CHECK(info.out.find("\"links\":0") != std::string::npos);
  CHECK(info.out.find("\"period\":[2021,2026]") != std::string::npos);

  auto text = run({"info", file});
  CHECK(text.out.find("Periode Renstra: 2021-2026") != std::string::npos);
  auto english = run({"--lang", "en", "info", file});
  CHECK(english.out.find("Renstra period: 2021-2026") != std::string::npos);
}

TEST_CASE("Command-line errors go to stderr with a non-zero exit and change nothing") {
  cli_test::TempDir dir;
  auto file = dir.file("dinas.pokin");
  auto bad_period = run({"new", file, "--instansi", "Dinas", "--period", "2021-2040"});
  CHECK(bad_period.exit_code != 0);
  CHECK(bad_period.err.find("paling lama 10 tahun") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(file));

  auto unreadable_period = run({"--lang", "en", "new", file, "--instansi", "Dinas", "--period", "next year"});
  CHECK(unreadable_period.exit_code != 0);
  CHECK(unreadable_period.err.find("not understood") != std::string::npos);

  REQUIRE(run({"new", file, "--instansi", "Dinas", "--period", "2021-2026"}).exit_code == 0);
  auto again = run({"new", file, "--instansi", "Lain", "--period", "2021-2026"});
  CHECK(again.exit_code != 0);
  CHECK(again.err.find("sudah ada") != std::string::npos);

  auto missing = run({"info", dir.file("tidak-ada.pokin")});
  CHECK(missing.exit_code != 0);
  CHECK(missing.err.find("tidak ditemukan") != std::string::npos);
  CHECK(missing.out.empty());
}

TEST_CASE("Every subcommand has --help") {
  for (const char* command : {"new", "info"}) {
    auto help = run({command, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Usage") != std::string::npos);
  }
}

TEST_CASE("pokin info counts a Tujuan apart from the sasaran of each level") {
  cli_test::TempDir dir;
  auto file = dir.file("renstra.pokin");
  REQUIRE(run({"new", file, "--instansi", "Dinas", "--period", "2021-2026"}).exit_code == 0);
  pokin::Document document;
  auto opened = pokin::store::DocumentFile::open(file, document);
  pokin::Id head = document.units.begin()->first;
  pokin::Sasaran tujuan;
  tujuan.id = document.allocate_id();
  tujuan.unit = head;
  tujuan.kind = pokin::StatementKind::Tujuan;
  tujuan.statement = "Meningkatnya investasi daerah";
  document.sasaran[tujuan.id] = tujuan;
  pokin::Sasaran strategis = tujuan;
  strategis.id = document.allocate_id();
  strategis.kind = pokin::StatementKind::Sasaran;
  strategis.parent = tujuan.id;
  document.sasaran[strategis.id] = strategis;
  opened.save(document);

  auto json = run({"info", file, "--json"});
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find("\"tujuan\":1,\"sasaran\":1,") != std::string::npos);
  auto text = run({"info", file});
  CHECK(text.out.find("Tujuan: 1\nSasaran: 1\n  Sasaran Strategis: 1\n") != std::string::npos);
}
