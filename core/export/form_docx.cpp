#include "core/export/form_docx.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/capaian/capaian_band.h"
#include "core/export/docx_page_geometry.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kMarginMm = 20;
constexpr double kTextSize = 11;  // the document's default (docx_writer.cpp's styles)
constexpr double kTitleSize = 14, kSubtitleSize = 12;
// Tables print small so that a T-C.27 (19 and more columns) fits F4 landscape; the widest ones smaller still,
// with less room beside the text in each cell.
constexpr double kTableSize = 9, kWideTableSize = 8;
constexpr std::size_t kWideTableColumns = 12;
constexpr double kCellMarginMm = 1.5, kWideCellMarginMm = 1.0;
constexpr std::uint32_t kHeaderFill = 0xD9D9D9, kColumnNumberFill = 0xF2F2F2;
constexpr int kSigningLines = 4;  // empty lines between the role and the name: room for signature and stamp
constexpr double kMmPerPoint = 25.4 / 72;
// A row estimated taller than this share of the text height may break across pages: a row that cannot break and
// is taller than a page is cut off when printed.
constexpr double kUnsplittableShare = 0.8;

DocxAlign docx_align(FormAlign align) {
  switch (align) {
    case FormAlign::Centre: return DocxAlign::Centre;
    case FormAlign::Right: return DocxAlign::Right;
    case FormAlign::Left: break;
  }
  return DocxAlign::Left;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return lines;
    start = end + 1;
  }
}

// "Nama\t: Ir. Budi" (or "Nama\t:\tIr. Budi"): a label, a tab, a colon, the value.
struct LabelLine {
  std::string label;
  std::string value;
};

std::optional<LabelLine> label_line(const std::string& line) {
  std::size_t tab = line.find('\t');
  if (tab == std::string::npos) return std::nullopt;
  std::size_t colon = line.find_first_not_of(" \t", tab);
  if (colon == std::string::npos || line[colon] != ':') return std::nullopt;
  LabelLine result;
  result.label = line.substr(0, tab);
  std::replace(result.label.begin(), result.label.end(), '\t', ' ');
  std::size_t value = line.find_first_not_of(" \t", colon + 1);
  if (value != std::string::npos) result.value = line.substr(value);
  return result;
}

// Where the colons and the values of every label list in the form stand, in millimetres from the left margin:
// after the longest label, so that the lists of one form (pihak pertama, pihak kedua) line up with each other.
struct LabelStops {
  double colon = 0;
  double value = 0;
};

LabelStops label_stops(const Form& form, double text_width_mm) {
  double longest = 0;
  for (const FormBlock& block : form.blocks) {
    const auto* paragraph = std::get_if<FormParagraph>(&block);
    if (paragraph == nullptr) continue;
    for (const std::string& line : split_lines(paragraph->text))
      if (auto label = label_line(line)) longest = std::max(longest, text_width(label->label, kTextSize) * kMmPerPoint);
  }
  LabelStops stops;
  stops.colon = std::clamp(longest + 3, 25.0, std::max(25.0, text_width_mm * 0.45));
  stops.value = stops.colon + text_width(": ", kTextSize) * kMmPerPoint + 1;
  return stops;
}

void add_title(DocxSection& section, const FormTitle& title) {
  for (std::size_t k = 0; k < title.lines.size(); ++k) {
    DocxParagraph line;
    line.text = title.lines[k];
    line.bold = true;
    line.align = DocxAlign::Centre;
    line.size = k == 0 ? kTitleSize : kSubtitleSize;
    line.keep_next = true;  // the title stays with what it names
    line.space_after = k + 1 == title.lines.size() ? 12 : 0;
    section.blocks.emplace_back(std::move(line));
  }
}

// Each line its own Word paragraph: a justified paragraph stretches a line that ends in a line break across the
// whole width. Label lines are left aligned on the form's stops, a long value wrapping under itself.
void add_paragraph(DocxSection& section, const FormParagraph& paragraph, const LabelStops& stops) {
  std::vector<std::string> lines = split_lines(paragraph.text);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    DocxParagraph line;
    line.space_after = k + 1 == lines.size() ? 6 : 0;
    if (auto label = label_line(lines[k])) {
      line.text = label->label + "\t:\t" + label->value;
      line.tab_stops = {stops.colon, stops.value};
      line.hanging = stops.value;
    } else {
      line.text = lines[k];
      line.align = lines[k].find('\t') == std::string::npos ? DocxAlign::Justify : DocxAlign::Left;
    }
    section.blocks.emplace_back(std::move(line));
  }
}

