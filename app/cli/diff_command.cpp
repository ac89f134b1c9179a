// `pokin diff OLD NEW [--old-version NAME] [--new-version NAME] [-f json|xlsx|docx|pdf|csv|svg|png] [--tree]
// [--paper A4|A3|F4] [--view sasaran|unit] [-o OUT] [--by-id | --by-content] [--not-same OLD=NEW ...]
// [--same OLD=NEW ...]`: what changed between two states of a pohon kinerja (an
// amended Renstra and the one it amends, this year's PK against last year's; two files, or two versions saved in
// one file). Without -o: a readable summary (counts per kind of change, then every change in the new tree's
// order), or the JSON with -f json. With -o: the JSON, the "matriks perubahan" as xlsx, docx, pdf or csv, or the
// compared tree (core/compare/diff_figure.h) fitted to paper as svg or png, or as pdf with --tree. --not-same
// applies the review of the matches (app/cli/not_same_option.h): those pairs are not matched; --same marks matches
// confirmed. The summary counts both, the JSON and the matriks perubahan list them.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/document_argument.h"
#include "app/cli/not_same_option.h"
#include "app/cli/path_argument.h"
#include "core/compare/change_matrix_form.h"
#include "core/compare/change_words.h"
#include "core/compare/diff_figure.h"
#include "core/compare/diff_json.h"
#include "core/compare/node_changes.h"
#include "core/compare/unshown_changes.h"
#include "core/export/docx_writer.h"
#include "core/export/export_document.h"
#include "core/export/form_csv.h"
#include "core/export/form_docx.h"
#include "core/export/form_pdf.h"
#include "core/export/form_xlsx.h"
#include "core/export/output_file.h"

