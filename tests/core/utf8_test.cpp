#include <doctest/doctest.h>

#include <string>

#include "core/text/utf8.h"

using namespace pokin;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";
}

TEST_CASE("UTF-8 decoder: well-formed sequences of each length, at the edges of their ranges") {
  struct Case {
    std::string bytes;
    char32_t code_point;
  } cases[] = {
      {"A", 0x41},
      {"\x7F", 0x7F},
      {"\xC2\x80", 0x80},             // smallest two-byte
      {"\xC3\xA9", 0xE9},             // é
      {"\xDF\xBF", 0x7FF},            // largest two-byte
      {"\xE0\xA0\x80", 0x800},        // smallest three-byte
      {"\xE2\x89\xA5", 0x2265},       // ≥
      {"\xED\x9F\xBF", 0xD7FF},       // just below the surrogates
      {"\xEE\x80\x80", 0xE000},       // just above them
      {"\xEF\xBF\xBF", 0xFFFF},
      {"\xF0\x90\x80\x80", 0x10000},  // smallest four-byte
      {"\xF0\x9F\x98\x80", 0x1F600},  // an emoji
      {"\xF4\x8F\xBF\xBF", 0x10FFFF}, // the last code point
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    DecodedCodePoint decoded = decode_utf8(c.bytes, 0);
    CHECK(decoded.valid);
    CHECK(decoded.code_point == c.code_point);
    CHECK(decoded.length == c.bytes.size());
    CHECK(is_valid_utf8(c.bytes));
    CHECK(repaired_utf8(c.bytes) == c.bytes);
  }
}

TEST_CASE("UTF-8 decoder: overlong forms are rejected") {
  // '/' (U+002F) and NUL written with more bytes than they need, and the largest overlong of each length.
  for (std::string bytes : {"\xC0\xAF", "\xC1\xBF", "\xC0\x80", "\xE0\x80\xAF", "\xE0\x9F\xBF",
                            "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF"}) {
    CAPTURE(bytes);
    CHECK_FALSE(decode_utf8(bytes, 0).valid);
    CHECK_FALSE(is_valid_utf8(bytes));
  }
}

TEST_CASE("UTF-8 decoder: surrogates (U+D800..U+DFFF) are rejected, alone or as a CESU-8 pair") {
  for (std::string bytes : {"\xED\xA0\x80", "\xED\xAD\xBF", "\xED\xB0\x80", "\xED\xBF\xBF",
                            "\xED\xA0\xBD\xED\xB8\x80"}) {
    CAPTURE(bytes);
    CHECK_FALSE(decode_utf8(bytes, 0).valid);
    CHECK_FALSE(is_valid_utf8(bytes));
  }
}

TEST_CASE("UTF-8 decoder: code points above U+10FFFF and the lead bytes F5..FF are rejected") {
  for (std::string bytes : {"\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF7\xBF\xBF\xBF", "\xF8\x88\x80\x80\x80",
                            "\xFF", "\xFE"}) {
    CAPTURE(bytes);
    CHECK_FALSE(decode_utf8(bytes, 0).valid);
    CHECK_FALSE(is_valid_utf8(bytes));
  }
}

TEST_CASE("UTF-8 decoder: truncated sequences and stray continuation bytes") {
  // Cut short at the end of the text: the prefix is consumed as one invalid sequence.
  DecodedCodePoint cut = decode_utf8("\xE2\x89", 0);
  CHECK_FALSE(cut.valid);
  CHECK(cut.code_point == 0xFFFD);
  CHECK(cut.length == 2);
  CHECK(decode_utf8("\xF0\x9F\x98", 0).length == 3);
  // Cut short by an ASCII byte: the ASCII byte is not swallowed.
  DecodedCodePoint interrupted = decode_utf8("\xE2\x89" "A", 0);
  CHECK_FALSE(interrupted.valid);
  CHECK(interrupted.length == 2);
  // A continuation byte with no lead.
  DecodedCodePoint stray = decode_utf8("\x80", 0);
  CHECK_FALSE(stray.valid);
  CHECK(stray.length == 1);
  CHECK_FALSE(is_valid_utf8("abc\xC3"));
}

TEST_CASE("repaired_utf8: each broken sequence becomes one U+FFFD, the text around it stays") {
  CHECK(repaired_utf8("Target \xE2\x89\xA5 90%") == "Target \xE2\x89\xA5 90%");
  CHECK(repaired_utf8("a\xE2\x89" "b") == "a" + kFffd + "b");          // truncated three-byte sequence
  CHECK(repaired_utf8("a\xC0\xAF" "b") == "a" + kFffd + kFffd + "b");   // C0 and AF: two invalid bytes
  CHECK(repaired_utf8("\xED\xA0\x80") == kFffd + kFffd + kFffd);       // ED then two stray continuations
  CHECK(repaired_utf8("x\xF4\x90\x80\x80") == "x" + kFffd + kFffd + kFffd + kFffd);
  CHECK(repaired_utf8("caf\xE9") == "caf" + kFffd);                    // Latin-1 é
  CHECK(repaired_utf8("") == "");
}
