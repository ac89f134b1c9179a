#include <doctest/doctest.h>

#include "core/text/csv_field.h"

using pokin::csv_field;
using pokin::csv_row;
using pokin::CsvSeparator;

TEST_CASE("CSV with ',' (pokin check): fields quoted only when they must be, quotes doubled") {
  constexpr CsvSeparator semicolon = CsvSeparator::Semicolon;
  CHECK(csv_field("Persentase izin", semicolon) == "Persentase izin");
  CHECK(csv_field("83,37", semicolon) == "83,37");  // the decimal comma needs no quotes with ';' as separator
  CHECK(csv_field("a;b", semicolon) == "\"a;b\"");
  CHECK(csv_field("kata \"mutu\"", semicolon) == "\"kata \"\"mutu\"\"\"");
  CHECK(csv_field("dua\nbaris", semicolon) == "\"dua\nbaris\"");
  CHECK(csv_row({"a", "b;c", ""}, semicolon) == "a;\"b;c\";\r\n");
}

TEST_CASE("CSV with ',' (exported tables): the comma is what gets quoted") {
  constexpr CsvSeparator comma = CsvSeparator::Comma;
  CHECK(csv_field("83,37", comma) == "\"83,37\"");
  CHECK(csv_field("a;b", comma) == "a;b");
  CHECK(csv_field("baris\r\nbaru", comma) == "\"baris\r\nbaru\"");
  CHECK(csv_row({"Kode", "Target 2025", "\"98\""}, comma) == "Kode,Target 2025,\"\"\"98\"\"\"\r\n");
  CHECK(csv_row({}, comma) == "\r\n");
}

TEST_CASE("CSV: invalid UTF-8 becomes U+FFFD and control characters a space, in either dialect") {
  for (CsvSeparator separator : {CsvSeparator::Comma, CsvSeparator::Semicolon}) {
    CHECK(csv_field("caf\xE9", separator) == "caf\xEF\xBF\xBD");              // Latin-1 é
    CHECK(csv_field("\xED\xA0\x80", separator) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(csv_field("a\x01" "b\x7F" "c\td", separator) == "a b c\td");       // tab stays
    CHECK(csv_field("\xE2\x89\xA5 90%", separator) == "\xE2\x89\xA5 90%");    // ≥ passes unchanged
  }
}
