#pragma once
// Small hand-built documents for the layout and export tests.
#include <string>

#include "core/model/document.h"

namespace pokin::test {

class DocumentBuilder {
 public:
  DocumentBuilder() {
    document.info.instansi = "Dinas Penanaman Modal dan PTSP";
    document.info.pemda = "Kabupaten Balangan";
    document.info.period_start = 2021;
    document.info.period_end = 2026;
  }
  Id unit(Id parent, UnitKind kind, std::string name, int order = 0) {
    Unit u;
    u.id = document.allocate_id();
    u.parent = parent;
    u.kind = kind;
    u.name = name;
    u.jabatan = "Kepala " + name;
    u.order = order;
    document.units.emplace(u.id, u);
    return u.id;
  }
  Id sasaran(Id unit, Id parent, int level, std::string code, std::string statement, int order = 0) {
    Sasaran s;
    s.id = document.allocate_id();
    s.unit = unit;
    s.parent = parent;
    s.level = level;
    s.code = std::move(code);
    s.statement = std::move(statement);
    s.order = order;
    document.sasaran.emplace(s.id, s);
    return s.id;
  }
  Id indikator(Id sasaran, std::string code, std::string name, std::string satuan = "%", std::string target = "80",
               int order = 0) {
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = sasaran;
    i.code = std::move(code);
    i.name = std::move(name);
    i.satuan = std::move(satuan);
    i.target[2024] = {target, std::nullopt};
    i.order = order;
    document.indikator.emplace(i.id, i);
    return i.id;
  }
  Id link(Id from, Id to, LinkStatus status = LinkStatus::Diterima, std::string partner = "") {
    CrosscuttingLink l;
    l.id = document.allocate_id();
    l.from = from;
    l.to = to;
    l.status = status;
    l.partner_name = std::move(partner);
    document.links.emplace(l.id, l);
    return l.id;
  }
  Document document;
};

// The sasaran with this code (kNoId when none).
inline Id sasaran_by_code(const Document& document, const std::string& code) {
  for (const auto& [id, s] : document.sasaran)
    if (s.code == code) return id;
  return kNoId;
}

// One head, two bidang, a seksi with `leaves` staff below the first bidang.
inline Document small_tree(int leaves = 3) {
  DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya realisasi investasi daerah");
  b.indikator(ss, "IKU1", "Nilai realisasi investasi", "Rp", "5.200");
  Id bidang_a = b.unit(head, UnitKind::Division, "Bidang Pelayanan", 0);
  Id bidang_b = b.unit(head, UnitKind::Division, "Bidang Pengaduan", 1);
  Id sp1 = b.sasaran(bidang_a, ss, 1, "SP1", "Meningkatnya kualitas pelayanan perizinan berusaha");
  Id sp2 = b.sasaran(bidang_b, ss, 1, "SP2", "Menurunnya jumlah pengaduan masyarakat yang tidak tertangani");
  b.indikator(sp2, "IK2.1", "Persentase pengaduan yang diselesaikan", "%", "≥ 90%");
  Id seksi = b.unit(bidang_a, UnitKind::Section, "Seksi Perizinan A");
  Id sk = b.sasaran(seksi, sp1, 2, "SK1", "Terlaksananya verifikasi dokumen perizinan secara tepat waktu");
  for (int i = 0; i < leaves; ++i) {
    Id staff = b.unit(seksi, UnitKind::Staff, "Analis " + std::to_string(i + 1), i);
    b.sasaran(staff, sk, 3, "SI" + std::to_string(i + 1), "Tersusunnya laporan verifikasi nomor " + std::to_string(i + 1));
  }
  return std::move(b.document);
}

}  // namespace pokin::test
