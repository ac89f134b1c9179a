// A paragraph cut at its commas is no table header (core/import/prose_row.h). Every expected value is read off the
// hand-made text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/import/import_document.h"
#include "core/import/prose_row.h"
#include "core/text/bilingual.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("prose row: a long run of words and a piece going on in lower case make a sentence, not a header") {
  CHECK(is_sentence_split_at_commas(
      {"Indikator kinerja daerah dikelompokkan berdasarkan aspek dan fokus pembangunan daerah yang ditetapkan dalam "
       "dokumen ini",
       " terdiri indikator agregat dan indikator makro pembangunan daerah", " serta indikator urusan"}));
  // A real header: short titles, even in lower case (another app's export), or one long title alone.
  CHECK_FALSE(is_sentence_split_at_commas({"No", "Sasaran Strategis", "Indikator Kinerja", "Target"}));
  CHECK_FALSE(is_sentence_split_at_commas({"kode", "indikator kinerja utama", "satuan", "target tahun 2024"}));
  CHECK_FALSE(is_sentence_split_at_commas(
      {"Indikator Kinerja Tujuan dan Sasaran Program (Outcome) dan Kegiatan (Output) sebagaimana tercantum dalam "
       "Renstra",
       "Satuan", "Target"}));
}

TEST_CASE("prose row: a report paragraph with commas above flattened numbers invents no table") {
  // Before the rule, the paragraph was read as a CSV header (two pieces name "indikator") and the number lines,
  // cut at their decimal commas, as rows of indicators: invented rows. Now nothing is found and the import says so.
  const std::string text =
      "Indikator kinerja daerah dikelompokkan berdasarkan aspek dan fokus pembangunan yang ditetapkan dalam dokumen "
      "ini, terdiri indikator agregat dan indikator makro pembangunan daerah, serta indikator urusan pembangunan "
      "daerah, seperti tercantum pada tabel berikut\n"
      "\n"
      "2) 7,69 7,14 7,02 7,06\n"
      "3) 7,56 6,78 7,25 6,35\n";
  CHECK_THROWS_AS(import_text("bab9.txt", text, {}), UserError);
}
