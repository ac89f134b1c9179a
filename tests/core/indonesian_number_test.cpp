#include <doctest/doctest.h>

#include <limits>

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

TEST_CASE("Huge, tiny and non-finite numbers are written as Excel shows them, never through an overflow") {
  // Before: 1e30 came out as "0" (a double-to-integer conversion out of range, undefined behaviour).
  CHECK(format_indonesian_number(1e30) == "1E+30");
  CHECK(format_indonesian_number(-1.5e20) == "-1,5E+20");
  CHECK(format_indonesian_number(1e15) == "1E+15");
  CHECK(format_indonesian_number(1.7976931348623157e308) == "1,79769313486232E+308");
  CHECK(format_indonesian_number(999999999999999.0) == "999.999.999.999.999");
  // At most 15 significant digits: the binary noise of 123456789012.345678 stays out.
  CHECK(format_indonesian_number(123456789012.345678, 6) == "123.456.789.012,346");
  CHECK(format_indonesian_number(0.9999, 2) == "1");
  CHECK(format_indonesian_number(-0.001, 2) == "0");
  CHECK(format_indonesian_number(2.5, 0) == "3");
  CHECK(format_indonesian_number(0.000123, 40) == "0,000123");  // decimals taken as at most 9
  CHECK(format_indonesian_number(7.25, -3) == "7");
  CHECK(format_indonesian_number(std::numeric_limits<double>::quiet_NaN()) == "-");
  CHECK(format_indonesian_number(std::numeric_limits<double>::infinity()) == "-");
  CHECK(format_indonesian_number(-std::numeric_limits<double>::infinity()) == "-");
}
