#pragma once
// A small agency built by hand for the form builders' tests (matrix, IKU, form scope), and the means to pick a
// form's blocks. Every value the tests expect is worked out from this file by hand.
//
//  Kepala Dinas (1, Head)                     T1  Meningkatnya investasi daerah (10, Tujuan)   I0 (20)
//  ├ Bidang Pelayanan Perizinan (2)            ├ SS1 Meningkatnya kualitas pelayanan perizinan (11)  I1 (21), I2 (22)
//  │ └ Seksi Verifikasi (4)                    │ └ SP1 Meningkatnya kecepatan penerbitan izin (13, Bidang)  I4 (24)
//  └ Sekretariat (3, owns nothing)             │   └ SK1 Terlaksananya verifikasi dokumen tepat waktu (14, Seksi)
//                                              └ SS2 Meningkatnya tata kelola keuangan (12)  I3 (23)
// Period 2024-2026; realisasi only in 2024 (I1 70 of 80, I2 1.100 of 1.000, I3 "WTP" of "WTP" without a scale).
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/forms/form.h"
#include "core/model/document.h"
#include "core/model/indonesian_number.h"
#include "layout_test_documents.h"

namespace pokin::test {

// Built through the layout tests' DocumentBuilder, which numbers what it adds in order; the ids below are the ones
// it hands out (checked as they come, so a change to the builder fails loudly here).
struct FormTestDocument : DocumentBuilder {
  static constexpr Id kHead = 1, kBidang = 2, kSekretariat = 3, kSeksi = 4;
  static constexpr Id kTujuan = 10, kSs1 = 11, kSs2 = 12, kSp1 = 13, kSk1 = 14;
  static constexpr Id kI0 = 20, kI1 = 21, kI2 = 22, kI3 = 23, kI4 = 24;

  FormTestDocument() {
    DocumentInfo& info = document.info;
    info.instansi = "Dinas Penanaman Modal dan PTSP";
    info.pemda = "Kabupaten Contoh";
    info.period_start = 2024;
    info.period_end = 2026;
    info.nomor_sk = "050/12/DPMPTSP/2024";
    info.tanggal = "2 Januari 2024";
    info.penandatangan = {"Ir. Budi Santoso, M.Si", "19700101 199503 1 001", "Pembina Utama Muda"};
    expect(unit(kNoId, UnitKind::Head, "Kepala Dinas", 0), kHead);
    expect(unit(kHead, UnitKind::Division, "Bidang Pelayanan Perizinan", 1), kBidang);
    expect(unit(kHead, UnitKind::Division, "Sekretariat", 2), kSekretariat);
    expect(unit(kBidang, UnitKind::Section, "Seksi Verifikasi", 1), kSeksi);
    document.units[kHead].jabatan = "Kepala Dinas";
    document.units[kSekretariat].jabatan = "Sekretaris";
    document.units[kBidang].holder_name = "Siti Aminah, S.E.";
    document.units[kBidang].holder_nip = "19800202 200501 2 002";

    document.last_id = kTujuan - 1;
    expect(sasaran(kHead, kNoId, 0, "T1", "Meningkatnya investasi daerah", 0), kTujuan);
    document.sasaran[kTujuan].kind = StatementKind::Tujuan;
    expect(sasaran(kHead, kTujuan, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan", 1), kSs1);
    expect(sasaran(kHead, kTujuan, 0, "SS2", "Meningkatnya tata kelola keuangan", 2), kSs2);
    expect(sasaran(kBidang, kSs1, 1, "SP1", "Meningkatnya kecepatan penerbitan izin", 1), kSp1);
    expect(sasaran(kSeksi, kSp1, 2, "SK1", "Terlaksananya verifikasi dokumen tepat waktu", 1), kSk1);

    document.last_id = kI0 - 1;
    measure(kTujuan, "Pertumbuhan nilai investasi", "%", {"5", "5,5", "6"}, kI0);
    Indikator& i1 = measure(kSs1, "Indeks kepuasan masyarakat", "Indeks", {"80", "82,5", "≥ 85"}, kI1);
    i1.formula = "Σ nilai persepsi / Σ unsur";
    i1.sumber_data = "Survei IKM";
    i1.penanggung_jawab = "Bidang Pelayanan Perizinan";
    i1.realisasi[2024] = make_value("70");
    Indikator& i2 = measure(kSs1, "Jumlah izin terbit", "izin", {"1.000", "1.500", "2.000"}, kI2);
    i2.order = 2;
    i2.realisasi[2024] = make_value("1.100");
    Indikator& i3 = measure(kSs2, "Opini BPK", "opini", {"WTP", "WTP", "WTP"}, kI3);
    i3.realisasi[2024] = make_value("WTP");
    measure(kSp1, "Rata-rata waktu penerbitan izin", "hari", {"3", "2,5", "2"}, kI4).polarity = Polarity::Turun;
  }

  static void expect(Id got, Id wanted) {
    if (got != wanted) throw std::logic_error("FormTestDocument: id " + std::to_string(got) + " in place of " +
                                              std::to_string(wanted));
  }
  // An indikator with code "IK<id>", order 1 and a target for each year from 2024.
  Indikator& measure(Id sasaran, std::string name, std::string satuan, std::vector<std::string> targets, Id wanted) {
    Id id = indikator(sasaran, "IK" + std::to_string(wanted), std::move(name), std::move(satuan), "", 1);
    expect(id, wanted);
    Indikator& i = document.indikator.at(id);
    i.target.clear();
    for (std::size_t k = 0; k < targets.size(); ++k) i.target[2024 + static_cast<int>(k)] = make_value(targets[k]);
    return i;
  }
};

// The blocks of one kind in a form, in order.
template <class Block>
std::vector<Block> blocks_of(const Form& form) {
  std::vector<Block> out;
  for (const FormBlock& block : form.blocks)
    if (const Block* found = std::get_if<Block>(&block)) out.push_back(*found);
  return out;
}

inline FormTable only_table(const Form& form) {
  auto tables = blocks_of<FormTable>(form);
  REQUIRE(tables.size() == 1);
  return tables.front();
}

// The text of every cell of a row, covered cells included.
inline std::vector<std::string> texts(const FormRow& row) {
  std::vector<std::string> out;
  for (const FormCell& cell : row) out.push_back(cell.text);
  return out;
}

// Every header or body row is as wide as the table has columns.
inline void check_rectangular(const FormTable& table) {
  for (const FormRow& row : table.header) CHECK(row.size() == table.widths.size());
  for (const FormRow& row : table.rows) CHECK(row.size() == table.widths.size());
}

}  // namespace pokin::test
