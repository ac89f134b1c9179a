#include "core/export/export_document.h"

#include <algorithm>

#include "core/capaian/capaian_decorations.h"
#include "core/capaian/capaian_warning.h"
#include "core/checks/check_document.h"
#include "core/checks/finding_badges.h"
#include "core/export/docx_figure.h"
#include "core/export/docx_page_geometry.h"
#include "core/export/docx_writer.h"
#include "core/export/dot_export.h"
#include "core/export/export_preview.h"
#include "core/export/figure.h"
#include "core/export/figure_book.h"
#include "core/export/figure_book_pdf.h"
#include "core/export/form_csv.h"
#include "core/export/form_docx.h"
#include "core/export/form_pdf.h"
#include "core/export/form_xlsx.h"
#include "core/export/output_file.h"
#include "core/export/page_file_names.h"
#include "core/export/pdf_export.h"
#include "core/export/png_export.h"
#include "core/export/printed_text.h"
#include "core/export/svg_export.h"
#include "core/forms/build_forms.h"
#include "core/layout/layout_service.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

DocxPage docx_page_of(const PageSetup& setup) {
  DocxPage page;
  page.paper = setup.paper;
  page.orientation = setup.orientation;
  // The same margins as the PDF's (a figure page wants the paper, not Word's 2 cm body margins).
  page.top = page.bottom = page.left = page.right = setup.margin * 25.4 / 72;
  return page;
}

// The area a book page may fill in Word: the section's text area less the caption's room, so the figure is
// inserted at (at least) its planned size and no text prints under min_text.
BookSheet docx_book_sheet(const PageSetup& setup, double min_text, Language language) {
  DocxPageTwips twips = page_twips(docx_page_of(setup));
  return {twips.text_width() / 20.0, (twips.text_height() - kCaptionReserveTwips) / 20.0, min_text, language};
}

std::string figure_caption_label(Language language) { return language == Language::English ? "Figure" : "Gambar"; }

// The figure's view as the export draws it: the figure's language, the capaian colouring of the year (with the
// warning when that year has no realisasi) and the badges when asked for.
LayoutView figure_view(const Document& document, const ExportRequest& request, std::vector<Bilingual>& warnings) {
  LayoutView view = request.view;
  view.fields.language = request.figure_language;
  if (request.colour == BoxColour::Achievement) {
    if (auto warning = capaian_year_warning(document, request.capaian_year)) warnings.push_back(*warning);
    apply_capaian_decorations(view, document, request.capaian_year, request.figure_language, request.capaian_coverage);
    view.fields.target_year = request.capaian_year;  // target, realisasi and capaian of the same year
    view.fields.realisasi = true;
  }
  if (request.badges) apply_finding_badges(view, document, run_checks(document));
  return view;
}

FigureBook plan_book(const Document& document, const ExportRequest& request, const LayoutView& view,
                     LayoutService& layout_service) {
  if (!(request.fit->min_text >= 4 && request.fit->min_text <= 30))
    throw UserError("Ukuran teks minimal harus antara 4 dan 30 pt.", "The smallest text size must be between 4 and 30 pt.");
  const bool docx = request.format == ExportFormat::Docx;
  BookSheet sheet = docx ? docx_book_sheet(request.page, request.fit->min_text, request.figure_language)
                         : book_sheet(request.page, request.fit->min_text, request.figure_language);
  return plan_figure_book(
      document, view, sheet, [&](const Document& d, const LayoutView& v) { return layout_service.layout_now(d, v); },
      [&](const Geometry& geometry, const LayoutView& shown) {
        return export_figure_text(document, geometry, shown, request);
      });
}

