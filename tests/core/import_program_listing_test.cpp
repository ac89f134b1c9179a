// A Renstra chapter listing programs and kegiatan by their labels (core/import/program_listing.h). Every expected
// value is read off the hand-made text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/import_document.h"
#include "core/import/program_listing.h"
#include "core/import/text_cleaning.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

const std::string kListing =
    "BAB V\n"                                                                          // 1
    "RENCANA PROGRAM DAN KEGIATAN\n"                                                   // 2
    "Program dan Kegiatan Dinas Pekerjaan Umum Kabupaten Contoh yang direncanakan\n"  // 3
    "untuk periode ini meliputi:\n"                                                    // 4
    "1. Pelayanan\n"                                                                   // 5
    "Administrasi Perkantoran\n"                                                       // 6
    "Indikator Hasil (Outcome) :\n"                                                    // 7
    "Tertib ketatausahaan dan\n"                                                       // 8
    "kepegawaian\n"                                                                    // 9: goes on (lower case)
    "Tertib pengelolaan keuangan\n"                                                    // 10
    "Kegiatan:\n"                                                                      // 11
    "a) Penyediaan jasa\n"                                                             // 12
    "surat menyurat\n"                                                                 // 13
    "Indikator Keluaran (Output): Jumlah surat yang\n"                                 // 14
    "dikirim.\n"                                                                       // 15
    "Kelompok sasaran: SDM aparatur dan masyarakat yang dilayani oleh\n"               // 16
    "SKPD.\n"                                                                          // 17: the target group goes on
    "Indikator Keluaran (Output): Jumlah gedung yang dibangun.\n"                      // 18: its kegiatan was lost
    "2. Peningkatan Sarana Aparatur\n"                                                 // 19
    "Indikator Hasil (Outcome): Persentase gedung dalam kondisi baik\n"                // 20
    "Kegiatan:\n"                                                                      // 21
    "a) Pembangunan rumah dinas\n"                                                     // 22
    "Indikator Keluaran (Output): Jumlah rumah dinas yang dibangun.\n";                // 23

}  // namespace

TEST_CASE("program listing: recognised by its outcome/output labels under numbered programs only") {
  CHECK(looks_like_program_listing(split_lines(kListing)));
  // An IKU table with an "Indikator Kinerja" column has no such labels, nor does prose with a numbered list.
  const std::string other = "1. Meningkatnya layanan\nIndikator Kinerja\nPersentase layanan 80 85\n";
  CHECK_FALSE(looks_like_program_listing(split_lines(other)));
}

TEST_CASE("program listing: programs, their kegiatan and indicators, the unit from the sentence above, the rest named") {
  ImportResult result = import_text("bab5.txt", kListing, {});
  CHECK(result.report.format == "program listing");
  const Document& document = result.document;
  CHECK(document.info.instansi == "Dinas Pekerjaan Umum Kabupaten Contoh");
  const Sasaran& pelayanan = import_test::statement(document, "Pelayanan Administrasi Perkantoran");
  CHECK(pelayanan.nomenclature.kind == NomenclatureKind::Program);
  CHECK(pelayanan.level == 1);
  const Sasaran& surat = import_test::statement(document, "Penyediaan jasa surat menyurat");
  CHECK(surat.nomenclature.kind == NomenclatureKind::Kegiatan);
  CHECK(surat.level == 2);
  CHECK(surat.parent == pelayanan.id);
  CHECK(import_test::indicator(document, "Tertib ketatausahaan dan kepegawaian").sasaran == pelayanan.id);
  CHECK(import_test::indicator(document, "Tertib pengelolaan keuangan").sasaran == pelayanan.id);
  CHECK(import_test::indicator(document, "Jumlah surat yang dikirim.").sasaran == surat.id);
  const Sasaran& sarana = import_test::statement(document, "Peningkatan Sarana Aparatur");
  CHECK(import_test::indicator(document, "Persentase gedung dalam kondisi baik").sasaran == sarana.id);
  const Sasaran& rumah = import_test::statement(document, "Pembangunan rumah dinas");
  CHECK(rumah.parent == sarana.id);
  // 2 programs + 2 kegiatan; 3 outcome + 2 output indicators. The target group is no sasaran, the orphan output
  // indicator of line 18 is not imported but named.
  CHECK(document.sasaran.size() == 4);
  CHECK(document.indikator.size() == 5);
  CHECK(import_test::reported(result.report, 18));
  CHECK(import_test::indikator_named(document, "Jumlah gedung yang dibangun.") == nullptr);
}
