#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <regex>

#include "app/cli/command_line.h"
#include "core/commands/new_document.h"
#include "app/cli/path_argument.h"
#include "core/store/document_file.h"

namespace pokin::cli {

void register_new(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("new", "Create an empty .pokin document");
  struct Options {
    std::string file, period;
    commands::NewDocumentOptions document;
  };
  auto options = std::make_shared<Options>();
  command->add_option("FILE", options->file, "The .pokin file to create")->required();
  command->add_option("--instansi", options->document.instansi, "Name of the agency (instansi)")->required();
  command->add_option("--pemda", options->document.pemda, "Name of the local government (pemda)");
  command->add_option("--period", options->period, "Renstra period, e.g. 2021-2026")->required();
  command->add_option("--head", options->document.head_unit, "Name of the head of agency's unit")
      ->default_val(options->document.head_unit);
  command->callback([&context, options] {
    const std::string& period = options->period;
    std::smatch match;
    static const std::regex kPeriod(R"(^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$)");
    if (!std::regex_match(period, match, kPeriod))
      throw UserError("Periode \"" + period + "\" tidak dikenali; tulis seperti 2021-2026.",
                      "Period \"" + period + "\" is not understood; write it like 2021-2026.");
    commands::NewDocumentOptions document = options->document;
    document.period_start = std::stoi(match[1]);
    document.period_end = std::stoi(match[2]);
    // The same document as the app's File > New from the same choices.
    std::filesystem::path path = path_from_utf8(options->file);
    store::DocumentFile::create(path, commands::new_document(document));
    *context.out << (context.language == Language::English ? "Created " : "Dibuat ") << utf8_path(path) << "\n";
  });
}

}  // namespace pokin::cli
