// Crosscutting between OPD in a Pemda document (core/pemda/opd_crosscutting.h) and the split of a Pemda document
// back into OPD documents (core/pemda/split_document.h). Two real OPD of Kabupaten Balangan with statements from
// real Renstra (the Dinas Kesehatan of Gresik, the Dinas Sosial of Gorontalo), built by hand; every expected id,
// status and note is worked out below from the layout pemda_split_test::pemda_from_opds gives.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/commands/commands.h"
#include "core/model/pemda_structure.h"
#include "core/pemda/opd_crosscutting.h"
#include "core/pemda/split_document.h"
#include "core/store/document_file.h"
#include "core/synthetic/synthetic_document.h"
#include "pemda_split_test_documents.h"

using namespace pokin;
using pemda::CrosscuttingOutcome;
using pemda::UnresolvedReason;

namespace {

const char* const kKesehatanKeluarga = "Meningkatnya kesehatan keluarga dan perbaikan gizi masyarakat";
const char* const kAksesBantuan =
    "Meningkatnya akses keluarga miskin dan rentan dalam menerima bantuan pemenuhan kebutuhan dasar";

Sasaran sasaran(Id id, Id unit, Id parent, int level, std::string code, std::string statement, std::string note = {}) {
  Sasaran item;
  item.id = id;
  item.unit = unit;
  item.parent = parent;
  item.level = level;
  item.code = std::move(code);
  item.statement = std::move(statement);
  item.note = std::move(note);
  return item;
}

Document opd(std::string instansi, std::string head, std::string bidang, std::string kepala) {
  Document document;
  document.info.instansi = std::move(instansi);
  document.info.pemda = "Kabupaten Balangan";
  document.info.period_start = 2021;
  document.info.period_end = 2026;
  document.info.penandatangan = {kepala, "197001012000031001", "Kepala " + head};
  document.units[10] = pemda_split_test::make_unit(10, kNoId, UnitKind::Head, head, "Kepala " + head, kepala, "197001012000031001");
  document.units[11] = pemda_split_test::make_unit(11, 10, UnitKind::Division, bidang, "Kepala " + bidang);
  return document;
}

// Ids in its own file: units 10, 11; sasaran 20 (SS1, supports S2.1), 21 (SP1.1); indikator 30; link 40.
Document dinas_kesehatan(std::string partner = "Dinas Sosial", std::string note = "Dukungan SP2.1 bagi keluarga miskin") {
  Document document = opd("Dinas Kesehatan Kabupaten Balangan", "Dinas Kesehatan", "Bidang Kesehatan Masyarakat",
                          "dr. H. Ahmad Rasyidi");
  document.sasaran[20] = sasaran(20, 10, kNoId, 0, "SS1", "Meningkatnya derajat kesehatan masyarakat",
                                 "Mendukung sasaran RPJMD: S2.1 Meningkatnya kualitas kesehatan masyarakat");
  document.sasaran[21] = sasaran(21, 11, 20, 1, "SP1.1", kKesehatanKeluarga);
  Indikator uhh;
  uhh.id = 30;
  uhh.sasaran = 20;
  uhh.name = "Usia Harapan Hidup";
  uhh.satuan = "tahun";
  uhh.target[2021] = {"72,30", 72.3};
  document.indikator[30] = uhh;
  if (!partner.empty())
    document.links[40] = CrosscuttingLink{40, 21, kNoId, partner, PartnerKind::OpdLain, LinkStatus::Diterima, note};
  document.last_id = 40;
  return document;
}

// The same ids as the Dinas Kesehatan (each OPD numbers its own file): sasaran 20 SS1 (supports S3.1), 21 SP2.1.
Document dinas_sosial(LinkStatus status = LinkStatus::Diterima, bool records_it = true) {
  Document document = opd("Dinas Sosial Kabupaten Balangan", "Dinas Sosial", "Bidang Perlindungan dan Jaminan Sosial",
                          "Hj. Siti Rahmah, S.Sos");
  document.sasaran[20] = sasaran(20, 10, kNoId, 0, "SS1", "Meningkatnya perlindungan sosial bagi masyarakat",
                                 "Mendukung sasaran RPJMD: S3.1 Menurunnya persentase penduduk miskin");
  document.sasaran[21] = sasaran(21, 11, 20, 1, "SP2.1", kAksesBantuan);
  Indikator akses;
  akses.id = 30;
  akses.sasaran = 21;
  akses.name = "Persentase keluarga miskin dan rentan yang meningkat aksesnya dalam menerima bantuan";
  akses.satuan = "%";
  document.indikator[30] = akses;
  if (records_it)
    document.links[40] = CrosscuttingLink{40, 21, kNoId, "Dinas Kesehatan Kabupaten Balangan", PartnerKind::OpdLain,
                                          status, "Bersama SP1.1 Dinas Kesehatan"};
  document.last_id = 40;
  return document;
}

const std::vector<pemda_split_test::RpjmdSasaran> kRpjmd = {{"S2.1", "Meningkatnya kualitas kesehatan masyarakat"},
                                                       {"S3.1", "Menurunnya persentase penduduk miskin"}};

// Layout of pemda_from_opds({kesehatan, sosial}): Pemda unit 1, RPJMD sasaran 2 and 3; the Dinas Kesehatan moved
// by 3 (units 13, 14; sasaran 23, 24; indikator 33; link 43), the Dinas Sosial by 43 (units 53, 54; sasaran 63, 64;
// indikator 73; link 83).
constexpr Id kKesehatan = 13, kSosial = 53, kKesehatanSP = 24, kSosialSP = 64, kKesehatanLink = 43, kSosialLink = 83;

Document two_opd(Document kesehatan, Document sosial) { return pemda_split_test::pemda_from_opds({kesehatan, sosial}, kRpjmd); }

// Each link as a reader sees it, independent of ids: "OPD code -> OPD code [status] note".
std::vector<std::string> described_links(const Document& document) {
  auto side = [&](Id sasaran) {
    return opd_name(document, opd_of_sasaran(document, sasaran)) + " " + document.sasaran.at(sasaran).code;
  };
  std::vector<std::string> links;
  for (const auto& [id, link] : document.links)
    links.push_back(side(link.from) + " -> " + (link.to != kNoId ? side(link.to) : "\"" + link.partner_name + "\"") +
                    " [" + std::to_string(static_cast<int>(link.status)) + "] " + link.note);
  std::sort(links.begin(), links.end());
  return links;
}

}  // namespace

