#include "core/export/figure_book.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/export/png_export.h"
#include "core/export/printed_text.h"
#include "core/export/svg_export.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

constexpr double kTitleSize = 16;      // the figure's title (figure.cpp): bold, one line
constexpr double kTitleMargins = 48;   // the title block's left and right margins together
constexpr int kPlaceholderPage = 999;  // measured in while the page numbers are not known yet

// The smallest text a figure paints; infinity when it paints none (so "needed scale" comes out 0).
double smallest_painted(const FigureText& text, const Geometry& geometry, const FigureLayout& layout) {
  double smallest = smallest_painted_text(text, geometry, layout);
  return smallest > 0 ? smallest : std::numeric_limits<double>::infinity();
}

std::string continuation_label(int page, Language language) {
  return (language == Language::English ? "continued p. " : "lanjut hal. ") + std::to_string(page);
}

// Cuts `text` at a word so that it is at most `width` points wide at the title size, with an ellipsis.
std::string fitted_title(const std::string& text, double width) {
  if (text_width(text, kTitleSize, true) <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    std::size_t space = cut.find_last_of(' ');
    cut = space == std::string::npos ? std::string() : cut.substr(0, space);
    if (text_width(cut + " …", kTitleSize, true) <= width) return cut + " …";
  }
  return "…";
}

struct PageRole {
  Id branch = kNoId;
  bool overview = false;
  int number = kPlaceholderPage;
  int pages = kPlaceholderPage;
  int continues = 0;  // 0 = none
  int more = 0;       // further branches packed onto the same page
};

struct Candidate {
  std::shared_ptr<const Document> source;  // what was laid out: the document, or the part a branch needs
  LayoutView view;
  Geometry geometry;
  FigureText text;
  FigureLayout figure;
  double smallest = 0;  // at 100%
  double scale = 1;
  bool fits = false;
};

class Planner {
 public:
  Planner(const Document& document, const BookSheet& sheet, const BookLayout& layout, const BookFigureText& text)
      : document_(document),
        current_(&document, [](const Document*) {}),
        sheet_(sheet),
        layout_(layout),
        figure_text_(text) {
    sheet_.min_text = std::max(sheet_.min_text, 1.0);
  }

  FigureBook plan(LayoutView view) {
    view.style = LayoutStyle::Fitted;
    user_collapsed_ = view.collapsed;
    user_decorations_ = view.decorations;
    // The area to fill is the sheet at the smallest scale the text allows, less what the figure puts around the
    // diagram (title block, legend, signature); both come from the first layout, so correct once.
    PageRole first{view.branch, false, 1, kPlaceholderPage, 0};
    set_fit(view, 7.5, 0);
    Candidate whole = evaluate(view, first);
    double smallest = std::isfinite(whole.smallest) ? whole.smallest : 7.5;
    double chrome = std::max(0.0, whole.figure.height - whole.geometry.bounds.height);
    set_fit(view, smallest, chrome);
    whole = evaluate(view, first);
    plan_scope(view, view.branch, 0, &whole);
    return finish();
  }

 private:
  void set_fit(LayoutView& view, double smallest, double chrome) {
    fit_scale_ = std::max(1e-3, sheet_.min_text / smallest);
    view.fit = {sheet_.width / fit_scale_, std::max(1.0, sheet_.height / fit_scale_ - chrome)};
  }

  std::string title_for(const std::string& base, const PageRole& role) const {
    bool english = sheet_.language == Language::English;
    std::string title = base;
    if (role.branch != kNoId) {
      std::string name;
      if (const Sasaran* sasaran = document_.find_sasaran(role.branch))
        name = sasaran->code.empty() ? sasaran->statement : sasaran->code + " " + sasaran->statement;
      else if (const Unit* unit = document_.find_unit(role.branch))
        name = unit->name.empty() ? unit->jabatan : unit->name;
      if (!name.empty()) title += " - " + name;
    }
    if (role.overview) title += english ? " - Overview" : " - Ikhtisar";
    if (role.more > 0)
      title += " (+" + std::to_string(role.more) + (english ? (role.more == 1 ? " branch)" : " branches)") : " cabang)");
    return fitted_title(title, sheet_.width / fit_scale_ - kTitleMargins);
  }

  std::string page_line(const PageRole& role) const {
    bool english = sheet_.language == Language::English;
    std::string line = (english ? "Page " : "Halaman ") + std::to_string(role.number) + (english ? " of " : " dari ") +
                       std::to_string(role.pages);
    if (role.continues > 0)
      line += (english ? " · continues p. " : " · lanjutan hal. ") + std::to_string(role.continues);
    return line;
  }

