#include "core/forms/penjenjangan_form.h"

#include <algorithm>
#include <optional>

#include "core/checks/opd_cascade.h"
#include "core/forms/form_cells.h"
#include "core/forms/official_text.h"
#include "core/model/document_counts.h"
#include "core/model/pemda_structure.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

// Millimetres on F4 landscape (about 300 mm inside the margins); writers scale them to the paper.
constexpr double kNoWidth = 10, kNameWidth = 62, kCountWidth = 17, kShareWidth = 19, kRpjmdLabelWidth = 72,
                 kRpjmdCountWidth = 40;

struct Row {
  std::string name;
  std::vector<LevelSummary> levels;
};

FormCell centred(FormCell cell) {
  cell.align = FormAlign::Centre;
  return cell;
}

FormCell share_cell(std::size_t part, std::size_t whole) {
  if (whole == 0) return centred(text_cell("-"));
  return percent_cell(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

FormCell count_cell(std::size_t count) { return number_cell(static_cast<double>(count)); }

// The levels shown: from `first` down to the deepest level holding sasaran in any row, at most `wanted`.
std::vector<int> shown_levels(const std::vector<Row>& rows, int first, int wanted) {
  int deepest = -1;
  for (const Row& row : rows)
    for (const LevelSummary& level : row.levels)
      if (level.sasaran > 0 && level.level >= first) deepest = std::max(deepest, level.level);
  std::vector<int> levels;
  for (int level = first; level <= deepest; ++level) levels.push_back(level);
  if (wanted > 0 && static_cast<int>(levels.size()) > wanted) levels.resize(static_cast<std::size_t>(wanted));
  return levels;
}

const LevelSummary* level_of(const Row& row, int level) {
  for (const LevelSummary& summary : row.levels)
    if (summary.level == level) return &summary;
  return nullptr;
}

FormTable rpjmd_table(const RpjmdSupport& rpjmd) {
  FormTable table;
  table.widths = {kRpjmdLabelWidth, kRpjmdCountWidth, kRpjmdCountWidth, kRpjmdCountWidth, kRpjmdCountWidth};
  table.header = {{bold_cell("Uraian"), bold_cell("Jumlah Sasaran"), bold_cell("Jumlah Indikator"),
                   bold_cell("Didukung Perangkat Daerah"), bold_cell("Persentase Didukung")}};
  table.rows = {{text_cell("Sasaran RPJMD"), count_cell(rpjmd.sasaran), count_cell(rpjmd.indikator),
                 count_cell(rpjmd.supported), share_cell(rpjmd.supported, rpjmd.sasaran)}};
  return table;
}

FormTable opd_table(const DocumentInfo& info, const std::vector<Row>& rows, const std::vector<int>& levels,
                    const std::string& name_title) {
  // Every level but the deepest shown has the cascaded count and share; the deepest has nothing below it.
  const int deepest_shown = levels.back();
  auto cascades = [&](int level) { return level < deepest_shown; };
  FormTable table;
  table.widths = {kNoWidth, kNameWidth};
  FormRow titles{bold_cell("No"), bold_cell(name_title)}, subtitles{bold_cell(""), bold_cell("")};
  for (int level : levels) {
    titles.push_back(bold_cell(level_sasaran_label(info, level)));
    subtitles.insert(subtitles.end(), {bold_cell("Sasaran"), bold_cell("Indikator")});
    table.widths.insert(table.widths.end(), {kCountWidth, kCountWidth});
    if (cascades(level)) {
      titles.insert(titles.end(), 3, bold_cell(""));
      subtitles.insert(subtitles.end(), {bold_cell("Diturunkan"), bold_cell("%")});
      table.widths.insert(table.widths.end(), {kCountWidth, kShareWidth});
    } else {
      titles.push_back(bold_cell(""));
    }
  }
  table.header = {titles, subtitles};
  merge_cells(table.header, 0, 0, 2, 1);
  merge_cells(table.header, 0, 1, 2, 1);
  for (int column = 2, i = 0; i < static_cast<int>(levels.size()); ++i) {
    int span = cascades(levels[i]) ? 4 : 2;
    merge_cells(table.header, 0, column, 1, span);
    column += span;
  }
  table.numbered_columns = true;

  std::vector<LevelSummary> total(levels.size());
  int number = 0;
  for (const Row& row : rows) {
    FormRow cells{centred(number_cell(++number)), text_cell(row.name)};
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const LevelSummary* level = level_of(row, levels[i]);
      LevelSummary none;
      const LevelSummary& l = level ? *level : none;
      cells.insert(cells.end(), {count_cell(l.sasaran), count_cell(l.indikator)});
      if (cascades(levels[i])) cells.insert(cells.end(), {count_cell(l.cascaded), share_cell(l.cascaded, l.sasaran)});
      total[i].sasaran += l.sasaran;
      total[i].indikator += l.indikator;
      total[i].cascaded += l.cascaded;
    }
    table.rows.push_back(std::move(cells));
  }
  FormRow sum{bold_cell("JUMLAH"), bold_cell("")};
  for (std::size_t i = 0; i < levels.size(); ++i) {
    sum.insert(sum.end(), {count_cell(total[i].sasaran), count_cell(total[i].indikator)});
    if (cascades(levels[i])) sum.insert(sum.end(), {count_cell(total[i].cascaded), share_cell(total[i].cascaded, total[i].sasaran)});
  }
  for (FormCell& cell : sum) cell.bold = true;
  table.rows.push_back(std::move(sum));
  merge_cells(table.rows, static_cast<int>(table.rows.size()) - 1, 0, 1, 2);
  return table;
}

// What the counts rest on that nobody has reviewed yet: an evaluator must not read a machine's guess as support.
// `suggested_links` matters only where the table has a Diturunkan column (more than one level shown).
std::string unreviewed_note(bool pemda, std::size_t rpjmd_suggested_only, std::size_t suggested_links) {
  std::string note;
  if (rpjmd_suggested_only > 0)
    note += " " + std::to_string(rpjmd_suggested_only) +
            " sasaran RPJMD lain hanya didukung lewat usulan tautan otomatis yang belum ditinjau: tidak dihitung.";
  if (suggested_links > 0)
    note += " Dokumen masih memuat " + std::to_string(suggested_links) +
            " usulan tautan otomatis yang belum ditinjau (lihat pokin check); kolom Diturunkan ikut menghitung usulan "
            "di antara sasaran" + std::string(pemda ? " Perangkat Daerah." : ".");
  return note;
}

FormTitle title(const DocumentInfo& info, bool pemda) {
  FormTitle title;
  title.lines.push_back("TABEL PENJENJANGAN KINERJA");
  std::string who = pemda && !info.pemda.empty() && info.instansi.empty() ? upper_ascii(info.pemda) : instansi_line(info);
  if (!who.empty()) title.lines.push_back(who);
  if (info.period_years() > 0)
    title.lines.push_back("PERIODE " + std::to_string(info.period_start) + "-" + std::to_string(info.period_end));
  return title;
}

}  // namespace

