#include <doctest/doctest.h>

#include "core/checks/node_label.h"
#include "tests/core/hand_built_document.h"

using namespace pokin;
using pokin::testing::CleanCascade;

TEST_CASE("node labels: code and the start of the text, cut at a word and never inside a UTF-8 character") {
  CHECK(shorten("Meningkatnya kualitas pelayanan", 60) == "Meningkatnya kualitas pelayanan");
  CHECK(shorten("Meningkatnya kualitas pelayanan perizinan", 25) == "Meningkatnya kualitas…");
  // 12 characters of "≥" (3 bytes each): cut after 10 characters, not after 10 bytes.
  std::string signs;
  for (int k = 0; k < 12; ++k) signs += "≥";
  std::string cut = shorten(signs, 10);
  CHECK(cut.size() == 10 * 3 + std::string("…").size());
  CHECK(cut.substr(0, 30) == signs.substr(0, 30));

  CleanCascade doc;
  CHECK(node_label(doc.document, doc.ss) == "SS1 Meningkatnya kualitas pelayanan perizinan");
  CHECK(node_label(doc.document, doc.bidang) == "Bidang Pelayanan Perizinan");
  CHECK(node_label(doc.document, 4242) == "#4242");
}
