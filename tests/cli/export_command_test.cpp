#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "tests/scratch_path.h"
#include "app/cli/command_line.h"
#include "cli_test_support.h"
#include "core/store/document_file.h"
#include "core/synthetic/synthetic_document.h"

using namespace pokin;
using pokin::cli::run_command_line;

TEST_CASE("pokin export writes every format and refuses what it cannot do, in the chosen language") {
  auto dir = pokin::test::scratch_path("pokin_cli_export_test");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  SyntheticOptions options;
  options.sasaran = 100;
  store::DocumentFile::create(dir / "doc.pokin", make_synthetic_document(options));
  std::string file = (dir / "doc.pokin").string();

  for (std::string format : {"svg", "pdf", "png", "dot", "docx", "csv", "xlsx"}) {
    CAPTURE(format);
    std::ostringstream out, err;
    std::string output = (dir / ("out." + format)).string();
    int code = run_command_line({"export", file, "-f", format, "-o", output, "--branch", "2", "--year", "2024",
                                 "--layout", "compact", "--dpi", "72"},
                                out, err);
    CHECK(code == 0);
    CHECK(err.str().empty());
    CHECK(std::filesystem::file_size(output) > 100);
  }
  std::ostringstream out, err;
  int code = run_command_line({"--lang", "en", "export", file, "-f", "pdf", "-o", (dir / "tile.pdf").string(), "--pages",
                               "tile", "--paper", "A3", "--orientation", "portrait"},
                              out, err);
  CHECK(code == 0);
  CHECK(out.str().find("pages") != std::string::npos);

  code = run_command_line({"--lang", "en", "export", file, "-f", "svg", "-o", (dir / "x.svg").string(), "--year", "1999"},
                          out, err);
  CHECK(code != 0);
  CHECK(err.str().find("outside the Renstra period") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "x.svg"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("pokin export --engine graphviz lays the tree out with Graphviz, an unknown engine is refused") {
  cli_test::TempDir dir;
  SyntheticOptions options;
  options.sasaran = 40;
  store::DocumentFile::create(dir.file("doc.pokin"), make_synthetic_document(options));
  auto dot_of = [&](const std::string& engine) {
    cli_test::Result result =
        cli_test::run({"export", dir.file("doc.pokin"), "-f", "dot", "-o", dir.file(engine + ".dot"), "--engine", engine});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    std::ifstream in(dir.file(engine + ".dot"));
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  std::string pokin = dot_of("pokin"), graphviz = dot_of("graphviz");
  CHECK(pokin.find("pos=") != std::string::npos);
  CHECK(graphviz.find("pos=") != std::string::npos);
  CHECK(pokin != graphviz);  // the node positions come from another engine

  cli_test::Result refused =
      cli_test::run({"export", dir.file("doc.pokin"), "-f", "svg", "-o", dir.file("x.svg"), "--engine", "neato"});
  CHECK(refused.exit_code != 0);
  CHECK_FALSE(std::filesystem::exists(dir.file("x.svg")));
}

TEST_CASE("pokin export --layout fitted shapes the figure to the paper and orientation") {
  cli_test::TempDir dir;
  std::string example = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";
  auto size_of = [&](const std::string& orientation) {
    std::string output = dir.file(orientation + ".svg");
    cli_test::Result result = cli_test::run(
        {"export", example, "-f", "svg", "-o", output, "--layout", "fitted", "--orientation", orientation});
    CHECK(result.exit_code == 0);
    std::ifstream in(output);
    std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto number_after = [&](const std::string& key) {
      auto at = svg.find(key);
      REQUIRE(at != std::string::npos);
      return std::stod(svg.substr(at + key.size()));
    };
    return std::pair{number_after("width=\""), number_after("height=\"")};
  };
  // Compact is 3,882 x 680 pt (issue 12). Fitted to A4 landscape it is wider than tall and well under that width;
  // fitted to A4 portrait it is taller than wide.
  auto [landscape_width, landscape_height] = size_of("landscape");
  CHECK(landscape_width > landscape_height);
  CHECK(landscape_width < 0.6 * 3882);
  auto [portrait_width, portrait_height] = size_of("portrait");
  CHECK(portrait_width < portrait_height);
}
