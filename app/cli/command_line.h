#pragma once
// The `pokin` subcommands that work without a window. Each register_* adds one subcommand to the parser; the
// callback runs it and sets `exit_code`. Errors a user can cause are printed to stderr in the chosen language.
#include <iosfwd>
#include <string>
#include <vector>

#include "core/text/bilingual.h"

namespace CLI {
class App;
}

namespace pokin::cli {

struct Context {
  Language language = Language::Indonesian;
  std::ostream* out;
  std::ostream* err;
  int exit_code = 0;
};

void register_new(CLI::App& app, Context& context);
void register_info(CLI::App& app, Context& context);
void register_import(CLI::App& app, Context& context);
void register_export(CLI::App& app, Context& context);
void register_check(CLI::App& app, Context& context);
void register_merge(CLI::App& app, Context& context);
void register_diff(CLI::App& app, Context& context);
void register_split(CLI::App& app, Context& context);
void register_version(CLI::App& app, Context& context);

// Parses `arguments` (without the program name) and runs the chosen subcommand. Returns the exit code.
// Used by main() and by the tests.
int run_command_line(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

// Prints a user error (in the context's language) and sets a non-zero exit code.
void report(Context& context, const UserError& error);

}  // namespace pokin::cli
