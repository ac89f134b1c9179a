#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/text/utf8_path.h"

using namespace pokin;

TEST_CASE("utf8_path and path_from_utf8: a non-ASCII file name survives the round trip through a real file") {
  // "Renstra Dinas Pendidikan – Sumenep é.pokin": an en dash (E2 80 93) and an e acute (C3 A9), written as bytes.
  const std::string name = "Renstra Dinas Pendidikan \xE2\x80\x93 Sumenep \xC3\xA9.pokin";
  std::filesystem::path path = path_from_utf8(name);
  CHECK(path.u8string() == u8"Renstra Dinas Pendidikan \u2013 Sumenep \u00E9.pokin");
  CHECK(utf8_path(path) == name);

  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "pokin-utf8-path-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  { std::ofstream(folder / path) << "x"; }
  int found = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    CHECK(utf8_path(entry.path().filename()) == name);
    ++found;
  }
  CHECK(found == 1);
  std::filesystem::remove_all(folder);
}

TEST_CASE("path_from_utf8 keeps folders and an empty text is an empty path") {
  CHECK(path_from_utf8("").empty());
  std::filesystem::path nested = path_from_utf8("laporan/2025/pohon.svg");
  CHECK(utf8_path(nested.filename()) == "pohon.svg");
  CHECK(utf8_path(nested.parent_path().filename()) == "2025");
}
