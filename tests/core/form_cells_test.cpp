// The cells every form builder makes (core/forms/form_cells.h) and `--unit` (core/forms/unit_selection.h): numbers
// printed the Indonesian way, a planner's Value typed as a number only when it is one, merged cells, and the unit a
// planner means. Expected texts worked out by hand.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/forms/form_cells.h"
#include "core/forms/unit_selection.h"
#include "core/model/indonesian_number.h"
#include "form_test_documents.h"
#include "refusal_message.h"

namespace pokin {
namespace {

TEST_CASE("Form cells: text, header, number and percent cells") {
  FormCell text = text_cell("Meningkatnya investasi");
  CHECK(text.type == FormCellType::Text);
  CHECK(text.align == FormAlign::Left);
  CHECK_FALSE(text.bold);
  FormCell header = bold_cell("Satuan");
  CHECK(header.bold);
  CHECK(header.align == FormAlign::Centre);

  CHECK(number_cell(1000).text == "1.000");
  CHECK(number_cell(1000).align == FormAlign::Right);
  CHECK(number_cell(11566246594).text == "11.566.246.594");
  CHECK(number_cell(1.5, 2).text == "1,50");
  CHECK(number_cell(1234.5678, 2).text == "1.234,57");
  CHECK(number_cell(-2.5, 1).text == "-2,5");
  CHECK(number_cell(7, 2).text == "7,00");
  FormCell percent = percent_cell(97.5);
  CHECK(percent.type == FormCellType::Percent);
  CHECK(percent.number == 97.5);
  CHECK(percent.text == "97,50%");
  CHECK(percent_cell(100, 0).text == "100%");
}

TEST_CASE("Form cells: a number that cannot be stored is text") {
  FormCell nan = number_cell(std::nan(""));
  CHECK(nan.type == FormCellType::Text);
  CHECK(nan.text == "-");
  CHECK(percent_cell(std::numeric_limits<double>::infinity()).type == FormCellType::Text);
}

TEST_CASE("Form cells: a Value is a number only when its whole text is one, with the decimals written") {
  auto cell = [](const std::string& text) { return value_cell(make_value(text)); };
  CHECK(cell("1.000").type == FormCellType::Number);
  CHECK(cell("1.000").number == 1000);
  CHECK(cell("1.000").decimals == 0);
  CHECK(cell("1.000").text == "1.000");
  CHECK(cell("83,37").number == doctest::Approx(83.37));
  CHECK(cell("83,37").decimals == 2);
  CHECK(cell("83,37").text == "83,37");
  CHECK(cell("1.500.000").number == 1500000);
  CHECK(cell("2.000,50").decimals == 2);
  CHECK(cell("2.000,50").text == "2.000,50");
  CHECK(cell("-1,5").number == doctest::Approx(-1.5));
  // A decimal point pasted from an English sheet keeps its decimals, a zero one included.
  CHECK(cell("3.5").number == doctest::Approx(3.5));
  CHECK(cell("3.5").text == "3,5");
  CHECK(cell("1.0").number == 1);
  CHECK(cell("1.0").decimals == 1);
  CHECK(cell("1.0").text == "1,0");
  CHECK(cell("4,0").text == "4,0");
  // Percents.
  CHECK(cell("80%").type == FormCellType::Percent);
  CHECK(cell("80%").number == 80);
  CHECK(cell("80%").text == "80%");
  CHECK(cell("12,5 %").type == FormCellType::Percent);
  CHECK(cell("12,5 %").text == "12,5%");
  // Spaces around are no part of the number.
  CHECK(cell(" 12 ").type == FormCellType::Number);
  // Text stays text, as written.
  for (const char* text : {"≥ 80%", "WTP", "5.200 izin", "A", "80-90", "Rp 1.500", "", "%", "-", "1,2 / 3"}) {
    CAPTURE(text);
    FormCell c = cell(text);
    CHECK(c.type == FormCellType::Text);
    CHECK(c.text == text);
  }
  // A number read from a text that is not only a number stays text.
  CHECK(value_cell(Value{"≥ 80%", 80.0}).type == FormCellType::Text);
}

TEST_CASE("Form cells: merge_cells sets the spans and covers the rest, within the table") {
  std::vector<FormRow> rows(3, FormRow(3, text_cell("x")));
  merge_cells(rows, 0, 0, 2, 2);
  CHECK(rows[0][0].row_span == 2);
  CHECK(rows[0][0].column_span == 2);
  CHECK_FALSE(rows[0][0].covered);
  CHECK(rows[0][1].covered);
  CHECK(rows[1][0].covered);
  CHECK(rows[1][1].covered);
  CHECK_FALSE(rows[0][2].covered);
  CHECK_FALSE(rows[2][0].covered);
  // A span past the table's edge ends at the edge.
  merge_cells(rows, 1, 2, 5, 4);
  CHECK(rows[1][2].row_span == 2);
  CHECK(rows[1][2].column_span == 1);
  CHECK(rows[2][2].covered);
  // Nothing happens for a start outside the table or an empty span.
  std::vector<FormRow> before = rows;
  merge_cells(rows, 3, 0, 1, 1);
  merge_cells(rows, 0, 3, 1, 1);
  merge_cells(rows, -1, 0, 2, 2);
  merge_cells(rows, 2, 0, 0, 2);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      CHECK(rows[r][c].covered == before[r][c].covered);
      CHECK(rows[r][c].row_span == before[r][c].row_span);
    }
}

TEST_CASE("Unit selection: an id, a name or a jabatan, exactly first, then in part") {
  test::FormTestDocument doc;
  const Document& d = doc.document;
  CHECK(resolve_unit(d, "2") == test::FormTestDocument::kBidang);
  CHECK(resolve_unit(d, "Bidang Pelayanan Perizinan") == test::FormTestDocument::kBidang);
  CHECK(resolve_unit(d, "  bidang   PELAYANAN perizinan ") == test::FormTestDocument::kBidang);
  CHECK(resolve_unit(d, "Kepala Seksi Verifikasi") == test::FormTestDocument::kSeksi);  // a jabatan
  CHECK(resolve_unit(d, "verifikasi") == test::FormTestDocument::kSeksi);                // a part
  // "Kepala Dinas" is the head's name exactly, and a part of no other unit's name or jabatan.
  CHECK(resolve_unit(d, "Kepala Dinas") == test::FormTestDocument::kHead);
  // An exact match wins over the units it is a part of.
  Document exact = d;
  exact.units[3].name = "Perizinan";
  CHECK(resolve_unit(exact, "perizinan") == 3);

  CHECK(test::says(test::refusal_of([&] { resolve_unit(d, "99"); }), "no unit with id 99", "id 99 tidak ada"));
  CHECK(test::says(test::refusal_of([&] { resolve_unit(d, "99999999999999999999"); }), "no unit with id",
                   "tidak ada dalam dokumen"));
  CHECK(test::says(test::refusal_of([&] { resolve_unit(d, "Bidang Keuangan"); }), "No unit is called",
                   "Tidak ada unit kerja bernama"));
  CHECK(test::says(test::refusal_of([&] { resolve_unit(d, "   "); }), "No unit is called",
                   "Tidak ada unit kerja bernama"));
  Bilingual several = test::refusal_of([&] { resolve_unit(d, "kepala"); });
  CHECK(test::says(several, "matches 3 units", "cocok dengan 3 unit kerja"));
  CHECK(test::says(several, "Bidang Pelayanan Perizinan (2)", "Seksi Verifikasi (4)"));
}

}  // namespace
}  // namespace pokin
