// `pokin export --fit`: the bundled example (48 sasaran) as a figure book on A4, read back from the files written
// (SVG with the independent XML reader, PDF by its page objects), and a tiny document that stays one page.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "cli_test_support.h"
#include "core/store/document_file.h"
#include "tests/core/layout_test_documents.h"
#include "tests/core/xml_reader.h"

using namespace pokin;

namespace {

const std::string kExample = std::string(POKIN_EXAMPLES) + "/balangan_2021_2026.pokin";

struct SvgPage {
  double scale = 0;     // printed points per figure point (width attribute / viewBox width)
  double width = 0;     // printed, points
  double height = 0;
  double smallest = 1e9;  // smallest font-size as printed
  std::vector<Id> boxes;  // sasaran box groups in order ("+N" stubs left out)
  std::map<Id, std::vector<std::string>> texts;
};

SvgPage read_page(const std::filesystem::path& path) {
  SvgPage page;
  Id current = kNoId;
  bool stub_checked = true;
  for (const auto& e : test::read_xml(cli_test::read(path))) {
    if (e.name == "svg") {
      page.width = std::stod(e.attributes.at("width"));
      page.height = std::stod(e.attributes.at("height"));
      double x, y, w, h;
      REQUIRE(std::sscanf(e.attributes.at("viewBox").c_str(), "%lf %lf %lf %lf", &x, &y, &w, &h) == 4);
      page.scale = page.width / w;
    } else if (e.name == "g") {
      auto id = e.attributes.find("id");
      current = kNoId;
      if (id != e.attributes.end() && id->second.rfind("box-", 0) == 0) {
        current = std::stoll(id->second.substr(4));
        stub_checked = false;
      }
    } else if (e.name == "text") {
      page.smallest = std::min(page.smallest, std::stod(e.attributes.at("font-size")) * page.scale);
      if (current == kNoId) continue;
      if (!stub_checked) {
        stub_checked = true;
        if (e.text.rfind("+", 0) == 0) {  // a "+N" stub: it shares its node's id
          current = kNoId;
          continue;
        }
        page.boxes.push_back(current);
      }
      page.texts[current].push_back(e.text);
    }
  }
  return page;
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == extension) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("pokin export --fit A4: the example is a book of readable pages, each sasaran on one page") {
  cli_test::TempDir dir;
  auto result = cli_test::run({"export", kExample, "-f", "svg", "--fit", "A4", "-o", dir.file("pohon.svg")});
  REQUIRE(result.exit_code == 0);
  auto files = files_in(dir.path, ".svg");
  REQUIRE(files.size() >= 2);
  CHECK_FALSE(std::filesystem::exists(dir.path / "pohon.svg"));
  CHECK(files.front().filename() == "pohon-01.svg");
  CHECK(files.back().filename() == "pohon-" + std::string(files.size() < 10 ? "0" : "") + std::to_string(files.size()) + ".svg");
  CHECK(result.out.find("Ditulis " + std::to_string(files.size()) + " halaman") != std::string::npos);
  for (const auto& file : files) CHECK(result.out.find(file.filename().string()) != std::string::npos);

  Document example;
  store::DocumentFile::open(kExample, example);
  REQUIRE(example.sasaran.size() == 48);
  std::vector<SvgPage> pages;
  for (const auto& file : files) pages.push_back(read_page(file));
  // Where each "lanjut hal. N" points: the boxes whose branch continues on page N.
  std::map<std::size_t, std::set<Id>> announced;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& [id, texts] : pages[p].texts)
      for (const std::string& text : texts)
        if (text.rfind("lanjut hal. ", 0) == 0) {
          std::size_t target = std::stoul(text.substr(12));
          CHECK(target > p + 1);
          REQUIRE(target <= pages.size());
          announced[target].insert(id);
        }
  std::map<Id, int> seen;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    CAPTURE(p + 1);
    const SvgPage& page = pages[p];
    // A4 landscape minus 28-point margins: 785.89 x 539.28 printable. A page larger than that (a row the placement
    // cannot wrap) must be named in a warning; every text is at least 7 pt as printed either way (the SVG's
    // numbers have two decimals).
    bool on_paper = page.width <= 785.89 + 0.01 && page.height <= 539.28 + 0.01;
    bool warned = result.out.find("Peringatan: Halaman " + std::to_string(p + 1) + " (") != std::string::npos;
    CHECK(on_paper != warned);
    CHECK(page.smallest >= 7 - 0.01);
    REQUIRE_FALSE(page.boxes.empty());
    // Every page after the first is announced on an earlier one, by the boxes that head its branches.
    const std::set<Id>& heads = announced[p + 1];
    if (p > 0) {
      CHECK_FALSE(heads.empty());
      CHECK(heads.count(page.boxes.front()) == 1);
      for (Id head : heads) CHECK(std::count(page.boxes.begin(), page.boxes.end(), head) == 1);
    }
    // A branch's head is counted on the page that continues it.
    for (Id id : page.boxes)
      if (!heads.count(id)) ++seen[id];
  }
  CHECK(seen.size() == 48);
  for (const auto& [id, count] : seen) {
    CAPTURE(id);
    CHECK(example.sasaran.count(id) == 1);
    CHECK(count == 1);
  }

  // The PDF holds the same pages, one file.
  auto pdf = cli_test::run({"--lang", "en", "export", kExample, "-f", "pdf", "--fit", "A4", "-o", dir.file("pohon.pdf")});
  REQUIRE(pdf.exit_code == 0);
  std::string bytes = cli_test::read(dir.path / "pohon.pdf");
  std::regex page_object("/Type /Page[^s]");
  auto count = std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page_object), std::sregex_iterator());
  CHECK(count == static_cast<long>(files.size()));
  CHECK(pdf.out.find("Wrote " + std::to_string(files.size()) + " pages (smallest text ") != std::string::npos);
}

TEST_CASE("pokin export --fit: a tiny document is one page under its own name, tables are refused") {
  cli_test::TempDir dir;
  test::DocumentBuilder b;
  Id head = b.unit(kNoId, UnitKind::Head, "Dinas");
  Id ss = b.sasaran(head, kNoId, 0, "SS1", "Meningkatnya realisasi investasi daerah");
  b.sasaran(head, ss, 1, "SP1", "Meningkatnya pelayanan perizinan");
  store::DocumentFile::create(dir.path / "kecil.pokin", b.document);
  for (std::string format : {"svg", "png"}) {
    CAPTURE(format);
    auto result = cli_test::run({"export", dir.file("kecil.pokin"), "-f", format, "--fit", "F4", "--orientation",
                                 "portrait", "--dpi", "72", "-o", dir.file("kecil." + format)});
    REQUIRE(result.exit_code == 0);
    CHECK(std::filesystem::exists(dir.path / ("kecil." + format)));
    CHECK_FALSE(std::filesystem::exists(dir.path / ("kecil-01." + format)));
    CHECK(result.out.find("Ditulis 1 halaman") != std::string::npos);
  }
  SvgPage page = read_page(dir.path / "kecil.svg");
  CHECK(page.boxes.size() == 2);
  CHECK(page.smallest >= 7);
  // F4 portrait minus margins: 553.45 x 879.43.
  CHECK(page.width <= 553.45 + 0.01);

  auto refused = cli_test::run({"--lang", "en", "export", dir.file("kecil.pokin"), "-f", "csv", "--fit", "A4", "-o",
                                dir.file("kecil.csv")});
  CHECK(refused.exit_code != 0);
  CHECK(refused.err.find("--fit is for SVG, PDF, PNG and DOCX") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path / "kecil.csv"));
}
