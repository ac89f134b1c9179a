#include "app/cli/command_line.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <sstream>

namespace pokin::cli {
namespace {

Language language_from_environment() {
  for (const char* name : {"POKIN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return std::string(value).rfind("en", 0) == 0 ? Language::English : Language::Indonesian;
  }
  return Language::Indonesian;
}

}  // namespace

void report(Context& context, const UserError& error) {
  *context.err << "pokin: " << error.message().in(context.language) << "\n";
  context.exit_code = 1;
}

int run_command_line(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  Context context{language_from_environment(), &out, &err, 0};
  CLI::App app{"Pokin: pohon kinerja (performance tree) editor for Indonesian government agencies.", "pokin"};
  app.require_subcommand(1);
  std::string language;
  app.add_option("--lang", language, "Language of messages: id (Bahasa Indonesia, default) or en")
      ->check(CLI::IsMember({"id", "en"}));
  app.parse_complete_callback([&] {
    if (!language.empty()) context.language = language == "en" ? Language::English : Language::Indonesian;
  });
  register_new(app, context);
  register_info(app, context);
  register_import(app, context);
  register_export(app, context);
  register_check(app, context);
  register_merge(app, context);
  register_diff(app, context);
  register_split(app, context);
  register_version(app, context);

  std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code;
  } catch (const UserError& error) {
    report(context, error);
  } catch (const std::exception& error) {
    err << "pokin: " << (context.language == Language::English ? "internal error: " : "kesalahan internal: ")
        << error.what() << "\n";
    context.exit_code = 70;
  }
  return context.exit_code;
}

}  // namespace pokin::cli
