#include "core/export/cascade_table.h"

#include <functional>
#include <set>

#include "core/capaian/capaian.h"
#include "core/layout/view_tree.h"
#include "core/model/enum_names.h"
#include "core/model/statement_label.h"
#include "core/model/tree_index.h"

namespace pokin {
namespace {

std::string polarity_name(Polarity polarity) {
  switch (polarity) {
    case Polarity::Naik: return "Naik (makin tinggi makin baik)";
    case Polarity::Turun: return "Turun (makin rendah makin baik)";
    case Polarity::Tetap: return "Tetap (dalam rentang)";
  }
  return "";
}

std::string value_at(const std::map<int, Value>& values, int year) {
  auto found = values.find(year);
  return found == values.end() ? std::string() : found->second.text;
}

// Sasaran of the view in tree order (parents before children, siblings in document order).
std::vector<Id> sasaran_in_order(const Document& document, const TreeIndex& index, LayoutView view) {
  view.granularity = Granularity::Sasaran;
  view.max_levels = 0;
  view.collapsed.clear();
  ViewTree tree = select_view(document, index, view);
  std::vector<Id> ids;
  for (const ViewNode& node : tree.nodes)
    if (node.kind == BoxKind::Sasaran) ids.push_back(node.id);
  return ids;
}

std::vector<int> years(const DocumentInfo& info) {
  std::vector<int> list;
  for (int year = info.period_start; year > 0 && year <= info.period_end && list.size() < 10; ++year)
    list.push_back(year);
  return list;
}

// Rows of one sasaran: `head` (its own columns) followed by each indikator's columns, or one row with empty
// indikator columns when it has none; its own columns merge over the rows.
void add_sasaran_rows(Table& table, const Document& document, const std::vector<Id>& indikator,
                      std::vector<std::string> head,
                      const std::function<std::vector<std::string>(const Indikator&)>& indikator_columns) {
  int first = static_cast<int>(table.rows.size());
  std::vector<int> merged(head.size());
  for (std::size_t c = 0; c < head.size(); ++c) merged[c] = static_cast<int>(c);
  if (indikator.empty()) {
    head.resize(table.headers.size());
    table.rows.push_back(std::move(head));
    return;
  }
  for (Id id : indikator) {
    std::vector<std::string> row = head;
    auto tail = indikator_columns(document.indikator.at(id));
    row.insert(row.end(), tail.begin(), tail.end());
    table.rows.push_back(std::move(row));
  }
  int last = static_cast<int>(table.rows.size()) - 1;
  if (last > first) table.merges.push_back({first, last, std::move(merged)});
}

// Years of the period in which some indikator has a realisasi written.
std::vector<int> realisasi_years(const Document& document, const std::vector<int>& period) {
  std::vector<int> out;
  for (int year : period)
    for (const auto& [id, indikator] : document.indikator) {
      auto found = indikator.realisasi.find(year);
      if (found != indikator.realisasi.end() && !found->second.empty()) {
        out.push_back(year);
        break;
      }
    }
  return out;
}

std::string capaian_cell(const Capaian& capaian) {
  if (capaian.computed()) return format_percent(capaian.percent, Language::Indonesian);
  if (capaian.status == CapaianStatus::NoRealisasi) return {};
  return describe(capaian.status).id;
}

// The planning-table columns a document needs: each only when some sasaran or indikator holds a value for it, so
// a document without them exports the same matrix as before.
struct PlanningColumns {
  bool nomenclature = false, lokasi = false, pagu_akhir = false, kondisi_akhir = false;
  std::vector<int> pagu_years, realisasi_pagu_years;  // years of the period with a value
};

PlanningColumns planning_columns(const Document& document, const std::vector<int>& period) {
  PlanningColumns columns;
  std::set<int> pagu, spent;
  for (const auto& [id, sasaran] : document.sasaran) {
    columns.nomenclature |= !sasaran.nomenclature.kode.empty() || !sasaran.nomenclature.name.empty();
    columns.lokasi |= !sasaran.lokasi.empty();
    columns.pagu_akhir |= !sasaran.pagu_akhir.empty();
    for (const auto& [year, value] : sasaran.pagu)
      if (!value.empty()) pagu.insert(year);
    for (const auto& [year, value] : sasaran.realisasi_pagu)
      if (!value.empty()) spent.insert(year);
  }
  for (const auto& [id, indikator] : document.indikator) columns.kondisi_akhir |= !indikator.kondisi_akhir.empty();
  for (int year : period) {
    if (pagu.count(year)) columns.pagu_years.push_back(year);
    if (spent.count(year)) columns.realisasi_pagu_years.push_back(year);
  }
  return columns;
}

void add_column(Table& table, std::string header, double width) {
  table.headers.push_back(std::move(header));
  table.widths.push_back(width);
}

void add_planning_headers(Table& table, const PlanningColumns& columns) {
  if (columns.nomenclature) {
    add_column(table, "Kode Program/Kegiatan", 16);
    add_column(table, "Program/Kegiatan/Sub Kegiatan", 40);
  }
  if (columns.lokasi) add_column(table, "Lokasi", 24);
  for (int year : columns.pagu_years) add_column(table, "Pagu " + std::to_string(year) + " (Rp)", 17);
  for (int year : columns.realisasi_pagu_years) add_column(table, "Realisasi Pagu " + std::to_string(year) + " (Rp)", 17);
  if (columns.pagu_akhir) add_column(table, "Pagu Akhir Periode (Rp)", 17);
}

void add_planning_cells(std::vector<std::string>& row, const PlanningColumns& columns, const Sasaran& sasaran) {
  if (columns.nomenclature) row.insert(row.end(), {sasaran.nomenclature.kode, sasaran.nomenclature.name});
  if (columns.lokasi) row.push_back(sasaran.lokasi);
  for (int year : columns.pagu_years) row.push_back(value_at(sasaran.pagu, year));
  for (int year : columns.realisasi_pagu_years) row.push_back(value_at(sasaran.realisasi_pagu, year));
  if (columns.pagu_akhir) row.push_back(sasaran.pagu_akhir.text);
}

}  // namespace

Table cascade_matrix(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  const auto period = years(document.info);
  Table table;
  table.name = "Matriks Cascading";
  const PlanningColumns planning = planning_columns(document, period);
  table.headers = {"Unit Kerja", "Level", "Kode", "Sasaran", "Sasaran Atasan"};
  table.widths = {28, 16, 9, 48, 40};
  add_planning_headers(table, planning);
  table.headers.insert(table.headers.end(), {"Kode Indikator", "Indikator", "Formula", "Satuan", "Polaritas", "Baseline"});
  table.widths.insert(table.widths.end(), {11, 42, 40, 10, 16, 11});
  for (int year : period) {
    table.headers.push_back("Target " + std::to_string(year));
    table.widths.push_back(11);
  }
  if (planning.kondisi_akhir) add_column(table, "Kondisi Akhir Periode", 13);
  for (int year : period) {
    table.headers.push_back("Realisasi " + std::to_string(year));
    table.widths.push_back(11);
  }
  const auto capaian_years = realisasi_years(document, period);
  const int first_capaian_column = static_cast<int>(table.headers.size());
  for (int year : capaian_years) {
    table.headers.push_back("Capaian " + std::to_string(year));
    table.widths.push_back(11);
  }
  table.headers.insert(table.headers.end(), {"Sumber Data", "Penanggung Jawab"});
  table.widths.insert(table.widths.end(), {26, 26});

  for (Id id : sasaran_in_order(document, index, view)) {
    const Sasaran& sasaran = document.sasaran.at(id);
    const Unit* unit = document.find_unit(sasaran.unit);
    const Sasaran* parent = document.find_sasaran(sasaran.parent);
    std::vector<std::string> head{unit ? unit->name : "", statement_label(document.info, sasaran), sasaran.code,
                                  sasaran.statement,
                                  parent ? (parent->code.empty() ? "" : parent->code + " ") + parent->statement : ""};
    add_planning_cells(head, planning, sasaran);
    add_sasaran_rows(table, document, index.sasaran_indikator(id), std::move(head), [&](const Indikator& i) {
      std::vector<std::string> row{i.code, i.name, i.formula, i.satuan, polarity_name(i.polarity), i.baseline.text};
      for (int year : period) row.push_back(value_at(i.target, year));
      if (planning.kondisi_akhir) row.push_back(i.kondisi_akhir.text);
      for (int year : period) row.push_back(value_at(i.realisasi, year));
      for (std::size_t k = 0; k < capaian_years.size(); ++k) {
        Capaian capaian = indikator_capaian(i, capaian_years[k], document.info);
        // This row is appended next, after the rows already in the table.
        if (capaian.computed())
          table.percents.push_back({static_cast<int>(table.rows.size()), first_capaian_column + static_cast<int>(k),
                                    capaian.percent});
        row.push_back(capaian_cell(capaian));
      }
      row.insert(row.end(), {i.sumber_data, i.penanggung_jawab});
      return row;
    });
  }
  return table;
}

Table iku_table(const Document& document, const LayoutView& view) {
  TreeIndex index(document);
  const auto period = years(document.info);
  Table table;
  table.name = "IKU";
  table.headers = {"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Penjelasan / Formulasi", "Satuan"};
  table.widths = {5, 44, 42, 44, 10};
  for (int year : period) {
    table.headers.push_back("Target " + std::to_string(year));
    table.widths.push_back(11);
  }
  table.headers.insert(table.headers.end(), {"Sumber Data", "Penanggung Jawab"});
  table.widths.insert(table.widths.end(), {26, 26});
  int number = 0;
  for (Id id : sasaran_in_order(document, index, view)) {
    const Sasaran& sasaran = document.sasaran.at(id);
    if (sasaran.level != 0 || sasaran.kind == StatementKind::Tujuan) continue;  // IKU measure Sasaran Strategis
    std::vector<std::string> head{std::to_string(++number),
                                  (sasaran.code.empty() ? "" : sasaran.code + ". ") + sasaran.statement};
    add_sasaran_rows(table, document, index.sasaran_indikator(id), std::move(head), [&](const Indikator& i) {
      std::vector<std::string> row{i.name, i.formula, i.satuan};
      for (int year : period) row.push_back(value_at(i.target, year));
      row.insert(row.end(), {i.sumber_data, i.penanggung_jawab});
      return row;
    });
  }
  return table;
}

}  // namespace pokin
