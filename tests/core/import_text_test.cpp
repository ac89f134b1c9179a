// Text cleaning, LaTeX, unit titles, stemming and similarity used by the importers.
#include <doctest/doctest.h>

#include "core/import/text_cleaning.h"
#include "core/import/text_similarity.h"
#include "core/import/unit_title.h"
#include "core/text/utf8.h"

using namespace pokin;
using namespace pokin::import;

TEST_CASE("LaTeX fractions become readable") {
  CHECK(clean_text(R"($\frac{\Sigma \text{izin tepat waktu}}{\Sigma \text{izin}} \times 100\%$)") ==
        "Σ izin tepat waktu / Σ izin × 100%");
  CHECK(clean_text(R"($\frac{LK}{LT} \times 100\%$)") == "LK / LT × 100%");
  CHECK(readable_latex(R"(\frac{a - b}{b})") == "(a - b) / b");
  CHECK(clean_text(R"(Nilai $\geq 80$)") == "Nilai ≥ 80");
}

TEST_CASE("HTML and markdown markup are removed, lists joined") {
  CHECK(clean_text("<p>Realisasi PMDN</p> <p>Untuk mengetahui realisasi</p>") == "Realisasi PMDN; Untuk mengetahui realisasi");
  CHECK(clean_text("<b>SASARAN PROGRAM</b>") == "SASARAN PROGRAM");
  CHECK(clean_text("<ul style=\"x\"> ▪ Aplikasi Perizinan ▪ Hasil <i>Surveillance</i> Audit</ul>") ==
        "Aplikasi Perizinan; Hasil Surveillance Audit");
  CHECK(clean_text("**KEPALA DINAS,**") == "KEPALA DINAS,");
  CHECK(clean_text("PENJELASAN/FORMULASI<br>PENGHITUNGAN") == "PENJELASAN/FORMULASI PENGHITUNGAN");
  CHECK(clean_text("A &amp; B") == "A & B");
  CHECK(has_markup("$x$"));
  CHECK(!has_markup("Jumlah izin / Jumlah permohonan x 100%"));
}

TEST_CASE("invalid UTF-8 and line endings") {
  std::size_t replaced = 0;
  CHECK(repaired_utf8("a\xC3\xA9" "b\xFF", &replaced) == "a\xC3\xA9" "b\xEF\xBF\xBD");
  CHECK(replaced == 1);
  CHECK(repaired_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate is not UTF-8
  auto lines = split_lines("a\r\nb\rc\nd");
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "b");
  CHECK(lines[3] == "d");
}

TEST_CASE("unit titles: abbreviations, capitals, levels") {
  UnitTitle kasi = read_unit_title("Kasi Perencanaan dan Promosi");
  CHECK(kasi.kind == UnitKind::Section);
  CHECK(kasi.name == "Seksi Perencanaan dan Promosi");
  CHECK(kasi.jabatan == "Kepala Seksi Perencanaan dan Promosi");
  UnitTitle kabid = read_unit_title("**KEPALA BIDANG HUBUNGAN INDUSTRIAL DAN PENINGKATAN PRODUKTIVITAS TENAGA KERJA**");
  CHECK(kabid.kind == UnitKind::Division);
  CHECK(kabid.name == "Bidang Hubungan Industrial dan Peningkatan Produktivitas Tenaga Kerja");
  CHECK(read_unit_title("Kasubag Umum dan Kepegawaian").name == "Sub Bagian Umum dan Kepegawaian");
  CHECK(read_unit_title("Sekretaris Dinas Penanaman Modal").name == "Sekretariat");
  CHECK(read_unit_title("Kepala SKPD").kind == UnitKind::Head);
  CHECK(read_unit_title("SEKSI PROSES PERIZINAN II SEKTOR A").name == "Seksi Proses Perizinan II Sektor A");
  UnitTitle staff = read_unit_title("Pengelola Gaji");
  CHECK(staff.kind == UnitKind::Staff);
  CHECK(staff.name == "Pengelola Gaji");
  CHECK(read_unit_title("Sub Koordinator Promosi Penanaman Modal").kind == UnitKind::Section);
}

TEST_CASE("a Sekretaris's title: the unit is the agency's one Sekretariat, the jabatan keeps the source's words") {
  UnitTitle kecamatan = read_unit_title("SEKRETARIS KECAMATAN");
  CHECK(kecamatan.kind == UnitKind::Division);
  CHECK(kecamatan.name == "Sekretariat");
  CHECK(kecamatan.jabatan == "Sekretaris Kecamatan");
  CHECK(read_unit_title("Sekretaris Dinas Penanaman Modal").jabatan == "Sekretaris Dinas Penanaman Modal");
  CHECK(read_unit_title("Sekretaris").jabatan == "Sekretaris");
  CHECK(read_unit_title("Bidang Sekretariat").jabatan == "Sekretaris");
}

TEST_CASE("stemming meets the forms of one word, similarity ignores stop words") {
  CHECK(stem_indonesian("perizinan") == stem_indonesian("izin"));
  CHECK(stem_indonesian("penanaman") == stem_indonesian("tanam"));
  CHECK(stem_indonesian("pelayanan") == stem_indonesian("layanan"));
  CHECK(stem_indonesian("perindustrian") == stem_indonesian("industri"));
  CHECK(stem_indonesian("penempatan") == stem_indonesian("tempat"));
  CHECK(content_stems("Meningkatnya kualitas pelayanan perizinan yang dan di") ==
        std::vector<std::string>{"kualitas", "layan", "izin"});
  CHECK(content_stems("ketenagakerjaan") == content_stems("tenaga kerja"));
  SimilarityIndex index;
  auto a = content_stems("Meningkatnya hubungan industrial yang kondusif");
  auto b = content_stems("Meningkatnya penyelesaian kasus hubungan industrial");
  auto c = content_stems("Berkembangnya Industri Kecil dan Menengah");
  for (auto* stems : {&a, &b, &c}) index.add(*stems);
  CHECK(index.similarity(a, b) > index.similarity(b, c));
  CHECK(index.similarity(a, a) == doctest::Approx(1));
}
