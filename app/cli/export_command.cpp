#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/document_argument.h"
#include "app/cli/path_argument.h"
#include "core/export/export_document.h"
#include "core/export/output_file.h"
#include "core/export/printed_text.h"
#include "core/store/document_file.h"

namespace pokin::cli {
namespace {

// The last year of the period for which some indikator has a realisasi; 0 when none has.
int latest_realisasi_year(const Document& document) {
  int latest = 0;
  for (const auto& [id, indikator] : document.indikator)
    for (const auto& [year, value] : indikator.realisasi)
      if (!value.empty() && document.info.in_period(year)) latest = std::max(latest, year);
  return latest;
}

// "Ditulis 3 halaman (7 pt teks terkecil): a-01.svg, a-02.svg, a-03.svg" and every page that did not fit.
void report_book(std::ostream& out, const ExportResult& result, Language language) {
  const bool en = language == Language::English;
  out << (en ? "Wrote " : "Ditulis ") << result.pages
      << (en ? (result.pages == 1 ? " page" : " pages") : " halaman") << " ("
      << (en ? "smallest text " : "teks terkecil ") << format_points(result.smallest_text, language) << " pt, "
      << result.boxes << (en ? " boxes" : " kotak") << "):";
  for (const auto& file : result.files) out << (result.files.size() > 1 ? "\n  " : " ") << utf8_path(file);
  out << "\n";
  for (const Bilingual& warning : result.warnings) out << (en ? "Warning: " : "Peringatan: ") << warning.in(language) << "\n";
}

// `--sep`: the separator and the decimal mark that go with it in the spreadsheets planners use.
CsvStyle csv_style(const std::string& sep) {
  if (sep == ",") return {CsvSeparator::Comma, '.'};
  if (sep == "tab") return {CsvSeparator::Tab, ','};
  return {CsvSeparator::Semicolon, ','};
}

}  // namespace

void register_export(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("export", "Export the pohon kinerja: svg, pdf, png, dot, docx, csv or xlsx");
  struct Options {
    std::string file, output, format, view = "sasaran", layout = "tree", paper = "A4", orientation = "landscape",
                                      pages = "fit", table = "matrix", date,
                engine = "pokin", colour = "level", figure_lang = "id", fit, form, unit, sep = ";", place, version;
    int year = 0, levels = 0, dpi = 300, min_coverage = 50;
    long long branch = 0;
    double wrap = 200, min_text = 7;
    bool signature = false, no_crosscutting = false, no_indikator = false, no_unit = false, pj = false,
         badges = false, targets = false;
  };
  auto o = std::make_shared<Options>();
  command->add_option("FILE", o->file, "The .pokin file")->required();
  add_version_option(*command, o->version);
  command->add_option("-f,--format", o->format, "svg | pdf | png | dot | docx | csv | xlsx")
      ->required()
      ->check(CLI::IsMember({"svg", "pdf", "png", "dot", "docx", "csv", "xlsx"}));
  command->add_option("-o,--output", o->output, "The file to write")->required();
  command->add_option("--view", o->view, "sasaran (a box per sasaran) | unit (a box per unit)")
      ->check(CLI::IsMember({"sasaran", "unit"}));
  command->add_option("--layout", o->layout, "tree | lr | compact | fitted (shaped to the --paper/--orientation page)")
      ->check(CLI::IsMember({"tree", "lr", "compact", "fitted"}));
  command->add_option("--engine", o->engine,
                      "pokin (Pokin's tidy tree, fast; default) | graphviz (Graphviz dot, curved edges)")
      ->check(CLI::IsMember({"pokin", "graphviz"}));
  command->add_option("--year", o->year,
                      "Show each indikator's target of this year (and, with --colour achievement, its capaian)");
  command->add_option("--colour,--color", o->colour,
                      "level (a colour per level) | achievement (the capaian band of --year, default the latest year "
                      "with realisasi)")
      ->check(CLI::IsMember({"level", "achievement"}));
  command->add_option("--min-coverage", o->min_coverage,
                      "With --colour achievement: a roll-up resting on fewer than this percent of its indicators "
                      "gets no band but \"data belum lengkap\" (default 50)")
      ->check(CLI::Range(1, 100));
  command->add_option("--figure-lang", o->figure_lang,
                      "The language of the figure's labels and legend: id (default) | en; --lang sets the messages")
      ->check(CLI::IsMember({"id", "en"}));
  command->add_flag("--badges", o->badges, "Put the number of check findings (pokin check) on each box");
  command->add_option("--branch", o->branch, "Only this sasaran or unit (id) and everything below it");
  command->add_option("--levels", o->levels, "Show to level N (0 = all)")->check(CLI::Range(0, 50));
  command->add_option("--paper", o->paper, "PDF and DOCX paper: A4 | A3 | F4")->check(CLI::IsMember({"A4", "A3", "F4"}, CLI::ignore_case));
  command->add_option("--orientation", o->orientation, "PDF and DOCX: landscape | portrait")
      ->check(CLI::IsMember({"landscape", "portrait"}));
  command->add_option("--fit", o->fit,
                      "Fit the figure to this paper (A4 | F4 | A3) with text of at least --min-text; a figure too "
                      "large for one page becomes a book: an overview, then a page per branch (SVG/PNG: one file "
                      "per page, numbered)")
      ->check(CLI::IsMember({"A4", "A3", "F4"}, CLI::ignore_case));
  command->add_option("--min-text", o->min_text, "With --fit: the smallest text size on paper, in points (default 7)")
      ->check(CLI::Range(4.0, 30.0));
  command->add_option("--pages", o->pages, "PDF: fit (one page) | tile (1:1 over several pages)")
      ->check(CLI::IsMember({"fit", "tile"}));
  command->add_option("--dpi", o->dpi, "PNG resolution")->check(CLI::Range(24, 2400));
  command->add_option("--wrap", o->wrap, "Wrap statements at this width in points")->check(CLI::Range(80.0, 1000.0));
  command->add_option("--table", o->table, "CSV: matrix (cascading matrix) | iku")->check(CLI::IsMember({"matrix", "iku"}));
  command->add_option("--form", o->form,
                      "An official form instead of a figure (xlsx, docx, pdf, csv): matrix | iku | pk (Perjanjian "
                      "Kinerja, one per unit unless --unit) | renstra (T-C.27) | lkjip (pengukuran kinerja of --year) | "
                      "penjenjangan (cascade share per OPD and level)")
      ->check(CLI::IsMember({"matrix", "iku", "pk", "renstra", "lkjip", "penjenjangan"}));
  command->add_option("--unit", o->unit, "With --form: only this unit (its id, name or jabatan)");
  command->add_flag("--targets", o->targets, "With --form iku: add the yearly targets (every year, or --year only)");
  command->add_option("--place", o->place, "With --form: the place of signing (\"Paringin\")");
  command->add_option("--sep", o->sep,
                      "CSV separator: ';' (default, with decimal comma, for Excel with Indonesian settings) | ',' (with "
                      "decimal point) | tab (with decimal comma)")
      ->check(CLI::IsMember({";", ",", "tab"}));
  command->add_option("--date", o->date, "The printed date (default: today)");
  command->add_flag("--signature", o->signature, "Add the penandatangan block (name, NIP)");
  command->add_flag("--no-crosscutting", o->no_crosscutting, "Leave crosscutting links out");
  command->add_flag("--no-indikator", o->no_indikator, "Boxes without their indicators");
  command->add_flag("--no-unit", o->no_unit, "Boxes without the owner unit");
  command->add_flag("--penanggung-jawab", o->pj, "Show each indicator's penanggung jawab");
  CLI::Option* paper_option = command->get_option("--paper");
  CLI::Option* orientation_option = command->get_option("--orientation");
  command->callback([&context, o, paper_option, orientation_option] {
    std::filesystem::path file = path_from_utf8(o->file), output = path_from_utf8(o->output);
    refuse_overwriting(output, file);  // before anything is read: `-o` naming the document would destroy it
    Document document = load_document(file, o->version);
    static const std::map<std::string, ExportFormat> kFormats{{"svg", ExportFormat::Svg}, {"pdf", ExportFormat::Pdf},
                                                              {"png", ExportFormat::Png}, {"dot", ExportFormat::Dot},
                                                              {"csv", ExportFormat::Csv}, {"xlsx", ExportFormat::Xlsx},
                                                              {"docx", ExportFormat::Docx}};
    ExportRequest request;
    request.format = kFormats.at(o->format);
    request.output = output;
    request.view.granularity = o->view == "unit" ? Granularity::Unit : Granularity::Sasaran;
    request.view.style = o->layout == "lr" ? LayoutStyle::LeftRight
                         : o->layout == "compact" ? LayoutStyle::Compact
                         : o->layout == "fitted"  ? LayoutStyle::Fitted
                                                  : LayoutStyle::TopDown;
    request.view.engine = o->engine == "graphviz" ? LayoutEngine::Graphviz : LayoutEngine::Pokin;
    request.view.branch = o->branch;
    request.view.max_levels = o->levels;
    request.view.crosscutting = !o->no_crosscutting;
    request.view.wrap_width = o->wrap;
    request.view.fields.indikator = !o->no_indikator;
    request.view.fields.owner_unit = !o->no_unit;
    request.view.fields.penanggung_jawab = o->pj;
    request.view.fields.target_year = o->year;
    if (o->year != 0 && !document.info.in_period(o->year))
      throw UserError("Tahun " + std::to_string(o->year) + " di luar periode Renstra " +
                          std::to_string(document.info.period_start) + "-" + std::to_string(document.info.period_end) + ".",
                      "Year " + std::to_string(o->year) + " is outside the Renstra period " +
                          std::to_string(document.info.period_start) + "-" + std::to_string(document.info.period_end) + ".");
    std::string paper = o->fit.empty() ? o->paper : o->fit;
    for (auto& c : paper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    request.page.paper = paper == "A3" ? Paper::A3 : paper == "F4" ? Paper::F4 : Paper::A4;
    request.page.orientation = o->orientation == "portrait" ? Orientation::Portrait : Orientation::Landscape;
    request.page.pages = o->pages == "tile" ? Pages::Tile : Pages::Fit;
    Rect content = content_area(request.page);
    request.view.fit = {content.width, content.height};
    request.dpi = o->dpi;
    request.signature = o->signature;
    request.table = o->table == "iku" ? ExportTable::Iku : ExportTable::Matrix;
    request.date = o->date;
    request.badges = o->badges;
    request.language = context.language;
    request.figure_language = o->figure_lang == "en" ? Language::English : Language::Indonesian;
    request.capaian_coverage = o->min_coverage / 100.0;
    if (o->colour == "achievement") {
      request.colour = BoxColour::Achievement;
      request.capaian_year = o->year != 0 ? o->year : latest_realisasi_year(document);
      if (request.capaian_year == 0)
        throw UserError("Dokumen belum memiliki realisasi, jadi capaian tidak dapat dihitung. Isi realisasi (atau impor "
                        "tabel dengan kolom \"Realisasi 2024\"), atau pilih tahun dengan --year.",
                        "The document has no realisasi yet, so capaian cannot be computed. Enter realisasi (or import "
                        "a table with \"Realisasi 2024\" columns), or choose a year with --year.");
    }
    if (!o->fit.empty()) request.fit = FitRequest{o->min_text};
    if (!o->form.empty()) {
      static const std::map<std::string, FormKind> kForms{{"matrix", FormKind::Matrix}, {"iku", FormKind::Iku},
                                                          {"pk", FormKind::Pk}, {"renstra", FormKind::Renstra},
                                                          {"lkjip", FormKind::Lkjip},
                                                          {"penjenjangan", FormKind::Penjenjangan}};
      FormRequest form;
      form.kind = kForms.at(o->form);
      form.unit = o->unit;
      form.year = o->year;
      form.levels = o->levels;
      form.branch = o->branch;
      form.targets = o->targets;
      form.place = o->place;
      form.date = o->date;
      // Government forms are printed on F4 unless asked otherwise; a PK's narrow table stands upright.
      form.paper = paper_option->count() > 0 ? request.page.paper : Paper::F4;
      form.orientation = orientation_option->count() > 0 ? request.page.orientation
                         : form.kind == FormKind::Pk        ? Orientation::Portrait
                                                            : Orientation::Landscape;
      request.form = form;
    } else if (!o->unit.empty() || o->targets || !o->place.empty()) {
      throw UserError("--unit, --targets dan --place berlaku untuk formulir: tambahkan --form.",
                      "--unit, --targets and --place apply to forms: add --form.");
    }
    request.csv = csv_style(o->sep);
    ExportResult result = export_document(document, request);

    bool en = context.language == Language::English;
    std::ostream& out = *context.out;
    if (request.fit) {
      report_book(out, result, context.language);
      return;
    }
    out << (en ? "Wrote " : "Ditulis ") << utf8_path(output);
    if (request.form) {
      out << " (" << result.rows << (en ? " rows" : " baris");
      if (request.format == ExportFormat::Pdf) out << ", " << result.pages << (en ? " pages" : " halaman");
      out << ")\n";
      return;
    }
    if (request.format == ExportFormat::Csv || request.format == ExportFormat::Xlsx) {
      out << " (" << result.rows << (en ? " rows)" : " baris)") << "\n";
      return;
    }
    out << " (" << result.boxes << (en ? " boxes" : " kotak");
    if (request.format == ExportFormat::Pdf || request.format == ExportFormat::Docx)
      out << ", " << result.pages << (en ? " pages" : " halaman");
    if (request.format == ExportFormat::Png)
      out << ", " << static_cast<int>(result.width) << " x " << static_cast<int>(result.height) << " px";
    if (result.smallest_text > 0)
      out << (en ? ", smallest text " : ", teks terkecil ") << format_points(result.smallest_text, context.language)
          << " pt";
    out << ")\n";
    for (const Bilingual& warning : result.warnings)
      out << (en ? "Warning: " : "Peringatan: ") << warning.in(context.language) << "\n";
    if (request.format == ExportFormat::Pdf && result.split_boxes > 0) {
      std::string n = std::to_string(result.split_boxes);
      out << (en ? "Warning: " + n + " part(s) of the figure (a box or a title line) are wider or taller than a page "
                       "and are cut by a page edge; use --paper A3, --orientation or --wrap to keep them whole.\n"
                 : "Peringatan: " + n + " bagian gambar (kotak atau baris judul) lebih lebar atau lebih tinggi dari "
                       "satu halaman dan terpotong tepi halaman; gunakan --paper A3, --orientation atau --wrap agar "
                       "tetap utuh.\n");
    }
  });
}

}  // namespace pokin::cli
