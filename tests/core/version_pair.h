#pragma once
// Two versions of one small Renstra (the same ids: a document and its amended copy) and the diff between them,
// written out by hand, for the tests of the comparison figure and of the Compare view. What changed:
//   SS1    reworded ("... perizinan" -> "... perizinan dan nonperizinan"); its IK1.1 target 2024 80 -> 85;
//          its IK1.2 removed
//   SP1    gains the indicator IK2.2
//   SP2    moved from under SS1 to under SS2
//   SP3    (under SS2) removed, with its indicator IK3.1
//   SP4    new under SS2, with its indicator IK4.1
//   SS2    itself unchanged
#include <string>

#include "core/compare/document_diff.h"
#include "tests/core/layout_test_documents.h"

namespace pokin::test {

struct VersionPair {
  Document old_document;
  Document new_document;
  DocumentDiff diff;
  Id head = kNoId, bidang = kNoId;
  Id ss1 = kNoId, ss2 = kNoId, sp1 = kNoId, sp2 = kNoId, sp3 = kNoId, sp4 = kNoId;
  Id ik11 = kNoId, ik12 = kNoId, ik21 = kNoId, ik22 = kNoId, ik31 = kNoId, ik41 = kNoId;
};

inline VersionPair version_pair() {
  VersionPair pair;
  DocumentBuilder b;
  pair.head = b.unit(kNoId, UnitKind::Head, "Kepala Dinas");
  pair.bidang = b.unit(pair.head, UnitKind::Division, "Bidang Pelayanan");
  pair.ss1 = b.sasaran(pair.head, kNoId, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan", 0);
  pair.ss2 = b.sasaran(pair.head, kNoId, 0, "SS2", "Meningkatnya realisasi investasi daerah", 1);
  pair.ik11 = b.indikator(pair.ss1, "IK1.1", "Indeks kepuasan masyarakat", "%", "80");
  pair.ik12 = b.indikator(pair.ss1, "IK1.2", "Persentase pengaduan yang ditindaklanjuti", "%", "90", 1);
  pair.sp1 = b.sasaran(pair.bidang, pair.ss1, 1, "SP1", "Meningkatnya kecepatan penerbitan izin", 0);
  pair.ik21 = b.indikator(pair.sp1, "IK2.1", "Persentase izin terbit tepat waktu", "%", "95");
  pair.sp2 = b.sasaran(pair.bidang, pair.ss1, 1, "SP2", "Terlaksananya promosi investasi", 1);
  pair.sp3 = b.sasaran(pair.bidang, pair.ss2, 1, "SP3", "Terlaksananya pameran investasi", 2);
  pair.ik31 = b.indikator(pair.sp3, "IK3.1", "Jumlah pameran yang diikuti", "kali", "4");
  pair.old_document = b.document;

  Document& next = b.document;
  next.sasaran.at(pair.ss1).statement = "Meningkatnya kualitas pelayanan perizinan dan nonperizinan";
  next.indikator.at(pair.ik11).target[2024] = {"85", std::nullopt};
  next.indikator.erase(pair.ik12);
  next.sasaran.at(pair.sp2).parent = pair.ss2;
  next.indikator.erase(pair.ik31);
  next.sasaran.erase(pair.sp3);
  pair.ik22 = b.indikator(pair.sp1, "IK2.2", "Rata-rata lama proses izin", "hari", "3", 1);
  pair.sp4 = b.sasaran(pair.bidang, pair.ss2, 1, "SP4", "Meningkatnya kemudahan berusaha", 3);
  pair.ik41 = b.indikator(pair.sp4, "IK4.1", "Jumlah NIB terbit", "NIB", "1.200");
  pair.new_document = next;

  DocumentDiff& diff = pair.diff;
  diff.same_lineage = true;
  for (Id id : {pair.head, pair.bidang})
    diff.matches.push_back({DiffNodeType::Unit, id, id, MatchBasis::SameId, 1});
  for (Id id : {pair.ss1, pair.ss2, pair.sp1, pair.sp2})
    diff.matches.push_back({DiffNodeType::Sasaran, id, id, MatchBasis::SameId, 1});
  for (Id id : {pair.ik11, pair.ik21})
    diff.matches.push_back({DiffNodeType::Indikator, id, id, MatchBasis::SameId, 1});
  auto change = [&](ChangeKind kind, DiffNodeType type, Id old_node, Id new_node) -> Change& {
    Change c;
    c.kind = kind;
    c.type = type;
    c.old_node = old_node;
    c.new_node = new_node;
    diff.changes.push_back(c);
    return diff.changes.back();
  };
  Change& reworded = change(ChangeKind::Reworded, DiffNodeType::Sasaran, pair.ss1, pair.ss1);
  reworded.field = "statement";
  reworded.old_text = "Meningkatnya kualitas pelayanan perizinan";
  reworded.new_text = "Meningkatnya kualitas pelayanan perizinan dan nonperizinan";
  Change& target = change(ChangeKind::TargetChanged, DiffNodeType::Indikator, pair.ik11, pair.ik11);
  target.field = "target";
  target.year = 2024;
  target.old_text = "80";
  target.new_text = "85";
  Change& removed_ik = change(ChangeKind::Removed, DiffNodeType::Indikator, pair.ik12, kNoId);
  removed_ik.old_text = "IK1.2 Persentase pengaduan yang ditindaklanjuti";
  removed_ik.old_parent = pair.ss1;
  Change& added_ik = change(ChangeKind::Added, DiffNodeType::Indikator, kNoId, pair.ik22);
  added_ik.new_text = "IK2.2 Rata-rata lama proses izin";
  added_ik.new_parent = pair.sp1;
  Change& moved = change(ChangeKind::Moved, DiffNodeType::Sasaran, pair.sp2, pair.sp2);
  moved.field = "parent";
  moved.old_text = "SS1 Meningkatnya kualitas pelayanan perizinan";
  moved.new_text = "SS2 Meningkatnya realisasi investasi daerah";
  moved.old_parent = pair.ss1;
  moved.new_parent = pair.ss2;
  Change& removed = change(ChangeKind::Removed, DiffNodeType::Sasaran, pair.sp3, kNoId);
  removed.old_text = "SP3 Terlaksananya pameran investasi";
  removed.old_parent = pair.ss2;
  Change& removed_child = change(ChangeKind::Removed, DiffNodeType::Indikator, pair.ik31, kNoId);
  removed_child.old_text = "IK3.1 Jumlah pameran yang diikuti";
  removed_child.old_parent = pair.sp3;
  Change& added = change(ChangeKind::Added, DiffNodeType::Sasaran, kNoId, pair.sp4);
  added.new_text = "SP4 Meningkatnya kemudahan berusaha";
  added.new_parent = pair.ss2;
  Change& added_child = change(ChangeKind::Added, DiffNodeType::Indikator, kNoId, pair.ik41);
  added_child.new_text = "IK4.1 Jumlah NIB terbit";
  added_child.new_parent = pair.sp4;
  return pair;
}

}  // namespace pokin::test
