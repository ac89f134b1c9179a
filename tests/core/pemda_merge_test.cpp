// The Pemda document merged from OPD documents (core/pemda/merge_documents.h), on in-memory documents: synthetic
// OPD split into files of their own (tests/core/pemda_test_documents.h) and a small hand-built RPJMD.
#include <doctest/doctest.h>

#include <set>

#include "core/model/pemda_structure.h"
#include "core/pemda/merge_documents.h"
#include "core/pemda/pemda_titles.h"
#include "tests/core/pemda_test_documents.h"

using namespace pokin;
using namespace pokin::pemda;
using pemda_test::source_of;

namespace {

// An RPJMD as an imported table gives it: one unit, two tujuan, three sasaran with an indikator each, and one
// program row below (not a Pemda level).
Document hand_built_rpjmd() {
  Document rpjmd;
  rpjmd.info.instansi = "Pemerintah Kabupaten Contoh";
  rpjmd.info.period_start = 2021, rpjmd.info.period_end = 2026;
  Unit& bupati = rpjmd.units[1];
  bupati.id = 1, bupati.kind = UnitKind::Head, bupati.name = "Bupati", bupati.tugas = "Terwujudnya Kabupaten Contoh yang maju";
  bupati.fungsi = {"Meningkatkan pelayanan publik", "Meningkatkan perekonomian daerah"};
  auto statement = [&](Id id, Id parent, int level, StatementKind kind, std::string code, std::string text) {
    Sasaran s;
    s.id = id, s.unit = 1, s.parent = parent, s.level = level, s.kind = kind, s.code = code, s.statement = text;
    rpjmd.sasaran[id] = s;
  };
  statement(2, kNoId, 0, StatementKind::Tujuan, "T1", "Meningkatkan kualitas pelayanan publik");
  statement(3, 2, 0, StatementKind::Sasaran, "S1", "Meningkatnya kepuasan masyarakat terhadap pelayanan perizinan berusaha");
  statement(4, 2, 0, StatementKind::Sasaran, "S2", "Meningkatnya akuntabilitas kinerja perangkat daerah");
  statement(5, kNoId, 0, StatementKind::Tujuan, "T2", "Meningkatkan pertumbuhan ekonomi daerah");
  statement(6, 5, 0, StatementKind::Sasaran, "S3", "Meningkatnya realisasi investasi daerah");
  statement(7, 6, 1, StatementKind::Sasaran, "P1", "Program Peningkatan Iklim Investasi dan Realisasi Investasi");
  Id next = 8;
  for (Id owner : {3, 4, 6, 7}) {
    Indikator i;
    i.id = next++, i.sasaran = owner, i.name = "Indeks " + rpjmd.sasaran[owner].statement;
    rpjmd.indikator[i.id] = i;
  }
  rpjmd.last_id = next;
  return rpjmd;
}

std::vector<Document> three_opds() {
  SyntheticOptions options;
  options.sasaran = 200;  // three OPD of 88 sasaran each (3 + 10 + 30 + 45)
  return pemda_test::split_opds(make_synthetic_document(options));
}

// The nodes of one OPD part, as a document (ids as in the Pemda document), for same_content.
Document part_content(const Document& pemda, Id top) {
  Document part;
  for (const auto& [id, unit] : pemda.units)
    if (opd_of_unit(pemda, id) == top) part.units[id] = unit;
  for (const auto& [id, s] : pemda.sasaran)
    if (part.units.count(s.unit)) part.sasaran[id] = s;
  for (const auto& [id, i] : pemda.indikator)
    if (part.sasaran.count(i.sasaran)) part.indikator[id] = i;
  for (const auto& [id, l] : pemda.links)
    if (part.sasaran.count(l.from)) part.links[id] = l;
  return part;
}

Id top_of(const Document& pemda, const std::string& instansi) {
  for (const auto& [unit, part] : pemda.parts)
    if (part.instansi == instansi) return unit;
  return kNoId;
}

const Sasaran* by_code(const Document& pemda, Id top, const std::string& code) {
  for (const auto& [id, s] : pemda.sasaran)
    if (s.code == code && opd_of_unit(pemda, s.unit) == top) return &s;
  return nullptr;
}

MergeRequest first_request(const std::vector<Document>& opds) {
  MergeRequest request;
  request.pemda = "Kabupaten Contoh";
  request.merged_at = "2026-12-02T16:00:00Z";
  request.rpjmd = source_of(hand_built_rpjmd(), "rpjmd.xlsx");
  for (std::size_t k = 0; k < opds.size(); ++k) request.opd.push_back(source_of(opds[k], "opd" + std::to_string(k) + ".pokin"));
  return request;
}

}  // namespace

