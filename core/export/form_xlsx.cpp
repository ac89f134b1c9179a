#include "core/export/form_xlsx.h"

#include "core/text/ascii_text.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "core/export/form_xlsx_formats.h"
#include "core/export/form_xlsx_grid.h"
#include "core/export/form_xlsx_row_height.h"
#include "core/export/xlsx_workbook.h"
#include "core/text/utf8.h"

namespace pokin {
namespace {

constexpr double kTableSize = 10;  // the Normal style's; a dense form's tables may be smaller (form_xlsx_grid.h)
constexpr double kColumnNumberSize = 8;
constexpr double kTextSize = 11;  // paragraphs and signatures
constexpr double kFirstTitleSize = 14;
constexpr double kTitleSize = 12;
constexpr std::uint32_t kHeaderFill = 0xD9D9D9;  // light grey: reads on a black-and-white office printer
constexpr int kRoomToSignRows = 4;
constexpr double kDefaultRowPoints = 15;  // libxlsxwriter's default row height
constexpr int kMaxFrozenRows = 20;
constexpr double kLabelPaddingMm = 4;  // frozen rows above that hide the table on a laptop screen
constexpr std::size_t kMaxPageBreaks = 1023;  // Excel's limit
constexpr std::size_t kSheetNameCharacters = 31;

int pixels_of(double mm) { return std::max(1, static_cast<int>(std::lround(mm / 25.4 * 96))); }

bool finite_number(const FormCell& cell) { return cell.type != FormCellType::Text && std::isfinite(cell.number); }

// The first `count` characters of `text` (valid UTF-8).
std::string first_characters(const std::string& text, std::size_t count) {
  std::size_t end = 0;
  for (std::size_t characters = 0; end < text.size() && characters < count; ++characters)
    end += decode_utf8(text, end).length;
  return text.substr(0, end);
}

// Sheet names Excel accepts, one per form and unique (Excel compares them case-insensitively): a duplicate or
// an empty name gets a number, "PK Bidang (2)", the name cut so that the whole stays within 31 characters.
std::vector<std::string> unique_sheet_names(const std::vector<Form>& forms) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (const Form& form : forms) {
    std::string base = sheet_name(form.name);
    if (base.empty()) base = "Formulir";
    std::string name = base;
    for (int n = 2; taken.count(lower_ascii(name)); ++n) {
      std::string suffix = " (" + std::to_string(n) + ")";
      name = sheet_name(first_characters(base, kSheetNameCharacters - suffix.size()) + suffix);
    }
    taken.insert(lower_ascii(name));
    names.push_back(name);
  }
  return names;
}

FormCellLook centred_in_borders(double size) {
  FormCellLook look;
  look.size = size;
  look.align = FormAlign::Centre;
  look.middle = true;
  look.border = true;
  return look;
}

// One form on one sheet: blocks written top to bottom from row 0, a blank row between them.
class FormSheetWriter {
 public:
  FormSheetWriter(XlsxWorkbookFile& file, FormFormats& formats, lxw_worksheet* sheet, const Form& form)
      : file_(file), formats_(formats), sheet_(sheet), form_(form) {
    page_ = form_sheet_page(form.paper, form.orientation);
    table_size_ = form_table_font_size(form, page_.table_width_mm);
    grid_ = form_sheet_grid(form, page_.table_width_mm, table_size_, kTextSize);
    for (int c = 0; c < grid_.columns(); ++c) pixels_.push_back(pixels_of(grid_.width_mm(c, c + 1)));
  }

