// Bad and unusual input: a clear message or a report, never a crash.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"

using namespace pokin;
using namespace pokin::import;

namespace {

std::string message_of(std::string_view bytes) {
  try {
    import_text("input", bytes, {});
  } catch (const UserError& error) {
    return error.message().en;
  }
  return "";
}

}  // namespace

TEST_CASE("empty and blank input is refused with a message") {
  CHECK(message_of("").find("empty") != std::string::npos);
  CHECK(message_of(" \r\n\t\n").find("empty") != std::string::npos);
}

TEST_CASE("binary input, PDF, UTF-16 and Word files are refused with advice") {
  std::string binary("\x01\x02\x00\x7F garbage \x00\xFF", 16);
  CHECK(message_of(binary).find("binary") != std::string::npos);
  // A PDF is read (core/pdf); one that is not a PDF behind its header is refused as damaged.
  CHECK(message_of("%PDF-1.7 ...").find("damaged") != std::string::npos);
  CHECK(message_of(std::string("\xFF\xFE" "S\0a\0", 6)).find("UTF-16") != std::string::npos);
  CHECK(!message_of(std::string("PK\x03\x04", 4) + std::string(100, 'x')).empty());
}

TEST_CASE("invalid UTF-8 is replaced and reported, the rest imports") {
  std::string csv = "Sasaran;Indikator\nMeningkatnya layanan \xC3\x28 perizinan;Indeks kepuasan \xFF\n";
  ImportResult result = import_text("latin1.csv", csv, {});
  REQUIRE(result.document.sasaran.size() == 1);
  CHECK(result.document.sasaran.begin()->second.statement == "Meningkatnya layanan \xEF\xBF\xBD( perizinan");
  bool reported = false;
  for (const Bilingual& note : result.report.notes) reported |= note.en.find("not UTF-8") != std::string::npos;
  CHECK(reported);
}

TEST_CASE("Windows line endings read like Unix ones") {
  std::string unix_text = "SEKSI PROMOSI\nSS1. Meningkatnya promosi\nIK1. Jumlah pameran\n";
  std::string windows_text = "SEKSI PROMOSI\r\nSS1. Meningkatnya promosi\r\nIK1. Jumlah pameran\r\n";
  ImportResult a = import_text("a.txt", unix_text, {});
  ImportResult b = import_text("b.txt", windows_text, {});
  CHECK(a.document.same_content(b.document));
  CHECK(b.document.indikator.begin()->second.name == "Jumlah pameran");
}

TEST_CASE("a table with 200 columns imports the recognised ones") {
  std::string header = "Sasaran;Indikator", row = "Meningkatnya layanan;Indeks kepuasan";
  for (int c = 0; c < 198; ++c) {
    header += ";Kolom " + std::to_string(c);
    row += ";" + std::to_string(c);
  }
  ImportResult result = import_text("wide.csv", header + "\n" + row + "\n", {});
  CHECK(result.document.sasaran.size() == 1);
  CHECK(result.document.indikator.size() == 1);
}

TEST_CASE("a header without rows says so") {
  CHECK(message_of("Sasaran;Indikator;Target 2025\n").find("no data rows") != std::string::npos);
  CHECK(message_of("just a sentence without any table\n").find("nothing was imported") != std::string::npos);
}

TEST_CASE("a long line without structure and deeply nested markup do not break the cleaner") {
  std::string long_line(2'000'000, 'a');
  CHECK(message_of(long_line).find("nothing was imported") != std::string::npos);
  std::string nested = "Sasaran;Indikator;Formula\nMeningkatnya layanan;Indeks;$" + std::string(5000, '{') + "x" +
                       std::string(5000, '}') + "$\n";
  ImportResult result = import_text("nested.csv", nested, {});
  CHECK(result.document.indikator.begin()->second.formula == "x");
  std::string fractions;
  for (int i = 0; i < 100000; ++i) fractions += "\\frac{";
  ImportResult deep = import_text("deep.csv", "Sasaran;Indikator;Formula\nMeningkatnya layanan;Indeks;$" + fractions + "$\n", {});
  CHECK(!deep.document.indikator.begin()->second.formula.empty());
  std::string paragraphs;
  for (int i = 0; i < 200000; ++i) paragraphs += "<p>butir</p>";
  ImportResult listed = import_text("p.csv", "Sasaran;Indikator;Formula\nMeningkatnya layanan;Indeks;" + paragraphs + "\n", {});
  CHECK(listed.document.indikator.begin()->second.formula.rfind("butir; butir; butir", 0) == 0);
}