TEST_CASE("Pemda titles and instansi keys") {
  CHECK(pemda_titles("Balangan").unit_name == "Pemerintah Kabupaten Balangan");
  CHECK(pemda_titles("Kabupaten Balangan").jabatan == "Bupati Balangan");
  CHECK(pemda_titles("Pemerintah Kota Banjarbaru").jabatan == "Wali Kota Banjarbaru");
  CHECK(pemda_titles("kota Banjarbaru").pemda == "Kota Banjarbaru");
  CHECK(pemda_titles("Kab. Tabalong").unit_name == "Pemerintah Kabupaten Tabalong");
  CHECK(instansi_key("Dinas Kesehatan Kabupaten Balangan") == "dinas kesehatan");
  CHECK(instansi_key(" DINAS  KESEHATAN ") == "dinas kesehatan");
  CHECK(instansi_key("Dinas Penanaman Modal dan PTSP") == "dinas penanaman modal dan ptsp");
}

TEST_CASE("First merge: the Pemda unit on top, each OPD under it one level lower with fresh ids and origins") {
  std::vector<Document> opds = three_opds();
  REQUIRE(opds.size() == 3);
  for (const Document& opd : opds) REQUIRE(opd.sasaran.size() == 88);
  MergeResult merged = merge_documents(first_request(opds));
  const Document& pemda = merged.document;

  Id head = pokin::pemda_unit(pemda);
  REQUIRE(head != kNoId);
  CHECK(pemda.units.at(head).name == "Pemerintah Kabupaten Contoh");
  CHECK(pemda.units.at(head).jabatan == "Bupati Contoh");
  CHECK(pemda.units.at(head).kind == UnitKind::Head);
  CHECK(pemda.units.at(head).tugas == "Terwujudnya Kabupaten Contoh yang maju");  // visi
  CHECK(pemda.units.at(head).fungsi.size() == 2);                                  // misi
  CHECK(pemda.info.levels.at(0) == LevelName{"Sasaran RPJMD", "Indikator Sasaran RPJMD"});
  CHECK(pemda.info.levels.at(1) == default_level_names().at(0));
  CHECK(pemda.parts.size() == 4);

  // The RPJMD: 2 tujuan and 3 sasaran at level 0 on the Pemda unit, 3 indikator; the program row is not taken.
  int tujuan = 0, rpjmd_sasaran = 0, rpjmd_indikator = 0;
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == head) {
      CHECK(s.level == 0);
      (s.kind == StatementKind::Tujuan ? tujuan : rpjmd_sasaran)++;
    }
  for (const auto& [id, i] : pemda.indikator) rpjmd_indikator += pemda.sasaran.at(i.sasaran).unit == head;
  CHECK(tujuan == 2);
  CHECK(rpjmd_sasaran == 3);
  CHECK(rpjmd_indikator == 3);
  REQUIRE(merged.report.rpjmd_not_taken.size() == 1);
  CHECK(merged.report.rpjmd_not_taken[0].code == "P1");
  CHECK(merged.report.rpjmd_not_taken[0].indikator == 1);

  // Ids unique across the shared id space; every OPD's counts and shifted levels; origins name the file's node.
  std::set<Id> ids;
  std::size_t nodes = pemda.units.size() + pemda.sasaran.size() + pemda.indikator.size() + pemda.links.size();
  for (const auto* table : {&pemda.units}) for (const auto& [id, x] : *table) ids.insert(id);
  for (const auto& [id, x] : pemda.sasaran) ids.insert(id);
  for (const auto& [id, x] : pemda.indikator) ids.insert(id);
  for (const auto& [id, x] : pemda.links) ids.insert(id);
  CHECK(ids.size() == nodes);
  for (const Document& opd : opds) {
    Id top = top_of(pemda, opd.info.instansi);
    REQUIRE(top != kNoId);
    CHECK(pemda.units.at(top).parent == head);
    Document part = part_content(pemda, top);
    CHECK(part.units.size() == 66);  // 1 head, 5 bidang, 15 seksi, 45 staff
    CHECK(part.sasaran.size() == 88);
    CHECK(part.indikator.size() == opd.indikator.size());
    for (const auto& [id, s] : part.sasaran) {
      const Sasaran& source = opd.sasaran.at(pemda.origins.at(id));
      CHECK(source.statement == s.statement);
      CHECK(s.level == source.level + 1);
      if (s.level == 1) CHECK((s.parent == kNoId || pemda.sasaran.at(s.parent).unit == head));
      if (s.parent != kNoId && s.level == 1) CHECK(s.link_origin == LinkOrigin::Suggested);
    }
    for (const auto& [id, i] : part.indikator) CHECK(opd.indikator.at(pemda.origins.at(id)).name == i.name);
    for (const auto& [id, u] : part.units) CHECK(opd.units.at(pemda.origins.at(id)).name == u.name);
  }
  // Suggestions link OPD top statements to sasaran RPJMD (not to tujuan), never as a Person decision.
  CHECK_FALSE(merged.report.suggested.empty());
  for (const SuggestedRpjmdLink& link : merged.report.suggested) CHECK(pemda.sasaran.at(link.rpjmd).unit == head);
}

