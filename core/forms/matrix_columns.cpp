#include "core/forms/matrix_columns.h"

#include <set>

#include "core/model/statement_label.h"

namespace pokin {
namespace {

// Years among `years` in which some indikator has a realisasi written.
std::vector<int> realisasi_years(const Document& document, const std::vector<int>& years) {
  std::vector<int> out;
  for (int year : years)
    for (const auto& [id, indikator] : document.indikator) {
      auto found = indikator.realisasi.find(year);
      if (found != indikator.realisasi.end() && !found->second.empty()) {
        out.push_back(year);
        break;
      }
    }
  return out;
}

// The planning-table columns a document needs: each only when some sasaran or indikator holds a value for it, so
// a document without them has the matrix it always had.
struct PlanningColumns {
  bool nomenclature = false, lokasi = false, pagu_akhir = false, kondisi_akhir = false;
  std::vector<int> pagu_years, realisasi_pagu_years;  // years among the shown ones with a value
};

PlanningColumns planning_columns(const Document& document, const std::vector<int>& years) {
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
  for (int year : years) {
    if (pagu.count(year)) columns.pagu_years.push_back(year);
    if (spent.count(year)) columns.realisasi_pagu_years.push_back(year);
  }
  return columns;
}

struct ColumnList {
  std::vector<MatrixColumn> columns;

  void add(MatrixField field, std::string header, double width) {
    columns.push_back({field, 0, std::move(header), {}, {}, width});
  }
  // One column per year: "<group> <year><suffix>" on one header row; the group over the year on two.
  void add_years(MatrixField field, const std::string& group, const std::string& suffix, const std::vector<int>& years,
                 double width) {
    for (int year : years)
      columns.push_back({field, year, group + " " + std::to_string(year) + suffix, group + suffix,
                         std::to_string(year), width});
  }
};

const Value* value_at(const std::map<int, Value>& values, int year) {
  auto found = values.find(year);
  return found == values.end() ? nullptr : &found->second;
}

MatrixEntry text_entry(std::string text) { return {std::move(text), std::nullopt, std::nullopt}; }

MatrixEntry value_entry(const Value* value) {
  if (!value || value->empty()) return {};
  return {value->text, *value, std::nullopt};
}

MatrixEntry capaian_entry(const Document& document, const Indikator& indikator, int year) {
  Capaian capaian = indikator_capaian(indikator, year, document.info);
  if (capaian.computed()) return {format_percent(capaian.percent, Language::Indonesian), std::nullopt, capaian};
  if (capaian.status == CapaianStatus::NoRealisasi) return {};
  return text_entry(describe(capaian.status).id);
}

}  // namespace

std::string polarity_description(Polarity polarity) {
  switch (polarity) {
    case Polarity::Naik: return "Naik (makin tinggi makin baik)";
    case Polarity::Turun: return "Turun (makin rendah makin baik)";
    case Polarity::Tetap: return "Tetap (dalam rentang)";
  }
  return "";
}

std::vector<MatrixColumn> matrix_columns(const Document& document, const std::vector<int>& years) {
  const PlanningColumns planning = planning_columns(document, years);
  ColumnList list;
  list.add(MatrixField::Unit, "Unit Kerja", 28);
  list.add(MatrixField::Level, "Level", 16);
  list.add(MatrixField::Kode, "Kode", 9);
  list.add(MatrixField::Sasaran, "Sasaran", 48);
  list.add(MatrixField::SasaranAtasan, "Sasaran Atasan", 40);
  if (planning.nomenclature) {
    list.add(MatrixField::KodeProgram, "Kode Program/Kegiatan", 16);
    list.add(MatrixField::Program, "Program/Kegiatan/Sub Kegiatan", 40);
  }
  if (planning.lokasi) list.add(MatrixField::Lokasi, "Lokasi", 24);
  list.add_years(MatrixField::Pagu, "Pagu", " (Rp)", planning.pagu_years, 17);
  list.add_years(MatrixField::RealisasiPagu, "Realisasi Pagu", " (Rp)", planning.realisasi_pagu_years, 17);
  if (planning.pagu_akhir) list.add(MatrixField::PaguAkhir, "Pagu Akhir Periode (Rp)", 17);
  list.add(MatrixField::KodeIndikator, "Kode Indikator", 11);
  list.add(MatrixField::Indikator, "Indikator", 42);
  list.add(MatrixField::Formula, "Formula", 40);
  list.add(MatrixField::Satuan, "Satuan", 10);
  list.add(MatrixField::Polaritas, "Polaritas", 16);
  list.add(MatrixField::Baseline, "Baseline", 11);
  list.add_years(MatrixField::Target, "Target", "", years, 11);
  if (planning.kondisi_akhir) list.add(MatrixField::KondisiAkhir, "Kondisi Akhir Periode", 13);
  list.add_years(MatrixField::Realisasi, "Realisasi", "", years, 11);
  list.add_years(MatrixField::Capaian, "Capaian", "", realisasi_years(document, years), 11);
  list.add(MatrixField::SumberData, "Sumber Data", 26);
  list.add(MatrixField::PenanggungJawab, "Penanggung Jawab", 26);
  return std::move(list.columns);
}

MatrixEntry matrix_entry(const Document& document, const MatrixColumn& column, const Sasaran& sasaran,
                         const Indikator* indikator) {
  switch (column.field) {
    case MatrixField::Unit: {
      const Unit* unit = document.find_unit(sasaran.unit);
      return text_entry(unit ? unit->name : "");
    }
    case MatrixField::Level: return text_entry(statement_label(document.info, sasaran));
    case MatrixField::Kode: return text_entry(sasaran.code);
    case MatrixField::Sasaran: return text_entry(sasaran.statement);
    case MatrixField::SasaranAtasan: {
      const Sasaran* parent = document.find_sasaran(sasaran.parent);
      return text_entry(parent ? (parent->code.empty() ? "" : parent->code + " ") + parent->statement : "");
    }
    case MatrixField::KodeProgram: return text_entry(sasaran.nomenclature.kode);
    case MatrixField::Program: return text_entry(sasaran.nomenclature.name);
    case MatrixField::Lokasi: return text_entry(sasaran.lokasi);
    case MatrixField::Pagu: return value_entry(value_at(sasaran.pagu, column.year));
    case MatrixField::RealisasiPagu: return value_entry(value_at(sasaran.realisasi_pagu, column.year));
    case MatrixField::PaguAkhir: return value_entry(&sasaran.pagu_akhir);
    default: break;
  }
  if (!indikator) return {};
  switch (column.field) {
    case MatrixField::KodeIndikator: return text_entry(indikator->code);
    case MatrixField::Indikator: return text_entry(indikator->name);
    case MatrixField::Formula: return text_entry(indikator->formula);
    case MatrixField::Satuan: return text_entry(indikator->satuan);
    case MatrixField::Polaritas: return text_entry(polarity_description(indikator->polarity));
    case MatrixField::Baseline: return value_entry(&indikator->baseline);
    case MatrixField::Target: return value_entry(value_at(indikator->target, column.year));
    case MatrixField::KondisiAkhir: return value_entry(&indikator->kondisi_akhir);
    case MatrixField::Realisasi: return value_entry(value_at(indikator->realisasi, column.year));
    case MatrixField::Capaian: return capaian_entry(document, *indikator, column.year);
    case MatrixField::SumberData: return text_entry(indikator->sumber_data);
    case MatrixField::PenanggungJawab: return text_entry(indikator->penanggung_jawab);
    default: return {};
  }
}

}  // namespace pokin
