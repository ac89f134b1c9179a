// `pokin merge`: the bundled example and a synthetic OPD merged under a Pemda RPJMD read from a table, checked by
// reading the written file back; and every user error refused with a message, writing nothing.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/model/document_counts.h"
#include "core/store/document_file.h"
#include "core/synthetic/synthetic_document.h"
#include "tests/cli/cli_test_support.h"
#include "tests/core/pemda_test_documents.h"

using namespace pokin;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string example() { return std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin"; }

// One synthetic OPD ("Dinas Pendidikan", the second of the generator's list) written as a .pokin of its own.
std::string synthetic_opd(const cli_test::TempDir& folder) {
  SyntheticOptions options;
  options.sasaran = 100;  // two OPD of 88 sasaran
  std::vector<Document> opds = pemda_test::split_opds(make_synthetic_document(options));
  std::string path = folder.file("pendidikan.pokin");
  store::DocumentFile::create(path, opds.at(1));
  return path;
}

}  // namespace

TEST_CASE("pokin merge: two OPD and an RPJMD table make one Pemda document") {
  cli_test::TempDir folder;
  Document balangan;
  store::DocumentFile::open(example(), balangan, store::OpenMode::ReadOnly);
  DocumentCounts example_counts = count_document(balangan);
  std::string output = folder.file("pemda.pokin");
  cli_test::Result result = cli_test::run({"--lang", "en", "merge", example(), synthetic_opd(folder), "--rpjmd",
                                           cli_test::fixture("pemda/rpjmd_tujuan_sasaran.txt"), "--pemda", "Balangan", "-o", output});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(contains(result.out, "Dinas Pendidikan (pendidikan.pokin): added, 66 unit, 88 sasaran"));
  CHECK(contains(result.out, "Pemda document written"));

  Document merged;
  store::DocumentFile::open(output, merged, store::OpenMode::ReadOnly);
  CHECK(merged.info.instansi == "Pemerintah Kabupaten Balangan");
  CHECK(merged.info.levels.at(0).sasaran == "Sasaran RPJMD");
  // Units: the Pemda unit, the example's and the synthetic OPD's 66.
  CHECK(merged.units.size() == 1 + balangan.units.size() + 66);
  Id head = kNoId;
  for (const auto& [id, unit] : merged.units)
    if (unit.parent == kNoId) head = id;
  REQUIRE(head != kNoId);
  CHECK(merged.units.at(head).jabatan == "Bupati Balangan");
  int opd_heads = 0;
  for (const auto& [id, unit] : merged.units) opd_heads += unit.parent == head;
  CHECK(opd_heads == 2);
  // Sasaran: the RPJMD table's 2 tujuan and 4 sasaran, the example's and 88, each OPD one level lower.
  DocumentCounts counts = count_document(merged);
  CHECK(counts.sasaran + counts.tujuan == 6 + example_counts.sasaran + example_counts.tujuan + 88);
  int level_zero = 0;
  for (const auto& [id, s] : merged.sasaran) level_zero += s.level == 0;
  CHECK(level_zero == 6);
  // The program rows of the RPJMD table are reported as not taken.
  CHECK(contains(result.out, "RPJMD rows not taken"));

  // The written file is itself a Pemda document: merging it as an OPD is refused.
  cli_test::Result again = cli_test::run({"--lang", "en", "merge", output, "--pemda", "Balangan", "-o", folder.file("x.pokin")});
  CHECK(again.exit_code != 0);
  CHECK(contains(again.err, "is itself a Pemda document"));
  CHECK_FALSE(std::filesystem::exists(folder.file("x.pokin")));
}

TEST_CASE("pokin merge refuses user errors in both languages and writes nothing") {
  cli_test::TempDir folder;
  std::string output = folder.file("pemda.pokin");
  cli_test::Result none = cli_test::run({"merge", "--pemda", "Balangan", "-o", output});
  CHECK(none.exit_code != 0);
  CHECK(contains(none.err, "Tidak ada dokumen OPD"));
  cli_test::Result missing = cli_test::run({"--lang", "en", "merge", folder.file("tidak-ada.pokin"), "--pemda", "Balangan", "-o", output});
  CHECK(missing.exit_code != 0);
  CHECK(contains(missing.err, "does not exist or cannot be read"));
  std::string copy = folder.file("salinan.pokin");
  std::filesystem::copy_file(example(), copy);
  cli_test::Result twice = cli_test::run({"--lang", "en", "merge", example(), copy, "--pemda", "Balangan", "-o", output});
  CHECK(twice.exit_code != 0);
  CHECK(contains(twice.err, "are both documents of Dinas Penanaman Modal"));
  cli_test::Result into = cli_test::run({"merge", "--into", example(), copy});
  CHECK(into.exit_code != 0);
  CHECK(contains(into.err, "bukan dokumen Pemda"));
  CHECK_FALSE(std::filesystem::exists(output));
}

// Needs the store to keep Document::parts and origins (schema migration 5, written by another helper this round):
// without them the file read back is no Pemda document. Enabled by the lead once both are merged.
TEST_CASE("pokin merge --into: an OPD's new file replaces its part, the other OPD stay") {
  cli_test::TempDir folder;
  std::string opd = synthetic_opd(folder), output = folder.file("pemda.pokin");
  REQUIRE(cli_test::run({"merge", example(), opd, "--pemda", "Balangan", "-o", output}).exit_code == 0);
  Document changed;
  store::DocumentFile::open(opd, changed, store::OpenMode::ReadOnly);
  for (auto& [id, s] : changed.sasaran)
    if (s.code == "SS1") s.statement += " secara berkelanjutan";
  std::string changed_path = folder.file("pendidikan-perubahan.pokin");
  store::DocumentFile::create(changed_path, changed);
  cli_test::Result again = cli_test::run({"--lang", "en", "merge", "--into", output, changed_path});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(contains(again.out, "Dinas Pendidikan (pendidikan-perubahan.pokin): replaced, 66 unit, 88 sasaran"));
  Document merged;
  store::DocumentFile::open(output, merged, store::OpenMode::ReadOnly);
  CHECK(merged.parts.size() == 3);  // the Pemda unit, the example, the synthetic OPD
}
