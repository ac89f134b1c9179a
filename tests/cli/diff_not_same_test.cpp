// `pokin diff --not-same OLD=NEW`: the review of the matches (a match rejected in the Compare view) applied to an
// export; the codes or ids it names, and the errors a planner can cause.
#include <doctest/doctest.h>

#include "cli_test_support.h"
#include "core/store/document_file.h"
#include "tests/core/hand_built_document.h"

using cli_test::run;

namespace {

// The CleanCascade (SS1 4 <- SP1 5 <- SK1 6; indikator 7, 8, 9) saved as it was, and with SP1 reworded; compared
// by content, SP1 is matched by its code and reworded.
struct ReworkedPair {
  cli_test::TempDir dir;
  std::string before = dir.file("renstra_2021.pokin");
  std::string after = dir.file("renstra_2023.pokin");
  ReworkedPair() {
    pokin::testing::CleanCascade cascade;
    pokin::store::DocumentFile::create(before, cascade.document);
    pokin::Document changed = cascade.document;
    changed.sasaran.at(cascade.sp).statement = "Meningkatnya kecepatan dan ketepatan penerbitan izin usaha";
    pokin::store::DocumentFile::create(after, changed);
  }
};

}  // namespace

TEST_CASE("pokin diff --not-same: a rejected match is a removal and an addition in the JSON") {
  ReworkedPair pair;
  auto reviewed = run({"diff", pair.before, pair.after, "--by-content", "-f", "json"});
  REQUIRE(reviewed.exit_code == 0);
  CHECK(reviewed.out.find("\"reworded\":1") != std::string::npos);
  CHECK(reviewed.out.find("\"removed\":0") != std::string::npos);
  CHECK(reviewed.out.find("\"review\":1") != std::string::npos);

  auto rejected = run({"diff", pair.before, pair.after, "--by-content", "-f", "json", "--not-same", "SP1=SP1"});
  REQUIRE(rejected.exit_code == 0);
  CHECK(rejected.out.find("\"reworded\":0") != std::string::npos);
  CHECK(rejected.out.find("\"removed\":1") != std::string::npos);
  CHECK(rejected.out.find("\"added\":1") != std::string::npos);
  CHECK(rejected.out.find("\"review\":0") != std::string::npos);
  CHECK(rejected.out.find("{\"kind\":\"removed\",\"type\":\"sasaran\",\"old\":5,\"new\":0") != std::string::npos);

  // The same pair named by its ids, and a code written otherwise (case, blanks): the same comparison.
  auto by_id = run({"diff", pair.before, pair.after, "--by-content", "-f", "json", "--not-same", "5=5"});
  CHECK(by_id.out == rejected.out);
  auto loosely = run({"diff", pair.before, pair.after, "--by-content", "-f", "json", "--not-same", "sp1=SP1 "});
  CHECK(loosely.out == rejected.out);
  // Repeated: SS1 too.
  auto both = run({"diff", pair.before, pair.after, "--by-content", "-f", "json", "--not-same", "SP1=SP1",
                   "--not-same", "SS1=SS1"});
  CHECK(both.out.find("\"removed\":2") != std::string::npos);
}