// Where each grid position of a group of rows (the header, or the body) belongs: the cell that covers it, found
// from the spans. A span stops before a cell that is not marked covered (its text would be lost) and at the
// group's edge; a covered cell that no span reaches prints as a cell of its own.
struct Placement {
  std::size_t row = 0, column = 0;  // the covering cell
  std::size_t rows = 1, columns = 1;
  bool placed = false;
};

class TableWriter {
 public:
  TableWriter(const FormTable& table, const DocxPage& page) : table_(table) {
    for (const FormRow& row : table.header) columns_ = std::max(columns_, row.size());
    for (const FormRow& row : table.rows) columns_ = std::max(columns_, row.size());
    columns_ = std::max(columns_, table.widths.size());
    const bool wide = columns_ > kWideTableColumns;
    out_.fit_width = true;
    out_.column_widths = table.widths;
    out_.font_size = wide ? kWideTableSize : kTableSize;
    out_.cell_margin = wide ? kWideCellMarginMm : kCellMarginMm;
    DocxPageTwips twips = page_twips(page);
    column_twips_ = fitted_column_twips(table.widths, columns_, twips.text_width());
    widen_for_unbroken_text();
    out_.column_widths.clear();
    for (std::int64_t width : column_twips_) out_.column_widths.push_back(static_cast<double>(width) / 1440 * 25.4);
    text_height_pt_ = static_cast<double>(twips.text_height()) / 20;
  }

  DocxTable table() {
    if (columns_ == 0) return out_;
    add_group(table_.header, true);
    if (table_.numbered_columns) {
      DocxRow numbers;
      numbers.header = true;
      for (std::size_t k = 0; k < columns_; ++k) {
        DocxCell cell;
        cell.text = std::to_string(k + 1);
        cell.align = DocxAlign::Centre;
        cell.fill = kColumnNumberFill;
        cell.middle = true;
        numbers.cells.push_back(std::move(cell));
      }
      out_.rows.push_back(std::move(numbers));
    }
    add_group(table_.rows, false);
    return out_;
  }

 private:
  static bool coverable(const FormRow& row, std::size_t column, const std::vector<Placement>& placed) {
    return !placed[column].placed && (column >= row.size() || row[column].covered);
  }