TEST_CASE("split of a two-OPD Pemda document gives each OPD's own document back: ids, levels, RPJMD support") {
  Document kesehatan = dinas_kesehatan(), sosial = dinas_sosial();
  Document merged = two_opd(kesehatan, sosial);
  REQUIRE(merged.sasaran.at(23).parent == 2);  // the layout the expected ids below rely on
  REQUIRE(merged.sasaran.at(63).parent == 3);
  REQUIRE(merged.sasaran.at(kSosialSP).level == 2);

  pemda::SplitOpd back = pemda::split_opd(merged, kKesehatan);
  CHECK(back.document.same_content(kesehatan));
  CHECK(back.document.units.at(10).parent == kNoId);
  CHECK(back.document.sasaran.at(20).level == 0);
  CHECK(back.document.sasaran.at(21).level == 1);
  CHECK(back.document.sasaran.at(20).note == "Mendukung sasaran RPJMD: S2.1 Meningkatnya kualitas kesehatan masyarakat");
  CHECK(back.document.last_id == 40);
  CHECK(back.rpjmd_supports == 1);
  CHECK(back.fresh_ids == 0);
  CHECK(back.partner_links == 0);
  CHECK(back.document.parts.empty());

  pemda::SplitOpd other = pemda::split_opd(merged, kSosial);
  CHECK(other.document.same_content(sosial));
  CHECK(other.document.info.instansi == "Dinas Sosial Kabupaten Balangan");
  CHECK(other.document.info.levels == default_level_names());
  CHECK(merged.sasaran.at(23).parent == 2);  // the Pemda document is untouched
}

