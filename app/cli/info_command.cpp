#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/cli/command_line.h"
#include "app/cli/document_argument.h"
#include "core/text/utf8_path.h"
#include "app/cli/path_argument.h"
#include "core/model/document_counts.h"
#include "core/store/document_file.h"
#include "core/store/document_versions.h"
#include "core/text/json_writer.h"

namespace pokin::cli {

void register_info(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("info", "Show what a .pokin document holds");
  struct Options {
    std::string file, version;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("FILE", options->file, "The .pokin file")->required();
  command->add_flag("--json", options->json, "Print the counts as JSON");
  add_version_option(*command, options->version);
  command->callback([&context, options] {
    const auto& [file, version, json] = *options;
    Document document;
    auto opened = store::DocumentFile::open(path_from_utf8(file), document);
    if (!version.empty()) document = store::read_version(opened, version);
    DocumentCounts counts = count_document(document);
    const DocumentInfo& info = document.info;
    std::ostream& out = *context.out;
    if (json) {
      JsonWriter w;
      w.begin_object();
      w.key("file").value(utf8_path(opened.path()));
      if (!version.empty()) w.key("version").value(version);
      w.key("instansi").value(info.instansi);
      w.key("pemda").value(info.pemda);
      w.key("period").begin_array().value(info.period_start).value(info.period_end).end_array();
      w.key("nomor_sk").value(info.nomor_sk);
      w.key("units").value(counts.units);
      w.key("tujuan").value(counts.tujuan);
      w.key("sasaran").value(counts.sasaran);
      w.key("sasaran_per_level").begin_array();
      for (std::size_t level = 0; level < counts.sasaran_per_level.size(); ++level)
        w.begin_object()
            .key("level")
            .value(level)
            .key("name")
            .value(level_sasaran_label(info, static_cast<int>(level)))
            .key("count")
            .value(counts.sasaran_per_level[level])
            .end_object();
      w.end_array();
      w.key("indikator").value(counts.indikator);
      w.key("targets").begin_object().key("filled").value(counts.targets_filled);
      w.key("missing").value(counts.targets_missing).end_object();
      w.key("realisasi").value(counts.realisasi);
      w.key("links").value(counts.links);
      w.key("suggested_links").value(counts.suggested_links);
      w.key("read_only").value(opened.read_only());
      w.end_object();
      out << w.str() << "\n";
      return;
    }
    bool en = context.language == Language::English;
    if (!version.empty()) out << (en ? "Version " : "Versi ") << version << (en ? " (read-only)\n" : " (hanya baca)\n");
    out << (info.instansi.empty() ? (en ? "(no instansi)" : "(instansi belum diisi)") : info.instansi);
    if (pemda_adds_to_instansi(info)) out << ", " << info.pemda;
    out << "\n" << (en ? "Renstra period: " : "Periode Renstra: ") << info.period_start << "-" << info.period_end << "\n";
    if (!info.nomor_sk.empty()) out << (en ? "Decree: " : "Nomor SK: ") << info.nomor_sk << "\n";
    out << (en ? "Units: " : "Unit kerja: ") << counts.units << "\n";
    if (counts.tujuan > 0) out << "Tujuan: " << counts.tujuan << "\n";
    out << "Sasaran: " << counts.sasaran << "\n";
    for (std::size_t level = 0; level < counts.sasaran_per_level.size(); ++level)
      out << "  " << level_sasaran_label(info, static_cast<int>(level)) << ": " << counts.sasaran_per_level[level] << "\n";
    out << "Indikator: " << counts.indikator << "\n";
    out << (en ? "Targets filled: " : "Target terisi: ") << counts.targets_filled << ", "
        << (en ? "missing: " : "belum diisi: ") << counts.targets_missing << "\n";
    out << (en ? "Realisasi filled: " : "Realisasi terisi: ") << counts.realisasi << "\n";
    out << (en ? "Crosscutting links: " : "Tautan crosscutting: ") << counts.links << "\n";
    if (counts.suggested_links > 0)
      out << (en ? "Suggested cascade links to review: " : "Usulan tautan cascading untuk ditinjau: ")
          << counts.suggested_links << "\n";
    if (opened.read_only()) out << (en ? "(read-only file)\n" : "(berkas hanya-baca)\n");
  });
}

}  // namespace pokin::cli