Form penjenjangan_form(const Document& document, const FormRequest& request) {
  if (!request.unit.empty() || request.branch != kNoId)
    throw UserError("Tabel penjenjangan kinerja selalu memuat seluruh Perangkat Daerah: hapus pilihan unit atau cabang.",
                    "The penjenjangan table always covers every OPD: remove the unit or branch chosen.");
  const DocumentInfo& info = document.info;
  const bool pemda = is_pemda_document(document);
  std::vector<Row> rows;
  PemdaCascade cascade;
  if (pemda) {
    cascade = summarize_pemda_cascade(document);
    for (OpdCascade& opd : cascade.opds) rows.push_back({std::move(opd.name), std::move(opd.levels)});
  } else {
    rows.push_back({info.instansi.empty() ? std::string("(instansi belum diisi)") : info.instansi,
                    summarize_levels(document)});
  }
  const std::vector<int> levels = shown_levels(rows, pemda ? 1 : 0, request.levels);
  if (levels.empty()) {
    if (pemda)
      throw UserError("Dokumen Pemda ini belum memiliki sasaran Perangkat Daerah, jadi tabel penjenjangan kosong. "
                      "Gabungkan dokumen Perangkat Daerah dulu (pokin merge).",
                      "This Pemda document has no OPD sasaran yet, so the penjenjangan table would be empty. Merge "
                      "the OPD documents first (pokin merge).");
    throw UserError("Dokumen belum memiliki sasaran, jadi tabel penjenjangan kosong. Tambahkan sasaran dulu.",
                    "The document has no sasaran yet, so the penjenjangan table would be empty. Add sasaran first.");
  }

  Form form;
  form.kind = FormKind::Penjenjangan;
  form.name = "Penjenjangan Kinerja";
  form.paper = request.paper;
  form.orientation = request.orientation;
  // Assigned in place: GCC 12 warns (falsely) of uninitialised members when a FormTable is pushed into the vector.
  form.blocks.resize(pemda ? 6 : 3);
  std::size_t at = 0;
  form.blocks[at++] = title(info, pemda);
  if (pemda) {
    form.blocks[at++] = FormParagraph{"A. Sasaran RPJMD yang didukung Perangkat Daerah"};
    form.blocks[at++] = rpjmd_table(cascade.rpjmd);
    form.blocks[at++] = FormParagraph{"B. Penjenjangan kinerja per Perangkat Daerah"};
  }
  form.blocks[at++] = opd_table(info, rows, levels, pemda ? "Perangkat Daerah" : "Instansi");
  form.blocks[at++] = FormParagraph{
      "Keterangan: Diturunkan = sasaran yang didukung sekurang-kurangnya satu sasaran pada level di bawahnya; % = "
      "Diturunkan / Sasaran. Level terakhir tidak memiliki level di bawahnya." +
      std::string(pemda ? " Didukung Perangkat Daerah = sasaran RPJMD yang didukung sekurang-kurangnya satu sasaran "
                          "Perangkat Daerah lewat tautan yang dibuat atau ditinjau perencana."
                        : "") +
      unreviewed_note(pemda, cascade.rpjmd.suggested_only,
                      levels.size() > 1 ? count_document(document).suggested_links : 0)};
  return form;
}

}  // namespace pokin
