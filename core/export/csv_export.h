#pragma once
// CSV (RFC 4180: comma separated, fields quoted when they hold a comma, quote or line break) in UTF-8 with a
// byte-order mark so Excel on Windows reads Indonesian text and symbols (≥, Σ) correctly. Merged cells repeat.
#include <string>

#include "core/export/cascade_table.h"

namespace pokin {

std::string table_to_csv(const Table& table);

}  // namespace pokin
