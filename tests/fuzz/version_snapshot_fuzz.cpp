// libFuzzer target: the bytes are the snapshot of a saved version (core/store/document_versions.h), which sits in
// a .pokin file as a blob another tool may have written: "PKV1", a declared size, zlib data holding an SQLite
// database. document_from_snapshot bounds the size before allocating, decompresses, and checks and reads the
// database exactly as opening a file does; then the checks the app runs on every open document. Every failure must
// be a UserError; anything else (a crash, a sanitizer report, another exception, a hang) is a bug. Seeds: snapshots
// of small documents (tests/fuzz/corpus/version_snapshot_fuzz/, made with corpus/make_version_seeds.sh).
#include <cstdint>
#include <string_view>

#include "core/checks/check_document.h"
#include "core/model/document_counts.h"
#include "core/store/document_versions.h"

using namespace pokin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    Document document =
        store::document_from_snapshot(std::string_view(reinterpret_cast<const char*>(data), size));
    check_document(document);
    count_document(document);
  } catch (const UserError&) {
  }
  return 0;
}
