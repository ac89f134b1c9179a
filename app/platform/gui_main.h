#pragma once
// The desktop app's entry: `pokin [FILE.pokin]` opens the window; `pokin --screenshot OUT.png [--size WxH] FILE`
// renders until the layout is on screen, writes a PNG and exits; `pokin --bench-frames N FILE` reports frame
// times. Other options: --lang id|en, --theme light|dark, --meeting, --year Y (colour by achievement),
// --select TEXT (select and centre the first search match), --import TABLE (open the import preview of TABLE), --panel outline|search|checks|history|export|form|new, --style tree|lr|compact, --granularity sasaran|unit, --synthetic N (a generated document of about
// N sasaran instead of FILE, for benchmarks).
#include <iosfwd>
#include <string>
#include <vector>

namespace pokin::platform {

// True when the arguments are for the window rather than a command-line subcommand.
bool wants_window(const std::vector<std::string>& arguments);

// `program` is argv[0]: the bundled assets are looked for next to it.
int gui_main(const char* program, const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

}  // namespace pokin::platform
