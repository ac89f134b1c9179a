#include "core/commands/planning_commands.h"

#include <algorithm>
#include <set>

#include "core/commands/commands.h"

namespace pokin::commands {
namespace {

std::string num(long long n) { return std::to_string(n); }

std::string describe(const Sasaran& sasaran) {
  return sasaran.code.empty() ? "\"" + sasaran.statement.substr(0, 60) + "\"" : sasaran.code;
}

// The sasaran as it is now, or the same refusal edit_sasaran gives for an unknown id.
Sasaran current_sasaran(const Document& document, Id id) {
  if (const Sasaran* sasaran = document.find_sasaran(id)) return *sasaran;
  throw UserError("Sasaran dengan id " + num(id) + " tidak ada dalam dokumen.",
                  "There is no sasaran with id " + num(id) + " in the document.");
}

Step renamed(Step step, Bilingual name) {
  step.name = std::move(name);
  return step;
}

void put_year(std::map<int, Value>& values, int year, std::string text) {
  if (text.empty())
    values.erase(year);
  else
    values[year] = Value{std::move(text), std::nullopt};  // the number is read by edit_sasaran
}

}  // namespace

Step set_statement_kind(const Document& document, Id sasaran_id, StatementKind kind) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  sasaran.kind = kind;
  if (kind == StatementKind::Tujuan) sasaran.level = 0;
  std::string what = kind == StatementKind::Tujuan ? "Tujuan" : "Sasaran";
  return renamed(edit_sasaran(document, sasaran),
                 {"Jadikan " + describe(sasaran) + " " + what, "Make " + describe(sasaran) + " a " + what});
}

Step set_nomenclature(const Document& document, Id sasaran_id, Nomenclature nomenclature) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  sasaran.nomenclature = std::move(nomenclature);
  return renamed(edit_sasaran(document, sasaran),
                 {"Ubah nomenklatur " + describe(sasaran), "Edit nomenclature of " + describe(sasaran)});
}

Step set_pagu(const Document& document, Id sasaran_id, int year, std::string text) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  put_year(sasaran.pagu, year, std::move(text));
  return renamed(edit_sasaran(document, sasaran), {"Ubah pagu " + num(year) + " " + describe(sasaran),
                                                   "Edit pagu " + num(year) + " of " + describe(sasaran)});
}

Step set_realisasi_pagu(const Document& document, Id sasaran_id, int year, std::string text) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  put_year(sasaran.realisasi_pagu, year, std::move(text));
  return renamed(edit_sasaran(document, sasaran), {"Ubah realisasi pagu " + num(year) + " " + describe(sasaran),
                                                   "Edit realisasi pagu " + num(year) + " of " + describe(sasaran)});
}

Step set_pagu_akhir(const Document& document, Id sasaran_id, std::string text) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  sasaran.pagu_akhir = Value{std::move(text), std::nullopt};
  return renamed(edit_sasaran(document, sasaran),
                 {"Ubah pagu akhir " + describe(sasaran), "Edit pagu akhir of " + describe(sasaran)});
}

Step set_lokasi(const Document& document, Id sasaran_id, std::string lokasi) {
  Sasaran sasaran = current_sasaran(document, sasaran_id);
  sasaran.lokasi = std::move(lokasi);
  return renamed(edit_sasaran(document, sasaran),
                 {"Ubah lokasi " + describe(sasaran), "Edit lokasi of " + describe(sasaran)});
}

Step set_kondisi_akhir(const Document& document, Id indikator_id, std::string text) {
  const Indikator* found = document.find_indikator(indikator_id);
  if (!found)
    throw UserError("Indikator dengan id " + num(indikator_id) + " tidak ada dalam dokumen.",
                    "There is no indikator with id " + num(indikator_id) + " in the document.");
  Indikator indikator = *found;
  indikator.kondisi_akhir = Value{std::move(text), std::nullopt};
  return renamed(edit_indikator(document, indikator), {"Ubah kondisi akhir \"" + indikator.name + "\"",
                                                       "Edit kondisi akhir of \"" + indikator.name + "\""});
}

Step assign_sasaran_to_unit(const Document& document, const std::vector<Id>& sasaran_ids, Id unit_id) {
  const Unit* unit = document.find_unit(unit_id);
  if (!unit)
    throw UserError("Unit kerja dengan id " + num(unit_id) + " tidak ada dalam dokumen.",
                    "There is no unit with id " + num(unit_id) + " in the document.");
  if (sasaran_ids.empty())
    throw UserError("Pilih dulu sasaran yang akan dipindahkan.", "Select the sasaran to move first.");
  int order = 0;
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.unit == unit_id) order = std::max(order, sasaran.order + 1);
  Step step;
  std::set<Id> seen;
  for (Id id : sasaran_ids) {
    Sasaran moved = current_sasaran(document, id);
    if (moved.unit == unit_id || !seen.insert(id).second) continue;
    const Sasaran& before = document.sasaran.at(id);
    moved.unit = unit_id;
    moved.order = order++;
    step.changes.push_back(Put<Sasaran>{id, before, std::move(moved)});
  }
  std::string unit_name = "\"" + (unit->name.empty() ? unit->jabatan : unit->name) + "\"";
  if (step.changes.empty())
    throw UserError("Semua sasaran yang dipilih sudah milik " + unit_name + ".",
                    "Every selected sasaran already belongs to " + unit_name + ".");
  step.name = {"Pindahkan " + num(static_cast<long long>(step.changes.size())) + " sasaran ke " + unit_name,
               "Move " + num(static_cast<long long>(step.changes.size())) + " sasaran to " + unit_name};
  return step;
}

}  // namespace pokin::commands