TEST_CASE("Merging again after one OPD changed keeps Bappeda's decisions and reports the lost one") {
  std::vector<Document> opds = three_opds();
  MergeResult first = merge_documents(first_request(opds));
  Document pemda = first.document;
  Id a = top_of(pemda, opds[0].info.instansi), b = top_of(pemda, opds[1].info.instansi), c = top_of(pemda, opds[2].info.instansi);
  Id head = pokin::pemda_unit(pemda);
  Id s2 = kNoId;
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == head && s.code == "S2") s2 = id;
  // Bappeda decides: B's SS1 and SS3 support S2; A's SS1 is helped by B's SS2 (accepted) and by B's SS3 (accepted).
  Id b_ss1 = by_code(pemda, b, "SS1")->id, b_ss2 = by_code(pemda, b, "SS2")->id, b_ss3 = by_code(pemda, b, "SS3")->id;
  Id a_ss1 = by_code(pemda, a, "SS1")->id;
  for (Id id : {b_ss1, b_ss3}) {
    pemda.sasaran.at(id).parent = s2;
    pemda.sasaran.at(id).link_origin = LinkOrigin::Person;
    pemda.sasaran.at(id).note = "Disepakati rapat Bappeda 12 Oktober";
  }
  Id kept_link = pemda.allocate_id(), lost_link = pemda.allocate_id();
  pemda.links[kept_link] = CrosscuttingLink{kept_link, a_ss1, b_ss2, "", PartnerKind::OpdLain, LinkStatus::Diterima, "Dukungan data"};
  pemda.links[lost_link] = CrosscuttingLink{lost_link, a_ss1, b_ss3, "", PartnerKind::OpdLain, LinkStatus::Diterima, "Dukungan SDM"};
  Document a_before = part_content(pemda, a), c_before = part_content(pemda, c);
  std::string b_ss3_statement = pemda.sasaran.at(b_ss3).statement;

  // B's new file: SS1 reworded, SS3 removed (its sasaran program now under SS2), a new SS4.
  Document b_file = opds[1];
  Id file_ss1 = kNoId, file_ss2 = kNoId, file_ss3 = kNoId;
  for (auto& [id, s] : b_file.sasaran) {
    if (s.code == "SS1") file_ss1 = id, s.statement = s.statement + " secara berkelanjutan";
    if (s.code == "SS2") file_ss2 = id;
    if (s.code == "SS3") file_ss3 = id;
  }
  for (auto& [id, s] : b_file.sasaran)
    if (s.parent == file_ss3) s.parent = file_ss2;
  std::erase_if(b_file.indikator, [&](const auto& entry) { return entry.second.sasaran == file_ss3; });
  std::erase_if(b_file.links, [&](const auto& entry) { return entry.second.from == file_ss3 || entry.second.to == file_ss3; });
  b_file.sasaran.erase(file_ss3);
  Sasaran added = b_file.sasaran.at(file_ss1);
  added.id = b_file.allocate_id(), added.code = "SS4", added.statement = "Meningkatnya realisasi investasi daerah";
  b_file.sasaran[added.id] = added;

  MergeRequest again;
  again.previous = &pemda;
  again.merged_at = "2026-12-03T09:00:00Z";
  again.opd.push_back(source_of(b_file, "opd1-perubahan.pokin"));
  MergeResult second = merge_documents(again);
  const Document& merged = second.document;

  // SS1 kept its id, Bappeda's link to S2 and the note, and took the new wording.
  REQUIRE(merged.sasaran.count(b_ss1));
  CHECK(merged.sasaran.at(b_ss1).statement.find("secara berkelanjutan") != std::string::npos);
  CHECK(merged.sasaran.at(b_ss1).parent == s2);
  CHECK(merged.sasaran.at(b_ss1).link_origin == LinkOrigin::Person);
  CHECK(merged.sasaran.at(b_ss1).note == "Disepakati rapat Bappeda 12 Oktober");
  // The crosscutting link to SS2 kept with its status; the one to SS3 kept as a link to B as an outside partner.
  REQUIRE(merged.links.count(kept_link));
  CHECK(merged.links.at(kept_link).to == b_ss2);
  CHECK(merged.links.at(kept_link).status == LinkStatus::Diterima);
  REQUIRE(merged.links.count(lost_link));
  CHECK(merged.links.at(lost_link).from == a_ss1);
  CHECK(merged.links.at(lost_link).to == kNoId);
  CHECK(merged.links.at(lost_link).partner_name == opds[1].info.instansi);
  CHECK(merged.links.at(lost_link).status == LinkStatus::Diterima);
  CHECK(merged.links.at(lost_link).note.find("Dukungan SDM") == 0);
  // SS3 is gone; both decisions about it are reported under its old code and statement.
  CHECK_FALSE(merged.sasaran.count(b_ss3));
  int lost_about_ss3 = 0;
  for (const LostDecision& lost : second.report.lost)
    lost_about_ss3 += lost.code == "SS3" && lost.statement == b_ss3_statement && lost.opd == opds[1].info.instansi;
  CHECK(lost_about_ss3 == 2);
  // SS4 is new, at level 1 of B, and not a Person link.
  const Sasaran* ss4 = by_code(merged, b, "SS4");
  REQUIRE(ss4);
  CHECK(ss4->level == 1);
  CHECK(ss4->link_origin == LinkOrigin::Suggested);
  CHECK(by_code(merged, b, "SS1")->id == b_ss1);
  // The other OPD are untouched (but for A's link that lost B's SS3, checked above); B's part is one part, replaced.
  Document a_after = part_content(merged, a);
  a_after.links.erase(lost_link), a_before.links.erase(lost_link);
  CHECK(a_after.same_content(a_before));
  CHECK(part_content(merged, c).same_content(c_before));
  CHECK(merged.parts.size() == 4);
  CHECK(merged.parts.at(b).source_file == "opd1-perubahan.pokin");
  REQUIRE(second.report.parts.size() == 1);
  CHECK(second.report.parts[0].outcome == PartOutcome::Replaced);
  CHECK(second.report.parts[0].sasaran == 88);  // 88 - SS3 + SS4
  std::string text = render_merge_report(second.report, Language::English);
  CHECK(text.find("SS3") != std::string::npos);
  CHECK(text.find("still supports sasaran RPJMD S2") != std::string::npos);

  // The same file once more: unchanged, nothing moves.
  MergeRequest same;
  same.previous = &merged;
  same.opd.push_back(source_of(b_file, "opd1-perubahan.pokin"));
  MergeResult third = merge_documents(same);
  REQUIRE(third.report.parts.size() == 1);
  CHECK(third.report.parts[0].outcome == PartOutcome::Unchanged);
  CHECK(third.document.same_content(merged));
}

