#include "core/export/printed_text.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

// Records the smallest text a figure asks to be painted (empty strings draw nothing).
class SmallestText : public Painter {
 public:
  void rect(const Rect&, double, const Paint&) override {}
  void line(Point, Point, const Paint&) override {}
  void curve(const std::vector<Point>&, const Paint&) override {}
  void polygon(const std::vector<Point>&, const Paint&) override {}
  void text(const std::string& text, double, double, const TextPaint& paint) override {
    if (!text.empty()) smallest = std::min(smallest, paint.size);
  }
  double smallest = std::numeric_limits<double>::infinity();
};

const char* paper_name(Paper paper) {
  switch (paper) {
    case Paper::A3: return "A3";
    case Paper::F4: return "F4";
    case Paper::A4: break;
  }
  return "A4";
}

}  // namespace

double smallest_painted_text(const FigureText& text, const Geometry& geometry, const FigureLayout& layout) {
  SmallestText painter;
  paint_figure(painter, text, geometry, layout, {0, 0, layout.width, layout.height});
  return painter.smallest == std::numeric_limits<double>::infinity() ? 0 : painter.smallest;
}

PrintedText printed_text(ExportFormat format, const PageSetup& page, double width, double height, double smallest) {
  PrintedText printed;
  if (format == ExportFormat::Pdf) {
    TileGrid grid = tile_grid(page, width, height);
    printed.scale = grid.scale;
    printed.pages = grid.pages();
  } else if (width > kA4TextWidth) {
    printed.scale = kA4TextWidth / width;
  }
  printed.smallest = smallest * printed.scale;
  return printed;
}

std::string format_points(double points, Language language) {
  if (language == Language::Indonesian) return format_indonesian_number(points, 1);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", points);
  std::string text = buffer;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

std::optional<Bilingual> small_text_warning(ExportFormat format, const PageSetup& page, const PrintedText& printed,
                                            double min_text) {
  if (printed.smallest <= 0 || printed.smallest >= min_text) return std::nullopt;
  auto pt = [](double points, Language language) { return format_points(points, language) + " pt"; };
  const std::string percent = std::to_string(static_cast<int>(printed.scale * 100 + 0.5)) + "%";
  const std::string paper = paper_name(page.paper);
  Bilingual where;
  if (format == ExportFormat::Pdf)
    where = {"di kertas " + paper + " (gambar diperkecil menjadi " + percent + ")",
             "on " + paper + " paper (the figure shrunk to " + percent + ")"};
  else if (printed.scale < 1)
    where = {"bila disisipkan selebar teks halaman A4 di Word (diperkecil menjadi " + percent + ")",
             "when inserted at the text width of an A4 page in Word (shrunk to " + percent + ")"};
  else
    where = {"pada ukuran aslinya", "at its natural size"};
  const Bilingual bigger = format == ExportFormat::Pdf && page.paper != Paper::A3
                               ? Bilingual{", kertas lebih besar (--paper A3)", ", a bigger paper (--paper A3)"}
                               : Bilingual{};
  return Bilingual{"Teks terkecil akan tercetak " + pt(printed.smallest, Language::Indonesian) + " " + where.id +
                       ", di bawah " + pt(min_text, Language::Indonesian) + ". Agar terbaca gunakan --fit " + paper +
                       " (gambar dibagi menjadi buku halaman), satu cabang (--branch ID), lebih sedikit tingkat "
                       "(--levels N)" + bigger.id + ".",
                   "The smallest text will print at " + pt(printed.smallest, Language::English) + " " + where.en +
                       ", under " + pt(min_text, Language::English) + ". For readable text use --fit " + paper +
                       " (the figure split into a book of pages), one branch (--branch ID), fewer levels "
                       "(--levels N)" + bigger.en + "."};
}

}  // namespace pokin
