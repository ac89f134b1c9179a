// What the cascade suggestion uses besides the statements' words: codes, nomenclature kode, unit names, the unit
// hierarchy. Small documents built by hand; each expected parent follows from the structure written in them.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "core/import/cascade_suggestion.h"
#include "core/import/import_document.h"
#include "core/import/kode_prefix.h"
#include "layout_test_documents.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("code parts: the last dotted run of digits, leading zeros ignored") {
  CHECK(code_parts("SS 1.2.3") == std::vector<int>{1, 2, 3});
  CHECK(code_parts("1.02.01.2.02") == std::vector<int>{1, 2, 1, 2, 2});
  CHECK(code_parts("IK1.1.") == std::vector<int>{1, 1});
  CHECK(code_parts("IKU").empty());
  CHECK(code_parts("1234567890").empty());  // ten digits: no code part
  CHECK(code_prefix_length({1, 2}, {1, 2, 3}) == 2);
  CHECK(code_prefix_length({1, 2}, {1, 2}) == 0);  // equal: a sibling, not a parent
  CHECK(code_prefix_length({1, 3}, {1, 2, 3}) == 0);
  CHECK(code_prefix_length({}, {1}) == 0);
}

TEST_CASE("a sasaran code that continues a candidate's code decides over the words") {
  test::DocumentBuilder built;
  Id head = built.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  Id bidang = built.unit(head, UnitKind::Division, "Bidang Pelayanan");
  Id ss1 = built.sasaran(head, kNoId, 0, "1.1", "Meningkatnya kualitas pelayanan perizinan");
  Id ss2 = built.sasaran(head, kNoId, 0, "1.2", "Meningkatnya realisasi investasi");
  // Its words are those of SS 1.1; its code puts it under 1.2.
  Id child = built.sasaran(bidang, kNoId, 1, "1.2.1", "Meningkatnya kualitas pelayanan perizinan investasi");
  ImportReport report;
  suggest_cascade(built.document, report);
  CHECK(built.document.sasaran.at(child).parent == ss2);
  CHECK(built.document.sasaran.at(child).link_origin == LinkOrigin::Suggested);
  REQUIRE(report.suggestions.size() == 1);
  CHECK(report.suggestions[0].basis == SuggestionBasis::Code);  // the report says what the link rests on
  CHECK(report.suggestions[0].score <= 1.0);
  (void)ss1;
}

TEST_CASE("a kegiatan's nomenclature kode under a program's kode decides over the words") {
  test::DocumentBuilder built;
  Id head = built.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  Id seksi = built.unit(head, UnitKind::Section, "Seksi Promosi");
  Id program_a = built.sasaran(head, kNoId, 0, "", "Meningkatnya promosi investasi daerah");
  Id program_b = built.sasaran(head, kNoId, 0, "", "Meningkatnya pelayanan perizinan");
  built.document.sasaran.at(program_a).nomenclature = {NomenclatureKind::Program, "2.18.03", "Program Promosi"};
  built.document.sasaran.at(program_b).nomenclature = {NomenclatureKind::Program, "2.18.04", "Program Pelayanan"};
  Id kegiatan = built.sasaran(seksi, kNoId, 1, "", "Terlaksananya promosi investasi di pameran");
  built.document.sasaran.at(kegiatan).nomenclature = {NomenclatureKind::Kegiatan, "2.18.04.2.01", "Pelayanan"};
  ImportReport report;
  suggest_cascade(built.document, report);
  CHECK(built.document.sasaran.at(kegiatan).parent == program_b);
}

TEST_CASE("the unit's name settles a vague statement, the only sasaran of the parent unit is taken") {
  test::DocumentBuilder built;
  Id head = built.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  Id industri = built.unit(head, UnitKind::Division, "Bidang Perindustrian");
  Id naker = built.unit(head, UnitKind::Division, "Bidang Tenaga Kerja");
  Id seksi = built.unit(naker, UnitKind::Section, "Seksi Penempatan");
  Id ss_industri = built.sasaran(head, kNoId, 0, "SS1", "Meningkatnya daya saing industri dan wirausaha");
  Id ss_naker = built.sasaran(head, kNoId, 0, "SS2", "Meningkatnya penyerapan tenaga kerja");
  built.sasaran(industri, kNoId, 1, "SS1", "Berkembangnya industri kecil");
  // "wirausaha" is the only word it shares, with the industry sasaran; its unit is the labour Bidang.
  Id vague = built.sasaran(naker, kNoId, 1, "SS1", "Meningkatnya kualitas wirausaha baru dan pencari kerja");
  // Shares no word with its Bidang's single sasaran.
  Id seksi_sasaran = built.sasaran(seksi, kNoId, 2, "SS1", "Terlaksananya bursa lowongan");
  ImportReport report;
  suggest_cascade(built.document, report);
  CHECK(built.document.sasaran.at(vague).parent == ss_naker);
  CHECK(built.document.sasaran.at(seksi_sasaran).parent == vague);
  CHECK(built.document.sasaran.at(seksi_sasaran).suggestion_score >= kDefaultSuggestionThreshold);
  for (const LinkSuggestion& suggestion : report.suggestions)
    if (suggestion.sasaran == seksi_sasaran) CHECK(suggestion.basis == SuggestionBasis::SoleCandidate);
  (void)ss_industri;
}

TEST_CASE("fuzz regression: a unit whose walk up finds no unit owning sasaran gets no suggestion, no crash") {
  // Found by text_import_fuzz: a table whose "Unit Induk" chain reached no unit with sasaran left the candidate
  // list empty, and the suggestion read the best of nothing.
  std::ifstream in(std::string(POKIN_FIXTURES) + "/fuzz/cascade_suggestion_no_candidates.csv", std::ios::binary);
  REQUIRE(in.good());
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Refusing the garbled header with the importer's message is as good as reading it: what may not happen is a
  // crash or a suggestion pointing at nothing.
  try {
    ImportResult result = import_text("crash.csv", bytes, {});
    for (const LinkSuggestion& suggestion : result.report.suggestions)
      if (suggestion.parent != kNoId) CHECK(result.document.find_sasaran(suggestion.parent) != nullptr);
  } catch (const UserError& refused) {
    CHECK(std::string(refused.what()).find("crash.csv") != std::string::npos);
  }

  // The same shape built by hand: a chain of 70 units without sasaran under the head, a sasaran at its end.
  test::DocumentBuilder built;
  Id head = built.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  built.sasaran(head, kNoId, 0, "SS1", "Meningkatnya realisasi investasi");
  Id unit = head;
  for (int i = 0; i < 70; ++i) unit = built.unit(unit, UnitKind::Section, "Seksi " + std::to_string(i));
  Id deep = built.sasaran(unit, kNoId, 3, "SK1", "Meningkatnya promosi investasi");
  // And a cycle of two units, each owning a sasaran that must not become the other's parent and child at once.
  Id a = built.unit(kNoId, UnitKind::Section, "Seksi A"), b = built.unit(a, UnitKind::Section, "Seksi B");
  built.document.units.at(a).parent = b;
  Id in_a = built.sasaran(a, kNoId, 2, "A1", "Terlaksananya promosi");
  Id in_b = built.sasaran(b, kNoId, 2, "B1", "Terlaksananya promosi");
  ImportReport report;
  suggest_cascade(built.document, report);
  CHECK(built.document.sasaran.at(deep).parent == kNoId);  // 70 levels: no agency; nothing suggested
  CHECK_FALSE((built.document.sasaran.at(in_a).parent == in_b && built.document.sasaran.at(in_b).parent == in_a));
}
