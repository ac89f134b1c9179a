// The two parties' signature blocks of a Perjanjian Kinerja laid side by side (PermenPAN-RB 53/2014: "PIHAK
// KEDUA," on the left, "PIHAK PERTAMA," on the right, then each one's jabatan, name, pangkat and NIP in the same
// columns): each party takes the cells of its own column. Expected values read off the texts written here.
#include <doctest/doctest.h>

#include <string>

#include "core/import/agreement_parties.h"
#include "core/import/document_metadata.h"
#include "core/import/import_document.h"
#include "core/import/signature_block.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("agreement parties: side-by-side signature blocks give each party the name and NIP of its column") {
  AgreementReader reader;
  reader.add_line("PERJANJIAN KINERJA TAHUN 2024");
  CHECK(reader.add_row({"Pihak Kedua,", "", "Pihak Pertama,"}));
  CHECK(reader.add_row({"Kepala Dinas Pertanian,", "", "Kepala Bidang Tanaman Pangan,"}));
  CHECK(reader.add_row({"Ir. Bambang Sutrisno, M.Si", "", "SITI AMINAH"}));
  CHECK(reader.add_row({"Pembina Utama Muda (IV/c)", "", "Pembina (IV/a)"}));
  CHECK(reader.add_row({"NIP. 19680101 199303 1 005", "", "NIP. 19750505 200003 2 002"}));
  const AgreementParties& parties = reader.parties();
  CHECK(parties.first.jabatan == "Kepala Bidang Tanaman Pangan");
  CHECK(parties.first.nama == "SITI AMINAH");
  CHECK(parties.first.nip == "19750505 200003 2 002");
  CHECK(parties.second.jabatan == "Kepala Dinas Pertanian");
  CHECK(parties.second.nama == "Ir. Bambang Sutrisno, M.Si");
  CHECK(parties.second.nip == "19680101 199303 1 005");
  // The next agreement's introduction ends the blocks: its lines are no signature cells.
  CHECK_FALSE(reader.add_row({"Nama", ":", "Contoh"}));
}

TEST_CASE("agreement parties: a bupati's block has no NIP, the first party's NIP stands alone in its column") {
  AgreementReader reader;
  reader.add_line("PERJANJIAN KINERJA TAHUN 2024");
  reader.add_line("Nama : Ir. Bambang Sutrisno, M.Si");
  reader.add_line("Jabatan : Kepala Dinas Pertanian");
  reader.add_line("selanjutnya disebut pihak pertama");
  reader.add_line("Nama : H. Ahmad Fauzi, S.H., M.H.");
  reader.add_line("Jabatan : Bupati Sukamaju");
  reader.add_line("selaku atasan pihak pertama, selanjutnya disebut pihak kedua");
  CHECK(reader.add_row({"PIHAK KEDUA", "", "", "PIHAK PERTAMA"}));
  CHECK(reader.add_row({"Bupati Sukamaju,", "", "", "Kepala Dinas Pertanian,"}));
  CHECK(reader.add_row({"H. Ahmad Fauzi, S.H., M.H.", "", "", "Ir. Bambang Sutrisno, M.Si"}));
  CHECK(reader.add_row({"", "", "", "NIP. 19680101 199303 1 005"}));
  const AgreementParties& parties = reader.parties();
  CHECK(parties.first.nama == "Ir. Bambang Sutrisno, M.Si");  // from the introduction, kept
  CHECK(parties.first.nip == "19680101 199303 1 005");
  CHECK(parties.second.jabatan == "Bupati Sukamaju");
  CHECK(parties.second.nip.empty());
}

TEST_CASE("signature lines: a regional head's title with its comma and a party's label") {
  CHECK(regional_head_title("Bupati Sukamaju"));
  CHECK(regional_head_title("Wali Kota Contoh"));
  CHECK_FALSE(regional_head_title("Bupatiku"));
  CHECK(signature_line("Bupati Sukamaju,"));
  CHECK(signature_line("PIHAK PERTAMA,"));
  CHECK_FALSE(signature_line("Pihak ketiga yang bermitra"));
}

