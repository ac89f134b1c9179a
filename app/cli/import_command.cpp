#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/commands/changed_rows_since.h"
#include "core/export/output_file.h"
#include "core/import/import_document.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"

namespace pokin::cli {
namespace {

std::vector<import::ColumnMapping> parse_mapping(const std::vector<std::string>& pairs) {
  std::vector<import::ColumnMapping> mapping;
  for (const std::string& pair : pairs) {
    std::size_t equals = pair.rfind('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == pair.size())
      throw UserError("--map \"" + pair + "\" harus berbentuk KOLOM=BIDANG, mis. \"Uraian=sasaran\".",
                      "--map \"" + pair + "\" must be COLUMN=FIELD, e.g. \"Uraian=sasaran\".");
    mapping.push_back({pair.substr(0, equals), pair.substr(equals + 1)});
  }
  return mapping;
}

}  // namespace

void register_import(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("import", "Import decrees (SK IKU/IKI), pohon kinerja listings and tables");
  struct Options {
    std::vector<std::string> sources, map;
    std::string output, into, format = "auto", report;
    double threshold = import::kDefaultSuggestionThreshold;
  };
  auto options = std::make_shared<Options>();
  command->add_option("SRC", options->sources, "Text or table files (.txt, .md, .csv, .tsv)")->required();
  command->add_option("-o,--output", options->output, "The .pokin file to write")->required();
  command->add_option("--into", options->into, "An existing .pokin document to add to (it is not changed unless it is also -o)");
  command->add_option("--format", options->format, "auto, sk, listing or table")
      ->check(CLI::IsMember({"auto", "sk", "listing", "table"}));
  command->add_option("--map", options->map, "Column mapping COLUMN=FIELD (header text, number or letter)");
  command->add_option("--report", options->report, "Write the import report to this file");
  command->add_option("--threshold", options->threshold, "Score from which suggested cascade links are applied (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command->callback([&context, options] {
    bool en = context.language == Language::English;
    Document existing;
    std::filesystem::path output = path_from_utf8(options->output);
    std::vector<std::filesystem::path> sources = path_arguments(options->sources);
    std::filesystem::path into = options->into.empty() ? std::filesystem::path() : path_from_utf8(options->into);
    // The report is checked before anything is written: it must not land on the document (-o, --into, or any
    // other .pokin) nor on a source.
    std::filesystem::path report = options->report.empty() ? std::filesystem::path() : path_from_utf8(options->report);
    if (!report.empty()) {
      refuse_overwriting(report, output);
      if (!into.empty()) refuse_overwriting(report, into);
      for (const auto& source : sources) refuse_overwriting(report, source);
    }
    bool same_file = false;
    if (!into.empty()) {
      store::DocumentFile::open(into, existing);
      std::error_code error;
      same_file = std::filesystem::exists(output) && std::filesystem::equivalent(into, output, error);
    }
    std::string shown_output = utf8_path(output);
    if (!same_file && std::filesystem::exists(output))
      throw UserError(shown_output + " sudah ada; pilih nama lain atau gunakan --into " + shown_output + ".",
                      shown_output + " already exists; choose another name or use --into " + shown_output + ".");

    import::ImportOptions import_options;
    import_options.format = import::requested_format_from(options->format);
    import_options.mapping = parse_mapping(options->map);
    import_options.suggestion_threshold = options->threshold;
    import_options.period_start = existing.info.period_start;
    import_options.period_end = existing.info.period_end;
    std::vector<import::ImportResult> results;
    for (const auto& source : sources) results.push_back(import::import_file(source, import_options));

    Editor editor(existing);
    const std::uint64_t opened_revision = editor.revision();
    import::apply_imports(editor, results);
    if (same_file) {
      Document reopened;
      auto file = store::DocumentFile::open(output, reopened);
      std::optional<store::ChangedRows> changed = commands::changed_rows_since(editor, opened_revision);
      file.save(editor.document(), changed ? &*changed : nullptr);
    } else {
      store::DocumentFile::create(output, editor.document());
    }

    std::string report_text;
    for (const import::ImportResult& result : results) {
      report_text += import::render_report(result.document, result.report, context.language) + "\n";
      DocumentCounts counts = count_document(result.document);
      int applied = 0;
      for (const auto& suggestion : result.report.suggestions) applied += suggestion.applied ? 1 : 0;
      *context.out << result.report.source << " (" << result.report.format << "): " << counts.units
                   << (en ? " units, " : " unit, ") << counts.sasaran << " sasaran, " << counts.indikator
                   << (en ? " indicators, " : " indikator, ") << applied
                   << (en ? " suggested links, " : " usulan tautan, ") << result.report.lines.size()
                   << (en ? " lines not understood\n" : " baris tidak dipahami\n");
    }
    if (!report.empty()) write_output_file(report, report_text);
    *context.out << (en ? "Wrote " : "Ditulis ") << shown_output;
    if (report.empty()) *context.out << (en ? " (use --report FILE for the full report)" : " (gunakan --report BERKAS untuk laporan lengkap)");
    *context.out << "\n";
  });
}

}  // namespace pokin::cli
