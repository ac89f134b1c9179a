#include "core/commands/commands.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/model/document_limits.h"
#include "core/model/indonesian_number.h"
#include "core/model/tree_index.h"
#include "core/commands/planning_fields.h"
#include "core/commands/value_numbers.h"

namespace pokin::commands {
namespace {

std::string num(long long n) { return std::to_string(n); }

std::string describe_unit(const Unit& unit) {
  return "\"" + (unit.name.empty() ? unit.jabatan : unit.name) + "\"";
}
std::string describe_sasaran(const Sasaran& sasaran) {
  return sasaran.code.empty() ? "\"" + sasaran.statement.substr(0, 60) + "\"" : sasaran.code;
}

const Unit& require_unit(const Document& document, Id id) {
  const Unit* unit = document.find_unit(id);
  if (!unit)
    throw UserError("Unit kerja dengan id " + num(id) + " tidak ada dalam dokumen.",
                    "There is no unit with id " + num(id) + " in the document.");
  return *unit;
}
const Sasaran& require_sasaran(const Document& document, Id id) {
  const Sasaran* sasaran = document.find_sasaran(id);
  if (!sasaran)
    throw UserError("Sasaran dengan id " + num(id) + " tidak ada dalam dokumen.",
                    "There is no sasaran with id " + num(id) + " in the document.");
  return *sasaran;
}
const Indikator& require_indikator(const Document& document, Id id) {
  const Indikator* indikator = document.find_indikator(id);
  if (!indikator)
    throw UserError("Indikator dengan id " + num(id) + " tidak ada dalam dokumen.",
                    "There is no indikator with id " + num(id) + " in the document.");
  return *indikator;
}
const CrosscuttingLink& require_link(const Document& document, Id id) {
  const CrosscuttingLink* link = document.find_link(id);
  if (!link)
    throw UserError("Tautan crosscutting dengan id " + num(id) + " tidak ada dalam dokumen.",
                    "There is no crosscutting link with id " + num(id) + " in the document.");
  return *link;
}

// True when `candidate` is `unit` itself or lies below it: making it the parent would close a cycle.
bool unit_below(const Document& document, Id candidate, Id unit) {
  for (std::size_t steps = 0; candidate != kNoId && steps <= document.units.size(); ++steps) {
    if (candidate == unit) return true;
    const Unit* u = document.find_unit(candidate);
    if (!u) return false;
    candidate = u->parent;
  }
  return candidate != kNoId;  // a walk longer than the number of units is already a cycle
}
bool sasaran_below(const Document& document, Id candidate, Id sasaran) {
  for (std::size_t steps = 0; candidate != kNoId && steps <= document.sasaran.size(); ++steps) {
    if (candidate == sasaran) return true;
    const Sasaran* s = document.find_sasaran(candidate);
    if (!s) return false;
    candidate = s->parent;
  }
  return candidate != kNoId;
}

void check_unit_parent(const Document& document, const Unit& unit) {
  if (unit.parent == kNoId) return;
  const Unit& parent = require_unit(document, unit.parent);
  if (unit.id != kNoId && unit_below(document, unit.parent, unit.id))
    throw UserError("Unit " + describe_unit(unit) + " tidak dapat ditempatkan di bawah " + describe_unit(parent) +
                        ", karena " + describe_unit(parent) + " berada di bawahnya sendiri (siklus).",
                    "Unit " + describe_unit(unit) + " cannot be placed under " + describe_unit(parent) + ", because " +
                        describe_unit(parent) + " lies below it (a cycle).");
}

void check_sasaran_links(const Document& document, const Sasaran& sasaran) {
  require_unit(document, sasaran.unit);
  if (sasaran.level < 0)
    throw UserError("Level sasaran tidak boleh negatif.", "A sasaran level cannot be negative.");
  if (sasaran.level > kMaxSasaranLevel)
    throw UserError("Level sasaran paling dalam adalah level " + num(kMaxSasaranLevel + 1) + ".",
                    "The deepest sasaran level is level " + num(kMaxSasaranLevel + 1) + ".");
  if (sasaran.parent == kNoId) return;
  const Sasaran& parent = require_sasaran(document, sasaran.parent);
  if (sasaran.id != kNoId && sasaran_below(document, sasaran.parent, sasaran.id))
    throw UserError("Sasaran " + describe_sasaran(sasaran) + " tidak dapat mendukung " + describe_sasaran(parent) +
                        ", karena " + describe_sasaran(parent) + " sendiri mendukung sasaran ini (siklus).",
                    "Sasaran " + describe_sasaran(sasaran) + " cannot support " + describe_sasaran(parent) +
                        ", because " + describe_sasaran(parent) + " itself supports this sasaran (a cycle).");
}

void check_years(const DocumentInfo& info, const Indikator& indikator) {
  auto check = [&](const std::map<int, Value>& values, const char* what_id, const char* what_en) {
    for (const auto& [year, value] : values) {
      if (!info.in_period(year))
        throw UserError(std::string(what_id) + " tahun " + num(year) + " untuk indikator \"" + indikator.name +
                            "\" berada di luar periode Renstra " + num(info.period_start) + "-" +
                            num(info.period_end) + ".",
                        std::string(what_en) + " for year " + num(year) + " of indikator \"" + indikator.name +
                            "\" lies outside the Renstra period " + num(info.period_start) + "-" +
                            num(info.period_end) + ".");
    }
  };
  check(indikator.target, "Target", "The target");
  check(indikator.realisasi, "Realisasi", "The realisasi");
}

void check_period(int start, int end) {
  if (start <= 0 || end <= 0)
    throw UserError("Periode Renstra harus diisi (tahun awal dan tahun akhir).",
                    "The Renstra period needs a first and a last year.");
  if (end < start)
    throw UserError("Tahun akhir periode (" + num(end) + ") lebih awal dari tahun awal (" + num(start) + ").",
                    "The last year of the period (" + num(end) + ") comes before the first (" + num(start) + ").");
  if (end - start + 1 > kMaxPeriodYears)
    throw UserError("Periode Renstra paling lama " + num(kMaxPeriodYears) + " tahun; " + num(start) + "-" + num(end) +
                        " adalah " + num(end - start + 1) + " tahun.",
                    "A Renstra period lasts at most " + num(kMaxPeriodYears) + " years; " + num(start) + "-" +
                        num(end) + " is " + num(end - start + 1) + " years.");
}

template <class T>
RowChange put_new(const T& value) {
  return Put<T>{value.id, std::nullopt, value};
}
template <class T>
RowChange put_edit(const T& before, const T& after) {
  return Put<T>{after.id, before, after};
}
template <class T>
RowChange put_erase(const T& value) {
  return Put<T>{value.id, value, std::nullopt};
}

// The next free order among siblings, so a new node goes last.
template <class T, class SameSiblings>
int next_order(const std::map<Id, T>& entities, SameSiblings same) {
  int order = 0;
  for (const auto& [id, entity] : entities)
    if (same(entity)) order = std::max(order, entity.order + 1);
  return order;
}

// Collects a sasaran subtree (the sasaran and everything that supports it, transitively).
std::vector<Id> sasaran_subtree(const TreeIndex& index, Id root) {
  std::vector<Id> ids{root};
  for (std::size_t i = 0; i < ids.size(); ++i)
    for (Id child : index.child_sasaran(ids[i])) ids.push_back(child);
  return ids;
}

// The changes that remove the given sasaran, their indikator and the links touching them. Supporting sasaran
// outside `doomed` are lifted to the nearest surviving ancestor.
void erase_sasaran_set(const Document& document, const TreeIndex& index, const std::set<Id>& doomed,
                       std::vector<RowChange>& changes) {
  for (Id id : doomed) {
    const Sasaran& sasaran = document.sasaran.at(id);
    for (Id indikator : index.sasaran_indikator(id)) changes.push_back(put_erase(document.indikator.at(indikator)));
    for (Id child : index.child_sasaran(id)) {
      if (doomed.count(child)) continue;
      Id lifted = sasaran.parent;
      while (lifted != kNoId && doomed.count(lifted)) lifted = document.sasaran.at(lifted).parent;
      Sasaran moved = document.sasaran.at(child);
      moved.parent = lifted;
      changes.push_back(put_edit(document.sasaran.at(child), moved));
    }
  }
  for (const auto& [id, link] : document.links)
    if (doomed.count(link.from) || doomed.count(link.to)) changes.push_back(put_erase(link));
  for (Id id : doomed) changes.push_back(put_erase(document.sasaran.at(id)));
}

void renumber_values(Indikator& indikator, const Indikator* before) {
  renumber(indikator.baseline, before ? &before->baseline : nullptr);
  renumber(indikator.kondisi_akhir, before ? &before->kondisi_akhir : nullptr);
  renumber_years(indikator.target, before ? &before->target : nullptr);
  renumber_years(indikator.realisasi, before ? &before->realisasi : nullptr);
}

}  // namespace

Step set_info(const Document& document, DocumentInfo info) {
  check_period(info.period_start, info.period_end);
  if (info.levels.empty())
    throw UserError("Dokumen memerlukan paling sedikit satu nama level.", "A document needs at least one level name.");
  std::size_t outside = 0;
  for (const auto& [id, indikator] : document.indikator) {
    for (const auto& [year, value] : indikator.target) outside += !info.in_period(year);
    for (const auto& [year, value] : indikator.realisasi) outside += !info.in_period(year);
  }
  if (outside > 0)
    throw UserError(num(outside) + " target/realisasi berada di luar periode baru " + num(info.period_start) + "-" +
                        num(info.period_end) + ". Hapus atau pindahkan dulu nilai tahun-tahun itu.",
                    num(outside) + " targets/realisasi lie outside the new period " + num(info.period_start) + "-" +
                        num(info.period_end) + ". Clear or move the values of those years first.");
  if (std::size_t pagu = pagu_outside_period(document, info); pagu > 0)
    throw UserError(num(pagu) + " pagu/realisasi pagu berada di luar periode baru " + num(info.period_start) + "-" +
                        num(info.period_end) + ". Hapus atau pindahkan dulu nilai tahun-tahun itu.",
                    num(pagu) + " pagu/realisasi pagu values lie outside the new period " + num(info.period_start) +
                        "-" + num(info.period_end) + ". Clear or move the values of those years first.");
  return Step{{"Ubah data dokumen", "Edit document details"}, {InfoPut{document.info, std::move(info)}}, kNoId};
}

Step add_unit(const Document& document, Unit unit) {
  unit.id = kNoId;
  check_unit_parent(document, unit);
  unit.id = document.last_id + 1;
  unit.order = next_order(document.units, [&](const Unit& u) { return u.parent == unit.parent; });
  return Step{{"Tambah unit " + describe_unit(unit), "Add unit " + describe_unit(unit)}, {put_new(unit)}, unit.id};
}

Step edit_unit(const Document& document, Unit unit) {
  const Unit& before = require_unit(document, unit.id);
  check_unit_parent(document, unit);
  return Step{{"Ubah unit " + describe_unit(unit), "Edit unit " + describe_unit(unit)}, {put_edit(before, unit)}, kNoId};
}

Step move_unit(const Document& document, Id unit_id, Id new_parent) {
  Unit unit = require_unit(document, unit_id);
  unit.parent = new_parent;
  check_unit_parent(document, unit);
  unit.order = next_order(document.units, [&](const Unit& u) { return u.parent == new_parent && u.id != unit_id; });
  Step step = edit_unit(document, unit);
  step.name = {"Pindahkan unit " + describe_unit(unit), "Move unit " + describe_unit(unit)};
  return step;
}

Step delete_unit(const Document& document, Id unit_id, UnitDeletion policy) {
  const Unit& unit = require_unit(document, unit_id);
  TreeIndex index(document);

  std::vector<Id> doomed_units{unit_id};
  if (policy.children == ChildPolicy::DeleteSubtree)
    for (std::size_t i = 0; i < doomed_units.size(); ++i)
      for (Id child : index.child_units(doomed_units[i])) doomed_units.push_back(child);
  std::set<Id> doomed_unit_set(doomed_units.begin(), doomed_units.end());

  std::vector<Id> owned;
  for (Id u : doomed_units)
    for (Id s : index.unit_sasaran(u)) owned.push_back(s);

  std::vector<RowChange> changes;
  if (!owned.empty()) {
    switch (policy.sasaran) {
      case OwnedSasaranPolicy::Refuse:
        throw UserError("Unit " + describe_unit(unit) + " masih memiliki " + num(owned.size()) +
                            " sasaran. Pilih apakah sasaran itu dihapus atau dipindahkan ke unit lain.",
                        "Unit " + describe_unit(unit) + " still owns " + num(owned.size()) +
                            " sasaran. Choose whether they are deleted or moved to another unit.");
      case OwnedSasaranPolicy::MoveTo: {
        const Unit& target = require_unit(document, policy.move_to);
        if (doomed_unit_set.count(target.id))
          throw UserError("Sasaran tidak dapat dipindahkan ke unit yang ikut dihapus.",
                          "Sasaran cannot be moved to a unit that is being deleted too.");
        for (Id s : owned) {
          Sasaran moved = document.sasaran.at(s);
          moved.unit = target.id;
          changes.push_back(put_edit(document.sasaran.at(s), moved));
        }
        break;
      }
      case OwnedSasaranPolicy::Delete:
        erase_sasaran_set(document, index, std::set<Id>(owned.begin(), owned.end()), changes);
        break;
    }
  }
  if (policy.children == ChildPolicy::LiftChildren) {
    for (Id child : index.child_units(unit_id)) {
      Unit lifted = document.units.at(child);
      lifted.parent = unit.parent;
      changes.push_back(put_edit(document.units.at(child), lifted));
    }
  }
  // Deepest first, so no unit is ever left pointing at a removed parent while the step runs.
  for (auto it = doomed_units.rbegin(); it != doomed_units.rend(); ++it)
    changes.push_back(put_erase(document.units.at(*it)));
  return Step{{"Hapus unit " + describe_unit(unit), "Delete unit " + describe_unit(unit)}, std::move(changes), kNoId};
}

Step add_sasaran(const Document& document, Sasaran sasaran) {
  sasaran.id = kNoId;
  check_sasaran_links(document, sasaran);
  check_planning_fields(document.info, sasaran);
  renumber_planning_values(sasaran, nullptr);
  sasaran.id = document.last_id + 1;
  sasaran.order = next_order(document.sasaran, [&](const Sasaran& s) { return s.unit == sasaran.unit; });
  return Step{{"Tambah sasaran " + describe_sasaran(sasaran), "Add sasaran " + describe_sasaran(sasaran)},
              {put_new(sasaran)},
              sasaran.id};
}

Step edit_sasaran(const Document& document, Sasaran sasaran) {
  const Sasaran& before = require_sasaran(document, sasaran.id);
  check_sasaran_links(document, sasaran);
  check_planning_fields(document.info, sasaran);
  renumber_planning_values(sasaran, &before);
  return Step{{"Ubah sasaran " + describe_sasaran(sasaran), "Edit sasaran " + describe_sasaran(sasaran)},
              {put_edit(before, sasaran)},
              kNoId};
}

Step reparent_sasaran(const Document& document, Id sasaran_id, Id new_parent) {
  Sasaran sasaran = require_sasaran(document, sasaran_id);
  sasaran.parent = new_parent;
  sasaran.link_origin = LinkOrigin::Person;
  sasaran.suggestion_score = 0;
  Step step = edit_sasaran(document, sasaran);
  step.name = new_parent == kNoId
                  ? Bilingual{"Lepaskan tautan " + describe_sasaran(sasaran), "Unlink " + describe_sasaran(sasaran)}
                  : Bilingual{"Tautkan " + describe_sasaran(sasaran) + " ke " +
                                  describe_sasaran(require_sasaran(document, new_parent)),
                              "Link " + describe_sasaran(sasaran) + " to " +
                                  describe_sasaran(require_sasaran(document, new_parent))};
  return step;
}

Step accept_suggested_link(const Document& document, Id sasaran_id) {
  Sasaran sasaran = require_sasaran(document, sasaran_id);
  if (sasaran.link_origin != LinkOrigin::Suggested)
    throw UserError("Tautan sasaran " + describe_sasaran(sasaran) + " bukan usulan yang menunggu ditinjau.",
                    "The link of sasaran " + describe_sasaran(sasaran) + " is not a suggestion awaiting review.");
  sasaran.link_origin = LinkOrigin::Person;
  Step step = edit_sasaran(document, sasaran);
  step.name = {"Terima usulan tautan " + describe_sasaran(sasaran), "Accept suggested link " + describe_sasaran(sasaran)};
  return step;
}

Step delete_sasaran(const Document& document, Id sasaran_id, ChildPolicy children) {
  const Sasaran& sasaran = require_sasaran(document, sasaran_id);
  TreeIndex index(document);
  std::set<Id> doomed{sasaran_id};
  if (children == ChildPolicy::DeleteSubtree)
    for (Id id : sasaran_subtree(index, sasaran_id)) doomed.insert(id);
  std::vector<RowChange> changes;
  erase_sasaran_set(document, index, doomed, changes);
  return Step{{"Hapus sasaran " + describe_sasaran(sasaran), "Delete sasaran " + describe_sasaran(sasaran)},
              std::move(changes),
              kNoId};
}

Step add_indikator(const Document& document, Indikator indikator) {
  require_sasaran(document, indikator.sasaran);
  check_years(document.info, indikator);
  check_planning_fields(indikator);
  renumber_values(indikator, nullptr);
  indikator.id = document.last_id + 1;
  indikator.order =
      next_order(document.indikator, [&](const Indikator& i) { return i.sasaran == indikator.sasaran; });
  return Step{{"Tambah indikator \"" + indikator.name + "\"", "Add indikator \"" + indikator.name + "\""},
              {put_new(indikator)},
              indikator.id};
}

Step edit_indikator(const Document& document, Indikator indikator) {
  const Indikator& before = require_indikator(document, indikator.id);
  require_sasaran(document, indikator.sasaran);
  check_years(document.info, indikator);
  check_planning_fields(indikator);
  renumber_values(indikator, &before);
  return Step{{"Ubah indikator \"" + indikator.name + "\"", "Edit indikator \"" + indikator.name + "\""},
              {put_edit(before, indikator)},
              kNoId};
}

Step delete_indikator(const Document& document, Id indikator_id) {
  const Indikator& indikator = require_indikator(document, indikator_id);
  return Step{{"Hapus indikator \"" + indikator.name + "\"", "Delete indikator \"" + indikator.name + "\""},
              {put_erase(indikator)},
              kNoId};
}

namespace {
Step set_year_value(const Document& document, Id indikator_id, int year, std::string text, bool target) {
  Indikator indikator = require_indikator(document, indikator_id);
  auto& values = target ? indikator.target : indikator.realisasi;
  if (text.empty())
    values.erase(year);
  else
    values[year] = make_value(std::move(text));
  Step step = edit_indikator(document, indikator);
  step.name = target ? Bilingual{"Ubah target " + num(year) + " \"" + indikator.name + "\"",
                                 "Edit target " + num(year) + " of \"" + indikator.name + "\""}
                     : Bilingual{"Ubah realisasi " + num(year) + " \"" + indikator.name + "\"",
                                 "Edit realisasi " + num(year) + " of \"" + indikator.name + "\""};
  return step;
}
}  // namespace

Step set_target(const Document& document, Id indikator, int year, std::string text) {
  return set_year_value(document, indikator, year, std::move(text), true);
}
Step set_realisasi(const Document& document, Id indikator, int year, std::string text) {
  return set_year_value(document, indikator, year, std::move(text), false);
}

namespace {
template <class T, class SameSiblings>
Step swap_with_sibling(const std::map<Id, T>& entities, const T& node, int delta, SameSiblings same) {
  std::vector<const T*> siblings;
  for (const auto& [id, entity] : entities)
    if (same(entity)) siblings.push_back(&entity);
  std::stable_sort(siblings.begin(), siblings.end(), [](const T* a, const T* b) {
    return a->order != b->order ? a->order < b->order : a->id < b->id;
  });
  auto position = std::find_if(siblings.begin(), siblings.end(), [&](const T* s) { return s->id == node.id; }) -
                  siblings.begin();
  long target = position + delta;
  if (delta == 0 || target < 0 || target >= static_cast<long>(siblings.size()))
    throw UserError("Tidak dapat dipindahkan lebih jauh ke arah itu.", "It cannot move further in that direction.");
  // Renumber the whole sibling list so ties in `order` (e.g. from an import) cannot make a swap a no-op.
  std::swap(siblings[position], siblings[target]);
  Step step;
  for (std::size_t k = 0; k < siblings.size(); ++k) {
    if (siblings[k]->order == static_cast<int>(k)) continue;
    T renumbered = *siblings[k];
    renumbered.order = static_cast<int>(k);
    step.changes.push_back(put_edit(*siblings[k], renumbered));
  }
  return step;
}
}  // namespace

Step move_among_siblings(const Document& document, Id node, int delta) {
  Step step;
  if (const Unit* unit = document.find_unit(node)) {
    step = swap_with_sibling(document.units, *unit, delta, [&](const Unit& u) { return u.parent == unit->parent; });
    step.name = {"Urutkan unit " + describe_unit(*unit), "Reorder unit " + describe_unit(*unit)};
  } else if (const Sasaran* sasaran = document.find_sasaran(node)) {
    step = swap_with_sibling(document.sasaran, *sasaran, delta,
                             [&](const Sasaran& s) { return s.unit == sasaran->unit; });
    step.name = {"Urutkan sasaran " + describe_sasaran(*sasaran), "Reorder sasaran " + describe_sasaran(*sasaran)};
  } else if (const Indikator* indikator = document.find_indikator(node)) {
    step = swap_with_sibling(document.indikator, *indikator, delta,
                             [&](const Indikator& i) { return i.sasaran == indikator->sasaran; });
    step.name = {"Urutkan indikator \"" + indikator->name + "\"", "Reorder indikator \"" + indikator->name + "\""};
  } else {
    throw UserError("Tidak ada unit, sasaran atau indikator dengan id " + num(node) + ".",
                    "There is no unit, sasaran or indikator with id " + num(node) + ".");
  }
  return step;
}

namespace {
void check_link(const Document& document, const CrosscuttingLink& link) {
  require_sasaran(document, link.from);
  if (link.to != kNoId) {
    require_sasaran(document, link.to);
    if (link.to == link.from)
      throw UserError("Sasaran tidak dapat ditautkan crosscutting ke dirinya sendiri.",
                      "A sasaran cannot have a crosscutting link to itself.");
  } else if (link.partner_name.empty()) {
    throw UserError("Tautan crosscutting memerlukan sasaran tujuan atau nama mitra.",
                    "A crosscutting link needs a target sasaran or a partner name.");
  }
}
}  // namespace

Step add_link(const Document& document, CrosscuttingLink link) {
  check_link(document, link);
  link.id = document.last_id + 1;
  return Step{{"Tambah tautan crosscutting", "Add crosscutting link"}, {put_new(link)}, link.id};
}

Step edit_link(const Document& document, CrosscuttingLink link) {
  const CrosscuttingLink& before = require_link(document, link.id);
  check_link(document, link);
  return Step{{"Ubah tautan crosscutting", "Edit crosscutting link"}, {put_edit(before, link)}, kNoId};
}

Step delete_link(const Document& document, Id link_id) {
  return Step{{"Hapus tautan crosscutting", "Delete crosscutting link"},
              {put_erase(require_link(document, link_id))},
              kNoId};
}

Step merge_document(const Document& document, const Document& incoming, Bilingual name, Id attach_roots_to) {
  if (attach_roots_to != kNoId) require_unit(document, attach_roots_to);
  Step step;
  step.name = std::move(name);

  DocumentInfo info = document.info;
  auto fill = [](std::string& field, const std::string& value) {
    if (field.empty()) field = value;
  };
  fill(info.instansi, incoming.info.instansi);
  fill(info.pemda, incoming.info.pemda);
  fill(info.nomor_sk, incoming.info.nomor_sk);
  fill(info.tanggal, incoming.info.tanggal);
  fill(info.penandatangan.nama, incoming.info.penandatangan.nama);
  fill(info.penandatangan.nip, incoming.info.penandatangan.nip);
  fill(info.penandatangan.jabatan, incoming.info.penandatangan.jabatan);
  if (info.period_years() == 0 && incoming.info.period_years() > 0) {
    info.period_start = incoming.info.period_start;
    info.period_end = incoming.info.period_end;
  }
  if (info.text_scales.empty()) info.text_scales = incoming.info.text_scales;

  // Targets must fit the resulting period: refuse the whole import rather than drop a value.
  for (const auto& [id, indikator] : incoming.indikator) {
    check_years(info, indikator);
    check_planning_fields(indikator);
  }
  for (const auto& [id, sasaran] : incoming.sasaran) check_planning_fields(info, sasaran);
  if (!(info == document.info)) step.changes.push_back(InfoPut{document.info, info});

  std::unordered_map<Id, Id> fresh;
  Id next = document.last_id;
  auto remap = [&](Id old) { return old == kNoId ? kNoId : fresh.at(old); };
  for (const auto& [id, unit] : incoming.units) fresh[id] = ++next;
  for (const auto& [id, sasaran] : incoming.sasaran) fresh[id] = ++next;
  for (const auto& [id, indikator] : incoming.indikator) fresh[id] = ++next;
  for (const auto& [id, link] : incoming.links) fresh[id] = ++next;

  int root_order = next_order(document.units, [&](const Unit& u) { return u.parent == attach_roots_to; });
  for (const auto& [id, unit] : incoming.units) {
    if (unit.parent != kNoId && unit_below(incoming, unit.parent, id))
      throw UserError("Data impor rusak: unit kerja membentuk siklus.", "Broken import data: units form a cycle.");
    Unit added = unit;
    added.id = fresh.at(id);
    if (unit.parent != kNoId && incoming.units.count(unit.parent)) {
      added.parent = fresh.at(unit.parent);
    } else {
      added.parent = attach_roots_to;
      added.order = root_order++;
    }
    step.changes.push_back(put_new(added));
  }
  for (const auto& [id, sasaran] : incoming.sasaran) {
    if (sasaran.parent != kNoId && sasaran_below(incoming, sasaran.parent, id))
      throw UserError("Data impor rusak: tautan sasaran membentuk siklus.", "Broken import data: sasaran links form a cycle.");
    if (!incoming.units.count(sasaran.unit))
      throw UserError("Data impor rusak: sasaran tanpa unit pemilik.", "Broken import data: a sasaran without a unit.");
    Sasaran added = sasaran;
    added.id = fresh.at(id);
    added.unit = fresh.at(sasaran.unit);
    added.parent = incoming.sasaran.count(sasaran.parent) ? fresh.at(sasaran.parent) : kNoId;
    step.changes.push_back(put_new(added));
  }
  for (const auto& [id, indikator] : incoming.indikator) {
    if (!incoming.sasaran.count(indikator.sasaran))
      throw UserError("Data impor rusak: indikator tanpa sasaran.", "Broken import data: an indikator without a sasaran.");
    Indikator added = indikator;
    added.id = fresh.at(id);
    added.sasaran = fresh.at(indikator.sasaran);
    step.changes.push_back(put_new(added));
  }
  for (const auto& [id, link] : incoming.links) {
    if (!incoming.sasaran.count(link.from) || (link.to != kNoId && !incoming.sasaran.count(link.to)))
      throw UserError("Data impor rusak: tautan crosscutting ke sasaran yang tidak ada.",
                      "Broken import data: a crosscutting link to a sasaran that does not exist.");
    CrosscuttingLink added = link;
    added.id = fresh.at(id);
    added.from = remap(link.from);
    added.to = remap(link.to);
    step.changes.push_back(put_new(added));
  }
  return step;
}

}  // namespace pokin::commands
