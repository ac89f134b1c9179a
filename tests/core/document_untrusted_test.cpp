// A .pokin written by another tool is untrusted input. Each hostile value the hardening issue found (sasaran.level
// INT_MAX / 1e8 / INT_MIN crashed `pokin check`; period_end INT_MAX made it allocate 16.8 GB; int64 values were
// truncated to int; invalid UTF-8 reached SVG and XLSX) and each broken structure (a reference to a missing row, a
// cycle) must refuse to open with a message naming the table, the row and the column. The expected messages are
// written out by hand from the limits in core/model/document_limits.h.
#include <doctest/doctest.h>

#include <climits>
#include <string>

#include "core/text/utf8.h"
#include "core/checks/check_document.h"
#include "core/model/document_limits.h"
#include "core/model/tree_index.h"
#include "core/store/checked_row.h"
#include "core/synthetic/chain_document.h"
#include "damaged_document.h"
#include "hand_built_document.h"

using namespace pokin;

namespace {

// The clean cascade (head -> bidang -> seksi, one sasaran and one indicator each), `sql` applied, read back.
// Returns the Indonesian refusal, or "" when the document was read.
std::string refusal_after(const testing::CleanCascade& cascade, const std::string& sql) {
  return test::refusal_after(cascade.document, sql);
}

std::string id(Id value) { return std::to_string(value); }

std::size_t count_rule(const CheckReport& report, Rule rule) {
  std::size_t count = 0;
  for (const Finding& finding : report.findings) count += finding.rule == rule;
  return count;
}

}  // namespace

TEST_CASE("a clean document reads back unchanged through the checking reader") {
  testing::CleanCascade cascade;
  CHECK(refusal_after(cascade, "SELECT 1").empty());
  sqlite::Database database = test::database_holding(cascade.document);
  CHECK(store::read_document(database).same_content(cascade.document));
}

TEST_CASE("hostile sasaran levels refuse to open instead of crashing the checks") {
  testing::CleanCascade c;
  const std::string where = "Dokumen rusak: sasaran id " + id(c.sk) + ", kolom level = ";
  const std::string row = " WHERE id = " + id(c.sk);
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 2147483647" + row) == where + "2147483647 di luar batas 0..999.");
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 100000000" + row) == where + "100000000 di luar batas 0..999.");
  CHECK(refusal_after(c, "UPDATE sasaran SET level = -2147483648" + row) == where + "-2147483648 di luar batas 0..999.");
  // 2^32 + 1 was read as level 1 by a cast to int.
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 4294967297" + row) == where + "4294967297 di luar batas 0..999.");
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 2.5" + row) == where + "2.5 bukan bilangan bulat.");
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 'dua'" + row) == where + "'dua' bukan bilangan bulat.");
  CHECK(refusal_after(c, "UPDATE sasaran SET level = 999" + row).empty());
}

TEST_CASE("periods and years outside the model refuse to open") {
  testing::CleanCascade c;  // period 2025-2027
  CHECK(refusal_after(c, "UPDATE document SET period_end = 2147483647") ==
        "Dokumen rusak: document id 1, kolom period_end = 2147483647 bukan tahun 1900..2200 (atau 0).");
  CHECK(refusal_after(c, "UPDATE document SET period_start = 1, period_end = 2147483647") ==
        "Dokumen rusak: document id 1, kolom period_start = 1 bukan tahun 1900..2200 (atau 0).");
  CHECK(refusal_after(c, "UPDATE document SET period_end = 2040") ==
        "Dokumen rusak: document id 1, kolom period_end = 2040 membuat periode 2025-2040 lebih dari 10 tahun.");
  CHECK(refusal_after(c, "UPDATE indikator_year SET year = 99999 WHERE year = 2027 AND indikator_id = " + id(c.iku)) ==
        "Dokumen rusak: indikator_year indikator_id " + id(c.iku) + " year 99999, kolom year = 99999 di luar batas "
        "1900..2200.");
  CHECK(refusal_after(c, "UPDATE indikator SET baseline_year = -1 WHERE id = " + id(c.iku)) ==
        "Dokumen rusak: indikator id " + id(c.iku) + ", kolom baseline_year = -1 bukan tahun 1900..2200 (atau 0).");
  // Unset periods and a period of exactly ten years are fine.
  CHECK(refusal_after(c, "UPDATE document SET period_start = 0, period_end = 0; DELETE FROM indikator_year").empty());
  CHECK(refusal_after(c, "UPDATE document SET period_end = 2034").empty());
}