  void add_group(const std::vector<FormRow>& rows, bool header) {
    std::vector<std::vector<Placement>> grid(rows.size(), std::vector<Placement>(columns_));
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < columns_; ++c) {
        if (grid[r][c].placed) continue;
        const FormCell* cell = c < rows[r].size() ? &rows[r][c] : nullptr;
        std::size_t wanted_columns = 1, wanted_rows = 1;
        if (cell != nullptr && !cell->covered) {
          wanted_columns = static_cast<std::size_t>(std::clamp<long long>(cell->column_span, 1, static_cast<long long>(columns_ - c)));
          wanted_rows = static_cast<std::size_t>(std::clamp<long long>(cell->row_span, 1, static_cast<long long>(rows.size() - r)));
        }
        std::size_t spanned_columns = 1;
        while (spanned_columns < wanted_columns && coverable(rows[r], c + spanned_columns, grid[r])) ++spanned_columns;
        std::size_t spanned_rows = 1;
        while (spanned_rows < wanted_rows) {
          const std::size_t below = r + spanned_rows;
          bool free = true;
          for (std::size_t k = c; k < c + spanned_columns && free; ++k) free = coverable(rows[below], k, grid[below]);
          if (!free) break;
          ++spanned_rows;
        }
        for (std::size_t i = r; i < r + spanned_rows; ++i)
          for (std::size_t k = c; k < c + spanned_columns; ++k) grid[i][k] = {r, c, spanned_rows, spanned_columns, true};
      }
    }
    const std::size_t first = out_.rows.size();
    std::vector<double> heights(rows.size(), 0);  // points, estimated from the cells within one row
    for (std::size_t r = 0; r < rows.size(); ++r) {
      DocxRow row;
      row.header = header;
      for (std::size_t c = 0; c < columns_; ++c) {
        const Placement& place = grid[r][c];
        if (place.column != c) continue;  // inside a cell spanning columns
        const FormCell* source = c < rows[place.row].size() ? &rows[place.row][c] : nullptr;
        DocxCell cell = docx_cell(source, header);
        cell.span = static_cast<int>(place.columns);
        if (place.rows > 1) cell.row_merge = place.row == r ? DocxRowMerge::Restart : DocxRowMerge::Continue;
        if (place.rows == 1) heights[r] = std::max(heights[r], estimated_height(cell.text, cell.bold || header, c, place.columns));
        row.cells.push_back(std::move(cell));
      }
      row.cant_split = heights[r] < text_height_pt_ * kUnsplittableShare;
      out_.rows.push_back(std::move(row));
    }
    if (!header) return;
    // LibreOffice repeats a header row at its own height, cutting off a cell spanning header rows whose text
    // needs more than they have: the last row it spans is made tall enough for it.
    for (std::size_t r = 0; r < rows.size(); ++r)
      for (std::size_t c = 0; c < columns_; ++c) {
        const Placement& place = grid[r][c];
        if (place.row != r || place.column != c || place.rows == 1 || c >= rows[r].size()) continue;
        double have = 0;
        for (std::size_t k = r; k < r + place.rows; ++k) have += heights[k];
        const double needed = estimated_height(rows[r][c].text, true, c, place.columns);
        if (needed > have) heights[r + place.rows - 1] += needed - have;
      }
    for (std::size_t r = 0; r < rows.size(); ++r) out_.rows[first + r].min_height = heights[r];
  }

  // Columns too narrow for the longest number or word in them are widened to it, taking the room from the
  // columns that have some to spare (in proportion to it): "1.500.000.000" broken over two lines misreads, and
  // so does "Penanggu-ng". Numbers come first: when the words do not all fit the text width, only the numbers
  // are kept whole; when the numbers do not either, the widths stay as the form gives them.
  void widen_for_unbroken_text() {
    const std::int64_t margins = 2 * twips_from_mm(out_.cell_margin) + 20;  // and 1 pt to spare
    std::vector<std::int64_t> numbers(columns_, margins), words(columns_, margins);
    auto measure = [&](const std::vector<FormRow>& rows, bool header) {
      for (const FormRow& row : rows)
        for (std::size_t c = 0; c < row.size() && c < columns_; ++c) {
          const FormCell& cell = row[c];
          if (cell.covered || cell.column_span > 1 || cell.text.empty()) continue;
          const bool bold = cell.bold || header;
          const bool number = cell.type == FormCellType::Number || cell.type == FormCellType::Percent;
          std::int64_t& need = number ? numbers[c] : words[c];
          std::size_t start = 0;
          while (start < cell.text.size()) {
            std::size_t end = cell.text.find_first_of(" \n\t", start);
            if (end == std::string::npos) end = cell.text.size();
            const double points = text_width(std::string_view(cell.text).substr(start, end - start), out_.font_size, bold);
            need = std::max<std::int64_t>(need, std::llround(points * 20) + margins);
            start = end + 1;
          }
        }
    };
    measure(table_.header, true);
    measure(table_.rows, false);
    const std::int64_t total = std::accumulate(column_twips_.begin(), column_twips_.end(), std::int64_t{0});
    std::vector<std::int64_t> both(columns_);
    for (std::size_t c = 0; c < columns_; ++c) both[c] = std::max(numbers[c], words[c]);
    if (!widen_to(both, total)) widen_to(numbers, total);
  }

  // Raises every column below its floor to it, taking the room from the columns above theirs; false (and the
  // widths untouched) when the floors add up to more than `total`.
  bool widen_to(const std::vector<std::int64_t>& floors, std::int64_t total) {
    std::int64_t needed = 0, spare = 0;
    for (std::size_t c = 0; c < columns_; ++c) {
      if (column_twips_[c] < floors[c]) needed += floors[c] - column_twips_[c];
      else spare += column_twips_[c] - floors[c];
    }
    if (std::accumulate(floors.begin(), floors.end(), std::int64_t{0}) > total) return false;
    if (needed == 0) return true;
    std::int64_t given = 0, spare_before = 0, taken_before = 0;
    for (std::size_t c = 0; c < columns_; ++c) {
      if (column_twips_[c] < floors[c]) {
        column_twips_[c] = floors[c];
      } else {
        // Each column gives up to the rounded share of the spare room up to it, so the shares add up exactly.
        spare_before += column_twips_[c] - floors[c];
        const std::int64_t taken = static_cast<std::int64_t>(
            std::llround(static_cast<double>(needed) * static_cast<double>(spare_before) / static_cast<double>(spare)));
        column_twips_[c] -= taken - taken_before;
        given += taken - taken_before;
        taken_before = taken;
      }
    }
    return given == needed;
  }

  DocxCell docx_cell(const FormCell* source, bool header) const {
    DocxCell cell;
    if (source == nullptr) return cell;
    cell.text = source->text;
    cell.bold = source->bold;
    cell.align = docx_align(source->align);
    const bool number = source->type == FormCellType::Number || source->type == FormCellType::Percent;
    if (number && source->align != FormAlign::Centre) cell.align = DocxAlign::Right;
    if (header) {
      cell.align = DocxAlign::Centre;
      cell.fill = kHeaderFill;
      cell.middle = true;
    }
    if (source->band) cell.fill = band_style(*source->band).colour;
    return cell;
  }

  // Points: the cell's lines wrapped at its width, at Word's line height for Arial (1.15 em) times the document's
  // line spacing (1.1).
  double estimated_height(const std::string& text, bool bold, std::size_t column, std::size_t columns) const {
    std::int64_t twips = 0;
    for (std::size_t k = column; k < column + columns && k < column_twips_.size(); ++k) twips += column_twips_[k];
    const double width = std::max(static_cast<double>(twips) / 20 - 2 * out_.cell_margin / kMmPerPoint, 1.0);
    const double lines = static_cast<double>(wrap_text(text, width, out_.font_size, bold).size());
    return lines * out_.font_size * 1.15 * 1.1;
  }

  const FormTable& table_;
  std::size_t columns_ = 0;
  DocxTable out_;
  std::vector<std::int64_t> column_twips_;
  double text_height_pt_ = 0;
};

