#include <doctest/doctest.h>

#include "core/text/csv_field.h"

using pokin::csv_field;
using pokin::csv_row;

TEST_CASE("CSV fields are quoted only when they must be, quotes doubled") {
  CHECK(csv_field("Persentase izin") == "Persentase izin");
  CHECK(csv_field("83,37") == "83,37");  // the decimal comma needs no quotes with ';' as separator
  CHECK(csv_field("a;b") == "\"a;b\"");
  CHECK(csv_field("kata \"mutu\"") == "\"kata \"\"mutu\"\"\"");
  CHECK(csv_field("dua\nbaris") == "\"dua\nbaris\"");
  CHECK(csv_row({"a", "b;c", ""}) == "a;\"b;c\";\r\n");
}