namespace pokin::cli {
namespace {

constexpr ChangeKind kKinds[] = {ChangeKind::Added,    ChangeKind::Removed,      ChangeKind::Moved,
                                 ChangeKind::Reworded, ChangeKind::FieldChanged, ChangeKind::TargetChanged};

std::string quoted(const std::string& text, bool en) {
  return text.empty() ? (en ? "(empty)" : "(kosong)") : "\"" + text + "\"";
}

void write_summary(std::ostream& out, Language language, const std::string& old_name, const std::string& new_name,
                   const Document& old_document, const Document& new_document, const DocumentDiff& diff) {
  const bool en = language == Language::English;
  out << (en ? "Comparing " : "Perbandingan ") << old_name << " -> " << new_name << " ("
      << (diff.same_lineage ? (en ? "matched by id" : "dicocokkan menurut id")
                            : (en ? "matched by codes and text" : "dicocokkan menurut kode dan teks"))
      << ")\n";
  if (diff.empty()) {
    out << (en ? "No changes." : "Tidak ada perubahan.") << "\n";
    return;
  }
  std::map<ChangeKind, std::size_t> counts;
  for (const Change& change : diff.changes) ++counts[change.kind];
  bool first = true;
  for (ChangeKind kind : kKinds) {
    out << (first ? "" : ", ") << change_kind_label(kind).in(language) << ": " << counts[kind];
    first = false;
  }
  out << "\n";
  auto waiting = [&](const NodeMatch& match) { return waits_for_review(diff, match); };
  if (auto review = std::count_if(diff.matches.begin(), diff.matches.end(), waiting))
    out << (en ? "Matches by similar text to review: " : "Padanan menurut kemiripan teks untuk ditinjau: ") << review
        << "\n";
  if (!diff.accepted.empty() || !diff.rejected.empty())
    out << (en ? "Reviewed: " : "Sudah ditinjau: ") << diff.accepted.size()
        << (en ? " confirmed (Correct match), " : " diterima (Padanan benar), ") << diff.rejected.size()
        << (en ? " rejected (Not a match)" : " ditolak (Bukan padanan)") << "\n";
  out << "\n";
  for (const Change& change : diff.changes) {
    std::string type = node_type_label(change.type).in(language);
    std::string label = change.new_node != kNoId ? node_text(new_document, change.new_node)
                                                 : node_text(old_document, change.old_node);
    switch (change.kind) {
      case ChangeKind::Added: out << "+ " << type << " " << change.new_text << "\n"; break;
      case ChangeKind::Removed: out << "- " << type << " " << change.old_text << "\n"; break;
      case ChangeKind::Moved:
        out << "> " << type << " " << label << ": " << field_label(change.field).in(language) << " "
            << quoted(change.old_text, en) << " -> " << quoted(change.new_text, en) << "\n";
        break;
      default:
        out << "~ " << type << " " << label << ": " << field_label(change.field).in(language);
        if (change.year != 0) out << " " << change.year;
        out << " " << quoted(change.old_text, en) << " -> " << quoted(change.new_text, en) << "\n";
    }
  }
}

}  // namespace

void register_diff(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("diff", "Compare two .pokin documents: what was added, removed, moved, changed");
  struct Options {
    std::string old_file, new_file, format, output, old_version, new_version, paper = "A4", view = "sasaran";
    bool by_id = false, by_content = false, tree = false;
    std::vector<std::string> not_same, same;
  };
  auto o = std::make_shared<Options>();
  command->add_option("OLD", o->old_file, "The older .pokin file (the Renstra before the amendment)")->required();
  command->add_option("NEW", o->new_file, "The newer .pokin file")->required();
  command->add_option("-f,--format", o->format,
                      "json | xlsx | docx | pdf | csv (the matriks perubahan) | svg | png (the compared tree)")
      ->check(CLI::IsMember({"json", "xlsx", "docx", "pdf", "csv", "svg", "png"}));
  add_version_option(*command, o->old_version, "--old-version")
      ->description("Compare from this version saved in OLD (pokin version list OLD)");
  add_version_option(*command, o->new_version, "--new-version")
      ->description("Compare to this version saved in NEW instead of its current state");
  command->add_flag("--tree", o->tree, "With -f pdf: the compared tree instead of the matriks perubahan");
  command->add_option("--paper", o->paper, "The compared tree's paper: A4 | A3 | F4 (landscape)")
      ->check(CLI::IsMember({"A4", "A3", "F4"}, CLI::ignore_case));
  command->add_option("--view", o->view,
                      "The compared tree's boxes: sasaran (a box per sasaran, its unit named in it) | unit (a box "
                      "per unit kerja, for a reorganisation of units)")
      ->check(CLI::IsMember({"sasaran", "unit"}));
  command->add_option("-o,--output", o->output, "The file to write (default: a summary on the screen)");
  auto* by_id = command->add_flag("--by-id", o->by_id, "Match nodes by id (two versions of one document)");
  command->add_flag("--by-content", o->by_content, "Match nodes by codes and text (two independent files)")
      ->excludes(by_id);
  command->add_option("--not-same", o->not_same,
                      "OLD=NEW: these two nodes are not the same (a match rejected on review): compared as removed "
                      "and added. By code (SP2=SP2), unit name or id (pokin diff -f json); repeatable")
      ->allow_extra_args(false);
  command->add_option("--same", o->same,
                      "OLD=NEW: this match by similar text is right (confirmed on review): listed as reviewed in the "
                      "summary, the JSON and the matriks perubahan. Named as for --not-same; repeatable")
      ->allow_extra_args(false);
  command->callback([&context, o] {
    const bool en = context.language == Language::English;
    std::filesystem::path old_path = path_from_utf8(o->old_file), new_path = path_from_utf8(o->new_file);
    std::filesystem::path output = o->output.empty() ? std::filesystem::path() : path_from_utf8(o->output);
    std::string format = o->format;
    if (format.empty() && !output.empty()) {
      std::string extension = output.extension().string();
      for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      format = extension.empty() ? "" : extension.substr(1);
      if (format != "json" && format != "xlsx" && format != "docx" && format != "pdf" && format != "csv" &&
          format != "svg" && format != "png")
        throw UserError("Format keluaran tidak dikenali dari nama berkas " + utf8_path(output) +
                            ": pilih dengan -f json, xlsx, docx, pdf, csv, svg atau png.",
                        "Cannot tell the output format from the file name " + utf8_path(output) +
                            ": choose one with -f json, xlsx, docx, pdf, csv, svg or png.");
    }
    const bool tree = format == "svg" || format == "png" || (format == "pdf" && o->tree);
    if (output.empty() && !format.empty() && format != "json")
      throw UserError("Format " + format + " ditulis ke berkas: tambahkan -o NAMA_BERKAS." + format + ".",
                      "The " + format + " format is written to a file: add -o FILE." + format + ".");
    if (!output.empty()) {
      refuse_overwriting(output, old_path);
      refuse_overwriting(output, new_path);
    }
    Document old_document = load_document(old_path, o->old_version);
    Document new_document = load_document(new_path, o->new_version);
    DiffOptions options;
    if (o->by_id) options.matching = DiffMatching::ById;
    if (o->by_content) options.matching = DiffMatching::ByContent;
    options.rejected = not_same_pairs(o->not_same, old_document, new_document, options);
    options.accepted = not_same_pairs(o->same, old_document, new_document, options, "--same");
    DocumentDiff diff = diff_documents(old_document, new_document, options);

    if (output.empty()) {
      if (format == "json")
        *context.out << diff_to_json(old_document, new_document, diff) << "\n";
      else
        write_summary(*context.out, context.language, utf8_path(old_path), utf8_path(new_path), old_document,
                      new_document, diff);
      return;
    }
    if (tree) {
      // The tree drawn once with every change marked, fitted to paper like `pokin export --fit` (a figure book
      // when it does not fit one page with readable text). The figure is a document: Indonesian words.
      LayoutView view;
      view.granularity = o->view == "unit" ? Granularity::Unit : Granularity::Sasaran;
      DiffFigure figure = diff_figure(old_document, new_document, diff, view, Language::Indonesian);
      ExportRequest request;
      request.format = format == "svg" ? ExportFormat::Svg : format == "png" ? ExportFormat::Png : ExportFormat::Pdf;
      request.output = output;
      request.view = figure.view;
      request.colour = BoxColour::Changes;
      request.legend_notes = figure.legend_notes;
      std::string paper = o->paper;
      for (auto& c : paper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      request.page.paper = paper == "A3" ? Paper::A3 : paper == "F4" ? Paper::F4 : Paper::A4;
      request.fit = FitRequest{};
      request.language = context.language;
      ExportResult result = export_document(figure.document, request);
      for (const std::filesystem::path& file : result.files) *context.out << (en ? "Wrote " : "Ditulis ") << utf8_path(file) << "\n";
      for (const Bilingual& warning : result.warnings) *context.err << warning.in(context.language) << "\n";
      *context.out << diff.changes.size() << (en ? " changes marked on the tree" : " perubahan ditandai pada pohon") << "\n";
      // What no box shows is in the figure's legend; said here too, in the interface's language.
      for (const std::string& note :
           unshown_change_notes(diff, figure.change_boxes, en ? Language::English : Language::Indonesian))
        *context.out << note << "\n";
      return;
    }
    if (format == "json") {
      write_output_file(output, diff_to_json(old_document, new_document, diff) + "\n");
    } else {
      ChangeMatrixRequest request;
      request.old_name = utf8_path(old_path.filename());
      request.new_name = utf8_path(new_path.filename());
      std::vector<Form> forms{change_matrix_form(old_document, new_document, diff, request)};
      if (format == "xlsx") write_forms_xlsx(output, forms);
      if (format == "pdf") write_forms_pdf(output, forms);
      if (format == "csv") write_output_file(output, forms_to_csv(forms, CsvStyle{}));
      if (format == "docx") {
        DocxDocument word;
        word.title = forms.front().name;
        word.sections.push_back(form_section(forms.front()));
        write_docx(output, word);
      }
    }
    *context.out << (en ? "Wrote " : "Ditulis ") << utf8_path(output) << " (" << diff.changes.size()
                 << (en ? " changes)" : " perubahan)") << "\n";
  });
}

}  // namespace pokin::cli
