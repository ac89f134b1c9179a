// `pokin check FILE [--json | --csv] [-o OUTPUT] [--year Y] [--severity LIST] [--rule LIST]`: the desk review before the evaluators come,
// and capaian for a year.
//
// Exit status: 0 when no finding is an error; 2 when at least one is (the rules of severity error are the
// structural ones, see core/checks/rule.h); 1 when the file cannot be checked at all (not found, not a .pokin
// file, a year outside the period).
#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>

#include "app/cli/command_line.h"
#include "app/cli/path_argument.h"
#include "core/capaian/capaian_band.h"
#include "core/capaian/capaian_rollup.h"
#include "core/checks/check_document.h"
#include "core/checks/finding_groups.h"
#include "core/checks/node_label.h"
#include "core/export/output_file.h"
#include "core/model/pemda_structure.h"
#include "core/model/tree_index.h"
#include "core/store/document_file.h"
#include "core/text/csv_field.h"
#include "core/text/json_writer.h"
#include "core/text/utf8_path.h"

namespace pokin::cli {
namespace {

constexpr int kErrorFindingsExit = 2;

void write_bilingual(JsonWriter& w, const Bilingual& text) {
  w.begin_object().key("id").value(text.id).key("en").value(text.en).end_object();
}

void write_optional(JsonWriter& w, std::optional<double> value) {
  if (value)
    w.value(*value);
  else
    w.null();
}

// Sasaran in reading order: each top-level sasaran followed by everything that supports it.
std::vector<Id> sasaran_in_tree_order(const Document& document) {
  TreeIndex index(document);
  std::vector<Id> order;
  std::set<Id> seen;
  std::vector<Id> stack(index.root_sasaran().rbegin(), index.root_sasaran().rend());
  auto visit_all = [&] {
    while (!stack.empty()) {
      Id id = stack.back();
      stack.pop_back();
      if (!seen.insert(id).second) continue;
      order.push_back(id);
      const auto& children = index.child_sasaran(id);
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
  };
  visit_all();
  for (const auto& [id, sasaran] : document.sasaran)  // members of a cycle have no root above them
    if (!seen.count(id)) {
      stack.push_back(id);
      visit_all();
    }
  return order;
}

struct BandCounts {
  std::map<CapaianBand, std::size_t> bands;
  std::size_t not_computable = 0;
  std::map<CapaianStatus, std::size_t> reasons;  // why not computable
};

BandCounts count_bands(const CapaianYear& capaian) {
  BandCounts counts;
  for (const auto& [id, c] : capaian.indikator) {
    if (c.computed())
      ++counts.bands[band_of(c.percent)];
    else {
      ++counts.not_computable;
      ++counts.reasons[c.status];
    }
  }
  return counts;
}

void write_json(std::ostream& out, const std::string& file, const Document& document, const CheckReport& report,
                const FindingFilter& filter, const std::optional<CapaianYear>& capaian) {
  JsonWriter w;
  w.begin_object();
  w.key("file").value(file);
  w.key("instansi").value(document.info.instansi);
  w.key("errors").value(count_severity(report.findings, Severity::Error));
  w.key("warnings").value(count_severity(report.findings, Severity::Warning));
  w.key("infos").value(count_severity(report.findings, Severity::Info));
  w.key("findings").begin_array();
  for (const FindingGroup& group : group_findings(report.findings, filter))
    for (const Finding* finding : group.findings) {
      const Finding& f = *finding;
      w.begin_object();
      w.key("severity").value(to_word(f.severity));
      w.key("rule").value(to_word(f.rule));
      w.key("node").value(static_cast<long long>(f.node));
      w.key("label").value(node_label(document, f.node));
      if (f.opd != kNoId) w.key("opd").value(opd_name(document, f.opd));
      w.key("related").begin_array();
      for (Id id : f.related) w.value(static_cast<long long>(id));
      w.end_array();
      w.key("message");
      write_bilingual(w, f.message);
      w.key("fix");
      write_bilingual(w, f.fix);
      w.end_object();
    }
  w.end_array();
  w.key("levels").begin_array();
  for (const LevelSummary& level : report.levels) {
    w.begin_object();
    w.key("level").value(level.level).key("name").value(level.label);
    w.key("sasaran").value(level.sasaran).key("indikator").value(level.indikator);
    w.key("linked").value(level.linked).key("cascaded").value(level.cascaded);
    w.key("cascaded_share");
    write_optional(w, level.cascaded_share);
    w.end_object();
  }
  w.end_array();
  if (capaian) {
    w.key("capaian").begin_object();
    w.key("year").value(capaian->year);
    w.key("document");
    write_optional(w, capaian->document.percent);
    BandCounts counts = count_bands(*capaian);
    w.key("indikator_per_band").begin_object();
    for (CapaianBand band : all_bands()) w.key(to_word(band)).value(counts.bands[band]);
    w.key("not_computable").value(counts.not_computable);
    w.end_object();
    w.key("not_computable_reasons").begin_object();
    for (const auto& [status, count] : counts.reasons) w.key(to_word(status)).value(count);
    w.end_object();
    w.key("indikator").begin_array();
    for (const auto& [id, indikator] : document.indikator) {
      const Capaian& c = capaian->indikator.at(id);
      w.begin_object().key("id").value(static_cast<long long>(id)).key("code").value(indikator.code);
      w.key("status").value(to_word(c.status));
      w.key("percent");
      write_optional(w, c.value());
      if (c.computed()) w.key("band").value(to_word(band_of(c.percent)));
      w.end_object();
    }
    w.end_array();
    w.key("sasaran").begin_array();
    for (const auto& [id, sasaran] : document.sasaran) {
      const RolledCapaian& own = capaian->sasaran.at(id);
      const RolledCapaian& branch = capaian->branch.at(id);
      w.begin_object().key("id").value(static_cast<long long>(id)).key("code").value(sasaran.code);
      w.key("percent");
      write_optional(w, own.percent);
      w.key("indikator_computed").value(own.computed).key("indikator_total").value(own.total);
      w.key("branch_percent");
      write_optional(w, branch.percent);
      if (own.percent) w.key("band").value(to_word(band_of(*own.percent)));
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_object();
  out << w.str() << "\n";
}

// One row per finding in the chosen language, for a spreadsheet the planner shares with the units that must act.
void write_csv(std::ostream& out, Language language, const Document& document, const CheckReport& report,
               const FindingFilter& filter) {
  bool en = language == Language::English;
  constexpr CsvSeparator kSeparator = CsvSeparator::Semicolon;
  out << kCsvUtf8Bom
      << csv_row({en ? "Severity" : "Tingkat", en ? "Check" : "Pemeriksaan", en ? "Rule" : "Aturan", "ID",
                  en ? "Node" : "Simpul", en ? "Finding" : "Temuan", en ? "Suggested fix" : "Saran perbaikan"},
                 kSeparator);
  for (const FindingGroup& group : group_findings(report.findings, filter))
    for (const Finding* f : group.findings)
      out << csv_row({severity_label(f->severity).in(language), rule_title(f->rule).in(language),
                      std::string(to_word(f->rule)), std::to_string(f->node), node_label(document, f->node),
                      f->message.in(language), f->fix.in(language)},
                     kSeparator);
}

void write_groups(std::ostream& out, Language language, const std::vector<FindingGroup>& groups) {
  std::optional<Severity> severity;
  for (const FindingGroup& group : groups) {
    if (group.severity != severity) {
      severity = group.severity;
      out << "\n== " << severity_label(group.severity).in(language) << " ==\n";
    }
    out << rule_title(group.rule).in(language) << " [" << to_word(group.rule) << "] (" << group.findings.size()
        << ")\n";
    for (const Finding* f : group.findings) {
      out << "  #" << f->node << "  " << f->message.in(language) << "\n";
      out << "        → " << f->fix.in(language) << "\n";
    }
  }
}

void write_text(std::ostream& out, Language language, const Document& document, const CheckReport& report,
                const FindingFilter& filter, const std::optional<CapaianYear>& capaian) {
  bool en = language == Language::English;
  const auto& findings = report.findings;
  out << (en ? "Desk review of " : "Pemeriksaan ")
      << (document.info.instansi.empty() ? (en ? "(no instansi)" : "(instansi belum diisi)") : document.info.instansi)
      << "\n";
  out << severity_label(Severity::Error).in(language) << ": " << count_severity(findings, Severity::Error) << ", "
      << severity_label(Severity::Warning).in(language) << ": " << count_severity(findings, Severity::Warning) << ", "
      << severity_label(Severity::Info).in(language) << ": " << count_severity(findings, Severity::Info) << "\n";

  // A Pemda document's findings go to the OPD that must act on them, the Pemda's own first.
  if (is_pemda_document(document)) {
    for (const OpdFindingGroups& opd : group_findings_by_opd(document, findings, filter)) {
      out << "\n### " << opd.name << " (" << opd.count << ")\n";
      write_groups(out, language, opd.groups);
    }
  } else {
    write_groups(out, language, group_findings(findings, filter));
  }

  out << "\n" << (en ? "Cascade per level:" : "Cascading per level:") << "\n";
  for (const LevelSummary& level : report.levels) {
    if (level.sasaran == 0) continue;
    out << "  " << level.label << ": " << level.sasaran << " sasaran, " << level.indikator
        << (en ? " indicators" : " indikator");
    if (level.level > 0) out << ", " << level.linked << (en ? " linked to a parent" : " terhubung ke atasan");
    if (level.cascaded_share)
      out << ", " << level.cascaded << (en ? " cascaded further (" : " diturunkan lagi (")
          << format_percent(*level.cascaded_share, language) << ")";
    out << "\n";
  }

  if (!capaian) return;
  out << "\n"
      << "Capaian " << capaian->year << ":";
  if (capaian->document.percent) out << " " << format_percent(*capaian->document.percent, language);
  out << "\n";
  BandCounts counts = count_bands(*capaian);
  for (CapaianBand band : all_bands()) {
    BandStyle style = band_style(band);
    out << "  " << style.symbol << " " << style.label.in(language) << " (" << style.range.in(language)
        << "): " << counts.bands[band] << (en ? " indicators" : " indikator") << "\n";
  }
  out << "  " << (en ? "Not computable: " : "Tidak dapat dihitung: ") << counts.not_computable;
  for (const auto& [status, count] : counts.reasons)
    out << (status == counts.reasons.begin()->first ? " (" : ", ") << describe(status).in(language) << ": " << count;
  out << (counts.reasons.empty() ? "\n" : ")\n");
  // What the head of agency asks first: which sasaran are behind.
  bool heading = false;
  for (Id id : sasaran_in_tree_order(document)) {
    const RolledCapaian& own = capaian->sasaran.at(id);
    if (!own.percent || band_of(*own.percent) == CapaianBand::SangatBaik || band_of(*own.percent) == CapaianBand::Baik)
      continue;
    if (!heading) out << (en ? "Sasaran behind (below 76%):\n" : "Sasaran yang tertinggal (di bawah 76%):\n");
    heading = true;
    BandStyle style = band_style(band_of(*own.percent));
    out << "  " << style.symbol << " " << format_percent(*own.percent, language) << "  " << node_label(document, id)
        << "\n";
  }
}

}  // namespace

void register_check(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("check", "Check a .pokin document before the evaluators come (exit 2 on errors)");
  struct Options {
    std::string file, output;
    bool json = false;
    bool csv = false;
    int year = 0;
    std::vector<std::string> severities;
    std::vector<std::string> rules;
  };
  auto options = std::make_shared<Options>();
  command->add_option("FILE", options->file, "The .pokin file")->required();
  auto* json_flag = command->add_flag("--json", options->json, "Print findings, per-level counts and capaian as JSON");
  command->add_flag("--csv", options->csv, "Print the findings as CSV (';', UTF-8) for a spreadsheet")->excludes(json_flag);
  command->add_option("-o,--output", options->output,
                      "Write the report (text, JSON or CSV) to this file instead of the screen");
  command->add_option("--year", options->year, "Also report capaian (achievement) for this year of the period");
  std::vector<std::string> rule_words;
  for (Rule rule : all_rules()) rule_words.emplace_back(to_word(rule));
  command->add_option("--severity", options->severities, "Only list findings of these severities (error,warning,info)")
      ->delimiter(',')
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command->add_option("--rule", options->rules, "Only list findings of these rules (see docs/CHECKS.md)")
      ->delimiter(',')
      ->check(CLI::IsMember(rule_words));
  command->callback([&context, options] {
    const auto& [file_argument, output_argument, json, csv, year, severities, rules] = *options;
    std::filesystem::path file = path_from_utf8(file_argument);
    std::filesystem::path output = output_argument.empty() ? std::filesystem::path() : path_from_utf8(output_argument);
    if (!output.empty()) refuse_overwriting(output, file);
    // The filter chooses what is listed; the counts and the exit status always cover every finding.
    FindingFilter filter;
    if (!severities.empty()) {
      filter.severities.clear();
      for (const std::string& word : severities) filter.severities.insert(*severity_from_word(word));
    }
    for (const std::string& word : rules) filter.rules.insert(*rule_from_word(word));
    Document document;
    auto opened = store::DocumentFile::open(file, document);
    const DocumentInfo& info = document.info;
    if (year != 0 && info.period_years() == 0)
      throw UserError("Dokumen ini belum memiliki periode Renstra, jadi belum ada target tahunan untuk --year.",
                      "This document has no Renstra period yet, so there are no yearly targets for --year.");
    if (year != 0 && !info.in_period(year))
      throw UserError("Tahun " + std::to_string(year) + " di luar periode Renstra " +
                          std::to_string(info.period_start) + "-" + std::to_string(info.period_end) + ".",
                      "Year " + std::to_string(year) + " is outside the Renstra period " +
                          std::to_string(info.period_start) + "-" + std::to_string(info.period_end) + ".");
    CheckReport report = check_document(document);
    std::optional<CapaianYear> capaian;
    if (year != 0) capaian = compute_capaian_year(document, year);
    std::ostringstream written;
    std::ostream& out = output.empty() ? *context.out : written;
    if (csv)
      write_csv(out, context.language, document, report, filter);
    else if (json)
      write_json(out, utf8_path(opened.path()), document, report, filter, capaian);
    else
      write_text(out, context.language, document, report, filter, capaian);
    if (!output.empty()) {
      write_output_file(output, written.str());
      *context.out << (context.language == Language::English ? "Wrote " : "Ditulis ") << utf8_path(output) << "\n";
    }
    if (has_errors(report.findings)) context.exit_code = kErrorFindingsExit;
  });
}

}  // namespace pokin::cli
