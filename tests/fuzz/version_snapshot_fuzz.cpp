// libFuzzer target: the bytes are the snapshot of a saved version (core/store/document_versions.h), which sits in
// a .pokin file as a blob another tool may have written: "PKV1", a declared size, zlib data holding an SQLite
// database. document_from_snapshot bounds the size before allocating, decompresses, and checks and reads the
// database exactly as opening a file does; then the checks the app runs on every open document. Every failure must
// be a UserError; anything else (a crash, a sanitizer report, another exception, a hang) is a bug.
// Mutated zlib data rarely decompresses, so input that does not start with "PKV1" is taken as the database itself
// and wrapped into a well-formed snapshot first: mutations then reach the checks behind the decompression.
// Seeds: snapshots of small documents (tests/fuzz/corpus/version_snapshot_fuzz/, corpus/make_version_seeds.sh).
#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/checks/check_document.h"
#include "core/model/document_counts.h"
#include "core/store/document_versions.h"

using namespace pokin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string wrapped;
  if (input.substr(0, 4) != "PKV1") {
    uLongf bound = compressBound(static_cast<uLong>(size));
    wrapped.assign(12 + bound, '\0');
    wrapped.replace(0, 4, "PKV1");
    for (int k = 0; k < 8; ++k) wrapped[4 + k] = static_cast<char>((static_cast<std::uint64_t>(size) >> (8 * k)) & 0xff);
    if (compress2(reinterpret_cast<Bytef*>(&wrapped[12]), &bound, data, static_cast<uLong>(size), 1) != Z_OK) return 0;
    wrapped.resize(12 + bound);
    input = wrapped;
  }
  try {
    Document document = store::document_from_snapshot(input);
    check_document(document);
    count_document(document);
  } catch (const UserError&) {
  }
  return 0;
}