ExportResult export_book(const Document& document, const ExportRequest& request, const LayoutView& view,
                         LayoutService& layout_service) {
  const bool docx = request.format == ExportFormat::Docx;
  FigureBook book = plan_book(document, request, view, layout_service);
  ExportResult result;
  result.pages = static_cast<int>(book.pages.size());
  result.smallest_text = book.smallest_text;
  result.warnings = book.warnings;
  for (const BookPage& page : book.pages) {
    result.boxes += static_cast<int>(page.geometry.boxes.size());
    result.width = std::max(result.width, page.width);
    result.height = std::max(result.height, page.height);
  }
  if (!book.pages.empty()) result.scale = book.pages.front().scale;
  if (request.format == ExportFormat::Pdf) {
    write_book_pdf(request.output, book, request.page);
    result.files.push_back(request.output);
    return result;
  }
  if (docx) {
    const DocxPage page = docx_page_of(request.page);
    std::vector<DocxFigure> figures;
    bool shrunk = false;
    for (const BookPage& book_page : book.pages) {
      figures.push_back(docx_figure(book_page.text, book_page.geometry, page, book_page.title,
                                    figure_caption_label(request.figure_language)));
      // Word draws a picture inside the page: a page too large for the sheet is shrunk there, not printed larger.
      double in_word = figure_extent(page, book_page.layout.width, book_page.layout.height).scale;
      if (book_page.scale > 0 && in_word < book_page.scale - 1e-9) {
        shrunk = true;
        result.smallest_text = std::min(result.smallest_text, book_page.smallest_text / book_page.scale * in_word);
      }
    }
    if (shrunk) {
      result.warnings.push_back({"Di Word, halaman yang tidak muat diperkecil ke area cetak; teks terkecilnya " +
                                     format_points(result.smallest_text, Language::Indonesian) + " pt.",
                                 "In Word, the pages that do not fit are shrunk to the printable area; their smallest "
                                 "text is " + format_points(result.smallest_text, Language::English) + " pt."});
    }
    DocxDocument word;
    word.title = book.pages.empty() ? "Pohon Kinerja" : book.pages.front().text.title;
    word.sections.push_back(figure_pages(page, std::move(figures)));
    write_docx(request.output, word);
    result.files.push_back(request.output);
    return result;
  }
  // Every page is made before any file is written, so a page that cannot be rendered leaves no half-written set.
  std::vector<std::string> contents;
  for (const BookPage& page : book.pages)
    contents.push_back(request.format == ExportFormat::Svg ? book_page_svg(page) : book_page_png(page, request.dpi));
  for (std::size_t i = 0; i < contents.size(); ++i) {
    std::filesystem::path path = numbered_page_path(request.output, static_cast<int>(i) + 1, result.pages);
    write_output_file(path, contents[i]);
    result.files.push_back(path);
  }
  return result;
}

// The forms of `request.form` in the asked format; result.rows counts the table rows written.
ExportResult export_forms(const Document& document, const ExportRequest& request,
                          const std::vector<FormRequest>& sheets = {}) {
  if (request.format != ExportFormat::Xlsx && request.format != ExportFormat::Csv &&
      request.format != ExportFormat::Pdf && request.format != ExportFormat::Docx)
    throw UserError("Formulir dapat diekspor sebagai XLSX, DOCX, PDF atau CSV.",
                    "Forms can be exported as XLSX, DOCX, PDF or CSV.");
  std::vector<Form> forms;
  for (const FormRequest& sheet : sheets.empty() ? std::vector<FormRequest>{*request.form} : sheets)
    for (Form& form : build_forms(document, sheet)) forms.push_back(std::move(form));
  ExportResult result;
  for (const Form& form : forms)
    for (const FormBlock& block : form.blocks)
      if (const auto* table = std::get_if<FormTable>(&block)) result.rows += static_cast<int>(table->rows.size());
  switch (request.format) {
    case ExportFormat::Xlsx: write_forms_xlsx(request.output, forms); break;
    case ExportFormat::Csv: write_output_file(request.output, forms_to_csv(forms, request.csv)); break;
    case ExportFormat::Pdf: result.pages = write_forms_pdf(request.output, forms); break;
    case ExportFormat::Docx: {
      DocxDocument word;
      word.title = forms.empty() ? std::string() : forms.front().name;
      for (const Form& form : forms) word.sections.push_back(form_section(form));
      write_docx(request.output, word);
      break;
    }
    default: break;
  }
  result.files.push_back(request.output);
  return result;
}

}  // namespace

