// `pokin merge OPD.pokin|TABLE... [--rpjmd RPJMD.pokin|TABLE] --pemda NAME -o PEMDA.pokin`: the Pemda document
// merged from the OPD documents Bappeda receives (core/pemda/merge_documents.h), and
// `pokin merge --into PEMDA.pokin NEW_OPD... [--opd NAME]...`: an OPD's new file merged again into it, keeping
// what Bappeda decided. The report is printed; the document is written only after the whole merge succeeded.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/pemda/merge_documents.h"
#include "core/store/document_file.h"
#include "core/text/utc_timestamp.h"

namespace pokin::cli {

void register_merge(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("merge", "Merge OPD documents (and the RPJMD) into one Pemda document, or an OPD's new file into it");
  struct Options {
    std::vector<std::string> sources, opd;
    std::string rpjmd, pemda, output, into;
  };
  auto options = std::make_shared<Options>();
  command->add_option("OPD", options->sources, "OPD documents (.pokin) or tables Pokin imports, one OPD each");
  command->add_option("--rpjmd", options->rpjmd, "The RPJMD: a .pokin or a table of tujuan, sasaran and indikator");
  command->add_option("--pemda", options->pemda, "The Pemda's name: \"Kabupaten Balangan\", \"Kota Contoh\"");
  command->add_option("-o,--output", options->output, "The Pemda document to write (a new file; with --into: where to write)");
  command->add_option("--into", options->into, "An existing Pemda document to merge the new files into");
  command->add_option("--opd", options->opd,
                      "With --into: the OPD (instansi) the n-th file replaces, when the file names it otherwise (once per file)")
      ->allow_extra_args(false);
  command->callback([&context, options] {
    bool en = context.language == Language::English;
    if (options->into.empty() && options->output.empty())
      throw UserError("Sebutkan dokumen Pemda yang ditulis dengan -o PEMDA.pokin (atau --into PEMDA.pokin).",
                      "Name the Pemda document to write with -o PEMDA.pokin (or --into PEMDA.pokin).");
    if (!options->opd.empty() && options->into.empty())
      throw UserError("--opd hanya berlaku dengan --into.", "--opd only applies with --into.");
    if (options->opd.size() > options->sources.size())
      throw UserError("Lebih banyak --opd daripada berkas OPD.", "More --opd than OPD files.");
    std::filesystem::path into = options->into.empty() ? std::filesystem::path() : path_from_utf8(options->into);
    std::filesystem::path output = options->output.empty() ? into : path_from_utf8(options->output);
    std::error_code error;
    bool same_file = !into.empty() && std::filesystem::exists(output) && std::filesystem::equivalent(into, output, error);
    if (!same_file && std::filesystem::exists(output)) {
      std::string shown = utf8_path(output);
      throw UserError(shown + " sudah ada; pilih nama lain atau gunakan --into " + shown + ".",
                      shown + " already exists; choose another name or use --into " + shown + ".");
    }

    pemda::MergeRequest request;
    request.pemda = options->pemda;
    request.merged_at = utc_timestamp();
    std::vector<std::filesystem::path> sources = path_arguments(options->sources);
    for (std::size_t k = 0; k < sources.size(); ++k) {
      request.opd.push_back(pemda::read_merge_source(sources[k]));
      if (k < options->opd.size()) request.opd.back().replaces = options->opd[k];
    }
    if (!options->rpjmd.empty()) request.rpjmd = pemda::read_merge_source(path_from_utf8(options->rpjmd));
    Document previous;
    if (!into.empty()) {
      store::DocumentFile::open(into, previous, store::OpenMode::ReadOnly);
      request.previous = &previous;
    }
    pemda::MergeResult merged = pemda::merge_documents(request);
    if (same_file) store::DocumentFile::save_as(output, merged.document);
    else store::DocumentFile::create(output, merged.document);
    *context.out << pemda::render_merge_report(merged.report, context.language)
                 << (en ? "Pemda document written: " : "Dokumen Pemda ditulis: ") << utf8_path(output) << "\n";
  });
}

}  // namespace pokin::cli