  // The fitted layout first; when it does not fit, the plain styles, since Fitted stacks a parent's leaves in a
  // column of up to four, which a low landscape page cannot hold where a row of them or a sideways tree fits.
  Candidate evaluate(const LayoutView& view, const PageRole& role) {
    LayoutView shaped = view;
    shaped.style = LayoutStyle::Fitted;
    Candidate fitted = evaluate_as(shaped, role);
    if (fitted.fits) return fitted;
    for (LayoutStyle other : {LayoutStyle::TopDown, LayoutStyle::LeftRight}) {
      shaped.style = other;
      Candidate c = evaluate_as(shaped, role);
      if (c.fits) return c;
    }
    return fitted;
  }

  Candidate evaluate_as(const LayoutView& view, const PageRole& role) {
    Candidate c;
    c.source = current_;
    c.view = view;
    c.geometry = layout_(*current_, view);
    describe(c, role);
    return c;
  }

  // Text, size and scale of a candidate whose view and geometry are set.
  void describe(Candidate& c, const PageRole& role) {
    const LayoutView& view = c.view;
    c.text = figure_text_(c.geometry, view);
    c.text.title = title_for(c.text.title, role);
    c.text.date += (c.text.date.empty() ? "" : "    ") + page_line(role);
    if (role.number != 1 || role.continues > 0) c.text.signature = false;
    c.figure = arrange_figure(c.text, c.geometry);
    c.smallest = smallest_painted(c.text, c.geometry, c.figure);
    double needed = std::isfinite(c.smallest) ? sheet_.min_text / c.smallest : 0;
    double room = std::min(sheet_.width / std::max(c.figure.width, 1.0), sheet_.height / std::max(c.figure.height, 1.0));
    c.fits = room >= needed - 1e-9;
    c.scale = c.fits ? std::min(room, std::max(1.0, needed)) : needed;
  }

  // The stubs a split put into `geometry`: every "+N" whose node the planner cut (not one the planner's user
  // collapsed), in reading order, with how many nodes each stands for.
  std::vector<std::pair<Id, int>> cuts_in(const Geometry& geometry) const {
    std::vector<std::pair<Id, int>> cuts;
    for (const Box& box : geometry.boxes)
      if (box.kind == BoxKind::CollapsedStub && !user_collapsed_.count(box.id)) cuts.push_back({box.id, box.hidden_count});
    return cuts;
  }

