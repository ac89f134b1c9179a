#include "app/cli/document_argument.h"

#include <CLI/CLI.hpp>

#include "core/store/document_file.h"
#include "core/store/document_versions.h"

namespace pokin::cli {

CLI::Option* add_version_option(CLI::App& command, std::string& version, const std::string& option) {
  return command.add_option(option, version, "Read this version saved in FILE (see `pokin version list FILE`)");
}

Document load_document(const std::filesystem::path& file, const std::string& version) {
  Document document;
  // Opened as `pokin export` always opened it (SQLite may roll back a crashed save's journal); nothing is saved.
  store::DocumentFile opened = store::DocumentFile::open(file, document);
  if (version.empty()) return document;
  return store::read_version(opened, version);
}

}  // namespace pokin::cli
