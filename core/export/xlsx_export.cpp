#include "core/export/xlsx_export.h"

#include <xlsxwriter.h>

#include <map>
#include <utility>

#include "core/capaian/capaian_band.h"
#include "core/export/xlsx_workbook.h"

namespace pokin {

void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& tables) {
  XlsxWorkbookFile file(path);
  lxw_workbook* workbook = file.workbook();
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_font_color(header, 0xFFFFFF);
  format_set_bg_color(header, 0x2F5D8A);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_border_color(header, 0x9AA5B1);
  lxw_format* body = workbook_add_format(workbook);
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(body, LXW_BORDER_THIN);
  format_set_border_color(body, 0xCBD2D9);
  // A capaian cell is filled with its LKjIP band colour (chosen for black text), as the LKjIP tables colour it.
  std::map<CapaianBand, lxw_format*> percent;
  for (CapaianBand band : all_bands()) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_num_format(format, "0.00%");
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, 0xCBD2D9);
    format_set_bg_color(format, band_style(band).colour);
    percent[band] = format;
  }

  // A call the library refuses would leave a cell or a sheet out: the first refusal fails the export.
  auto keep = [&file](lxw_error error) { file.keep(error); };
  for (const Table& table : tables) {
    lxw_worksheet* sheet = file.add_sheet(sheet_name(table.name));
    if (!sheet) break;
    auto columns = static_cast<lxw_col_t>(table.headers.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
      keep(worksheet_write_string(sheet, 0, c, cell_text(table.headers[c]).c_str(), header));
      keep(worksheet_set_column(sheet, c, c, c < table.widths.size() ? table.widths[c] : 14, nullptr));
    }
    keep(worksheet_set_row(sheet, 0, 32, nullptr));
    // Cells covered by a merge are written by the merge, not one by one.
    std::vector<std::vector<bool>> merged(table.rows.size(), std::vector<bool>(columns, false));
    for (const auto& merge : table.merges)
      for (int r = merge.first_row; r <= merge.last_row; ++r)
        for (int c : merge.columns) merged[r][c] = true;
    // Capaian are numbers (0,975 shown as 97,50% in an Indonesian Excel), not their text.
    std::map<std::pair<std::size_t, lxw_col_t>, double> percents;
    for (const auto& cell : table.percents)
      percents[{static_cast<std::size_t>(cell.row), static_cast<lxw_col_t>(cell.column)}] = cell.percent;
    for (std::size_t r = 0; r < table.rows.size(); ++r)
      for (lxw_col_t c = 0; c < columns && c < table.rows[r].size(); ++c) {
        if (merged[r][c]) continue;
        auto number = percents.find({r, c});
        if (number != percents.end())
          keep(worksheet_write_number(sheet, static_cast<lxw_row_t>(r + 1), c, number->second / 100,
                                      percent.at(band_of(number->second))));
        else
          keep(worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), c, cell_text(table.rows[r][c]).c_str(),
                                      body));
      }
    for (const auto& merge : table.merges)
      for (int c : merge.columns)
        keep(worksheet_merge_range(sheet, merge.first_row + 1, c, merge.last_row + 1, c,
                                   cell_text(table.rows[merge.first_row][c]).c_str(), body));
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.rows.empty())
      keep(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()), columns - 1));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    keep(worksheet_repeat_rows(sheet, 0, 0));
    worksheet_fit_to_pages(sheet, 1, 0);
  }
  file.close();
}

}  // namespace pokin