TEST_CASE("ids, orders and weights that do not fit refuse to open instead of being truncated") {
  testing::CleanCascade c;
  CHECK(refusal_after(c, "UPDATE unit SET sort_order = 9000000000000000000 WHERE id = " + id(c.head)) ==
        "Dokumen rusak: unit id " + id(c.head) + ", kolom sort_order = 9000000000000000000 di luar batas "
        "-1000000000..1000000000.");
  CHECK(refusal_after(c, "UPDATE crosscutting SET id = 0; INSERT INTO crosscutting (id, from_sasaran_id) VALUES (-5, " +
                             id(c.ss) + ")") ==
        "Dokumen rusak: crosscutting (id belum terbaca), kolom id = -5 di luar batas 1..9007199254740991.");
  CHECK(refusal_after(c, "UPDATE indikator SET weight = 9e999 WHERE id = " + id(c.iku)) ==
        "Dokumen rusak: indikator id " + id(c.iku) + ", kolom weight = Inf di luar batas 0..1e+06.");
  CHECK(refusal_after(c, "UPDATE indikator SET polarity = 'atas' WHERE id = " + id(c.iku)) ==
        "Dokumen rusak: indikator id " + id(c.iku) + ", kolom polarity = 'atas' bukan nilai yang dikenal.");
}

TEST_CASE("invalid UTF-8 in any text refuses to open") {
  testing::CleanCascade c;
  // "Men" then 0xC3 0x28: a lead byte without its continuation, at the 4th byte.
  CHECK(refusal_after(c, "UPDATE sasaran SET statement = CAST(x'4D656EC328' AS TEXT) WHERE id = " + id(c.sp)) ==
        "Dokumen rusak: sasaran id " + id(c.sp) + ", kolom statement berisi teks UTF-8 yang tidak sah (byte ke-4).");
  CHECK(refusal_after(c, "UPDATE document SET instansi = CAST(x'ff' AS TEXT)") ==
        "Dokumen rusak: document id 1, kolom instansi berisi teks UTF-8 yang tidak sah (byte ke-1).");
  CHECK(refusal_after(c, "UPDATE level_name SET indikator_label = CAST(x'eda080' AS TEXT) WHERE level = 0") ==
        "Dokumen rusak: level_name level 0, kolom indikator_label berisi teks UTF-8 yang tidak sah (byte ke-1).");
  CHECK(refusal_after(c, "UPDATE indikator_year SET target_text = CAST(x'3830c0af' AS TEXT) WHERE year = 2025 AND "
                         "indikator_id = " + id(c.iku)) ==
        "Dokumen rusak: indikator_year indikator_id " + id(c.iku) +
            " year 2025, kolom target_text berisi teks UTF-8 yang tidak sah (byte ke-3).");
}

TEST_CASE("the UTF-8 check accepts every well-formed sequence and nothing else") {
  constexpr auto npos = std::string_view::npos;
  CHECK(first_invalid_utf8("Meningkatnya ≥ 80% — indeks 😀") == npos);
  CHECK(first_invalid_utf8("\xF4\x8F\xBF\xBF") == npos);   // U+10FFFF
  CHECK(first_invalid_utf8("a\xF4\x90\x80\x80") == 1);    // above U+10FFFF
  CHECK(first_invalid_utf8("ab\xED\xA0\x80") == 2);       // a surrogate
  CHECK(first_invalid_utf8("\xC0\xAF") == 0);             // overlong '/'
  CHECK(first_invalid_utf8("\xE0\x80\xAF") == 0);         // overlong '/'
  CHECK(first_invalid_utf8("abc\xE2\x82") == 3);          // cut short
  CHECK(first_invalid_utf8("\x80") == 0);                 // a continuation byte alone
}

TEST_CASE("references to missing rows, shared ids and parent cycles refuse to open") {
  testing::CleanCascade c;
  CHECK(refusal_after(c, "UPDATE sasaran SET parent_id = 999 WHERE id = " + id(c.sk)) ==
        "Dokumen rusak: sasaran id " + id(c.sk) + ", kolom parent_id = 999: tidak ada sasaran dengan id itu.");
  CHECK(refusal_after(c, "UPDATE unit SET parent_id = 999 WHERE id = " + id(c.seksi)) ==
        "Dokumen rusak: unit id " + id(c.seksi) + ", kolom parent_id = 999: tidak ada unit dengan id itu.");
  CHECK(refusal_after(c, "UPDATE indikator SET sasaran_id = 999 WHERE id = " + id(c.iku)) ==
        "Dokumen rusak: indikator id " + id(c.iku) + ", kolom sasaran_id = 999: tidak ada sasaran dengan id itu.");
  CHECK(refusal_after(c, "INSERT INTO indikator_year (indikator_id, year, target_text) VALUES (999, 2025, '1')") ==
        "Dokumen rusak: indikator_year indikator_id 999 year 2025, kolom indikator_id = 999 tidak ada di tabel "
        "indikator.");
  CHECK(refusal_after(c, "INSERT INTO unit_fungsi (unit_id, position, text) VALUES (999, 0, 'x')") ==
        "Dokumen rusak: unit_fungsi unit_id 999 position 0, kolom unit_id = 999 tidak ada di tabel unit.");
  // The indicator takes the id of a sasaran (its yearly rows follow it): an id must name one node.
  CHECK(refusal_after(c, "UPDATE indikator SET id = " + id(c.sk) + " WHERE id = " + id(c.iku) +
                             "; UPDATE indikator_year SET indikator_id = " + id(c.sk) + " WHERE indikator_id = " +
                             id(c.iku)) ==
        "Dokumen rusak: sasaran id " + id(c.sk) + ", kolom id juga dipakai oleh indikator.");
  // ss -> sk -> sp -> ss.
  CHECK(refusal_after(c, "UPDATE sasaran SET parent_id = " + id(c.sk) + " WHERE id = " + id(c.ss)) ==
        "Dokumen rusak: sasaran id " + id(c.ss) + ", kolom parent_id membentuk siklus (id " + id(c.ss) + ", " +
            id(c.sp) + ", " + id(c.sk) + " saling menjadi atasan).");
  CHECK(refusal_after(c, "UPDATE unit SET parent_id = id WHERE id = " + id(c.bidang)) ==
        "Dokumen rusak: unit id " + id(c.bidang) + ", kolom parent_id membentuk siklus (id " + id(c.bidang) +
            " saling menjadi atasan).");
}

