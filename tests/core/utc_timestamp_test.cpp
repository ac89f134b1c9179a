#include <doctest/doctest.h>

#include <cctype>

#include "core/text/utc_timestamp.h"

TEST_CASE("utc timestamp: ISO 8601 in UTC, as a merged part and a version record their time") {
  const std::string now = pokin::utc_timestamp();
  REQUIRE(now.size() == 20);  // 2026-12-02T21:30:05Z
  CHECK(now[4] == '-');
  CHECK(now[7] == '-');
  CHECK(now[10] == 'T');
  CHECK(now[13] == ':');
  CHECK(now[16] == ':');
  CHECK(now[19] == 'Z');
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) CHECK(std::isdigit(static_cast<unsigned char>(now[i])));
  CHECK(now.substr(0, 4) >= "2026");
  CHECK(now.substr(5, 2) <= "12");
  CHECK(now.substr(11, 2) <= "23");
}
