#include "core/forms/lkjip_form.h"

#include "core/text/ascii_text.h"

#include <cmath>

#include "core/capaian/capaian.h"
#include "core/forms/form_cells.h"
#include "core/forms/lkjip_budget.h"
#include "core/forms/lkjip_scope.h"
#include "core/forms/form_signature.h"
#include "core/forms/lkjip_years.h"
#include "core/model/statement_label.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

// Millimetres as printed on landscape paper; the writers scale the whole to the page width.
constexpr double kNoWidth = 9, kSasaranWidth = 48, kIndikatorWidth = 52, kSatuanWidth = 17, kValueWidth = 19,
                 kCapaianWidth = 19, kKategoriWidth = 21, kRupiahWidth = 30, kBudgetPercentWidth = 15;
constexpr int kNoColumn = 0, kSasaranColumn = 1;

// The category word as LKjIP tables write it.
std::string kategori(CapaianBand band) {
  switch (band) {
    case CapaianBand::SangatBaik: return "Sangat Baik";
    case CapaianBand::Baik: return "Baik";
    case CapaianBand::Cukup: return "Cukup";
    case CapaianBand::Kurang: return "Kurang";
    case CapaianBand::SangatKurang: return "Sangat Kurang";
  }
  return "";
}

FormTitle title(const Document& document, Id unit, int year) {
  FormTitle title;
  title.lines.push_back("PENGUKURAN KINERJA TAHUN " + std::to_string(year));
  const Unit* owner = document.find_unit(unit);
  if (owner && owner->kind != UnitKind::Head) title.lines.push_back(upper_ascii(owner->name));
  if (!document.info.instansi.empty()) title.lines.push_back(upper_ascii(document.info.instansi));
  if (pemda_adds_to_instansi(document.info)) title.lines.push_back(upper_ascii(document.info.pemda));
  return title;
}

// "Sasaran Strategis" when every row is of that level (the OPD's LKjIP), the level's own name for a table of one
// level, "Sasaran" when levels mix (each cell then names its level).
std::string sasaran_header(const Document& document, const std::vector<Id>& sasaran, bool& mixed) {
  int level = document.sasaran.at(sasaran.front()).level;
  mixed = false;
  for (Id id : sasaran) mixed |= document.sasaran.at(id).level != level;
  return mixed ? "Sasaran" : level_sasaran_label(document.info, level);
}

struct Layout {
  int year = 0;
  std::vector<int> previous;
  bool budget = false;
  bool mixed_levels = false;
  int budget_column = 0;  // first of the three budget columns
};

FormCell covered_header() {
  FormCell cell = bold_cell("");
  cell.covered = true;
  return cell;
}

std::vector<FormRow> header(const Layout& layout, const std::string& sasaran_title) {
  FormRow top{bold_cell("No"), bold_cell(sasaran_title), bold_cell("Indikator Kinerja"), bold_cell("Satuan")};
  FormRow bottom(top.size());
  for (FormCell& cell : top) cell.row_span = 2;
  for (FormCell& cell : bottom) cell = covered_header();
  auto group = [&](std::string name, std::vector<std::string> parts) {
    FormCell cell = bold_cell(std::move(name));
    cell.column_span = static_cast<int>(parts.size());
    top.push_back(cell);
    for (std::size_t k = 1; k < parts.size(); ++k) top.push_back(covered_header());
    for (std::string& part : parts) bottom.push_back(bold_cell(std::move(part)));
  };
  group("Tahun " + std::to_string(layout.year), {"Target", "Realisasi", "Capaian (%)", "Kategori"});
  for (int year : layout.previous) group("Tahun " + std::to_string(year), {"Realisasi", "Capaian (%)"});
  if (layout.budget)
    group("Realisasi Anggaran Tahun " + std::to_string(layout.year), {"Anggaran (Rp)", "Realisasi (Rp)", "%"});
  return {top, bottom};
}

std::vector<double> widths(const Layout& layout) {
  std::vector<double> out{kNoWidth,   kSasaranWidth, kIndikatorWidth, kSatuanWidth,
                          kValueWidth, kValueWidth,  kCapaianWidth,   kKategoriWidth};
  for (std::size_t k = 0; k < layout.previous.size(); ++k) out.insert(out.end(), {kValueWidth, kCapaianWidth});
  if (layout.budget) out.insert(out.end(), {kRupiahWidth, kRupiahWidth, kBudgetPercentWidth});
  return out;
}

FormCell value_in(const std::map<int, Value>& values, int year) {
  auto found = values.find(year);
  return found == values.end() || found->second.empty() ? text_cell("") : value_cell(found->second);
}

// The capaian as a percent with its band, or why it cannot be computed, in the cell itself.
FormCell capaian_cell(const Capaian& capaian) {
  if (!capaian.computed()) return text_cell(describe(capaian.status).id, FormAlign::Centre);
  FormCell cell = percent_cell(capaian.percent, 2);
  cell.band = band_of(capaian.percent);
  return cell;
}

FormCell kategori_cell(const Capaian& capaian) {
  if (!capaian.computed()) return text_cell("", FormAlign::Centre);
  FormCell cell = text_cell(kategori(band_of(capaian.percent)), FormAlign::Centre);
  cell.band = band_of(capaian.percent);
  return cell;
}

