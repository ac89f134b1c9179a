// A visi written without its "VISI :" label (core/import/unlabelled_visi.h): taken when the text says it is the
// visi (a title or lead-in naming it, the first misi right after it), never for a sentence that only looks like one.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/import/unlabelled_visi.h"

using namespace pokin::import;

TEST_CASE("An unlabelled visi: quoted and followed by the first misi, or introduced by the word visi") {
  UnlabelledVisi before_misi = find_unlabelled_visi(
      {"1", "PEMERINTAH PROVINSI X RPJMD TAHUN 2014-2019 \xE2\x80\x9CX LEBIH SEJAHTERA, BERKEADILAN DAN MANDIRI\xE2\x80\x9D "
            "MISI 1 : MENINGKATKAN KESEJAHTERAAN RAKYAT."});
  CHECK(before_misi.text == "X LEBIH SEJAHTERA, BERKEADILAN DAN MANDIRI");
  CHECK(before_misi.line == 2);
  CHECK(before_misi.misi_after == "MISI 1 : MENINGKATKAN KESEJAHTERAAN RAKYAT.");

  UnlabelledVisi lead_in = find_unlabelled_visi({"Sesuai RPJMD Kabupaten X telah dirumuskan visi sebagai berikut :", "",
                                                 "   \xE2\x80\x9C MASYARAKAT X YANG MAJU DAN SEJAHTERA\xE2\x80\x9D"});
  CHECK(lead_in.text == "MASYARAKAT X YANG MAJU DAN SEJAHTERA");
  CHECK(lead_in.line == 3);
  CHECK(lead_in.misi_after.empty());

  UnlabelledVisi spaced_title = find_unlabelled_visi({"V I S I", "\"TERWUJUDNYA MASYARAKAT YANG MAJU DAN BERKEADILAN\""});
  CHECK(spaced_title.text == "TERWUJUDNYA MASYARAKAT YANG MAJU DAN BERKEADILAN");

  UnlabelledVisi title = find_unlabelled_visi({"Visi", "Terwujudnya Kota X yang Nyaman dan Sejahtera"});
  CHECK(title.text == "Terwujudnya Kota X yang Nyaman dan Sejahtera");
  CHECK(title.line == 2);
}

TEST_CASE("An unlabelled visi: a sentence the text does not call the visi is none") {
  // A quoted motto with nothing naming it the visi.
  CHECK(find_unlabelled_visi({"Kabupaten X", "\xE2\x80\x9CTerwujudnya Kabupaten X yang Maju dan Sejahtera\xE2\x80\x9D",
                              "Tabel 5.1 Tujuan dan Sasaran"})
            .text.empty());
  // "Terwujudnya ..." alone, no quotes, no title.
  CHECK(find_unlabelled_visi({"Terwujudnya Kabupaten X yang Maju dan Sejahtera", "Tujuan    Sasaran    Indikator"}).text.empty());
  // A chapter title "Visi" over the paragraph that explains what a visi is.
  CHECK(find_unlabelled_visi({"5.1 Visi", "Visi adalah gambaran masa depan yang akan diwujudkan."}).text.empty());
  CHECK(find_unlabelled_visi({"5.1 Visi", "Rumusan ini disusun bersama. Bab ini menguraikan arahnya."}).text.empty());
  // "Visi dan Misi" introduces both: the next line is not taken as the visi.
  CHECK(find_unlabelled_visi({"VISI DAN MISI", "Meningkatkan kualitas pelayanan publik"}).text.empty());
  // One or two quoted words are no visi.
  CHECK(find_unlabelled_visi({"Visi :", "\xE2\x80\x9CSMART\xE2\x80\x9D"}).text.empty());
  // Below a labelled misi the search has ended: the visi stands above.
  CHECK(find_unlabelled_visi({"MISI 1 : Mewujudkan A", "Visi", "Terwujudnya Kota X yang Nyaman"}).text.empty());
}