TEST_CASE("Perjanjian Kinerja as TAB text: the signature blocks side by side under the budget table set the holder's NIP") {
  const std::string text =
      "PERJANJIAN KINERJA TAHUN 2024\n"
      "Nama\t:\tIr. Bambang Sutrisno, M.Si\n"
      "Jabatan\t:\tKepala Dinas Pertanian\n"
      "selanjutnya disebut pihak pertama\n"
      "Nama\t:\tH. Ahmad Fauzi, S.H., M.H.\n"
      "Jabatan\t:\tBupati Sukamaju\n"
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua\n"
      "\n"
      "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n"
      "1\tMeningkatnya produksi pangan\tProduktivitas padi\t6,2 Ton/Ha\n"
      "\n"
      "No\tProgram/Kegiatan/Sub Kegiatan\tAnggaran\tKeterangan\n"
      "1\tProgram Penyuluhan Pertanian\tRp. 450.000.000\tAPBD\n"
      "\n"
      "\t\t\tSukamaju, 2 Januari 2024\n"
      "Pihak Kedua,\t\t\tPihak Pertama,\n"
      "Bupati Sukamaju,\t\t\tKepala Dinas Pertanian,\n"
      "H. Ahmad Fauzi, S.H., M.H.\t\t\tIr. Bambang Sutrisno, M.Si\n"
      "\t\t\tPembina Utama Muda (IV/c)\n"
      "\t\t\tNIP. 19680101 199303 1 005\n";
  ImportResult result = import_text("pk.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);  // the sasaran strategis and the program
  CHECK(document.indikator.size() == 1);
  const Sasaran& pangan = import_test::statement(document, "Meningkatnya produksi pangan");
  const Unit& holder = document.units.at(pangan.unit);
  CHECK(holder.holder_name == "Ir. Bambang Sutrisno, M.Si");
  CHECK(holder.holder_nip == "19680101 199303 1 005");
  bool counted = false;
  for (const auto& note : result.report.notes) counted = counted || note.id.find("6 baris blok tanda tangan") == 0;
  CHECK(counted);
}

TEST_CASE("two Perjanjian Kinerja in one document (Sekretaris, Kepala Bidang): each first party holds its own unit, "
          "the Kepala Dinas who signs both holds the head") {
  const std::string text =
      "PERJANJIAN KINERJA TAHUN 2024\n"
      "Nama\t:\tDrs. Agus Salim, M.M.\n"
      "Jabatan\t:\tSekretaris Dinas Pertanian\n"
      "selanjutnya disebut pihak pertama\n"
      "Nama\t:\tIr. Bambang Sutrisno, M.Si\n"
      "Jabatan\t:\tKepala Dinas Pertanian\n"
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua\n"
      "No\tSasaran Strategis/Program/Kegiatan\tIndikator Kinerja\tTarget\n"
      "1\tMeningkatnya kualitas pelayanan administrasi\tNilai SAKIP Dinas\tB\n"
      "Pihak Kedua,\t\t\tPihak Pertama,\n"
      "Ir. Bambang Sutrisno, M.Si\t\t\tDrs. Agus Salim, M.M.\n"
      "NIP. 19680101 199303 1 005\t\t\tNIP. 19700303 199603 1 004\n"
      "\n"
      "PERJANJIAN KINERJA TAHUN 2024\n"
      "Nama\t:\tIr. Sri Wahyuni\n"
      "Jabatan\t:\tKepala Bidang Hortikultura\n"
      "selanjutnya disebut pihak pertama\n"
      "Nama\t:\tIr. Bambang Sutrisno, M.Si\n"
      "Jabatan\t:\tKepala Dinas Pertanian\n"
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua\n"
      "No\tSasaran Strategis/Program/Kegiatan\tIndikator Kinerja\tTarget\n"
      "1\tMeningkatnya produksi hortikultura\tProduksi cabai\t1.200 Ton\n"
      "Pihak Kedua,\t\t\tPihak Pertama,\n"
      "Ir. Bambang Sutrisno, M.Si\t\t\tIr. Sri Wahyuni\n"
      "NIP. 19680101 199303 1 005\t\t\tNIP. 19750707 200003 2 001\n";
  ImportResult result = import_text("pk.txt", text, {});
  const Document& document = result.document;
  CHECK(document.sasaran.size() == 2);
  const Unit& sekretariat = document.units.at(import_test::statement(document, "Meningkatnya kualitas pelayanan administrasi").unit);
  CHECK(sekretariat.holder_name == "Drs. Agus Salim, M.M.");
  CHECK(sekretariat.holder_nip == "19700303 199603 1 004");
  const Unit& bidang = document.units.at(import_test::statement(document, "Meningkatnya produksi hortikultura").unit);
  CHECK(bidang.name == "Bidang Hortikultura");
  CHECK(bidang.holder_name == "Ir. Sri Wahyuni");
  CHECK(bidang.holder_nip == "19750707 200003 2 001");
  CHECK(import_test::indicator(document, "Produksi cabai").satuan == "Ton");
  // The second party of both, the Kepala Dinas, holds the head unit the units stand under.
  CHECK(bidang.parent != kNoId);
  const Unit& head = document.units.at(bidang.parent);
  CHECK(head.kind == UnitKind::Head);
  CHECK(head.holder_name == "Ir. Bambang Sutrisno, M.Si");
  CHECK(head.holder_nip == "19680101 199303 1 005");
  CHECK(sekretariat.parent == bidang.parent);
}

TEST_CASE("document signer: the name over the NIP in side-by-side signature blocks, by tab cell or by a PDF's column") {
  DocumentInfo tabs;
  read_metadata({"Pihak Kedua,\t\t\tPihak Pertama,", "H. Ahmad Fauzi, S.H., M.H.\t\t\tIr. Bambang Sutrisno, M.Si",
                 "\t\t\tPembina Utama Muda (IV/c)", "\t\t\tNIP. 19680101 199303 1 005"},
                tabs);
  CHECK(tabs.penandatangan.nama == "Ir. Bambang Sutrisno, M.Si");
  CHECK(tabs.penandatangan.nip == "19680101 199303 1 005");
  DocumentInfo spaces;
  read_metadata({"Ir. Bambang Sutrisno, M.Si                     Ir. Sri Wahyuni",
                 "NIP. 19680101 199303 1 005                     NIP. 19750707 200003 2 001"},
                spaces);
  CHECK(spaces.penandatangan.nama == "Ir. Bambang Sutrisno, M.Si");  // the first NIP read, and the name over it
  CHECK(spaces.penandatangan.nip == "19680101 199303 1 005");
  DocumentInfo single;
  read_metadata({"Kepala Dinas Pertanian,", "Ir. Bambang Sutrisno, M.Si", "NIP. 19680101 199303 1 005"}, single);
  CHECK(single.penandatangan.nama == "Ir. Bambang Sutrisno, M.Si");
}
