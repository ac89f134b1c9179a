#include "core/export/form_pdf.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "core/export/cairo_painter.h"
#include "core/export/cairo_stream.h"
#include "core/export/form_pdf_paragraph.h"
#include "core/export/form_pdf_table.h"
#include "core/export/page_setup.h"
#include "core/layout/text_metrics.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

// Page: 2 cm on the left (the binding), 1,5 cm elsewhere; the footer sits in the bottom margin of 2 cm.
constexpr double kCentimetre = 72 / 2.54;
constexpr double kMarginLeft = 2 * kCentimetre;
constexpr double kMarginRight = 1.5 * kCentimetre;
constexpr double kMarginTop = 1.5 * kCentimetre;
constexpr double kMarginBottom = 2 * kCentimetre;
constexpr double kFooterBaseline = 1.1 * kCentimetre;  // from the bottom edge
constexpr double kFooterSize = 8;

constexpr double kBodySize = 9;
constexpr double kBodyLine = kBodySize * 1.35;
constexpr double kTitleSize = 12;       // the first title line
constexpr double kSubtitleSize = 10.5;  // the others
constexpr double kTitleLineSpacing = 1.3;
constexpr double kAscent = 0.93;  // baseline below a line's top, in type sizes (Liberation Sans' ascent, rounded up)

constexpr double kAfterTitle = 8;
constexpr double kAfterParagraph = 5;
constexpr double kAfterTable = 10;
constexpr double kAboveSignatures = 14;
constexpr double kSigningRoom = 2 * kCentimetre;
constexpr double kKeepTitleWith = 4 * kBodyLine;  // a title never stands alone at a page's foot

constexpr std::uint32_t kBlack = 0x000000;
constexpr std::uint32_t kFooterColour = 0x404040;
constexpr std::uint32_t kHeaderFill = 0xE3E3E3;
constexpr std::uint32_t kNumberRowFill = 0xF2F2F2;
constexpr double kBorderWidth = 0.5;

struct Ink {
  std::string text;
  double x = 0, baseline = 0, size = kBodySize;
  bool bold = false, underline = false;
  std::uint32_t colour = kBlack;
};

struct CellBox {
  Rect rect;
  std::optional<std::uint32_t> fill;
};

struct PrintedPage {
  PageSize size{};
  std::vector<CellBox> boxes;  // drawn first, under the text
  std::vector<Ink> texts;
};

// One form set on its pages: every block placed, top to bottom, a new page when the next part does not fit.
class FormFlow {
 public:
  explicit FormFlow(const Form& form) : size_(page_size({form.paper, form.orientation})) {
    width_ = size_.width - kMarginLeft - kMarginRight;
    bottom_ = size_.height - kMarginBottom;
    start_page();
    for (std::size_t i = 0; i < form.blocks.size(); ++i) {
      const FormBlock* next = i + 1 < form.blocks.size() ? &form.blocks[i + 1] : nullptr;
      std::visit([&](const auto& block) { place(block, next); }, form.blocks[i]);
    }
    add_footers();
  }
  std::vector<PrintedPage> pages;

 private:
  void start_page() {
    pages.push_back({size_, {}, {}});
    y_ = kMarginTop;
  }
  bool page_is_blank() const { return pages.back().boxes.empty() && pages.back().texts.empty(); }
  double room() const { return bottom_ - y_; }
  double page_room() const { return bottom_ - kMarginTop; }
  void make_room(double height) {
    if (height > room() && !page_is_blank()) start_page();
  }
  void print(Ink ink) { pages.back().texts.push_back(std::move(ink)); }

  // What must stand under a title on its page: the next table's header and first row, or a few lines.
  double kept_with_title(const FormBlock* next) const {
    if (!next || !std::holds_alternative<FormTable>(*next)) return kKeepTitleWith;
    TablePlan plan = plan_table(std::get<FormTable>(*next), width_);
    double first_row = plan.rows() > plan.header_rows ? plan.heights[plan.header_rows] : 0;
    return std::clamp(plan.header_height() + first_row, kKeepTitleWith, page_room() / 2);
  }

