// Graphviz is not thread-safe, so only a LayoutService can reach it (core/layout/graphviz_session.h). These tests
// run the canvas's layouts, exports and one-off layouts with the Graphviz engine at the same time, on several
// services; under ThreadSanitizer (.ci/test, build-tsan) they are the proof that nothing races.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <thread>
#include <type_traits>
#include <vector>

#include "core/export/export_document.h"
#include "core/layout/graphviz_session.h"
#include "core/layout/layout_service.h"
#include "core/synthetic/synthetic_document.h"
#include "layout_test_documents.h"
#include "test_files.h"

using namespace pokin;

// Only LayoutService (its friend) can open a session: no one else can construct, copy or move one.
static_assert(!std::is_default_constructible_v<GraphvizSession>);
static_assert(!std::is_copy_constructible_v<GraphvizSession>);
static_assert(!std::is_move_constructible_v<GraphvizSession>);

namespace {

std::vector<LayoutView> graphviz_views() {
  std::vector<LayoutView> views;
  for (LayoutStyle style : {LayoutStyle::TopDown, LayoutStyle::LeftRight, LayoutStyle::Compact}) {
    LayoutView view;
    view.engine = LayoutEngine::Graphviz;
    view.style = style;
    view.fields.target_year = 2024;
    views.push_back(view);
  }
  return views;
}

ExportRequest svg_export(const std::filesystem::path& output) {
  ExportRequest request;
  request.format = ExportFormat::Svg;
  request.output = output;
  request.view = graphviz_views().front();
  request.date = "1 Januari 2026";
  return request;
}

}  // namespace

TEST_CASE("Graphviz threads: a GraphvizSession is not for anyone but a LayoutService") {
  CHECK_FALSE(std::is_default_constructible_v<GraphvizSession>);
  CHECK_FALSE(std::is_move_assignable_v<GraphvizSession>);
}

TEST_CASE("Graphviz threads: canvas, export and one-off layouts at once, on two services, give what each gives alone") {
  SyntheticOptions options;
  options.sasaran = 40;
  auto document = std::make_shared<const Document>(make_synthetic_document(options));
  const std::vector<LayoutView> views = graphviz_views();
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "pokin-graphviz-threads";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);

  // Each alone, one after the other.
  std::vector<Geometry> alone;
  for (const LayoutView& view : views) alone.push_back(compute_layout(*document, view));
  export_document(*document, svg_export(folder / "alone.svg"));
  const std::string alone_svg = test::read_file(folder / "alone.svg");
  REQUIRE(alone_svg.find("<svg") != std::string::npos);

  // All at once: the canvas submits to its service while an export and another caller ask the same service, and a
  // one-off layout runs on a service of its own.
  std::vector<Geometry> canvas_results, now_results, one_off_results;
  {
    LayoutService canvas;
    std::thread submitter([&] {
      for (int round = 0; round < 2; ++round)
        for (const LayoutView& view : views) {
          std::uint64_t generation = canvas.submit(document, view);
          std::optional<Geometry> result;
          while (!(result = canvas.take_latest()) || result->generation != generation) std::this_thread::yield();
          canvas_results.push_back(std::move(*result));
        }
    });
    std::thread exporter([&] { export_document(*document, svg_export(folder / "together.svg"), canvas); });
    std::thread asker([&] {
      for (const LayoutView& view : views) now_results.push_back(canvas.layout_now(*document, view));
    });
    std::thread one_off([&] {
      for (const LayoutView& view : views) one_off_results.push_back(compute_layout(*document, view));
    });
    submitter.join();
    exporter.join();
    asker.join();
    one_off.join();
  }

  REQUIRE(canvas_results.size() == 2 * views.size());
  REQUIRE(now_results.size() == views.size());
  REQUIRE(one_off_results.size() == views.size());
  for (std::size_t i = 0; i < views.size(); ++i) {
    CAPTURE(i);
    CHECK(alone[i].error.empty());
    CHECK(alone[i].boxes.size() == document->sasaran.size());
    Geometry from_canvas = canvas_results[i];
    from_canvas.generation = alone[i].generation;  // the only field that tells the canvas's results apart
    CHECK(from_canvas == alone[i]);
    CHECK(now_results[i] == alone[i]);
    CHECK(one_off_results[i] == alone[i]);
  }
  CHECK(test::read_file(folder / "together.svg") == alone_svg);
  std::filesystem::remove_all(folder);
}

TEST_CASE("Graphviz threads: layout_now throws the layout's error to its caller and the service goes on") {
  Document document = test::small_tree(2);
  LayoutService service;
  LayoutView view = graphviz_views().front();
  view.branch = 987654;  // names nothing
  CHECK_THROWS_AS(service.layout_now(document, view), UserError);
  view.branch = kNoId;
  CHECK(service.layout_now(document, view).boxes.size() == document.sasaran.size());
}
