#include "app/ui/column_roles.h"

#include "app/ui/strings.h"

namespace pokin::ui {
namespace {

using import::Field;

struct FieldName {
  Field field;
  const char* name;       // as field_from_name reads it
  const char* label_key;  // in the string catalogue
  bool yearly;
  Field describes = Field::None;  // an indicator column of one statement column ("Indikator Program")
};

// In the order the drop-down lists them: the statement columns first, as a planning table reads left to right.
constexpr FieldName kFields[] = {
    {Field::Number, "no", "role.number", false},
    {Field::Tujuan, "tujuan", "role.tujuan", false},
    {Field::Sasaran, "sasaran", "role.sasaran", false},
    {Field::Indikator, "indikator", "role.indikator", false},
    {Field::Indikator, "indikator_tujuan", "role.indikator_tujuan", false, Field::Tujuan},
    {Field::Indikator, "indikator_sasaran", "role.indikator_sasaran", false, Field::Sasaran},
    {Field::Indikator, "indikator_program", "role.indikator_program", false, Field::Program},
    {Field::Indikator, "indikator_kegiatan", "role.indikator_kegiatan", false, Field::Kegiatan},
    {Field::Indikator, "indikator_sub_kegiatan", "role.indikator_sub_kegiatan", false, Field::SubKegiatan},
    {Field::Code, "kode", "role.code", false},
    {Field::Program, "program", "role.program", false},
    {Field::Kegiatan, "kegiatan", "role.kegiatan", false},
    {Field::SubKegiatan, "sub_kegiatan", "role.sub_kegiatan", false},
    {Field::Formula, "formula", "role.formula", false},
    {Field::Satuan, "satuan", "role.satuan", false},
    {Field::Baseline, "baseline", "role.baseline", false},
    {Field::Target, "target", "role.target", true},
    {Field::Realisasi, "realisasi", "role.realisasi", true},
    {Field::Pagu, "pagu", "role.pagu", true},
    {Field::RealisasiPagu, "realisasi_pagu", "role.realisasi_pagu", true},
    {Field::KondisiAkhir, "kondisi_akhir", "role.kondisi_akhir", false},
    {Field::KondisiAkhirPagu, "kondisi_akhir_pagu", "role.kondisi_akhir_pagu", false},
    {Field::SumberData, "sumber_data", "role.sumber_data", false},
    {Field::Unit, "unit", "role.unit", false},
    {Field::ParentUnit, "unit_induk", "role.parent_unit", false},
    {Field::Level, "level", "role.level", false},
    {Field::Year, "tahun", "role.year", false},
    {Field::ParentCode, "kode_induk", "role.parent_code", false},
    {Field::Polarity, "polaritas", "role.polarity", false},
    {Field::Lokasi, "lokasi", "role.lokasi", false},
    {Field::Misi, "misi", "role.misi", false},
};

constexpr int kPeriodYears = 5;
constexpr int kTiersOffered = 6;  // a wide sheet's levels in the drop-down (sasaran_lv1 .. sasaran_lv6)

const FieldName* find_field(Field field, Field describes = Field::None) {
  for (const FieldName& entry : kFields)
    if (entry.field == field && entry.describes == describes) return &entry;
  return nullptr;
}

bool importer_reads(const std::string& name, const FieldName& entry) {
  auto read = import::field_from_name(name);
  return read && read->field == entry.field && read->describes == entry.describes;
}

std::string yearly_label(const FieldName& entry, int year, int relative_year, int tier = 0) {
  std::string label = tr(entry.label_key);
  if (tier > 0) label += " " + format(tr("role.tier"), {std::to_string(tier)});
  if (year > 0) return label + " " + std::to_string(year);
  if (relative_year > 0) return label + " " + format(tr("role.year_of_period"), {std::to_string(relative_year)});
  return label;
}

}  // namespace

std::vector<ColumnRole> offered_column_roles(const std::vector<int>& years) {
  std::vector<ColumnRole> roles{{"", tr("role.automatic")}, {"abaikan", tr("role.ignore")}};
  for (const FieldName& entry : kFields) {
    if (!entry.yearly) {
      if (importer_reads(entry.name, entry)) roles.push_back({entry.name, tr(entry.label_key)});
      continue;
    }
    for (int year : years) {
      std::string name = std::string(entry.name) + ":" + std::to_string(year);
      if (importer_reads(name, entry)) roles.push_back({name, yearly_label(entry, year, 0)});
    }
    for (int relative = 1; relative <= kPeriodYears; ++relative) {
      std::string name = std::string(entry.name) + ":" + std::to_string(relative);
      if (importer_reads(name, entry)) roles.push_back({name, yearly_label(entry, 0, relative)});
    }
  }
  // A wide sheet of another SAKIP app: the sasaran and indicator column of each level.
  for (const FieldName* entry : {find_field(Field::Sasaran), find_field(Field::Indikator)})
    for (int tier = 1; tier <= kTiersOffered; ++tier) {
      std::string name = std::string(entry->name) + "_lv" + std::to_string(tier);
      auto read = import::field_from_name(name);
      if (read && read->field == entry->field && read->tier == tier) roles.push_back({name, yearly_label(*entry, 0, 0, tier)});
    }
  return roles;
}

std::string column_role_name(const import::ColumnField& field) {
  const FieldName* entry = find_field(field.field, field.describes);
  if (!entry) entry = find_field(field.field);
  if (!entry) return "abaikan";
  std::string name = entry->name;
  if (field.tier > 0) return name + "_lv" + std::to_string(field.tier);
  if (field.year > 0) return name + ":" + std::to_string(field.year);
  if (field.relative_year > 0) return name + ":" + std::to_string(field.relative_year);
  return name;
}

std::string column_role_label(const import::ColumnField& field) {
  const FieldName* entry = find_field(field.field, field.describes);
  if (!entry) entry = find_field(field.field);
  if (!entry) return tr("role.ignored");
  return yearly_label(*entry, field.year, field.relative_year, field.tier);
}

}  // namespace pokin::ui