TEST_CASE("Replacing the RPJMD keeps links to matched sasaran RPJMD and reports the one removed") {
  std::vector<Document> opds = three_opds();
  Document pemda = merge_documents(first_request(opds)).document;
  Id head = pokin::pemda_unit(pemda);
  Id b = top_of(pemda, opds[1].info.instansi);
  Id s1 = kNoId, s3 = kNoId;
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == head && s.code == "S1") s1 = id;
    else if (s.unit == head && s.code == "S3") s3 = id;
  REQUIRE(s1 != kNoId);
  REQUIRE(s3 != kNoId);
  Id ss1 = by_code(pemda, b, "SS1")->id, ss2 = by_code(pemda, b, "SS2")->id;
  pemda.sasaran.at(ss1).parent = s1, pemda.sasaran.at(ss1).link_origin = LinkOrigin::Person;
  pemda.sasaran.at(ss2).parent = s3, pemda.sasaran.at(ss2).link_origin = LinkOrigin::Person;

  Document rpjmd = hand_built_rpjmd();
  rpjmd.sasaran.at(3).statement = "Meningkatnya kepuasan masyarakat atas pelayanan perizinan berusaha";  // S1 reworded
  rpjmd.sasaran.erase(6), rpjmd.sasaran.erase(7), rpjmd.indikator.erase(10), rpjmd.indikator.erase(11);  // S3 gone
  MergeRequest again;
  again.previous = &pemda;
  again.rpjmd = source_of(rpjmd, "rpjmd-perubahan.xlsx");
  MergeResult merged = merge_documents(again);
  CHECK(merged.document.sasaran.at(s1).statement.find("atas pelayanan") != std::string::npos);
  CHECK(merged.document.sasaran.at(ss1).parent == s1);
  CHECK(merged.document.sasaran.at(ss1).link_origin == LinkOrigin::Person);
  CHECK_FALSE(merged.document.sasaran.count(s3));
  CHECK(merged.document.sasaran.at(ss2).link_origin == LinkOrigin::Suggested);
  REQUIRE(merged.report.lost.size() == 1);
  CHECK(merged.report.lost[0].code == "SS2");
}