TEST_CASE("crosscutting recorded and accepted by both OPD becomes one real link, Diterima") {
  Document merged = two_opd(dinas_kesehatan(), dinas_sosial());
  pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);

  REQUIRE(merged.links.size() == 1);
  const CrosscuttingLink& link = merged.links.at(kKesehatanLink);
  CHECK(link.from == kKesehatanSP);  // the Dinas Kesehatan's SP1.1 is helped by the Dinas Sosial's SP2.1
  CHECK(link.to == kSosialSP);
  CHECK(link.partner_name.empty());
  CHECK(link.status == LinkStatus::Diterima);
  CHECK(link.note == "Dukungan SP2.1 bagi keluarga miskin\nBersama SP1.1 Dinas Kesehatan");
  CHECK(merged.origins.at(kKesehatanLink) == 40);
  CHECK(merged.origins.count(kSosialLink) == 0);
  REQUIRE(report.entries.size() == 1);
  CHECK(report.entries[0].outcome == CrosscuttingOutcome::Agreed);
  CHECK(report.entries[0].records == std::vector<Id>{kKesehatanLink, kSosialLink});
  CHECK(report.entries[0].from_opd == kKesehatan);
  CHECK(report.entries[0].to_opd == kSosial);
  CHECK(report.entries[0].message.id.find("disepakati kedua pihak") != std::string::npos);

  // Resolving again changes nothing.
  Document again = merged;
  CHECK(pemda::resolve_opd_crosscutting(again).entries.empty());
  CHECK(again.same_content(merged));
}

TEST_CASE("crosscutting recorded on one side only, or not yet accepted by the other, stays proposed and says who") {
  SUBCASE("the Dinas Sosial has not recorded it") {
    Document merged = two_opd(dinas_kesehatan(), dinas_sosial(LinkStatus::Diterima, false));
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    REQUIRE(merged.links.size() == 1);
    CHECK(merged.links.at(kKesehatanLink).to == kSosialSP);
    CHECK(merged.links.at(kKesehatanLink).status == LinkStatus::Usulan);
    REQUIRE(report.entries.size() == 1);
    CHECK(report.entries[0].outcome == CrosscuttingOutcome::Proposed);
    CHECK(report.entries[0].not_recorded_by == std::vector<Id>{kSosial});
    CHECK(report.entries[0].not_accepted_by.empty());
    CHECK(report.entries[0].message.id.find("belum dicatat oleh Dinas Sosial Kabupaten Balangan") != std::string::npos);
    CHECK(report.entries[0].message.en.find("not recorded by Dinas Sosial Kabupaten Balangan") != std::string::npos);
  }
  SUBCASE("the Dinas Sosial recorded it but still as Usulan") {
    Document merged = two_opd(dinas_kesehatan(), dinas_sosial(LinkStatus::Usulan));
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    REQUIRE(merged.links.size() == 1);
    CHECK(merged.links.at(kKesehatanLink).status == LinkStatus::Usulan);
    REQUIRE(report.entries.size() == 1);
    CHECK(report.entries[0].not_recorded_by.empty());
    CHECK(report.entries[0].not_accepted_by == std::vector<Id>{kSosial});
  }
  SUBCASE("the Dinas Sosial rejected it") {
    Document merged = two_opd(dinas_kesehatan(), dinas_sosial(LinkStatus::Ditolak));
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    CHECK(merged.links.at(kKesehatanLink).status == LinkStatus::Ditolak);
    CHECK(report.count(CrosscuttingOutcome::Rejected) == 1);
    CHECK(report.entries[0].rejected_by == std::vector<Id>{kSosial});
  }
}

