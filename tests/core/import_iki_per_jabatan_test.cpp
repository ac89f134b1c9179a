// An IKI (Indikator Kinerja Individu) of a kecamatan laid out per jabatan: "1. Jabatan : Camat" then its table,
// "2. Jabatan : Sekretaris Kecamatan" then its table ... The head's own jabatan (Camat, Lurah, Kepala Kantor,
// Kepala Pelaksana) is the head of the tree, not a unit placed under a made-up head. Expected values by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/unit_title.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("unit titles: the heads of a kecamatan, kelurahan, kantor and BPBD are heads") {
  UnitTitle camat = read_unit_title("CAMAT PAKISAJI");
  CHECK(camat.kind == UnitKind::Head);
  CHECK(camat.jabatan == "Camat");
  CHECK(read_unit_title("Lurah Sukamaju").kind == UnitKind::Head);
  CHECK(read_unit_title("Kepala Kantor Kesatuan Bangsa dan Politik").kind == UnitKind::Head);
  CHECK(read_unit_title("Kepala Pelaksana BPBD").kind == UnitKind::Head);
  CHECK(read_unit_title("Sekretaris Camat").kind == UnitKind::Division);  // the Sekretariat, not the head
}

TEST_CASE("IKI per jabatan: the Camat's table is the head's, the others below it") {
  const std::string text =
      "INDIKATOR KINERJA INDIVIDU\n"
      "KECAMATAN CONTOH KABUPATEN SIDOARJO\n"
      "TAHUN 2022\n"
      "\n"
      "1. Jabatan : Camat\n"
      "No\tSasaran\tIndikator Kinerja\tFormulasi\tSumber Data\n"
      "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tHasil survei IKM\tLaporan IKM\n"
      "\n"
      "2. Jabatan : Sekretaris Kecamatan\n"
      "No\tSasaran\tIndikator Kinerja\tFormulasi\tSumber Data\n"
      "1\tMeningkatnya akuntabilitas kinerja kecamatan\tNilai SAKIP kecamatan\tHasil evaluasi Inspektorat\tLHE SAKIP\n";
  ImportResult result = import_text("iki.txt", text, {});
  const Document& document = result.document;
  CHECK(document.units.size() == 2);  // Camat and Sekretariat: no second, made-up head
  int heads = 0;
  for (const auto& [id, unit] : document.units) heads += unit.kind == UnitKind::Head ? 1 : 0;
  CHECK(heads == 1);
  for (const auto& [id, sasaran] : document.sasaran) {
    const Unit& owner = document.units.at(sasaran.unit);
    if (sasaran.statement == "Meningkatnya kualitas pelayanan publik kecamatan") {
      CHECK(owner.kind == UnitKind::Head);
      CHECK(sasaran.level == 0);
    } else {
      CHECK(owner.name == "Sekretariat");
      CHECK(owner.jabatan == "Sekretaris Kecamatan");
      CHECK(sasaran.level == 1);
    }
  }
  CHECK(import_test::indicator(document, "Indeks Kepuasan Masyarakat").formula == "Hasil survei IKM");
}
