#include <doctest/doctest.h>

#include "core/commands/new_document.h"

using namespace pokin;

TEST_CASE("A new document holds the chosen metadata, the default level names and one head unit") {
  commands::NewDocumentOptions options;
  options.instansi = "Dinas Penanaman Modal dan PTSP";
  options.pemda = "Kabupaten Agam";
  options.period_start = 2025;
  options.period_end = 2029;
  Document document = commands::new_document(options);
  CHECK(document.info.instansi == "Dinas Penanaman Modal dan PTSP");
  CHECK(document.info.pemda == "Kabupaten Agam");
  CHECK(document.info.period_start == 2025);
  CHECK(document.info.period_end == 2029);
  CHECK(document.info.levels == default_level_names());
  REQUIRE(document.units.size() == 1);
  const Unit& head = document.units.begin()->second;
  CHECK(head.name == "Kepala Dinas");
  CHECK(head.kind == UnitKind::Head);
  CHECK(head.parent == kNoId);
  CHECK(document.sasaran.empty());
  CHECK(document.indikator.empty());
  CHECK(document.last_id == head.id);
}

TEST_CASE("A new document is refused without an instansi, a head unit or a valid period") {
  commands::NewDocumentOptions options;
  options.instansi = "Dinas";
  options.period_start = 2025;
  options.period_end = 2029;
  auto refused = [](const commands::NewDocumentOptions& wrong) {
    try {
      commands::new_document(wrong);
    } catch (const UserError& error) {
      return !error.message().id.empty() && !error.message().en.empty();
    }
    return false;
  };
  CHECK_FALSE(refused(options));
  auto no_instansi = options;
  no_instansi.instansi.clear();
  CHECK(refused(no_instansi));
  auto no_head = options;
  no_head.head_unit.clear();
  CHECK(refused(no_head));
  auto too_long = options;
  too_long.period_end = 2040;
  CHECK(refused(too_long));
  auto backwards = options;
  backwards.period_end = 2020;
  CHECK(refused(backwards));
}
