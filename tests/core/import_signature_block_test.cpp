// The signature blocks under a planning form, laid out in the table's own columns by a copy from Excel or Word
// (signature_block.h): no signer's jabatan, name or NIP becomes a sasaran or an indicator, and the report counts
// them. Expected values read off the small tables written here, by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/signature_block.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("signature lines: NIP, pangkat, a name with degrees, a place and date, a jabatan ending in a comma") {
  CHECK(signature_line("NIP. 19700101 199001 1 001"));
  CHECK(signature_line("NIP 197501012000011002"));
  CHECK(signature_line("Pembina Tk. I (IV/b)"));
  CHECK(signature_line("Drs. Contoh Nama, M.Si"));
  CHECK(signature_line("Contoh Nama Lain, S.Pd"));
  CHECK(signature_line("Mengetahui,"));
  CHECK(signature_line("Sidoarjo, 2 Januari 2024"));
  CHECK(signature_line("Kepala Dinas Pendidikan,"));
  // Table content, not signatures.
  CHECK_FALSE(signature_line("Nipah Sawit Rakyat"));
  CHECK_FALSE(signature_line("Persentase S.Pd yang bersertifikat pendidik"));  // a sentence, one word like a degree
  CHECK_FALSE(signature_line("Kepala Dinas Pendidikan"));  // a unit's name in many tables: not enough alone
  CHECK_FALSE(signature_line("Indeks Kepuasan Masyarakat"));
}

TEST_CASE("signature rows: two signers' jabatan side by side are a signature row, one jabatan alone is not") {
  CHECK(signature_row({"Kepala Dinas Pendidikan", "", "Kepala Bidang Pembinaan SMP"}));
  CHECK(signature_row({"", "NIP. 19700101 199001 1 001", "", "NIP. 19750101 200001 1 002"}));
  CHECK_FALSE(signature_row({"", "Kepala Bidang Pembinaan SMP", ""}));  // a unit's section row
  CHECK_FALSE(signature_row({"1", "Kepala Dinas Pendidikan", "Nilai SAKIP"}));
}

TEST_CASE("signer's name row: one short cell of capitalised words, no digits") {
  CHECK(signer_name_row({"", "NAMA BUPATI", ""}));
  CHECK(signer_name_row({"Drs Contoh Nama"}));
  CHECK_FALSE(signer_name_row({"", "Meningkatnya derajat kesehatan masyarakat di daerah"}));  // more than 5 words
  CHECK_FALSE(signer_name_row({"NAMA", "BUPATI"}));                                           // two cells
  CHECK_FALSE(signer_name_row({"Target 2024"}));
  CHECK_FALSE(signer_name_row({"persentase capaian"}));
}

TEST_CASE("IKI copied from Excel: the Jabatan line names the unit, the signature blocks below the table are no rows") {
  const std::string text =
      "INDIKATOR KINERJA INDIVIDU (IKI)\n"
      "DINAS PENDIDIKAN KABUPATEN CONTOH\n"
      "\n"
      "1. Jabatan\t: Kepala Bidang Pembinaan SMP\n"
      "2. Tugas\t: Membantu Kepala Dinas dalam pembinaan SMP\n"
      "\n"
      "No\tSasaran\tIndikator Kinerja\tFormulasi Perhitungan\tSumber Data\n"
      "1\t2\t3\t4\t5\n"
      "1\tMeningkatnya akses pendidikan SMP\tAngka Partisipasi Murni SMP\t(Siswa 13-15 / Penduduk 13-15) x 100%\tDapodik\n"
      "\t\tAngka Putus Sekolah SMP\t(Siswa putus sekolah / Siswa) x 100%\tDapodik\n"
      "2\tMeningkatnya mutu pendidikan SMP\tRata-rata nilai ujian SMP\tJumlah nilai / Jumlah siswa\tLaporan hasil ujian\n"
      "\n"
      "Kepala Dinas Pendidikan\t\tKepala Bidang Pembinaan SMP\n"
      "\n"
      "Drs. Contoh Nama\t\tContoh Nama Lain, S.Pd\n"
      "NIP. 19700101 199001 1 001\t\tNIP. 19750101 200001 1 002\n";
  ImportResult result = import_text("iki.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  CHECK(document.indikator.size() == 3);
  const Sasaran& akses = import_test::statement(document, "Meningkatnya akses pendidikan SMP");
  CHECK(document.units.at(akses.unit).name == "Bidang Pembinaan SMP");
  CHECK(import_test::indicator(document, "Angka Putus Sekolah SMP").sumber_data == "Dapodik");
  for (const auto& [id, indikator] : document.indikator) {
    CHECK(indikator.name.find("NIP") == std::string::npos);
    CHECK(indikator.name.find("Kepala") == std::string::npos);
  }
  bool counted = false;
  for (const auto& note : result.report.notes) counted = counted || note.id.find("3 baris blok tanda tangan") == 0;
  CHECK(counted);
}