TEST_CASE("the checks take hostile values of a hand-built document without crashing or allocating by them") {
  for (int level : {INT_MAX, 100000000, INT_MIN, -1}) {
    INFO(level);
    testing::CleanCascade c;
    c.document.sasaran.at(c.sk).level = level;
    CheckReport report = check_document(c.document);
    // Levels 0..3 are named; the hostile one is left out of the summary instead of sizing it.
    REQUIRE(report.levels.size() == 4);
    CHECK(report.levels[0].sasaran + report.levels[1].sasaran + report.levels[2].sasaran + report.levels[3].sasaran == 2);
  }
  testing::CleanCascade c;
  c.document.info.period_end = INT_MAX;
  CheckReport report = check_document(c.document);
  // Targets 2025-2027 are filled; the missing years are counted to the longest possible period only (2034).
  std::size_t missing = 0;
  for (const Finding& finding : report.findings)
    if (finding.rule == Rule::TargetMissing) {
      ++missing;
      CHECK(finding.message.id.find("2028, 2029, 2030, 2031, 2032, 2033, 2034.") != std::string::npos);
      CHECK(finding.message.id.find("2035") == std::string::npos);
    }
  CHECK(missing == 3);
}

TEST_CASE("checks on a 20,000-deep chain: one pass, the same findings as a walk up from every node would give") {
  const int depth = 20000;
  CheckReport open = check_document(make_chain_document(depth));
  // Levels count 0..999 down the first 1,000 sasaran; each later one sits at 999 like its parent.
  CHECK(count_rule(open, Rule::LevelInverted) == depth - 1000);
  CHECK(count_rule(open, Rule::SasaranWithoutIndikator) == depth);
  CHECK(count_rule(open, Rule::Cycle) == 0);
  CHECK(count_rule(open, Rule::SidewaysLink) == 0);

  CheckReport closed = check_document(make_chain_document(depth, true));
  REQUIRE(count_rule(closed, Rule::Cycle) == 1);
  for (const Finding& finding : closed.findings)
    if (finding.rule == Rule::Cycle) {
      CHECK(finding.node == 2);  // the top sasaran (ids: unit k = 2k-1, its sasaran 2k)
      CHECK(finding.related.size() == depth - 1);
    }
}

TEST_CASE("depths, ancestors and cycles of a 200,000-deep chain are found in one pass") {
  const int depth = 200000;
  Document document = make_chain_document(depth, true);
  TreeIndex index(document);
  const Id top_unit = 1, bottom_unit = 2 * depth - 1;
  CHECK(index.unit_depth(top_unit) == 0);
  CHECK(index.unit_depth(bottom_unit) == depth - 1);
  CHECK(index.unit_is_ancestor(top_unit, bottom_unit));
  CHECK_FALSE(index.unit_is_ancestor(bottom_unit, top_unit));
  CHECK(index.unit_is_ancestor(3, 5));
  CHECK_FALSE(index.unit_is_ancestor(5, 3));
  CHECK(index.unit_cycles().empty());
  // The sasaran chain is closed into one cycle: every member is above every other.
  REQUIRE(index.sasaran_cycles().size() == 1);
  CHECK(index.sasaran_cycles().front().size() == depth);
  CHECK(index.sasaran_is_ancestor(2 * depth, 2));
  CHECK(index.sasaran_is_ancestor(2, 2 * depth));
}

TEST_CASE("ancestors below a cycle: the cycle is above its branch, the branch is not above the cycle") {
  testing::HandBuiltDocument d;
  Id a = d.unit(kNoId, UnitKind::Head, "A");
  Id b = d.unit(a, UnitKind::Division, "B");
  Id below = d.unit(b, UnitKind::Section, "C");
  Id other = d.unit(kNoId, UnitKind::Head, "D");
  d.document.units.at(a).parent = b;  // a <-> b
  TreeIndex index(d.document);
  REQUIRE(index.unit_cycles().size() == 1);
  CHECK(index.unit_is_ancestor(a, below));
  CHECK(index.unit_is_ancestor(b, below));
  CHECK(index.unit_is_ancestor(a, b));
  CHECK(index.unit_is_ancestor(b, a));
  CHECK_FALSE(index.unit_is_ancestor(below, a));
  CHECK_FALSE(index.unit_is_ancestor(other, below));
  CHECK_FALSE(index.unit_is_ancestor(a, other));
  CHECK(index.unit_depth(below) == 1);
}