TEST_CASE("a partner link that names no merged OPD, or no sasaran of it, stays a partner link and is reported") {
  SUBCASE("an OPD that is not merged") {
    Document merged = two_opd(dinas_kesehatan("Dinas Pekerjaan Umum dan Penataan Ruang", "Air minum layak SP3.2"),
                              dinas_sosial(LinkStatus::Diterima, false));
    CrosscuttingLink before = merged.links.at(kKesehatanLink);
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    CHECK(merged.links.at(kKesehatanLink) == before);
    REQUIRE(report.entries.size() == 1);
    CHECK(report.entries[0].outcome == CrosscuttingOutcome::Unresolved);
    CHECK(report.entries[0].reason == UnresolvedReason::PartnerNotMerged);
    CHECK(report.entries[0].message.id.find("Dinas Pekerjaan Umum dan Penataan Ruang") != std::string::npos);
  }
  SUBCASE("the OPD is merged but neither side names the helping sasaran") {
    Document merged = two_opd(dinas_kesehatan("Dinas Sosial", ""), dinas_sosial(LinkStatus::Diterima, false));
    CrosscuttingLink before = merged.links.at(kKesehatanLink);
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    CHECK(merged.links.at(kKesehatanLink) == before);
    REQUIRE(report.entries.size() == 1);
    CHECK(report.entries[0].reason == UnresolvedReason::SasaranNotIdentified);
  }
  SUBCASE("named by the other side only: the partner's record completes it") {
    Document merged = two_opd(dinas_kesehatan("Dinas Sosial", ""), dinas_sosial());
    pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(merged);
    REQUIRE(merged.links.size() == 1);
    CHECK(merged.links.at(kKesehatanLink).from == kKesehatanSP);
    CHECK(merged.links.at(kKesehatanLink).to == kSosialSP);
    CHECK(merged.links.at(kKesehatanLink).status == LinkStatus::Diterima);
    CHECK(report.count(CrosscuttingOutcome::Agreed) == 1);
  }
  SUBCASE("the statement named instead of a code") {
    Document merged = two_opd(dinas_kesehatan("Dinas Sosial", std::string("Sasaran mitra: ") + kAksesBantuan),
                              dinas_sosial(LinkStatus::Diterima, false));
    pemda::resolve_opd_crosscutting(merged);
    CHECK(merged.links.at(kKesehatanLink).to == kSosialSP);
  }
}

TEST_CASE("split writes links between OPD back as partner links with their status, on both sides") {
  Document merged = two_opd(dinas_kesehatan(), dinas_sosial());
  pemda::resolve_opd_crosscutting(merged);

  pemda::SplitOpd kesehatan = pemda::split_opd(merged, kKesehatan);
  REQUIRE(kesehatan.document.links.size() == 1);
  CHECK(kesehatan.document.links.at(40) ==
        CrosscuttingLink{40, 21, kNoId, "Dinas Sosial Kabupaten Balangan", PartnerKind::OpdLain, LinkStatus::Diterima,
                         std::string("Dukungan SP2.1 bagi keluarga miskin\nBersama SP1.1 Dinas Kesehatan\n"
                                     "Dibantu sasaran mitra: SP2.1 ") + kAksesBantuan});
  CHECK(kesehatan.partner_links == 1);

  // The Dinas Sosial's record was folded into the link kept on the helped side: a fresh id above its largest (30).
  pemda::SplitOpd sosial = pemda::split_opd(merged, kSosial);
  REQUIRE(sosial.document.links.size() == 1);
  CHECK(sosial.document.links.at(31) ==
        CrosscuttingLink{31, 21, kNoId, "Dinas Kesehatan Kabupaten Balangan", PartnerKind::OpdLain, LinkStatus::Diterima,
                         std::string("Dukungan SP2.1 bagi keluarga miskin\nBersama SP1.1 Dinas Kesehatan\n"
                                     "Membantu sasaran mitra: SP1.1 ") + kKesehatanKeluarga});
  CHECK(sosial.fresh_ids == 1);
  CHECK(sosial.document.last_id == 31);
}

TEST_CASE("split then merge and resolve again gives the same links") {
  for (LinkStatus status : {LinkStatus::Diterima, LinkStatus::Usulan, LinkStatus::Ditolak}) {
    CAPTURE(static_cast<int>(status));
    Document merged = two_opd(dinas_kesehatan(), dinas_sosial(status));
    pemda::resolve_opd_crosscutting(merged);
    Document again = two_opd(pemda::split_opd(merged, kKesehatan).document, pemda::split_opd(merged, kSosial).document);
    pemda::resolve_opd_crosscutting(again);
    CHECK(described_links(again) == described_links(merged));
    REQUIRE(again.links.size() == 1);
    CHECK(again.links.begin()->second.status == status);
  }
}