FormCell rupiah_cell(double rupiah) { return number_cell(rupiah, rupiah == std::floor(rupiah) ? 0 : 2); }

// Anggaran | Realisasi | %: sums where every holder wrote a number, otherwise what is missing.
std::vector<FormCell> budget_cells(const SasaranBudget& budget) {
  if (budget.holders == 0) return {text_cell(""), text_cell(""), text_cell("")};
  auto part = [&](int written, double sum, const std::string& none, const std::string& incomplete) {
    if (written == budget.holders) return rupiah_cell(sum);
    if (written == 0) return text_cell(none, FormAlign::Centre);
    return text_cell(incomplete + " (" + std::to_string(written) + " dari " + std::to_string(budget.holders) + ")",
                     FormAlign::Centre);
  };
  FormCell percent = text_cell("");
  if (budget.complete_pagu() && budget.complete_realisasi())
    percent = budget.pagu > 0 ? percent_cell(budget.realisasi / budget.pagu * 100, 2)
                              : text_cell("Pagu 0", FormAlign::Centre);
  return {part(budget.pagu_written, budget.pagu, "Belum ada pagu", "Pagu belum lengkap"),
          part(budget.realisasi_written, budget.realisasi, "Belum ada realisasi anggaran", "Realisasi belum lengkap"),
          percent};
}

// The rows of one sasaran: one per indicator (one row saying so when it has none), its number, statement and
// budget merged over them.
void add_sasaran(std::vector<FormRow>& rows, const Document& document, const TreeIndex& index, const Layout& layout,
                 Id id, int number) {
  const Sasaran& sasaran = document.sasaran.at(id);
  std::string statement = sasaran.statement;
  if (layout.mixed_levels) statement = statement_label(document.info, sasaran) + ": " + statement;
  const std::vector<Id>& indikator = index.sasaran_indikator(id);
  const int first = static_cast<int>(rows.size());
  std::vector<FormCell> budget;
  if (layout.budget) budget = budget_cells(sasaran_budget(document, index, id, layout.year));

  auto start_row = [&]() {
    FormRow row{text_cell(std::to_string(number), FormAlign::Centre), text_cell(statement)};
    return row;
  };
  auto finish_row = [&](FormRow& row) {
    row.insert(row.end(), budget.begin(), budget.end());
    rows.push_back(std::move(row));
  };
  if (indikator.empty()) {
    FormRow row = start_row();
    row.insert(row.end(), {text_cell(""), text_cell(""), text_cell(""), text_cell(""),
                           text_cell("Belum ada indikator", FormAlign::Centre), text_cell("")});
    for (std::size_t k = 0; k < layout.previous.size(); ++k) row.insert(row.end(), {text_cell(""), text_cell("")});
    finish_row(row);
    return;
  }
  for (Id indikator_id : indikator) {
    const Indikator& i = document.indikator.at(indikator_id);
    FormRow row = start_row();
    Capaian capaian = indikator_capaian(i, layout.year, document.info);
    row.insert(row.end(), {text_cell(i.name), text_cell(i.satuan, FormAlign::Centre), value_in(i.target, layout.year),
                           value_in(i.realisasi, layout.year), capaian_cell(capaian), kategori_cell(capaian)});
    for (int year : layout.previous)
      row.insert(row.end(), {value_in(i.realisasi, year), capaian_cell(indikator_capaian(i, year, document.info))});
    finish_row(row);
  }
  const int count = static_cast<int>(rows.size()) - first;
  if (count < 2) return;
  merge_cells(rows, first, kNoColumn, count, 1);
  merge_cells(rows, first, kSasaranColumn, count, 1);
  for (int k = 0; k < 3 && layout.budget; ++k) merge_cells(rows, first, layout.budget_column + k, count, 1);
}

bool any_budget(const Document& document, const TreeIndex& index, const std::vector<Id>& sasaran, int year) {
  for (Id id : sasaran)
    if (sasaran_budget(document, index, id, year).holders > 0) return true;
  return false;
}

}  // namespace

Form lkjip_form(const Document& document, const FormRequest& request) {
  LkjipScope scope = lkjip_scope(document, request);
  TreeIndex index(document);
  Layout layout;
  layout.year = lkjip_year(document, scope.sasaran, request.year);
  layout.previous = lkjip_previous_years(document, scope.sasaran, layout.year);
  layout.budget = any_budget(document, index, scope.sasaran, layout.year);
  layout.budget_column = 8 + 2 * static_cast<int>(layout.previous.size());
  std::string sasaran_title = sasaran_header(document, scope.sasaran, layout.mixed_levels);

  FormTable table;
  table.widths = widths(layout);
  table.header = header(layout, sasaran_title);
  int number = 0;
  for (Id id : scope.sasaran) add_sasaran(table.rows, document, index, layout, id, ++number);

  Form form;
  form.kind = FormKind::Lkjip;
  form.name = "Pengukuran Kinerja " + std::to_string(layout.year);
  form.paper = request.paper;
  form.orientation = request.orientation;
  form.blocks.push_back(title(document, scope.unit, layout.year));
  form.blocks.push_back(std::move(table));
  form.blocks.push_back(FormSignatures{{scope.unit == kNoId ? head_of_agency_signature(document, request)
                                                              : unit_holder_signature(document, scope.unit, request)}});
  return form;
}

}  // namespace pokin
