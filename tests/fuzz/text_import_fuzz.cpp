// Text and table import with format detection (core/import: decrees, listings, lampiran, CSV/TSV/pipe tables):
// any bytes either import or throw UserError, never crash, hang or read out of bounds.
// Every input goes through import_text (format detection and the chosen reader); small inputs are then merged
// into a document in memory, as `pokin import` does, so the merge sees hostile imports too without slowing the
// target down on the long ones.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/commands/editor.h"
#include "core/import/import_document.h"
#include "core/text/bilingual.h"

namespace {

constexpr std::size_t kLargestMerged = 1024;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The XLSX reader has targets of its own; here a ZIP is only the quick refusal path.
  if (bytes.substr(0, 2) == "PK") return 0;
  pokin::import::ImportOptions options;
  std::vector<pokin::import::ImportResult> results;
  try {
    results.push_back(pokin::import::import_text("fuzz.txt", bytes, options));
  } catch (const pokin::UserError&) {
    return 0;
  }
  if (size <= kLargestMerged) {
    pokin::Document document;
    pokin::Editor editor(document);
    try {
      pokin::import::apply_imports(editor, results);
    } catch (const pokin::UserError&) {
    }
  }
  return 0;
}