  void place(const FormTitle& title, const FormBlock* next) {
    std::vector<std::pair<std::string, double>> lines;  // text, size
    for (std::size_t i = 0; i < title.lines.size(); ++i) {
      double size = i == 0 ? kTitleSize : kSubtitleSize;
      for (std::string& line : wrap_text(title.lines[i], width_, size, true)) lines.emplace_back(std::move(line), size);
    }
    double height = 0;
    for (const auto& line : lines) height += line.second * kTitleLineSpacing;
    make_room(height + kAfterTitle + kept_with_title(next));
    for (const auto& [text, size] : lines) {
      make_room(size * kTitleLineSpacing);
      double x = kMarginLeft + (width_ - text_width(text, size, true)) / 2;
      print({text, x, y_ + kAscent * size, size, true});
      y_ += size * kTitleLineSpacing;
    }
    y_ += kAfterTitle;
  }

  void place(const FormParagraph& paragraph, const FormBlock*) {
    for (const PlacedLine& line : set_paragraph(paragraph.text, width_, kBodySize)) {
      make_room(kBodyLine);
      for (const PlacedWord& word : line) print({word.text, kMarginLeft + word.x, y_ + kAscent * kBodySize});
      y_ += kBodyLine;
    }
    y_ += kAfterParagraph;
  }

  void place(const FormTable& table, const FormBlock* next) {
    TablePlan plan = plan_table(table, width_);
    double keep_after = 0;
    if (next && std::holds_alternative<FormSignatures>(*next))
      keep_after = kAfterTable + kAboveSignatures + signatures_height(std::get<FormSignatures>(*next));
    for (const TablePiece& piece : paginate_table(plan, room(), page_room(), keep_after)) {
      if (piece.new_page && !page_is_blank()) start_page();
      for (const PlacedCell& cell : place_piece(plan, piece)) print_cell(plan, cell);
      y_ += (piece.header ? plan.header_height() : 0) + piece.height();
    }
    y_ += kAfterTable;
  }

  void print_cell(const TablePlan& plan, const PlacedCell& placed) {
    const FormCell& cell = *placed.cell->cell;
    bool number_row = placed.cell->row == plan.number_row;
    CellBox box{{kMarginLeft + placed.x, y_ + placed.y, placed.width, placed.height}, std::nullopt};
    if (cell.band) box.fill = band_style(*cell.band).colour;
    else if (placed.header) box.fill = number_row ? kNumberRowFill : kHeaderFill;
    pages.back().boxes.push_back(box);

    bool bold = cell.bold || (placed.header && !number_row);
    FormAlign align = cell.type == FormCellType::Text ? cell.align : FormAlign::Right;
    if (placed.header && cell.type == FormCellType::Text) align = FormAlign::Centre;
    double size = plan.text_size;
    double text_top = box.rect.y + kFormCellPaddingY;
    if (placed.header) {  // header text centred in its height, as the form's merged heads are
      double used = plan.text_height(static_cast<int>(placed.lines.size()));
      text_top += std::max(0.0, (placed.height - used) / 2);
    }
    for (std::size_t i = 0; i < placed.lines.size(); ++i) {
      const std::string& line = placed.lines[i];
      double line_width = text_width(line, size, bold);
      double left = box.rect.x + kFormCellPaddingX, right = box.rect.right() - kFormCellPaddingX;
      double x = align == FormAlign::Left    ? left
                 : align == FormAlign::Right ? right - line_width
                                             : (left + right - line_width) / 2;
      print({line, x, text_top + i * plan.line_height + kAscent * size, size, bold});
    }
  }

  // Signatures: one column per party (a single party in the right half), each line of the parties on one
  // baseline so the names stand level.
  struct SignatureColumns {
    double x = 0, width = 0;
    std::vector<std::vector<std::vector<std::string>>> parts;  // [party][part][line]: place, role, name, rank, NIP
    std::vector<double> part_heights;
  };
  SignatureColumns signature_columns(const FormSignatures& signatures) const {
    SignatureColumns columns;
    std::size_t count = std::max<std::size_t>(signatures.parties.size(), 1);
    columns.width = signatures.parties.size() == 1 ? width_ / 2 : width_ / count;
    columns.x = signatures.parties.size() == 1 ? width_ / 2 : 0;
    double room = columns.width - 12;
    columns.part_heights.assign(5, 0);
    for (const FormSignature& party : signatures.parties) {
      std::vector<std::vector<std::string>> parts(5);
      if (!party.place_date.empty()) parts[0] = wrap_text(party.place_date, room, kBodySize);
      if (!party.role.empty()) parts[1] = wrap_text(party.role, room, kBodySize);
      parts[2] = wrap_text(party.name, room, kBodySize, true);
      if (!party.rank.empty()) parts[3] = wrap_text(party.rank, room, kBodySize);
      if (!party.nip.empty()) parts[4] = wrap_text("NIP. " + party.nip, room, kBodySize);
      for (std::size_t p = 0; p < parts.size(); ++p)
        columns.part_heights[p] = std::max(columns.part_heights[p], parts[p].size() * kBodyLine);
      columns.parts.push_back(std::move(parts));
    }
    return columns;
  }
  double signatures_height(const FormSignatures& signatures) const {
    SignatureColumns columns = signature_columns(signatures);
    double height = kSigningRoom;
    for (double part : columns.part_heights) height += part;
    return height;
  }

