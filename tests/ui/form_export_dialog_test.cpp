// File > Export offers the official forms (issue 13) with the command line's options: a click on "Formulir resmi"
// switches to the forms with XLSX and F4 landscape, the planner's choices reach the request, and switching back
// to the figure leaves no form in it.
#include <doctest/doctest.h>

#include <string>

#include "app/ui/export_dialog_view.h"
#include "app/ui/form_export_options_view.h"
#include "app/ui/strings.h"
#include "core/layout/layout_service.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// Three units: the head (owns SS1), a division (owns SP1) and a section that owns nothing.
Document three_units() {
  Document document;
  document.info.instansi = "Dinas Contoh";
  document.info.period_start = 2024;
  document.info.period_end = 2026;
  document.units[1] = {.id = 1, .kind = UnitKind::Head, .name = "Kepala Dinas"};
  document.units[2] = {.id = 2, .parent = 1, .kind = UnitKind::Division, .name = "Bidang Perizinan"};
  document.units[3] = {.id = 3, .parent = 2, .kind = UnitKind::Section, .name = "Seksi Tanpa Sasaran"};
  Sasaran ss{.id = 10, .unit = 1, .statement = "Meningkatnya investasi"};
  Sasaran sp{.id = 11, .unit = 2, .parent = 10, .level = 1, .statement = "Meningkatnya layanan izin"};
  document.sasaran[10] = ss;
  document.sasaran[11] = sp;
  document.last_id = 11;
  return document;
}

}  // namespace

TEST_CASE("export dialog: the forms are offered with their own formats, paper and unit") {
  test::UiHarness ui;
  set_language(Language::Indonesian);
  const Document document = three_units();
  LayoutService layout;
  const Geometry geometry = layout.layout_now(document, LayoutView{});
  ExportDialogState state;
  state.open = true;
  std::optional<ExportRequest> chosen;
  std::vector<int> ignored;
  auto frame = [&] {
    ui.frame([&] {
      if (auto result = export_dialog_view(state, document, &geometry, kNoId)) chosen = result;
      return 0;
    });
    return std::vector<int>{};
  };
  for (int i = 0; i < 2; ++i) frame();
  CHECK(state.request.format == ExportFormat::Svg);
  REQUIRE(ui.click("###export", tr("export.what_form"), frame, ignored));
  for (int i = 0; i < 2; ++i) frame();
  CHECK(state.form_chosen);
  CHECK(state.request.format == ExportFormat::Xlsx);  // a form is a table: never an SVG
  CHECK(state.form.paper == Paper::F4);                // government forms go on F4 unless asked otherwise
  CHECK(state.form.orientation == Orientation::Landscape);

  state.form.kind = FormKind::Pk;
  state.form.unit = "2";
  state.form.year = 2025;
  state.form.place = "Paringin";
  REQUIRE(ui.click("###export", tr("export.export"), frame, ignored));
  REQUIRE(chosen);
  REQUIRE(chosen->form);
  CHECK(chosen->form->kind == FormKind::Pk);
  CHECK(chosen->form->unit == "2");
  CHECK(chosen->form->year == 2025);
  CHECK(chosen->form->place == "Paringin");
  CHECK(chosen->format == ExportFormat::Xlsx);

  // Back to the figure: the request carries no form, and the format is a figure's again.
  state.open = true;
  chosen.reset();
  for (int i = 0; i < 2; ++i) frame();
  REQUIRE(ui.click("###export", tr("export.what_figure"), frame, ignored));
  REQUIRE(ui.click("###export", tr("export.export"), frame, ignored));
  REQUIRE(chosen);
  CHECK_FALSE(chosen->form);
  CHECK(chosen->format == ExportFormat::Svg);
}

TEST_CASE("export dialog: a form is offered for the units that own sasaran, head of agency first") {
  const Document document = three_units();
  CHECK(units_with_sasaran(document) == std::vector<Id>{1, 2});
}