TEST_CASE("Merge refuses what it cannot merge, with a message in both languages") {
  std::vector<Document> opds = three_opds();
  MergeRequest none;
  none.pemda = "Kabupaten Contoh";
  CHECK_THROWS_AS(merge_documents(none), UserError);

  MergeRequest twice = first_request({opds[0], opds[0]});
  try {
    merge_documents(twice);
    FAIL("two files of one instansi merged");
  } catch (const UserError& error) {
    CHECK(std::string(error.message().en).find("are both documents of") != std::string::npos);
    CHECK(std::string(error.message().id).find("keduanya dokumen") != std::string::npos);
  }

  Document pemda = merge_documents(first_request(opds)).document;
  CHECK_THROWS_AS(merge_documents(first_request({pemda})), UserError);  // a Pemda document as an OPD

  MergeRequest into_opd;
  into_opd.previous = &opds[0];
  into_opd.opd.push_back(source_of(opds[1], "b.pokin"));
  CHECK_THROWS_AS(merge_documents(into_opd), UserError);

  MergeRequest unknown;
  unknown.previous = &pemda;
  unknown.opd.push_back(source_of(opds[1], "b.pokin"));
  unknown.opd.back().replaces = "Dinas Yang Tidak Ada";
  CHECK_THROWS_AS(merge_documents(unknown), UserError);
}

TEST_CASE("A Sasaran Strategis the new file places under another of the OPD loses Bappeda's link, reported") {
  std::vector<Document> opds = three_opds();
  Document pemda = merge_documents(first_request(opds)).document;
  Id head = pokin::pemda_unit(pemda), b = top_of(pemda, opds[1].info.instansi);
  Id s1 = kNoId;
  for (const auto& [id, s] : pemda.sasaran)
    if (s.unit == head && s.code == "S1") s1 = id;
  Id ss2 = by_code(pemda, b, "SS2")->id;
  pemda.sasaran.at(ss2).parent = s1, pemda.sasaran.at(ss2).link_origin = LinkOrigin::Person;
  Document b_file = opds[1];
  Id file_ss1 = kNoId;
  for (auto& [id, s] : b_file.sasaran)
    if (s.code == "SS1") file_ss1 = id;
  for (auto& [id, s] : b_file.sasaran)
    if (s.code == "SS2") s.parent = file_ss1;
  MergeRequest again;
  again.previous = &pemda;
  again.opd.push_back(source_of(b_file, "b.pokin"));
  MergeResult merged = merge_documents(again);
  CHECK(merged.document.sasaran.at(ss2).parent == by_code(merged.document, b, "SS1")->id);
  REQUIRE(merged.report.lost.size() == 1);
  CHECK(merged.report.lost[0].code == "SS2");
  CHECK(merged.report.lost[0].what.en.find("places this sasaran under one of the OPD's own") != std::string::npos);
}