  // `scope` with `cuts` collapsed, each cut box labelled with where it continues.
  LayoutView cut_view(const LayoutView& scope, const std::vector<std::pair<Id, int>>& cuts,
                      const std::vector<int>& pages) const {
    LayoutView view = scope;
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      view.collapsed.insert(cuts[i].first);
      std::string& label = view.decorations[cuts[i].first].label;
      label += (label.empty() ? "" : " · ") + continuation_label(pages.empty() ? kPlaceholderPage : pages[i],
                                                                  sheet_.language);
    }
    return view;
  }

  void plan_scope(const LayoutView& scope, Id branch, int continues, const Candidate* known = nullptr) {
    bool first = pages_.empty();
    PageRole whole_role{branch, false, first ? 1 : kPlaceholderPage, kPlaceholderPage, continues};
    Candidate whole = known ? *known : evaluate(scope, whole_role);
    if (whole.fits) {
      emit(std::move(whole), branch, continues, {}, false);
      return;
    }
    // Every layout of this branch from here on reads only the branch's part of the document: a 5,000-sasaran
    // book would otherwise index the whole document for each of its thousands of small layouts.
    std::shared_ptr<const Document> outer = current_;
    struct Restore {
      std::shared_ptr<const Document>& current;
      std::shared_ptr<const Document> outer;
      ~Restore() { current = outer; }
    } restore{current_, outer};
    if (!first) narrow_to(scope, whole.geometry);
    PageRole overview_role = whole_role;
    overview_role.overview = first;  // a branch page that splits again keeps its branch's title
    // An overview of the roots alone is a page worth having only when there are several roots; a branch page
    // shows at least its root and the row under it.
    int start = 2;
    if (first) {
      LayoutView roots = scope;
      roots.max_levels = 1;
      Geometry top = layout_(*current_, roots);
      if (std::count_if(top.boxes.begin(), top.boxes.end(),
                        [](const Box& b) { return b.kind != BoxKind::CollapsedStub; }) > 1)
        start = 1;
    }
    std::optional<Candidate> best;
    std::vector<std::pair<Id, int>> best_cuts;
    int best_levels = 0;
    for (int levels = start; scope.max_levels == 0 || levels < scope.max_levels; ++levels) {
      LayoutView shallow = scope;
      shallow.max_levels = levels;
      auto cuts = cuts_in(layout_(*current_, shallow));
      if (cuts.empty()) break;
      Candidate c = evaluate(cut_view(scope, cuts, {}), overview_role);
      if (!c.fits && best) break;
      best = std::move(c);
      best_cuts = std::move(cuts);
      best_levels = levels;
      if (!best->fits) break;  // even the shallowest split is too large: keep it, its branches still get pages
    }
    if (!best) {
      emit(std::move(whole), branch, continues, {}, false);
      return;
    }
    if (best->fits) {
      // Small branches stay on the overview while it still fits, smallest first (the most pages saved).
      std::vector<std::pair<Id, int>> by_size = best_cuts;
      std::stable_sort(by_size.begin(), by_size.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
      for (const auto& cut : by_size) {
        std::vector<std::pair<Id, int>> fewer;
        for (const auto& other : best_cuts)
          if (other.first != cut.first) fewer.push_back(other);
        Candidate c = evaluate(cut_view(scope, fewer, {}), overview_role);
        if (!c.fits) continue;
        best = std::move(c);
        best_cuts = std::move(fewer);
      }
    }
    // The cuts sit best_levels - 1 levels below the top of the scope; a limit on levels counts from there.
    int depth = best_levels - 1;
    std::size_t page = emit(std::move(*best), branch, continues, best_cuts, first);
    // A branch that fits a page alone shares a page with the small branches next to it (packed in reading
    // order); one that does not is split in turn.
    int from = static_cast<int>(page) + 1;
    auto children = scope.granularity == Granularity::Sasaran && scope.max_levels == 0 ? children_in(whole.geometry)
                                                                                       : std::unordered_map<Id, std::vector<Id>>{};
    std::vector<Candidate> group;
    std::vector<std::size_t> group_cuts;
    auto flush = [&] {
      if (group.empty()) return;
      for (std::size_t i : group_cuts) pages_[page].continuations[i].second = static_cast<int>(pages_.size()) + 1;
      Candidate shared = group.size() == 1 ? std::move(group.front()) : packed(group, from);
      std::vector<Id> roots;
      for (std::size_t i : group_cuts) roots.push_back(best_cuts[i].first);
      emit(std::move(shared), roots.front(), from, {}, false, roots);
      group.clear();
      group_cuts.clear();
    };
    for (std::size_t i = 0; i < best_cuts.size(); ++i) {
      Id cut = best_cuts[i].first;
      LayoutView next = scope;
      next.branch = cut;
      next.max_levels = scope.max_levels == 0 ? 0 : std::max(1, scope.max_levels - depth);
      Candidate alone = evaluate_branch(next, {cut, false, kPlaceholderPage, kPlaceholderPage, from}, children);
      if (!alone.fits) {
        flush();
        pages_[page].continuations[i].second = static_cast<int>(pages_.size()) + 1;
        plan_scope(next, cut, from, &alone);
        continue;
      }
      if (!group.empty()) {
        group.push_back(alone);
        if (packed(group, from).fits) {
          group_cuts.push_back(i);
          continue;
        }
        group.pop_back();
        flush();
      }
      group.push_back(std::move(alone));
      group_cuts.push_back(i);
    }
    flush();
  }

  // Lays the scope out from a document of only the sasaran `geometry` shows (with their indicators, links and
  // units, and the units above those);
  // keeps it only when that gives exactly the same geometry (it does not when "+N" stubs hide sasaran, or a
  // damaged document links a branch into itself).
  void narrow_to(const LayoutView& scope, const Geometry& geometry) {
    if (scope.granularity != Granularity::Sasaran || !current_->find_sasaran(scope.branch)) return;
    std::set<Id> shown;
    for (const Box& box : geometry.boxes)
      if (box.kind == BoxKind::Sasaran) shown.insert(box.id);
    if (shown.size() * 2 > current_->sasaran.size()) return;  // not worth a copy
    auto part = part_of(shown);
    if (layout_(*part, scope) == geometry) current_ = std::move(part);
  }

  std::shared_ptr<const Document> part_of(const std::set<Id>& shown) const {
    auto part = std::make_shared<Document>();
    part->info = current_->info;
    part->last_id = current_->last_id;
    for (Id id : shown) {
      const Sasaran& sasaran = current_->sasaran.at(id);
      part->sasaran.emplace(id, sasaran);
      // Its unit and every unit above it: sibling order and the owner lines come from them.
      for (Id unit = sasaran.unit; unit != kNoId && !part->units.count(unit);) {
        const Unit* found = current_->find_unit(unit);
        if (!found) break;
        part->units.emplace(unit, *found);
        unit = found->parent;
      }
    }
    for (const auto& [id, indikator] : current_->indikator)
      if (shown.count(indikator.sasaran)) part->indikator.emplace(id, indikator);
    for (const auto& [id, link] : current_->links)
      if (shown.count(link.from) && (link.to == kNoId || shown.count(link.to))) part->links.emplace(id, link);
    return part;
  }

  // The sasaran below each shown sasaran in `geometry` (by its cascade and unlinked edges), when it shows every
  // sasaran of its view (no "+N" stub); empty otherwise.
  static std::unordered_map<Id, std::vector<Id>> children_in(const Geometry& geometry) {
    std::unordered_map<Id, std::vector<Id>> children;
    for (const Box& box : geometry.boxes)
      if (box.kind != BoxKind::Sasaran) return {};
    for (const Edge& edge : geometry.edges)
      if (edge.kind != EdgeKind::Crosscutting && edge.from != edge.to) children[edge.from].push_back(edge.to);
    return children;
  }

  // A branch's whole page, laid out from the branch's part of the document when `children` (of the whole
  // document's geometry) say which sasaran that is: the first look at each of hundreds of OPD branches would
  // otherwise index the whole document each time.
  Candidate evaluate_branch(const LayoutView& view, const PageRole& role,
                            const std::unordered_map<Id, std::vector<Id>>& children) {
    if (children.empty() || current_->sasaran.size() < 200) return evaluate(view, role);
    std::set<Id> below{view.branch};
    std::vector<Id> stack{view.branch};
    while (!stack.empty()) {
      Id id = stack.back();
      stack.pop_back();
      auto found = children.find(id);
      if (found == children.end()) continue;
      for (Id child : found->second)
        if (below.insert(child).second) stack.push_back(child);
    }
    std::shared_ptr<const Document> outer = current_;
    current_ = part_of(below);
    Candidate c = evaluate(view, role);
    current_ = outer;
    return c;
  }

  // Several whole branches on one page: their geometries in rows, left to right, as wide as the area to fill.
  Candidate packed(const std::vector<Candidate>& parts, int continues) {
    constexpr double kGap = 24;
    Candidate c;
    c.view = parts.front().view;
    double x = 0, y = 0, row = 0, width = 0;
    for (const Candidate& part : parts) {
      const Rect& b = part.geometry.bounds;
      if (x > 0 && x + b.width > c.view.fit.width) {
        x = 0;
        y += row + kGap;
        row = 0;
      }
      double dx = x - b.x, dy = y - b.y;
      for (Box box : part.geometry.boxes) {
        box.rect.x += dx;
        box.rect.y += dy;
        for (TextLine& line : box.lines) {
          line.x += dx;
          line.baseline += dy;
        }
        for (double& divider : box.dividers) divider += dy;
        c.geometry.boxes.push_back(std::move(box));
      }
      for (Edge edge : part.geometry.edges) {
        for (Point& p : edge.curve) p = {p.x + dx, p.y + dy};
        for (Point& p : edge.arrowhead) p = {p.x + dx, p.y + dy};
        c.geometry.edges.push_back(std::move(edge));
      }
      x += b.width + kGap;
      row = std::max(row, b.height);
      width = std::max(width, x - kGap);
    }
    c.geometry.bounds = {0, 0, width, y + row};
    describe(c, {parts.front().view.branch, false, kPlaceholderPage, kPlaceholderPage, continues,
                 static_cast<int>(parts.size()) - 1});
    return c;
  }

  std::size_t emit(Candidate c, Id branch, int continues, const std::vector<std::pair<Id, int>>& cuts,
                   bool overview, std::vector<Id> branches = {}) {
    BookPage page;
    page.number = static_cast<int>(pages_.size()) + 1;
    page.branch = branch;
    page.branches = branches.empty() && branch != kNoId ? std::vector<Id>{branch} : std::move(branches);
    page.continues = continues;
    for (const auto& cut : cuts) page.continuations.push_back({cut.first, 0});
    candidates_.push_back(std::move(c));
    scopes_.push_back({branch, overview});
    pages_.push_back(std::move(page));
    return pages_.size() - 1;
  }

  // Now that every page has its number: the real continuation labels and page lines, laid out again (a label
  // with the real number is never longer than the placeholder, so a page that fitted still fits).
  FigureBook finish() {
    FigureBook book;
    book.sheet = sheet_;
    book.smallest_text = std::numeric_limits<double>::infinity();
    int total = static_cast<int>(pages_.size());
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      BookPage& page = pages_[i];
      Candidate& c = candidates_[i];
      PageRole role{page.branch, scopes_[i].overview, page.number, total, page.continues,
                    std::max(0, static_cast<int>(page.branches.size()) - 1)};
      Candidate final_page;
      if (page.continuations.empty()) {
        final_page = std::move(c);
        describe(final_page, role);
      } else {
        LayoutView view = c.view;
        view.decorations = user_decorations_;
        std::vector<std::pair<Id, int>> cuts;
        std::vector<int> numbers;
        for (const auto& [id, number] : page.continuations) {
          cuts.push_back({id, 0});
          numbers.push_back(number);
        }
        view = cut_view(view, cuts, numbers);
        current_ = c.source;
        final_page = evaluate(view, role);
      }
      page.view = std::move(final_page.view);
      page.geometry = std::move(final_page.geometry);
      page.text = std::move(final_page.text);
      page.title = page.text.title;
      page.layout = final_page.figure;
      page.scale = final_page.scale;
      page.fits = final_page.fits;
      page.width = page.layout.width * page.scale;
      page.height = page.layout.height * page.scale;
      page.smallest_text = final_page.smallest * page.scale;
      book.smallest_text = std::min(book.smallest_text, page.smallest_text);
      if (!page.fits) book.warnings.push_back(too_large(page));
      book.pages.push_back(std::move(page));
    }
    if (!std::isfinite(book.smallest_text)) book.smallest_text = 0;
    return book;
  }

  Bilingual too_large(const BookPage& page) const {
    auto points = [](double v) { return std::to_string(static_cast<long long>(std::lround(v))); };
    std::string number = std::to_string(page.number), size = points(page.width) + " x " + points(page.height);
    std::string sheet = points(sheet_.width) + " x " + points(sheet_.height);
    char min_text[16];
    std::snprintf(min_text, sizeof min_text, "%g", sheet_.min_text);
    return {"Halaman " + number + " (" + page.title + ") tidak muat di kertas dengan teks minimal " + min_text +
                " pt: gambarnya " + size + " pt, area cetak " + sheet + " pt. Halaman ini dicetak lebih besar dari "
                "kertas; pilih kertas lebih besar (--fit A3), orientasi lain, --min-text lebih kecil, atau kurangi "
                "isi kotak (--no-indikator).",
            "Page " + number + " (" + page.title + ") does not fit the paper with text of at least " + min_text +
                " pt: its figure is " + size + " pt, the printable area " + sheet + " pt. This page is printed "
                "larger than the paper; choose a larger paper (--fit A3), the other orientation, a smaller "
                "--min-text, or fewer box contents (--no-indikator)."};
  }

  struct Scope {
    Id branch = kNoId;
    bool overview = false;
  };

  const Document& document_;
  std::shared_ptr<const Document> current_;  // what the scope being planned lays out
  BookSheet sheet_;
  const BookLayout& layout_;
  const BookFigureText& figure_text_;
  std::set<Id> user_collapsed_;
  std::unordered_map<Id, NodeDecoration> user_decorations_;
  double fit_scale_ = 1;
  std::vector<BookPage> pages_;
  std::vector<Candidate> candidates_;
  std::vector<Scope> scopes_;
};

}  // namespace

BookSheet book_sheet(const PageSetup& setup, double min_text, Language language) {
  PageSize size = page_size(setup);
  return {size.width - 2 * setup.margin, size.height - 2 * setup.margin, min_text, language};
}

FigureBook plan_figure_book(const Document& document, const LayoutView& view, const BookSheet& sheet,
                            const BookLayout& layout, const BookFigureText& figure_text) {
  return Planner(document, sheet, layout, figure_text).plan(view);
}

std::string book_page_svg(const BookPage& page) { return figure_to_svg(page.text, page.geometry, page.scale); }

std::string book_page_png(const BookPage& page, int dpi) {
  png_size(page.text, page.geometry, dpi);  // refuses a DPI out of range the same way as any PNG export
  return figure_to_png(page.text, page.geometry, dpi / 72.0 * page.scale);
}

}  // namespace pokin