  void write() {
    for (int c = 0; c < grid_.columns(); ++c)
      keep(worksheet_set_column_pixels(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), pixels_[c],
                                       nullptr));
    std::size_t table_index = 0;
    bool first_block = true, after_break = false;
    for (const FormBlock& block : form_.blocks) {
      if (std::holds_alternative<FormPageBreak>(block)) {
        if (row_ > 0 && (breaks_.empty() || breaks_.back() != static_cast<lxw_row_t>(row_))) breaks_.push_back(row_);
        after_break = true;
        continue;
      }
      if (!first_block && !after_break) ++row_;  // a blank row between blocks
      first_block = false;
      after_break = false;
      if (const auto* title = std::get_if<FormTitle>(&block)) write_title(*title);
      if (const auto* paragraph = std::get_if<FormParagraph>(&block)) write_paragraph(*paragraph);
      if (const auto* signatures = std::get_if<FormSignatures>(&block)) write_signatures(*signatures);
      if (const auto* table = std::get_if<FormTable>(&block)) write_table(*table, grid_.table_edges[table_index++]);
    }
    set_row_heights();
    set_up_page();
  }

 private:
  void keep(lxw_error error) { file_.keep(error); }

  double points_of(int first_column, int end_column) const {
    double points = 0;
    for (int c = first_column; c < end_column; ++c) points += column_points(pixels_[c]);
    return points;
  }

  // The height a row (or the rows of a merged cell) needs for `text` in sheet columns [first, end).
  void need_text_height(int first_row, int last_row, int first_column, int end_column, const std::string& text,
                        double size, bool bold) {
    double points = text.empty() ? 0 : wrapped_row_points(text, points_of(first_column, end_column), size, bold);
    need_height(first_row, last_row, points);
  }
  void need_height(int first_row, int last_row, double points) {
    if (first_row == last_row)
      heights_[first_row] = std::max(heights_[first_row], points);
    else
      spans_.push_back({first_row, last_row, points});
  }

  // Writes a string over rows [first_row, last_row] and sheet columns [first_column, end_column), merged when
  // that is more than one cell.
  void put_string(int first_row, int last_row, int first_column, int end_column, const std::string& text,
                  lxw_format* format) {
    auto r0 = static_cast<lxw_row_t>(first_row), r1 = static_cast<lxw_row_t>(last_row);
    auto c0 = static_cast<lxw_col_t>(first_column), c1 = static_cast<lxw_col_t>(end_column - 1);
    std::string clean = cell_text(text);
    if (r0 == r1 && c0 == c1)
      keep(clean.empty() ? worksheet_write_blank(sheet_, r0, c0, format)
                         : worksheet_write_string(sheet_, r0, c0, clean.c_str(), format));
    else
      keep(worksheet_merge_range(sheet_, r0, c0, r1, c1, clean.c_str(), format));
  }

  // A line of text across the whole width (titles, paragraphs).
  void put_full_width(const std::string& text, const FormCellLook& look) {
    put_string(row_, row_, 0, grid_.columns(), text, formats_.get(look));
    need_text_height(row_, row_, 0, grid_.columns(), text, look.size, look.bold);
    ++row_;
  }

  void write_title(const FormTitle& title) {
    for (std::size_t i = 0; i < title.lines.size(); ++i) {
      FormCellLook look;
      look.size = i == 0 ? kFirstTitleSize : kTitleSize;
      look.bold = true;
      look.align = FormAlign::Centre;
      look.middle = true;
      put_full_width(title.lines[i], look);
    }
  }

