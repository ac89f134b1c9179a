#pragma once
// The figure book: a view laid out so that it prints on real paper with its smallest text at least `min_text`
// points. When the whole view fits one page (at a scale that keeps the smallest text at min_text or more), the
// book is that one page. Otherwise page 1 is an overview of the top levels and every branch that did not fit
// continues on a page of its own (with its own title, legend and page number); a branch that still does not fit
// is split again the same way.
//
// How a continuation is shown: the overview box whose branch continues carries a decoration label
// (NodeDecoration::label, appended to any label it already has) "lanjut hal. 3" / "continued p. 3", so the layout
// measures it into the box like any other line; the "+N" stub under it says how many sasaran that page holds.
// Each branch page says in its meta line which page it continues ("lanjutan hal. 1"). Branches that fit a page
// alone share pages with their neighbours (in reading order, packed in rows) so that small branches do not each
// take a sheet; a shared page is titled by its first branch and "(+2 cabang)".
//
// The planner reads only the Geometry its layout function returns (box sizes, the "+N" stubs and their ids, the
// text sizes), so it works with any placement of LayoutStyle::Fitted and with either engine. Pages are numbered
// in reading order: a page, then the pages of its branches, depth first. The penandatangan block, when asked
// for, is on page 1 only.
#include <functional>
#include <string>
#include <vector>

#include "core/export/figure.h"
#include "core/export/page_setup.h"
#include "core/layout/geometry.h"
#include "core/model/document.h"
#include "core/text/bilingual.h"
#include "core/view/layout_view.h"

namespace pokin {

// Lays a view of a document out (a LayoutService's layout_now in exports; anything deterministic in tests). The
// planner passes either the document it was given or, for a branch, a copy holding only that branch's sasaran
// (with their indicators and links, and every unit), used only where it gives the very same geometry.
using BookLayout = std::function<Geometry(const Document& document, const LayoutView& view)>;
// The figure text of a page before the book gives it its title and page number: make_figure_text plus, for
// colour by achievement, the capaian legend.
using BookFigureText = std::function<FigureText(const Geometry& geometry, const LayoutView& view)>;

struct BookSheet {
  double width = 0;   // the printable area of one page, in points (paper minus margins)
  double height = 0;
  double min_text = 7;  // no text of any page may print smaller than this, in points
  Language language = Language::Indonesian;  // of the continuation labels, page numbers and warnings' order
};

// The printable area of `setup`'s paper: the page minus its margins (a book page has no header or footer band;
// its figure carries title, instansi and page number).
BookSheet book_sheet(const PageSetup& setup, double min_text, Language language);

struct BookPage {
  int number = 1;              // 1-based
  Id branch = kNoId;           // the (first) branch this page shows; kNoId for the whole view
  std::vector<Id> branches;    // every branch on the page: small branches of one parent share a page
  int continues = 0;           // the page whose box leads here; 0 for page 1
  std::string title;           // also text.title
  LayoutView view;             // what was laid out for this page
  Geometry geometry;
  FigureText text;
  FigureLayout layout;         // arrange_figure(text, geometry): the figure at 100%
  double scale = 1;            // figure points -> page points
  double width = 0;            // the figure on the page, in points (layout size x scale)
  double height = 0;
  double smallest_text = 0;    // the smallest text of the page as printed (after scaling), in points
  bool fits = true;            // false: the figure is larger than the sheet even at min_text (see warnings)
  std::vector<std::pair<Id, int>> continuations;  // box id -> the page its branch continues on
};

struct FigureBook {
  BookSheet sheet;
  std::vector<BookPage> pages;
  double smallest_text = 0;          // over every page, as printed
  std::vector<Bilingual> warnings;   // pages that could not be made to fit at min_text, and why
};

// Plans the pages of `view` (its style is replaced by LayoutStyle::Fitted and its fit by the sheet's area divided
// by the smallest allowed scale; branch, levels, collapsed nodes and fields are kept). Never shrinks text below
// sheet.min_text: a page whose figure cannot fit even split as far as its branches go (a single box wider than
// the sheet, a row the placement cannot wrap) keeps the min_text scale, is marked fits = false and gets a warning.
// Throws what `layout` throws.
FigureBook plan_figure_book(const Document& document, const LayoutView& view, const BookSheet& sheet,
                            const BookLayout& layout, const BookFigureText& figure_text);

// The page as a standalone SVG of page.width x page.height points (the figure scaled to the page), so that
// inserted at its own size into Word it prints at the planned size.
std::string book_page_svg(const BookPage& page);
// The page as PNG bytes at `dpi` for the page's printed size; throws UserError as png_size does.
std::string book_page_png(const BookPage& page, int dpi);

}  // namespace pokin
