#include <doctest/doctest.h>

#include "core/model/indonesian_number.h"

using pokin::format_indonesian_number;
using pokin::parse_indonesian_number;

TEST_CASE("Indonesian numbers: dot groups thousands, comma is the decimal mark") {
  CHECK(parse_indonesian_number("5.200") == doctest::Approx(5200));
  CHECK(parse_indonesian_number("83,37") == doctest::Approx(83.37));
  CHECK(parse_indonesian_number("1.234,5") == doctest::Approx(1234.5));
  CHECK(parse_indonesian_number("Rp 1.500.000") == doctest::Approx(1500000));
  CHECK(parse_indonesian_number("≥ 80%") == doctest::Approx(80));
  CHECK(parse_indonesian_number("5.200 izin dan non izin") == doctest::Approx(5200));
  CHECK(parse_indonesian_number("3.5") == doctest::Approx(3.5));
  CHECK(parse_indonesian_number("-2,5") == doctest::Approx(-2.5));
}

TEST_CASE("Text without a number stays text") {
  CHECK_FALSE(parse_indonesian_number("WTP").has_value());
  CHECK_FALSE(parse_indonesian_number("A").has_value());
  CHECK_FALSE(parse_indonesian_number("").has_value());
}

TEST_CASE("Numbers are written back the Indonesian way") {
  CHECK(format_indonesian_number(5200) == "5.200");
  CHECK(format_indonesian_number(83.37) == "83,37");
  CHECK(format_indonesian_number(1234567.5) == "1.234.567,5");
  CHECK(format_indonesian_number(0) == "0");
  CHECK(format_indonesian_number(107.0) == "107");
}