  // Running text in one merged cell per run of lines; a "label\tvalue" line ("Nama\t: Ir. Budi") becomes a row
  // of two cells, the label's a fifth of the width, so the values of consecutive lines stand aligned.
  void write_paragraph(const FormParagraph& paragraph) {
    FormCellLook look;
    look.size = kTextSize;
    look.justify = true;
    std::string run;
    auto flush_run = [&] {
      if (run.empty()) return;
      put_full_width(run, look);
      run.clear();
    };
    const std::string& text = paragraph.text;
    int label_end = label_columns();
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      std::size_t tab = line.find('\t');
      if (tab == std::string::npos || grid_.columns() < 2) {
        std::replace(line.begin(), line.end(), '\t', ' ');
        run += run.empty() ? line : "\n" + line;
      } else {
        flush_run();
        std::string label = line.substr(0, tab), value = line.substr(tab + 1);
        std::replace(value.begin(), value.end(), '\t', ' ');
        FormCellLook plain = look;
        plain.justify = false;
        put_string(row_, row_, 0, label_end, label, formats_.get(plain));
        put_string(row_, row_, label_end, grid_.columns(), value, formats_.get(plain));
        need_text_height(row_, row_, 0, label_end, label, plain.size, false);
        need_text_height(row_, row_, label_end, grid_.columns(), value, plain.size, false);
        ++row_;
      }
      start = end + 1;
    }
    flush_run();
  }

  // The sheet columns the labels of a paragraph's "label\tvalue" lines take: up to the grid's label edge.
  int label_columns() const {
    int index = grid_.label_edge_mm > 0 ? grid_.nearest_edge(grid_.label_edge_mm) : grid_.nearest_edge(grid_.edges.back() / 5);
    return std::clamp(index, 1, std::max(1, grid_.columns() - 1));
  }

  // Header rows, the column-number row and the body; `edges`: the sheet-column edge of each table column edge.
  void write_table(const FormTable& table, const std::vector<int>& edges) {
    int columns = table_column_count(table);
    if (columns == 0) return;
    int header_first = row_;
    FormCellLook header = centred_in_borders(table_size_);
    header.bold = true;
    header.fill = kHeaderFill;
    write_rows(table.header, edges, columns, &header);
    if (table.numbered_columns) {
      FormCellLook number = centred_in_borders(kColumnNumberSize);
      number.italic = true;
      // Text, not numbers: a SUM over a column must not count its column number.
      for (int c = 0; c < columns; ++c)
        put_string(row_, row_, edges[c], edges[c + 1], std::to_string(c + 1), formats_.get(number));
      need_height(row_, row_, single_line_row_points(kColumnNumberSize));
      ++row_;
    }
    if (!first_table_) {
      first_table_ = TableRows{header_first, row_ - 1, breaks_.empty()};
    }
    write_rows(table.rows, edges, columns, nullptr);
  }

  // Writes `rows` from row_ on. `header`: the look of header cells; nullptr for body cells, whose look follows
  // the cell (bold, alignment, capaian band) and its type (number formats).
  void write_rows(const std::vector<FormRow>& rows, const std::vector<int>& edges, int columns,
                  const FormCellLook* header) {
    int count = static_cast<int>(rows.size());
    // Which cells a merge already holds: a span that runs into another (a builder's mistake) is written as a
    // single cell rather than as overlapping merges, which Excel refuses to open.
    std::vector<std::vector<bool>> claimed(count, std::vector<bool>(columns, false));
    for (int r = 0; r < count; ++r)
      for (int c = 0; c < columns; ++c) {
        if (claimed[r][c]) continue;
        FormCell blank;
        const FormCell& cell = c < static_cast<int>(rows[r].size()) ? rows[r][c] : blank;
        int row_span = cell.covered ? 1 : std::clamp(cell.row_span, 1, count - r);
        int column_span = cell.covered ? 1 : std::clamp(cell.column_span, 1, columns - c);
        bool free = true;
        for (int rr = r; rr < r + row_span; ++rr)
          for (int cc = c; cc < c + column_span; ++cc) free = free && !claimed[rr][cc];
        if (!free) row_span = column_span = 1;
        for (int rr = r; rr < r + row_span; ++rr)
          for (int cc = c; cc < c + column_span; ++cc) claimed[rr][cc] = true;
        // A covered cell no merge holds keeps its border, empty.
        FormCell shown = cell.covered ? blank : cell;
        write_cell(row_ + r, row_ + r + row_span - 1, edges[c], edges[c + column_span], shown, header);
      }
    row_ += count;
  }

  void write_cell(int first_row, int last_row, int first_column, int end_column, const FormCell& cell,
                  const FormCellLook* header) {
    FormCellLook look;
    if (header) {
      look = *header;
    } else {
      look.size = table_size_;
      look.bold = cell.bold;
      look.align = cell.align;
      look.border = true;
      if (cell.band) look.fill = band_style(*cell.band).colour;
    }
    bool number = !header && finite_number(cell);
    if (number)
      look.number_format =
          cell.type == FormCellType::Percent ? percent_format_code(cell.decimals) : number_format_code(cell.decimals);
    lxw_format* format = formats_.get(look);
    put_string(first_row, last_row, first_column, end_column, number ? std::string() : cell.text, format);
    if (number) {
      double value = cell.type == FormCellType::Percent ? cell.number / 100 : cell.number;
      keep(worksheet_write_number(sheet_, static_cast<lxw_row_t>(first_row), static_cast<lxw_col_t>(first_column),
                                  value, format));
      need_height(first_row, last_row, single_line_row_points(look.size));
    } else {
      need_text_height(first_row, last_row, first_column, end_column, cell.text, look.size, look.bold);
    }
  }

  // Parties side by side over the width, each in its own block of merged cells; one party stands at the right.
  // Their lines share rows, so the names line up even when only one party has a place and date.
  void write_signatures(const FormSignatures& signatures) {
    int parties = static_cast<int>(signatures.parties.size());
    if (parties == 0) return;
    int columns = grid_.columns();
    double width = grid_.edges.back();
    std::vector<std::pair<int, int>> blocks;  // sheet columns [first, end) per party
    if (parties == 1) {
      blocks.push_back({std::clamp(grid_.nearest_edge(width * 0.55), 0, columns - 1), columns});
    } else if (columns >= parties) {
      int first = 0;
      for (int i = 0; i < parties; ++i) {
        int end = i + 1 == parties ? columns : grid_.nearest_edge(width * (i + 1) / parties);
        end = std::clamp(end, first + 1, columns - (parties - i - 1));
        blocks.push_back({first, end});
        first = end;
      }
    }
    if (blocks.empty()) {  // more parties than columns: one under the other, each across the width
      for (const FormSignature& party : signatures.parties) {
        write_signature_lines({party}, {{0, columns}});
        ++row_;
      }
      return;
    }
    write_signature_lines(signatures.parties, blocks);
  }

  void write_signature_lines(const std::vector<FormSignature>& parties, const std::vector<std::pair<int, int>>& blocks) {
    auto any = [&](std::string FormSignature::*field) {
      return std::any_of(parties.begin(), parties.end(), [&](const FormSignature& p) { return !(p.*field).empty(); });
    };
    FormCellLook plain;
    plain.size = kTextSize;
    plain.align = FormAlign::Centre;
    FormCellLook name = plain;
    name.bold = true;
    name.underline = true;
    auto line = [&](auto text_of, const FormCellLook& look) {
      for (std::size_t i = 0; i < parties.size(); ++i) {
        std::string text = text_of(parties[i]);
        if (text.empty()) continue;
        put_string(row_, row_, blocks[i].first, blocks[i].second, text, formats_.get(look));
        need_text_height(row_, row_, blocks[i].first, blocks[i].second, text, look.size, look.bold);
      }
      ++row_;
    };
    if (any(&FormSignature::place_date)) line([](const FormSignature& p) { return p.place_date; }, plain);
    line([](const FormSignature& p) { return p.role; }, plain);
    row_ += kRoomToSignRows;
    line([](const FormSignature& p) { return p.name; }, name);
    if (any(&FormSignature::rank)) line([](const FormSignature& p) { return p.rank; }, plain);
    if (any(&FormSignature::nip))
      line([](const FormSignature& p) { return p.nip.empty() ? std::string() : "NIP. " + p.nip; }, plain);
  }

  // Rows get what their tallest cell needs; a cell merged over several rows that needs more than they have
  // together gets the difference spread over them.
  void set_row_heights() {
    std::sort(spans_.begin(), spans_.end(),
              [](const SpanNeed& a, const SpanNeed& b) { return a.last - a.first < b.last - b.first; });
    for (const SpanNeed& span : spans_) {
      double have = 0;
      for (int r = span.first; r <= span.last; ++r) have += height_or_default(r);
      if (have >= span.points) continue;
      double extra = (span.points - have) / (span.last - span.first + 1);
      for (int r = span.first; r <= span.last; ++r) heights_[r] = height_or_default(r) + extra;
    }
    for (const auto& [row, points] : heights_)
      if (points > 0)
        keep(worksheet_set_row(sheet_, static_cast<lxw_row_t>(row), std::min(points, kMaxRowHeightPoints), nullptr));
  }
  double height_or_default(int row) const {
    auto found = heights_.find(row);
    return found != heights_.end() && found->second > 0 ? found->second : kDefaultRowPoints;
  }

  void set_up_page() {
    worksheet_set_paper(sheet_, page_.excel_paper);
    if (form_.orientation == Orientation::Landscape)
      worksheet_set_landscape(sheet_);
    else
      worksheet_set_portrait(sheet_);
    double margin = page_.margin_inches;
    worksheet_set_margins(sheet_, margin, margin, margin, margin);
    worksheet_center_horizontally(sheet_);
    worksheet_gridlines(sheet_, LXW_SHOW_SCREEN_GRIDLINES);
    // One page wide, as many tall as it takes: columns measured in one program's font print a little wider in
    // another, and a last column on a sheet of its own cannot be handed in. With the height left free ("0"),
    // the manual breaks still hold (LibreOffice checked; Excel ignores them only when the height is fitted too).
    worksheet_fit_to_pages(sheet_, 1, 0);
    if (!breaks_.empty()) {
      if (breaks_.size() > kMaxPageBreaks) breaks_.resize(kMaxPageBreaks);
      breaks_.push_back(0);
      keep(worksheet_set_h_pagebreaks(sheet_, breaks_.data()));
    }
    if (first_table_ && first_table_->last_header >= first_table_->first_header) {
      keep(worksheet_repeat_rows(sheet_, static_cast<lxw_row_t>(first_table_->first_header),
                                 static_cast<lxw_row_t>(first_table_->last_header)));
      if (first_table_->on_first_page && first_table_->last_header + 1 <= kMaxFrozenRows)
        worksheet_freeze_panes(sheet_, static_cast<lxw_row_t>(first_table_->last_header + 1), 0);
    }
  }

  struct SpanNeed {
    int first;
    int last;
    double points;
  };
  struct TableRows {
    int first_header;
    int last_header;  // the column-number row included; first_header - 1 without header rows
    bool on_first_page;
  };

  XlsxWorkbookFile& file_;
  FormFormats& formats_;
  lxw_worksheet* sheet_;
  const Form& form_;
  FormSheetPage page_;
  FormSheetGrid grid_;
  double table_size_ = kTableSize;
  std::vector<int> pixels_;  // per sheet column
  int row_ = 0;
  std::map<int, double> heights_;
  std::vector<SpanNeed> spans_;
  std::vector<lxw_row_t> breaks_;
  std::optional<TableRows> first_table_;
};

// The workbook's Normal style in the forms' font. Excel and LibreOffice measure column widths in the Normal
// font's digits: left in Calibri, a LibreOffice without Calibri's metrics measures in a wider font, every column
// grows, the print shrinks and the row heights no longer match the text. libxlsxwriter has no call for it, but
// the Normal style is its first format (the default format of every cell).
void set_normal_font(lxw_workbook* workbook) {
  lxw_format* normal = STAILQ_FIRST(workbook->formats);
  if (!normal || normal->xf_index != 0) return;
  format_set_font_name(normal, kFormFontName);
  format_set_font_size(normal, kTableSize);
  format_set_font_scheme(normal, "");
}

}  // namespace

void write_forms_xlsx(const std::filesystem::path& path, const std::vector<Form>& forms) {
  XlsxWorkbookFile file(path);
  set_normal_font(file.workbook());
  FormFormats formats(file.workbook());
  std::vector<std::string> names = unique_sheet_names(forms);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    lxw_worksheet* sheet = file.add_sheet(names[i]);
    if (!sheet) break;
    FormSheetWriter(file, formats, sheet, forms[i]).write();
  }
  file.close();
}

}  // namespace pokin