TEST_CASE("pokin diff --not-same: unknown codes and a value without = are bilingual errors") {
  ReworkedPair pair;
  auto unknown = run({"diff", pair.before, pair.after, "--not-same", "SP9=SP1"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("tidak ada node berkode atau ber-id \"SP9\" di dokumen lama") != std::string::npos);
  auto unknown_new = run({"--lang", "en", "diff", pair.before, pair.after, "--not-same", "SP1=77"});
  CHECK(unknown_new.exit_code == 1);
  CHECK(unknown_new.err.find("the new document has no node with the code or id \"77\"") != std::string::npos);
  auto malformed = run({"--lang", "en", "diff", pair.before, pair.after, "--not-same", "SP1"});
  CHECK(malformed.exit_code == 1);
  CHECK(malformed.err.find("--not-same expects OLD=NEW") != std::string::npos);
  CHECK(malformed.out.empty());
}

TEST_CASE("pokin diff --not-same: a code several nodes carry names the pair the comparison matched, else asks for ids") {
  cli_test::TempDir dir;
  const std::string before = dir.file("lama.pokin"), after = dir.file("baru.pokin");
  pokin::testing::CleanCascade cascade;
  // A second "SK1" (id 10) under SS1, in the old document.
  pokin::Sasaran copy = cascade.document.sasaran.at(cascade.sk);
  copy.id = cascade.document.allocate_id();
  REQUIRE(copy.id == 10);
  copy.parent = cascade.ss;
  copy.unit = cascade.bidang;
  copy.level = 1;
  copy.order = 1;
  copy.statement = "Terlaksananya pembinaan pelaku usaha";
  cascade.document.sasaran[copy.id] = copy;
  pokin::store::DocumentFile::create(before, cascade.document);
  pokin::Document changed = cascade.document;
  changed.sasaran.erase(copy.id);  // only the first SK1 (id 6) is left in the new document
  pokin::store::DocumentFile::create(after, changed);

  // Old: SK1 is 6 or 10; new: only 6. The pair (6, 6) is the one matched.
  auto one = run({"diff", before, after, "-f", "json", "--not-same", "SK1=SK1"});
  REQUIRE(one.exit_code == 0);
  CHECK(one.out.find("{\"kind\":\"removed\",\"type\":\"sasaran\",\"old\":6,\"new\":0") != std::string::npos);
  CHECK(one.out.find("{\"kind\":\"added\",\"type\":\"sasaran\",\"old\":0,\"new\":6") != std::string::npos);

  // Both documents with both SK1, both pairs matched: the ids must be written.
  auto both = run({"--lang", "en", "diff", before, before, "--not-same", "SK1=SK1"});
  CHECK(both.exit_code == 1);
  CHECK(both.err.find("several nodes carry this code (old ids 6, 10; new ids 6, 10): write the ids") !=
        std::string::npos);
  auto by_id = run({"diff", before, before, "-f", "json", "--not-same", "10=10"});
  REQUIRE(by_id.exit_code == 0);
  CHECK(by_id.out.find("\"removed\":1") != std::string::npos);
  CHECK(by_id.out.find("\"added\":1") != std::string::npos);
}

TEST_CASE("pokin diff --same and --not-same: the summary counts the review, the JSON lists it") {
  ReworkedPair pair;
  auto waiting = run({"diff", pair.before, pair.after, "--by-content"});
  REQUIRE(waiting.exit_code == 0);
  CHECK(waiting.out.find("Padanan menurut kemiripan teks untuk ditinjau: 1") != std::string::npos);
  CHECK(waiting.out.find("Sudah ditinjau") == std::string::npos);

  auto confirmed = run({"--lang", "en", "diff", pair.before, pair.after, "--by-content", "--same", "SP1=SP1"});
  REQUIRE(confirmed.exit_code == 0);
  CHECK(confirmed.out.find("Matches by similar text to review") == std::string::npos);
  CHECK(confirmed.out.find("Reviewed: 1 confirmed (Correct match), 0 rejected (Not a match)") != std::string::npos);

  auto rejected = run({"diff", pair.before, pair.after, "--by-content", "--not-same", "SP1=SP1"});
  CHECK(rejected.out.find("Sudah ditinjau: 0 diterima (Padanan benar), 1 ditolak (Bukan padanan)") != std::string::npos);
  auto json = run({"diff", pair.before, pair.after, "--by-content", "-f", "json", "--not-same", "SP1=SP1"});
  CHECK(json.out.find("\"rejected\":[{\"type\":\"sasaran\",\"old\":5,\"new\":5,\"old_text\":\"SP1 ") != std::string::npos);

  auto malformed = run({"--lang", "en", "diff", pair.before, pair.after, "--same", "SP1"});
  CHECK(malformed.exit_code == 1);
  CHECK(malformed.err.find("--same expects OLD=NEW") != std::string::npos);
}
