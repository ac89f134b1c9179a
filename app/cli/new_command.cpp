#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <regex>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/commands/commands.h"
#include "core/store/document_file.h"

namespace pokin::cli {

void register_new(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("new", "Create an empty .pokin document");
  struct Options {
    std::string file, instansi, pemda, period;
  };
  auto options = std::make_shared<Options>();
  auto& [file, instansi, pemda, period] = *options;
  command->add_option("FILE", file, "The .pokin file to create")->required();
  command->add_option("--instansi", instansi, "Name of the agency (instansi)")->required();
  command->add_option("--pemda", pemda, "Name of the local government (pemda)");
  command->add_option("--period", period, "Renstra period, e.g. 2021-2026")->required();
  command->callback([&context, options] {
    auto& [file, instansi, pemda, period] = *options;
    std::smatch match;
    static const std::regex kPeriod(R"(^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$)");
    if (!std::regex_match(period, match, kPeriod))
      throw UserError("Periode \"" + period + "\" tidak dikenali; tulis seperti 2021-2026.",
                      "Period \"" + period + "\" is not understood; write it like 2021-2026.");
    Document document;
    DocumentInfo info = document.info;
    info.instansi = instansi;
    info.pemda = pemda;
    info.period_start = std::stoi(match[1]);
    info.period_end = std::stoi(match[2]);
    apply_forward(document, commands::set_info(document, info).changes);
    std::filesystem::path path = path_argument(file);
    store::DocumentFile::create(path, document);
    *context.out << (context.language == Language::English ? "Created " : "Dibuat ") << store::utf8_path(path) << "\n";
  });
}

}  // namespace pokin::cli