  void place(const FormSignatures& signatures, const FormBlock*) {
    if (signatures.parties.empty()) return;
    SignatureColumns columns = signature_columns(signatures);
    y_ += kAboveSignatures;
    make_room(signatures_height(signatures));
    for (std::size_t party = 0; party < columns.parts.size(); ++party) {
      double centre = kMarginLeft + columns.x + (party + 0.5) * columns.width;
      double top = y_;
      for (std::size_t part = 0; part < 5; ++part) {
        if (part == 2) top += kSigningRoom;
        const std::vector<std::string>& lines = columns.parts[party][part];
        for (std::size_t i = 0; i < lines.size(); ++i) {
          bool name = part == 2;
          double width = text_width(lines[i], kBodySize, name);
          print({lines[i], centre - width / 2, top + i * kBodyLine + kAscent * kBodySize, kBodySize, name, name});
        }
        top += columns.part_heights[part];
      }
    }
    y_ += signatures_height(signatures);
  }

  void place(const FormPageBreak&, const FormBlock*) {
    if (!page_is_blank()) start_page();
  }

  // "Halaman N dari M", numbered within the form: each form is a document handed in on its own.
  void add_footers() {
    int count = static_cast<int>(pages.size());
    for (int i = 0; i < count; ++i) {
      std::string text = "Halaman " + std::to_string(i + 1) + " dari " + std::to_string(count);
      double x = size_.width - kMarginRight - text_width(text, kFooterSize);
      pages[i].texts.push_back({text, x, size_.height - kFooterBaseline, kFooterSize, false, false, kFooterColour});
    }
  }

  PageSize size_;
  double width_ = 0;
  double bottom_ = 0;
  double y_ = 0;
};

void paint(CairoPainter& painter, const PrintedPage& page) {
  for (const CellBox& box : page.boxes) {
    Paint paint = Paint::stroked(kBlack, kBorderWidth);
    if (box.fill) {
      paint.fill = true;
      paint.fill_colour = *box.fill;
    }
    painter.rect(box.rect, 0, paint);
  }
  for (const Ink& ink : page.texts) {
    painter.text(ink.text, ink.x, ink.baseline, {ink.size, ink.bold, ink.colour});
    if (ink.underline) {
      double under = ink.baseline + ink.size * 0.15;
      painter.line({ink.x, under}, {ink.x + text_width(ink.text, ink.size, ink.bold), under},
                   Paint::stroked(ink.colour, ink.size * 0.06));
    }
  }
}

}  // namespace

int write_forms_pdf(const std::filesystem::path& path, const std::vector<Form>& forms) {
  if (forms.empty())
    throw UserError("Tidak ada formulir untuk dicetak ke PDF.", "There is no form to print to PDF.");
  std::vector<PrintedPage> pages;
  for (const Form& form : forms) {
    FormFlow flow(form);
    for (PrintedPage& page : flow.pages) pages.push_back(std::move(page));
  }

  CairoFileStream stream(path);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(&CairoFileStream::write, &stream, pages[0].size.width, pages[0].size.height),
      &cairo_surface_destroy);
  std::string title = forms[0].name.empty() ? "Formulir" : forms[0].name;
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Pokin");
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cairo(cairo_create(surface.get()), &cairo_destroy);
  CairoPainter painter(cairo.get());
  for (const PrintedPage& page : pages) {
    cairo_pdf_surface_set_size(surface.get(), page.size.width, page.size.height);
    paint(painter, page);
    cairo_show_page(cairo.get());
  }
  cairo.reset();
  cairo_surface_finish(surface.get());
  stream.commit(cairo_surface_status(surface.get()), "PDF formulir", "forms PDF");
  return static_cast<int>(pages.size());
}

}  // namespace pokin
