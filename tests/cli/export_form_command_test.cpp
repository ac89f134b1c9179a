// `pokin export --form ...` (issue 13): what the command refuses before writing anything, in the planner's
// language, and the file it leaves alone. The forms themselves are checked in tests/core (*_form_test.cpp) and,
// opened in LibreOffice, in forms_in_libreoffice_test.cpp.
#include <doctest/doctest.h>

#include "cli_test_support.h"

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";

}  // namespace

TEST_CASE("pokin export --form refuses figure formats, unknown units, years outside the period") {
  cli_test::TempDir dir;
  const std::string output = (dir.path / "out.svg").string();
  auto svg = cli_test::run({"export", kExample, "-f", "svg", "--form", "iku", "-o", output});
  CHECK(svg.exit_code != 0);
  CHECK(svg.err.find("XLSX, DOCX, PDF atau CSV") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(output));

  const std::string xlsx = (dir.path / "pk.xlsx").string();
  auto unit = cli_test::run({"--lang", "en", "export", kExample, "-f", "xlsx", "--form", "pk", "--unit",
                             "Bidang Yang Tidak Ada", "-o", xlsx});
  CHECK(unit.exit_code != 0);
  CHECK(unit.err.find("No unit is called \"Bidang Yang Tidak Ada\"") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(xlsx));

  auto year = cli_test::run({"export", kExample, "-f", "xlsx", "--form", "lkjip", "--year", "2030", "-o", xlsx});
  CHECK(year.exit_code != 0);
  CHECK(year.err.find("2030") != std::string::npos);
  CHECK(year.err.find("2021-2026") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(xlsx));
}

TEST_CASE("pokin export: --unit, --targets and --place need --form") {
  cli_test::TempDir dir;
  const std::string output = (dir.path / "m.csv").string();
  auto result = cli_test::run({"export", kExample, "-f", "csv", "--unit", "2", "-o", output});
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("tambahkan --form") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(output));
  auto sep = cli_test::run({"export", kExample, "-f", "csv", "--sep", "|", "-o", output});
  CHECK(sep.exit_code != 0);
}
