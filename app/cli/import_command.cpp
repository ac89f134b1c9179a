#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/commands/changed_rows_since.h"
#include "core/export/output_file.h"
#include "core/import/import_document.h"
#include "core/import/import_profile.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"

namespace pokin::cli {
namespace {

std::vector<import::ColumnMapping> parse_mapping(const std::vector<std::string>& pairs) {
  std::vector<import::ColumnMapping> mapping;
  for (const std::string& pair : pairs) mapping.push_back(import::parse_column_mapping(pair));
  return mapping;
}

// What --dry-run prints for one source: the header and columns as read, the counts, the lines not understood.
void print_dry_run(std::ostream& out, const import::ImportResult& result, Language language) {
  bool en = language == Language::English;
  const import::ImportReport& report = result.report;
  out << report.source << " (" << report.format << ")\n";
  std::string tables = import::render_columns(report, language);
  out << (tables.empty() ? (en ? "No table header (not a table form).\n" : "Tanpa judul tabel (bukan bentuk tabel).\n") : tables);
  DocumentCounts counts = count_document(result.document);
  int rows = 0;
  for (const import::TableSection& table : report.tables) rows += table.data_rows;
  std::size_t targets = 0, pagu = 0;
  for (const auto& [id, indikator] : result.document.indikator) targets += indikator.target.size();
  for (const auto& [id, sasaran] : result.document.sasaran) pagu += sasaran.pagu.size();
  out << (en ? "Would import: " : "Akan diimpor: ") << rows << (en ? " data rows, " : " baris data, ") << counts.units
      << " unit, " << counts.tujuan << " tujuan, " << counts.sasaran << " sasaran, " << counts.indikator << " indikator, " << targets << " target, "
      << pagu << " pagu; " << import::not_understood_summary(report, language) << "\n";
  for (const import::NotUnderstoodLine& line : report.lines)
    out << "  " << (en ? "line " : "baris ") << line.line << ": " << line.text << " (" << line.reason.in(language) << ")\n";
  for (const Bilingual& note : report.notes) out << "  * " << note.in(language) << "\n";
}

}  // namespace

void register_import(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("import", "Import decrees (SK IKU/IKI), pohon kinerja listings and tables (text, .xlsx, .docx)");
  struct Options {
    std::vector<std::string> sources, map;
    std::string output, into, format = "auto", report, header_rows, profile, save_profile;
    double threshold = import::kDefaultSuggestionThreshold;
    bool dry_run = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("SRC", options->sources,
                      "Text or table files (.txt, .md, .csv, .tsv), Excel workbooks (.xlsx), Word documents with "
                      "tables (.docx), web pages (.html, .htm) and PDF files (.pdf)")
      ->required();
  command->add_option("-o,--output", options->output, "The .pokin file to write (not needed with --dry-run)");
  command->add_option("--into", options->into, "An existing .pokin document to add to (it is not changed unless it is also -o)");
  command->add_option("--format", options->format, "auto, sk, listing or table")
      ->check(CLI::IsMember({"auto", "sk", "listing", "table"}));
  command->add_option("--map", options->map,
                      "Column mapping COLUMN=FIELD (header text of any header row, the composed header, number or letter)");
  command->add_option("--header-rows", options->header_rows,
                      "The header spans N rows: N (the table's first N non-empty rows) or FIRST-LAST (line numbers)");
  command->add_flag("--dry-run", options->dry_run,
                    "Print the header found, each column's mapping and the counts; write nothing");
  command->add_option("--profile", options->profile, "Read header rows and column mappings from this profile");
  command->add_option("--save-profile", options->save_profile,
                      "Write the header rows and column mappings used to this profile (for the next OPD's table)");
  command->add_option("--report", options->report, "Write the import report to this file");
  command->add_option("--threshold", options->threshold, "Score from which suggested cascade links are applied (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command->callback([&context, options] {
    bool en = context.language == Language::English;
    Document existing;
    if (options->output.empty() && !options->dry_run)
      throw UserError("Sebutkan dokumen yang ditulis dengan -o BERKAS.pokin (atau --dry-run untuk hanya melihat hasil baca).",
                      "Name the document to write with -o FILE.pokin (or --dry-run to only see what is read).");
    std::filesystem::path output = options->output.empty() ? std::filesystem::path() : path_from_utf8(options->output);
    std::vector<std::filesystem::path> sources = path_arguments(options->sources);
    std::filesystem::path save_profile =
        options->save_profile.empty() ? std::filesystem::path() : path_from_utf8(options->save_profile);
    if (!save_profile.empty()) {
      if (!output.empty()) refuse_overwriting(save_profile, output);
      for (const auto& source : sources) refuse_overwriting(save_profile, source);
    }
    // The profile first, the command line over it: its --header-rows replaces the profile's, its --map come after
    // the profile's (a later map of the same column wins).
    import::ImportProfile profile;
    if (!options->profile.empty()) profile = import::read_import_profile_file(path_from_utf8(options->profile));
    if (!options->header_rows.empty()) profile.header = import::parse_header_rows(options->header_rows);
    for (import::ColumnMapping& map : parse_mapping(options->map)) profile.mapping.push_back(std::move(map));
    std::filesystem::path into = options->into.empty() ? std::filesystem::path() : path_from_utf8(options->into);
    // The report is checked before anything is written: it must not land on the document (-o, --into, or any
    // other .pokin) nor on a source.
    std::filesystem::path report = options->report.empty() ? std::filesystem::path() : path_from_utf8(options->report);
    if (!report.empty()) {
      if (!output.empty()) refuse_overwriting(report, output);
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
    if (!options->dry_run && !same_file && std::filesystem::exists(output))
      throw UserError(shown_output + " sudah ada; pilih nama lain atau gunakan --into " + shown_output + ".",
                      shown_output + " already exists; choose another name or use --into " + shown_output + ".");

    import::ImportOptions import_options;
    import_options.format = import::requested_format_from(options->format);
    import_options.mapping = profile.mapping;
    import_options.header_rows = profile.header.rows;
    import_options.header_line = profile.header.line;
    import_options.suggestion_threshold = options->threshold;
    import_options.period_start = existing.info.period_start;
    import_options.period_end = existing.info.period_end;
    std::vector<import::ImportResult> results;
    for (const auto& source : sources) results.push_back(import::import_file(source, import_options));
    if (!save_profile.empty()) {
      write_output_file(save_profile, import::write_import_profile(profile));
      *context.out << (en ? "Profile written: " : "Profil ditulis: ") << utf8_path(save_profile) << "\n";
    }
    if (options->dry_run) {
      for (const import::ImportResult& result : results) print_dry_run(*context.out, result, context.language);
      *context.out << (en ? "Dry run: nothing was written.\n" : "Uji coba (--dry-run): tidak ada yang ditulis.\n");
      return;
    }

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
                   << (en ? " suggested links, " : " usulan tautan, ") << import::not_understood_summary(result.report, context.language)
                   << "\n";
    }
    if (!report.empty()) write_output_file(report, report_text);
    *context.out << (en ? "Wrote " : "Ditulis ") << shown_output;
    if (report.empty()) *context.out << (en ? " (use --report FILE for the full report)" : " (gunakan --report BERKAS untuk laporan lengkap)");
    *context.out << "\n";
  });
}

}  // namespace pokin::cli
