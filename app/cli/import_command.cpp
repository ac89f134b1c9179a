#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
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
    std::filesystem::path output(options->output);
    bool same_file = false;
    if (!options->into.empty()) {
      store::DocumentFile::open(options->into, existing);
      std::error_code error;
      same_file = std::filesystem::exists(output) && std::filesystem::equivalent(options->into, output, error);
    }
    if (!same_file && std::filesystem::exists(output))
      throw UserError(options->output + " sudah ada; pilih nama lain atau gunakan --into " + options->output + ".",
                      options->output + " already exists; choose another name or use --into " + options->output + ".");

    import::ImportOptions import_options;
    import_options.format = import::requested_format_from(options->format);
    import_options.mapping = parse_mapping(options->map);
    import_options.suggestion_threshold = options->threshold;
    import_options.period_start = existing.info.period_start;
    import_options.period_end = existing.info.period_end;
    std::vector<import::ImportResult> results;
    for (const std::string& source : options->sources) results.push_back(import::import_file(source, import_options));

    Editor editor(existing);
    import::apply_imports(editor, results);
    if (same_file) {
      Document reopened;
      auto file = store::DocumentFile::open(output, reopened);
      file.save(editor.document());
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
    if (!options->report.empty()) {
      std::ofstream out(options->report, std::ios::binary);
      out << report_text;
      if (!out)
        throw UserError("Laporan tidak dapat ditulis ke " + options->report + ".",
                        "The report cannot be written to " + options->report + ".");
    }
    *context.out << (en ? "Wrote " : "Ditulis ") << options->output;
    if (options->report.empty()) *context.out << (en ? " (use --report FILE for the full report)" : " (gunakan --report BERKAS untuk laporan lengkap)");
    *context.out << "\n";
  });
}

}  // namespace pokin::cli