TEST_CASE("a crosscutting link proposed in the Pemda document goes back to both OPD and returns proposed") {
  Document merged = two_opd(dinas_kesehatan("", ""), dinas_sosial(LinkStatus::Diterima, false));
  CrosscuttingLink proposal;
  proposal.from = 23;  // the Dinas Kesehatan's SS1, helped by the Dinas Sosial's SS1
  proposal.to = 63;
  proposal.status = LinkStatus::Usulan;
  proposal.note = "Usulan Bappeda: penanganan gizi buruk keluarga miskin";
  apply_forward(merged, commands::add_link(merged, proposal).changes);
  REQUIRE(merged.links.size() == 1);

  Document kesehatan = pemda::split_opd(merged, kKesehatan).document;
  Document sosial = pemda::split_opd(merged, kSosial).document;
  REQUIRE(kesehatan.links.size() == 1);
  REQUIRE(sosial.links.size() == 1);
  CHECK(kesehatan.links.begin()->second.partner_name == "Dinas Sosial Kabupaten Balangan");
  CHECK(kesehatan.links.begin()->second.status == LinkStatus::Usulan);
  CHECK(sosial.links.begin()->second.note ==
        "Usulan Bappeda: penanganan gizi buruk keluarga miskin\n"
        "Membantu sasaran mitra: SS1 Meningkatnya derajat kesehatan masyarakat");

  // Both OPD accept it in their own files: merged again, it is agreed on both sides.
  kesehatan.links.begin()->second.status = LinkStatus::Diterima;
  sosial.links.begin()->second.status = LinkStatus::Diterima;
  Document again = two_opd(kesehatan, sosial);
  pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(again);
  REQUIRE(again.links.size() == 1);
  const CrosscuttingLink& link = again.links.begin()->second;
  CHECK(again.sasaran.at(link.from).statement == "Meningkatnya derajat kesehatan masyarakat");
  CHECK(again.sasaran.at(link.to).statement == "Meningkatnya perlindungan sosial bagi masyarakat");
  CHECK(link.status == LinkStatus::Diterima);
  CHECK(report.count(CrosscuttingOutcome::Agreed) == 1);
}

TEST_CASE("find_opd_to_split: by id, by name, and clear errors for unknown, ambiguous and non-Pemda documents") {
  Document merged = two_opd(dinas_kesehatan(), dinas_sosial());
  CHECK(pemda::find_opd_to_split(merged, "53") == kSosial);
  CHECK(pemda::find_opd_to_split(merged, "dinas sosial") == kSosial);
  CHECK(pemda::find_opd_to_split(merged, "  Dinas Kesehatan Kabupaten Balangan ") == kKesehatan);
  try {
    pemda::find_opd_to_split(merged, "Dinas Pariwisata");
    FAIL("an unknown OPD was accepted");
  } catch (const UserError& error) {
    CHECK(error.message().id.find("Tidak ada OPD \"Dinas Pariwisata\"") != std::string::npos);
    CHECK(error.message().en.find("13  Dinas Kesehatan Kabupaten Balangan") != std::string::npos);
    CHECK(error.message().en.find("53  Dinas Sosial Kabupaten Balangan") != std::string::npos);
  }
  try {
    pemda::find_opd_to_split(merged, "Dinas");
    FAIL("an ambiguous OPD was accepted");
  } catch (const UserError& error) {
    CHECK(error.message().en.find("fits several OPD") != std::string::npos);
  }
  CHECK_THROWS_AS(pemda::find_opd_to_split(dinas_kesehatan(), "Dinas Kesehatan"), UserError);
  CHECK_THROWS_AS(pemda::split_opd(merged, 1), UserError);  // the Pemda unit is not an OPD
}

TEST_CASE("OPD file names are safe everywhere and distinct") {
  CHECK(pemda::opd_file_name("Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja") ==
        "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja.pokin");
  CHECK(pemda::opd_file_name("Badan Kesatuan Bangsa/Politik: Kab. Balangan") ==
        "Badan Kesatuan Bangsa Politik Kab. Balangan.pokin");
  CHECK(pemda::opd_file_name("  ...  ") == "OPD.pokin");
  CHECK(pemda::opd_file_name("con") == "_con.pokin");
  CHECK(pemda::opd_file_name("Dinas Kesehatan.") == "Dinas Kesehatan.pokin");
  std::string long_name(119, 'a');
  CHECK(pemda::opd_file_name(long_name + "é") == long_name + ".pokin");  // never half a character

  Document same_names = two_opd(dinas_kesehatan(), dinas_kesehatan());
  CHECK(pemda::opd_file_names(same_names, pemda::merged_opd_units(same_names)) ==
        std::vector<std::string>{"Dinas Kesehatan Kabupaten Balangan.pokin",
                                 "Dinas Kesehatan Kabupaten Balangan (2).pokin"});
}

