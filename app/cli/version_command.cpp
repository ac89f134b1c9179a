// `pokin version save FILE --name NAME [--sk NOMOR] [--date YYYY-MM-DD] [--note TEXT]` records the document as it
// is saved now as a named version inside FILE; `pokin version list FILE` lists the versions (name, date, SK number,
// counts). An old version is read with `--version NAME` on `pokin export` and `pokin info`.
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/store/document_file.h"
#include "core/store/document_versions.h"
#include "core/text/json_writer.h"

namespace pokin::cli {

void register_version(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("version", "Named versions saved inside a .pokin file (Simpan versi)");
  command->require_subcommand(1);
  struct Options {
    std::string file, name, sk, date, note;
    bool json = false;
  };
  auto o = std::make_shared<Options>();

  auto* save = command->add_subcommand("save", "Record the document as saved now as a named version inside FILE");
  save->add_option("FILE", o->file, "The .pokin file")->required();
  save->add_option("--name", o->name, "The version's name, unique in the file (\"Perubahan 2023\")")->required();
  save->add_option("--sk", o->sk, "The decree's number (nomor SK)");
  save->add_option("--date", o->date, "The version's date, YYYY-MM-DD (default: today)");
  save->add_option("--note", o->note, "A note kept with the version");
  save->callback([&context, o] {
    Document document;
    auto file = store::DocumentFile::open(path_from_utf8(o->file), document);
    store::VersionInfo info = store::save_version(file, document, o->name, o->sk, o->date, o->note);
    bool en = context.language == Language::English;
    *context.out << (en ? "Saved version \"" : "Versi \"") << info.name << (en ? "\" (" : "\" disimpan (")
                 << info.saved_at << (info.nomor_sk.empty() ? "" : ", SK " + info.nomor_sk) << ") "
                 << (en ? "in " : "di ") << utf8_path(file.path()) << "\n";
  });

  auto* list = command->add_subcommand("list", "List the versions saved inside FILE");
  list->add_option("FILE", o->file, "The .pokin file")->required();
  list->add_flag("--json", o->json, "Print the list as JSON");
  list->callback([&context, o] {
    Document document;
    auto file = store::DocumentFile::open(path_from_utf8(o->file), document);
    std::vector<store::VersionInfo> versions = store::list_versions(file);
    std::ostream& out = *context.out;
    if (o->json) {
      JsonWriter w;
      w.begin_array();
      for (const store::VersionInfo& v : versions)
        w.begin_object()
            .key("name").value(v.name)
            .key("date").value(v.saved_at)
            .key("nomor_sk").value(v.nomor_sk)
            .key("note").value(v.note)
            .key("sasaran").value(static_cast<long long>(v.sasaran_count))
            .key("indikator").value(static_cast<long long>(v.indikator_count))
            .end_object();
      w.end_array();
      out << w.str() << "\n";
      return;
    }
    bool en = context.language == Language::English;
    if (versions.empty()) {
      out << (en ? "No versions saved in this file.\n" : "Belum ada versi yang disimpan di berkas ini.\n");
      return;
    }
    for (const store::VersionInfo& v : versions) {
      out << v.saved_at << "  " << v.name;
      if (!v.nomor_sk.empty()) out << "  (SK " << v.nomor_sk << ")";
      out << "  " << v.sasaran_count << " sasaran, " << v.indikator_count << " indikator\n";
      if (!v.note.empty()) out << "    " << v.note << "\n";
    }
  });
}

}  // namespace pokin::cli
