#pragma once
// Test utility: the bilingual message a reader refuses its input with, and whether it says what it should (a
// phrase of the English text and a phrase of the Indonesian one), for the tests of hostile and damaged files.
#include <doctest/doctest.h>

#include <string>

#include "core/text/bilingual.h"

namespace pokin::test {

// The message `read()` throws as a UserError; the test fails when it throws none, or an empty or one-language one.
template <class Read>
Bilingual refusal_of(Read read) {
  try {
    read();
  } catch (const UserError& error) {
    CHECK_FALSE(error.message().id.empty());
    CHECK(error.message().id != error.message().en);
    return error.message();
  }
  FAIL("the input was not refused");
  return {};
}

inline bool says(const Bilingual& message, const std::string& english, const std::string& indonesian) {
  bool found = message.en.find(english) != std::string::npos && message.id.find(indonesian) != std::string::npos;
  if (!found) MESSAGE("message: " << message.en << " | " << message.id);
  return found;
}

}  // namespace pokin::test