ExportResult export_document(const Document& document, const ExportRequest& request, LayoutService& layout_service) {
  if (request.form) {
    if (request.fit) throw UserError("--fit hanya untuk gambar, bukan formulir.", "--fit is for figures, not forms.");
    return export_forms(document, request);
  }
  ExportResult result;
  bool figure = request.format == ExportFormat::Svg || request.format == ExportFormat::Pdf ||
                request.format == ExportFormat::Png || request.format == ExportFormat::Docx;
  if (request.fit && !figure)
    throw UserError("--fit hanya untuk gambar SVG, PDF, PNG dan DOCX.", "--fit is for SVG, PDF, PNG and DOCX figures only.");
  if (request.format == ExportFormat::Csv || request.format == ExportFormat::Xlsx) {
    // The tables without --form: the cascading matrix (CSV: or the IKU table), XLSX both, as forms narrowed by the
    // view's branch, levels and year.
    ExportRequest tables = request;
    FormRequest form;
    form.kind = request.format == ExportFormat::Csv && request.table == ExportTable::Iku ? FormKind::Iku : FormKind::Matrix;
    form.branch = request.view.branch;
    form.levels = request.view.max_levels;
    form.year = request.view.fields.target_year;
    form.paper = request.page.paper;
    form.orientation = request.page.orientation;
    form.date = request.date;
    tables.form = form;
    if (request.format == ExportFormat::Csv) return export_forms(document, tables);
    std::vector<FormRequest> sheets{form, form};
    sheets[1].kind = FormKind::Iku;
    return export_forms(document, tables, sheets);
  }

  LayoutView view = figure_view(document, request, result.warnings);
  if (request.fit) {
    ExportResult book = export_book(document, request, view, layout_service);
    book.warnings.insert(book.warnings.begin(), result.warnings.begin(), result.warnings.end());  // the year's
    return book;
  }
  Geometry geometry = layout_service.layout_now(document, view);
  result.boxes = static_cast<int>(geometry.boxes.size());
  FigureText text = export_figure_text(document, geometry, view, request);
  FigureLayout layout = arrange_figure(text, geometry);
  result.width = layout.width;
  result.height = layout.height;
  if (request.format != ExportFormat::Dot) {
    ExportPreview measured = measure_figure(request, text, geometry, layout);
    result.smallest_text = measured.printed.smallest;
    result.warnings.insert(result.warnings.end(), measured.warnings.begin(), measured.warnings.end());
  }
  switch (request.format) {
    case ExportFormat::Svg: write_output_file(request.output, figure_to_svg(text, geometry)); break;
    case ExportFormat::Dot:
      write_output_file(request.output, geometry_to_dot(geometry, view, text.title + " - " + text.instansi));
      break;
    case ExportFormat::Pdf: {
      PdfPages pdf = write_pdf(request.output, text, geometry, request.page);
      result.pages = pdf.pages;
      result.scale = pdf.scale;
      result.split_boxes = pdf.split_blocks;
      break;
    }
    case ExportFormat::Png: {
      PngSize size = write_png(request.output, text, geometry, request.dpi);
      result.width = size.width;
      result.height = size.height;
      break;
    }
    case ExportFormat::Docx: {
      // One page holding the figure at the page's text width (the figure book will bring one page per branch).
      const DocxPage page = docx_page_of(request.page);
      DocxDocument word;
      word.title = text.instansi.empty() ? text.title : text.title + " - " + text.instansi;
      word.sections.push_back(
          figure_pages(page, {docx_figure(text, geometry, page, word.title, figure_caption_label(request.figure_language))}));
      write_docx(request.output, word);
      result.scale = figure_extent(page, layout.width, layout.height).scale;
      break;
    }
    default: break;
  }
  return result;
}

ExportResult export_document(const Document& document, const ExportRequest& request) {
  LayoutService layout;
  return export_document(document, request, layout);
}

BookPreview preview_book(const Document& document, const ExportRequest& request, LayoutService& layout) {
  BookPreview preview;
  LayoutView view = figure_view(document, request, preview.warnings);
  preview.book = plan_book(document, request, view, layout);
  preview.warnings.insert(preview.warnings.end(), preview.book.warnings.begin(), preview.book.warnings.end());
  return preview;
}

}  // namespace pokin
