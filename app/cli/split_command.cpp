// `pokin split PEMDA.pokin --opd NAME|ID -o OPD.pokin` and `pokin split PEMDA.pokin --all -o FOLDER`: Bappeda
// sends each OPD its part of the Pemda document back as an OPD document (core/pemda/split_document.h).
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/model/pemda_structure.h"
#include "core/pemda/split_document.h"
#include "core/store/document_file.h"

namespace pokin::cli {
namespace {

namespace fs = std::filesystem;

std::string shown(const fs::path& path) { return "\"" + utf8_path(path) + "\""; }

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  return fs::exists(a, error) && fs::exists(b, error) && fs::equivalent(a, b, error);
}

// Every output is checked before the first is written, so a refusal writes nothing.
void check_output(const fs::path& input, const fs::path& output, bool force) {
  if (same_file(input, output))
    throw UserError("Berkas keluaran " + shown(output) + " adalah dokumen Pemda itu sendiri; pilih nama lain.",
                    "The output " + shown(output) + " is the Pemda document itself; choose another name.");
  std::error_code error;
  if (fs::is_directory(output, error))
    throw UserError(shown(output) + " adalah folder; untuk satu OPD tulis nama berkas .pokin.",
                    shown(output) + " is a folder; for one OPD give a .pokin file name.");
  if (!force && fs::exists(output, error))
    throw UserError("Berkas " + shown(output) + " sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya.",
                    "File " + shown(output) + " already exists; choose another name or add --force to replace it.");
}

void write(const fs::path& path, const Document& document, bool force) {
  if (force) store::DocumentFile::save_as(path, document);
  else store::DocumentFile::create(path, document);
}

void tell(Context& context, const fs::path& path, const pemda::SplitOpd& split) {
  bool en = context.language == Language::English;
  std::ostream& out = *context.out;
  out << (en ? "Written " : "Ditulis ") << utf8_path(path) << " (" << split.document.sasaran.size() << " sasaran, "
      << split.partner_links << (en ? " links with other OPD, " : " tautan dengan OPD lain, ") << split.rpjmd_supports
      << (en ? " supports of sasaran RPJMD" : " dukungan sasaran RPJMD");
  if (split.fresh_ids > 0) out << ", " << split.fresh_ids << (en ? " new ids" : " id baru");
  out << ")\n";
  for (const Bilingual& note : split.notes) out << "  " << note.in(context.language) << "\n";
}

}  // namespace

void register_split(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("split", "Write OPD documents back out of a Pemda document");
  struct Options {
    std::string file, opd, output;
    bool all = false, force = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("PEMDA", options->file, "The Pemda .pokin document (made by pokin merge)")->required();
  auto* opd = command->add_option("--opd", options->opd, "The OPD to write: its name or its unit id");
  auto* all = command->add_flag("--all", options->all, "Write every OPD, one file each, into the -o folder");
  opd->excludes(all);
  command->add_option("-o,--output", options->output, "The OPD .pokin file (--opd) or the folder (--all)")->required();
  command->add_flag("--force", options->force, "Replace files that already exist");
  command->callback([&context, options] {
    if (options->opd.empty() && !options->all)
      throw UserError("Sebutkan OPD yang ditulis dengan --opd NAMA|ID, atau --all untuk semua OPD.",
                      "Name the OPD to write with --opd NAME|ID, or --all for every OPD.");
    fs::path input = path_from_utf8(options->file);
    fs::path output = path_from_utf8(options->output);
    Document pemda;
    store::DocumentFile::open(input, pemda, store::OpenMode::ReadOnly);

    if (!options->all) {
      Id opd = pemda::find_opd_to_split(pemda, options->opd);
      pemda::SplitOpd split = pemda::split_opd(pemda, opd);
      check_output(input, output, options->force);
      write(output, split.document, options->force);
      tell(context, output, split);
      return;
    }

    std::vector<Id> opds = pemda::merged_opd_units(pemda);
    if (opds.empty()) pemda::find_opd_to_split(pemda, "");  // throws: not a Pemda document
    std::error_code error;
    if (fs::exists(output, error) && !fs::is_directory(output, error))
      throw UserError(shown(output) + " bukan folder; --all menulis satu berkas per OPD ke sebuah folder.",
                      shown(output) + " is not a folder; --all writes one file per OPD into a folder.");
    std::vector<std::string> names = pemda::opd_file_names(pemda, opds);
    std::vector<pemda::SplitOpd> splits;
    for (std::size_t i = 0; i < opds.size(); ++i) {
      splits.push_back(pemda::split_opd(pemda, opds[i]));
      check_output(input, output / path_from_utf8(names[i]), options->force);
    }
    fs::create_directories(output, error);
    if (error)
      throw UserError("Folder " + shown(output) + " tidak dapat dibuat: " + error.message() + ".",
                      "The folder " + shown(output) + " cannot be created: " + error.message() + ".");
    for (std::size_t i = 0; i < opds.size(); ++i) {
      write(output / path_from_utf8(names[i]), splits[i].document, options->force);
      tell(context, output / path_from_utf8(names[i]), splits[i]);
    }
  });
}

}  // namespace pokin::cli