TEST_CASE("the bundled Balangan example merged beside another OPD splits back to its exact tree") {
  Document example;
  store::DocumentFile::open(std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin", example,
                            store::OpenMode::ReadOnly);
  REQUIRE(example.sasaran.size() == 48);
  Document merged = pemda_split_test::pemda_from_opds({example, dinas_sosial()}, kRpjmd);
  Id head = pemda::find_opd_to_split(merged, "Dinas Penanaman Modal");
  pemda::SplitOpd back = pemda::split_opd(merged, head);
  CHECK(back.document.units == example.units);
  CHECK(back.document.sasaran == example.sasaran);
  CHECK(back.document.indikator == example.indikator);
  CHECK(back.document.links == example.links);
  CHECK(back.document.info.instansi == example.info.instansi);
  CHECK(back.document.info.levels == example.info.levels);
  CHECK(back.fresh_ids == 0);
}

TEST_CASE("a synthetic many-OPD document: every OPD split off and merged again keeps every link between OPD") {
  SyntheticOptions options;
  options.sasaran = 400;
  options.crosscutting_share = 0.08;
  Document document = make_synthetic_document(options);
  // Made a Pemda document: a Pemda unit over the OPD heads, their levels one lower, every id its own origin.
  Document pemda_document = document;
  Id top = pemda_document.allocate_id();
  pemda_document.units[top] = pemda_split_test::make_unit(top, kNoId, UnitKind::Head, "Pemerintah Kabupaten Balangan");
  pemda_document.parts[top] = MergedPart{top, "rpjmd.pokin", "Pemerintah Kabupaten Balangan", "", "", true};
  for (auto& [id, unit] : pemda_document.units)
    if (unit.parent == kNoId && id != top) {
      unit.parent = top;
      pemda_document.parts[id] = MergedPart{id, unit.name + ".pokin", "", "", "", false};
    }
  for (auto& [id, item] : pemda_document.sasaran) ++item.level;
  pemda_document.info.levels.insert(pemda_document.info.levels.begin(), LevelName{"Sasaran RPJMD", "IKU Kabupaten"});
  for (const auto& [id, unit] : document.units) pemda_document.origins[id] = id;
  for (const auto& [id, item] : document.sasaran) pemda_document.origins[id] = id;
  for (const auto& [id, item] : document.indikator) pemda_document.origins[id] = id;
  for (const auto& [id, link] : document.links) pemda_document.origins[id] = id;
  std::vector<Id> opds = pemda::merged_opd_units(pemda_document);
  REQUIRE(opds.size() >= 3);
  std::size_t between = 0;
  for (const auto& [id, link] : pemda_document.links)
    if (link.to != kNoId && opd_of_sasaran(pemda_document, link.from) != opd_of_sasaran(pemda_document, link.to))
      ++between;
  REQUIRE(between >= 3);  // the test means something only with links between OPD

  std::vector<Document> files;
  for (Id opd : opds) files.push_back(pemda::split_opd(pemda_document, opd).document);
  Document again = pemda_split_test::pemda_from_opds(files, {});
  pemda::CrosscuttingReport report = pemda::resolve_opd_crosscutting(again);
  std::size_t outside = 0;  // the synthetic partner outside the Pemda ("Kantor Pertanahan") stays outside
  for (const auto& [id, link] : document.links) outside += link.to == kNoId ? 1 : 0;
  CHECK(report.count(CrosscuttingOutcome::Unresolved) == outside);
  for (const auto& entry : report.entries)
    if (entry.outcome == CrosscuttingOutcome::Unresolved) CHECK(entry.reason == UnresolvedReason::PartnerNotMerged);
  CHECK(described_links(again) == described_links(pemda_document));
}
