#pragma once
// The document a command reads: "FILE", or "FILE at version NAME" (`--version NAME`, a version saved inside the
// file with `pokin version save` or Berkas > Simpan versi). Shared by export, info and diff (`--old-version`).
// A command that reads a document never saves it, and a version is never written back
// (core/store/document_versions.h).
#include <filesystem>
#include <string>

#include "core/model/document.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace pokin::cli {

// Adds `--version NAME` ("read this saved version of FILE instead of its current state") to `command`.
CLI::Option* add_version_option(CLI::App& command, std::string& version, const std::string& option = "--version");
// The document in `file`, or the one its version `version` recorded when `version` is not empty. Throws UserError
// (bilingual) when the file cannot be opened or has no such version, or the version is damaged.
Document load_document(const std::filesystem::path& file, const std::string& version = {});

}  // namespace pokin::cli