// The parties side by side, a single one at the right, in a borderless table of two rows: place and date with
// the role, then the room to sign, the name (bold, underlined), rank and NIP. The second row starts below the
// longest role, so the names stand on one line; neither row breaks and the first keeps with the second, so the
// block is never split over two pages.
DocxTable signature_table(const FormSignatures& signatures) {
  DocxTable table;
  table.fit_width = true;
  table.borders = false;
  table.cell_margin = kCellMarginMm;
  const std::size_t parties = signatures.parties.size();
  const std::size_t columns = parties == 1 ? 2 : parties;
  table.column_widths.assign(columns, 1);
  const bool any_place_date = std::any_of(signatures.parties.begin(), signatures.parties.end(),
                                          [](const FormSignature& party) { return !party.place_date.empty(); });
  const bool any_rank = std::any_of(signatures.parties.begin(), signatures.parties.end(),
                                    [](const FormSignature& party) { return !party.rank.empty(); });
  auto line = [](std::string text, bool emphasised = false) {
    DocxParagraph paragraph;
    paragraph.text = std::move(text);
    paragraph.align = DocxAlign::Centre;
    paragraph.space_after = 0;
    paragraph.bold = emphasised;
    paragraph.underline = emphasised;
    return paragraph;
  };
  DocxRow top, bottom;
  top.cant_split = top.keep_next = bottom.cant_split = true;
  if (parties == 1) {
    top.cells.emplace_back();
    bottom.cells.emplace_back();
  }
  for (const FormSignature& party : signatures.parties) {
    DocxCell role, signing;
    if (any_place_date) role.paragraphs.push_back(line(party.place_date));
    role.paragraphs.push_back(line(party.role));
    for (int k = 0; k < kSigningLines; ++k) signing.paragraphs.push_back(line(""));
    signing.paragraphs.push_back(line(party.name, true));
    if (any_rank) signing.paragraphs.push_back(line(party.rank));
    if (!party.nip.empty()) signing.paragraphs.push_back(line("NIP. " + party.nip));
    top.cells.push_back(std::move(role));
    bottom.cells.push_back(std::move(signing));
  }
  table.rows.push_back(std::move(top));
  table.rows.push_back(std::move(bottom));
  return table;
}

void add_signatures(DocxSection& section, const FormSignatures& signatures) {
  if (signatures.parties.empty()) return;
  DocxParagraph room;  // between the text or table above and the block, kept with the block
  room.keep_next = true;
  section.blocks.emplace_back(std::move(room));
  section.blocks.emplace_back(signature_table(signatures));
}

}  // namespace

DocxSection form_section(const Form& form) {
  DocxSection section;
  section.page.paper = form.paper;
  section.page.orientation = form.orientation;
  section.page.top = section.page.bottom = section.page.left = section.page.right = kMarginMm;
  const LabelStops stops = label_stops(form, static_cast<double>(page_twips(section.page).text_width()) / 1440 * 25.4);
  for (const FormBlock& block : form.blocks) {
    if (const auto* title = std::get_if<FormTitle>(&block)) add_title(section, *title);
    else if (const auto* paragraph = std::get_if<FormParagraph>(&block)) add_paragraph(section, *paragraph, stops);
    else if (const auto* table = std::get_if<FormTable>(&block)) section.blocks.emplace_back(TableWriter(*table, section.page).table());
    else if (const auto* signatures = std::get_if<FormSignatures>(&block)) add_signatures(section, *signatures);
    else section.blocks.emplace_back(DocxPageBreak{});
  }
  return section;
}

}  // namespace pokin
