#include <iostream>
#include <string>
#include <vector>

#include "app/cli/command_line.h"
#include "app/platform/gui_main.h"
#include "app/platform/utf8_arguments.h"

int main(int argc, char** argv) {
  std::vector<std::string> arguments = pokin::platform::utf8_arguments(argc, argv);
  // No arguments, a document or a window option start the window; a subcommand runs the command line.
  if (pokin::platform::wants_window(arguments)) return pokin::platform::gui_main(argv[0], arguments, std::cout, std::cerr);
  return pokin::cli::run_command_line(arguments, std::cout, std::cerr);
}
