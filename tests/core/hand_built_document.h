#pragma once
// Small documents built by hand for the checks and capaian tests: a complete, correctly cascaded document that
// no rule complains about, and the means to break it one rule at a time.
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/model/document.h"
#include "core/model/indonesian_number.h"
#include "layout_test_documents.h"

namespace pokin::testing {

// Units, sasaran and links come from the layout tests' builder; what differs here is the period and that every
// indicator is complete, so that a clean document raises no finding.
class HandBuiltDocument : public test::DocumentBuilder {
 public:
  HandBuiltDocument() {
    document.info.pemda.clear();
    document.info.period_start = 2025;
    document.info.period_end = 2027;
  }

  // A complete indicator: satuan, formula, sumber data, penanggung jawab and rising targets for every year.
  Id indikator(Id sasaran, std::string name, Polarity polarity = Polarity::Naik) {
    Indikator i;
    i.id = document.allocate_id();
    i.sasaran = sasaran;
    i.code = "IK" + std::to_string(i.id);
    i.name = std::move(name);
    i.satuan = "%";
    i.formula = "jumlah izin tepat waktu / jumlah izin × 100%";
    i.sumber_data = "Laporan SiCantik";
    i.penanggung_jawab = "Bidang Pelayanan";
    i.polarity = polarity;
    for (int year = document.info.period_start; year <= document.info.period_end; ++year) {
      double step = year - document.info.period_start;
      i.target[year] = make_value(format_indonesian_number(polarity == Polarity::Turun ? 10 - step : 80 + step));
    }
    document.indikator[i.id] = i;
    return i.id;
  }
};

// Kepala Dinas -> Bidang Pelayanan -> Seksi Perizinan, one sasaran per level, each measured and linked.
struct CleanCascade : HandBuiltDocument {
  CleanCascade() {
    head = unit(kNoId, UnitKind::Head, "Kepala Dinas");
    bidang = unit(head, UnitKind::Division, "Bidang Pelayanan Perizinan");
    seksi = unit(bidang, UnitKind::Section, "Seksi Proses Perizinan");
    ss = sasaran(head, kNoId, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan");
    sp = sasaran(bidang, ss, 1, "SP1", "Meningkatnya kecepatan penerbitan izin");
    sk = sasaran(seksi, sp, 2, "SK1", "Terlaksananya verifikasi dokumen tepat waktu");
    iku = indikator(ss, "Indeks kepuasan masyarakat");
    ik_program = indikator(sp, "Persentase izin terbit tepat waktu");
    ik_kegiatan = indikator(sk, "Persentase dokumen terverifikasi dalam 1 hari");
  }
  Id head, bidang, seksi, ss, sp, sk, iku, ik_program, ik_kegiatan;
};

inline std::vector<Finding> of_rule(const std::vector<Finding>& findings, Rule rule) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

}  // namespace pokin::testing
