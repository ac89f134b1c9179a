// libFuzzer target: read_xlsx on arbitrary bytes. Every input must end in sheets or a UserError; anything else
// (a crash, a sanitizer report, another exception, a leak of time or memory past libFuzzer's limits) is a bug.
// Small limits keep each execution cheap, so the fuzzer explores the paths where a limit is reached instead of
// spending its time inflating large members.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/bilingual.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pokin::spreadsheet::XlsxLimits limits;
  limits.max_member_bytes = 1 << 20;
  limits.max_total_bytes = 2 << 20;
  limits.max_cells = 20'000;
  limits.max_rows = 2'000;
  limits.max_columns = 200;
  limits.max_merged_cells = 10'000;
  limits.max_strings = 10'000;
  limits.max_styles = 1'000;
  try {
    pokin::spreadsheet::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), limits);
  } catch (const pokin::UserError&) {
  }
  return 0;
}
