#include <doctest/doctest.h>
#include <cstdio>
#include "core/import/pdf_source.h"
#include "core/import/import_document.h"
#include "import_expected_tree.h"
#include "pdf_fixture_tables.h"
using namespace pokin;
TEST_CASE("zz pdf dump") {
  for (auto [name, doc] : {std::pair{"03", pdf_test::renstra_tc27_03()}, std::pair{"11", pdf_test::perjanjian_kinerja_11()}, std::pair{"08", pdf_test::iku_08()}}) {
    std::string pdf = synthetic::draw_table_pdf(doc);
    std::string text = import::read_pdf_source(pdf).text;
    for (char& c : text) if (c == '\t') c = '|';
    std::printf("==== %s\n%s\n", name, text.c_str());
    auto r = import::import_text("x.pdf", pdf, {});
    auto score = test::score_expected_tree_file(std::string(POKIN_FIXTURES) + "/real/expected/" + name + ".tree", r.document);
    std::printf("%s\n", score.describe().c_str());
    for (auto& n : r.report.notes) std::printf("note: %s\n", n.en.c_str());
    for (auto& l : r.report.lines) std::printf("line %d: %s (%s)\n", l.line, l.text.c_str(), l.reason.en.c_str());
  }
}
