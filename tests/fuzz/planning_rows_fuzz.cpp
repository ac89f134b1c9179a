// libFuzzer target: the bytes are the TAB rows of a planning table, read through a fixed T-C.27 layout (Tujuan,
// Sasaran, five Kode cells, Program/Kegiatan/Sub Kegiatan, Indikator, Formula, Baseline, Target and Rp of two
// years and of two "Tahun-N" years, kondisi akhir, unit, lokasi) and turned into the tree by TableTreeBuilder; every
// line also goes through the label, kode, packed-explanation and Perjanjian Kinerja readers. Every failure must be
// a UserError; anything else (a crash, a sanitizer report, a parent cycle, a hang) is a bug. Seeds: rows in the
// form's shape in corpus/planning_rows_fuzz/.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/agreement_parties.h"
#include "core/import/nomenclature_code.h"
#include "core/import/packed_explanation.h"
#include "core/import/cell_label.h"
#include "core/import/table_reading.h"
#include "core/import/table_tree_builder.h"
#include "core/text/bilingual.h"
#include "tests/fuzz/imported_tree_checks.h"

using namespace pokin;
using namespace pokin::import;

namespace {

ColumnField column(Field field, int year = 0, int relative = 0) {
  ColumnField c;
  c.field = field;
  c.year = year;
  c.relative_year = relative;
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ColumnField indikator_tujuan = column(Field::Indikator);
  indikator_tujuan.describes = Field::Tujuan;
  ColumnField continues;
  continues.continues_left = true;
  const ColumnLayout layout = {column(Field::Tujuan),  indikator_tujuan,           column(Field::Sasaran),
                               column(Field::Code),    column(Field::Code),        column(Field::Code),
                               column(Field::Code),    column(Field::Code),        column(Field::Program),
                               column(Field::Indikator), continues,                column(Field::Formula),
                               column(Field::Baseline), column(Field::Target, 2024), column(Field::Pagu, 2024),
                               column(Field::Target, 0, 2), column(Field::Pagu, 0, 2), column(Field::Target),
                               column(Field::KondisiAkhir), column(Field::KondisiAkhirPagu), column(Field::Unit),
                               column(Field::Lokasi)};
  try {
    Document document;
    if (size > 0 && data[0] % 2) document.info.period_start = 2024, document.info.period_end = 2028;
    ImportReport report;
    TableTreeBuilder builder({size > 1 && data[1] % 3 == 0}, document, report);
    builder.start_table();
    AgreementReader agreement;
    for (TableRow& row : read_table(text, Delimiter::Tab)) {
      for (const std::string& cell : row.cells) {
        read_statement_label(cell);
        std::string rest;
        leading_nomenclature_code(cell, rest);
        split_explanation(cell);
      }
      read_nomenclature_code(row.cells);
      agreement.add_line(row.cells.empty() ? std::string() : row.cells.front());
      if (row.cells.size() == 1 && row.cells.front() == "#") builder.start_table();
      else builder.add_row(row, layout);
    }
    builder.finish();
    fuzz::check_imported_tree(document);
  } catch (const UserError&) {
  }
  return 0;
}
