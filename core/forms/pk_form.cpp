#include "core/forms/pk_form.h"

#include <deque>
#include <set>

#include "core/forms/pk_lampiran.h"
#include "core/forms/pk_parties.h"
#include "core/forms/form_signature.h"
#include "core/text/indonesian_date.h"
#include "core/forms/pk_statement.h"
#include "core/text/ascii_text.h"
#include "core/forms/unit_selection.h"
#include "core/model/tree_index.h"
#include "core/text/bilingual.h"

namespace pokin {

namespace {

std::string unit_label(const Unit& unit) {
  std::string name = trimmed(unit.name);
  if (name.empty()) name = trimmed(unit.jabatan);
  return (name.empty() ? "tanpa nama" : name) + " (id " + std::to_string(unit.id) + ")";
}

UserError no_sasaran(const Unit& unit, const FormRequest& request) {
  bool narrowed = request.levels > 0 || request.branch != kNoId;
  std::string label = unit_label(unit);
  return UserError("Unit kerja " + label + " tidak memiliki sasaran" +
                       (narrowed ? " dalam level/cabang yang dipilih" : "") +
                       ", jadi Perjanjian Kinerjanya tidak dapat dibuat. Tambahkan sasaran untuk unit ini, atau pilih "
                       "unit lain.",
                   "The unit " + label + " owns no sasaran" + (narrowed ? " within the chosen levels/branch" : "") +
                       ", so its Perjanjian Kinerja cannot be made. Add a sasaran for this unit, or choose another unit.");
}

// request.year, or for 0 this year when it lies in the period (else the period's first year).
int pk_year(const DocumentInfo& info, int requested) {
  if (requested != 0) return requested;
  int now = current_year();
  return info.period_years() == 0 || info.in_period(now) ? now : info.period_start;
}

// Pihak kedua on the left, pihak pertama on the right (the regulation's form), `place_date` above pihak pertama.
FormSignatures signatures(const PkParties& parties, std::string left_role, std::string right_role,
                          std::string place_date) {
  FormSignature kedua{"", std::move(left_role), parties.kedua.name, "", parties.kedua.nip};
  FormSignature pertama{std::move(place_date), std::move(right_role), parties.pertama.name, "", parties.pertama.nip};
  return {{kedua, pertama}};
}

std::vector<std::string> agency_lines(const DocumentInfo& info) {
  std::vector<std::string> lines;
  if (!trimmed(info.instansi).empty()) lines.push_back(upper_ascii(trimmed(info.instansi)));
  if (pemda_adds_to_instansi(info)) lines.push_back(upper_ascii(trimmed(info.pemda)));
  return lines;
}

Form build_pk(const Document& document, const TreeIndex& index, const Unit& unit, const PkContent& content, int year,
              const FormRequest& request) {
  const DocumentInfo& info = document.info;
  PkParties parties = pk_parties(document, unit.id);
  std::string title = "PERJANJIAN KINERJA TAHUN " + std::to_string(year);

  Form form;
  form.kind = FormKind::Pk;
  std::string name = trimmed(unit.name);
  if (name.empty()) name = trimmed(unit.jabatan);
  if (name.empty()) name = "unit " + std::to_string(unit.id);
  form.name = "PK " + name + " " + std::to_string(year);
  form.paper = request.paper;
  form.orientation = request.orientation;

  FormTitle agreement_title{{title}};
  for (std::string& line : agency_lines(info)) agreement_title.lines.push_back(std::move(line));
  form.blocks.push_back(agreement_title);
  for (FormParagraph& paragraph : pk_statement(parties)) form.blocks.push_back(std::move(paragraph));
  form.blocks.push_back(signatures(parties, "PIHAK KEDUA,", "PIHAK PERTAMA,", signature_place_date(request)));
  form.blocks.push_back(FormPageBreak{});

  // The lampiran names the unit above its agency ("BIDANG BINA MARGA / DINAS ... / KABUPATEN ..."); the head of
  // agency's lampiran is the agency's own.
  FormTitle lampiran_title{{title}};
  if (unit.kind != UnitKind::Head && !trimmed(unit.name).empty()) lampiran_title.lines.push_back(upper_ascii(trimmed(unit.name)));
  for (std::string& line : agency_lines(info)) lampiran_title.lines.push_back(std::move(line));
  form.blocks.push_back(lampiran_title);
  form.blocks.push_back(pk_sasaran_table(document, index, content.sasaran, year));
  if (!content.anggaran.empty()) form.blocks.push_back(pk_anggaran_table(document, content.anggaran, year));
  form.blocks.push_back(signatures(parties, parties.kedua.jabatan + ",", parties.pertama.jabatan + ",", ""));
  return form;
}

Form checked_pk(const Document& document, const TreeIndex& index, Id unit_id, int year, const FormRequest& request) {
  const Unit* unit = document.find_unit(unit_id);
  if (!unit)
    throw UserError("Unit kerja dengan id " + std::to_string(unit_id) + " tidak ada dalam dokumen (lihat `pokin info`).",
                    "There is no unit with id " + std::to_string(unit_id) + " in the document (see `pokin info`).");
  PkContent content = pk_content(document, index, unit_id, year, request);
  if (content.sasaran.empty()) throw no_sasaran(*unit, request);
  return build_pk(document, index, *unit, content, year, request);
}

// Every unit, breadth first from the top in sibling order: the head of agency, then eselon III, then IV, then staff.
// Units the walk cannot reach (a damaged document's cycle) follow in id order.
std::vector<Id> units_top_down(const Document& document, const TreeIndex& index) {
  std::vector<Id> order;
  std::set<Id> seen;
  std::deque<Id> queue(index.root_units().begin(), index.root_units().end());
  while (!queue.empty()) {
    Id id = queue.front();
    queue.pop_front();
    if (!seen.insert(id).second) continue;
    order.push_back(id);
    for (Id child : index.child_units(id)) queue.push_back(child);
  }
  for (const auto& [id, unit] : document.units)
    if (seen.insert(id).second) order.push_back(id);
  return order;
}

}  // namespace

Form pk_form(const Document& document, Id unit, int year, const FormRequest& request) {
  TreeIndex index(document);
  return checked_pk(document, index, unit, pk_year(document.info, year), request);
}

std::vector<Form> pk_forms(const Document& document, const FormRequest& request) {
  if (request.branch != kNoId && !document.find_sasaran(request.branch))
    throw UserError("Sasaran dengan id " + std::to_string(request.branch) + " tidak ada dalam dokumen.",
                    "There is no sasaran with id " + std::to_string(request.branch) + " in the document.");
  TreeIndex index(document);
  int year = pk_year(document.info, request.year);
  if (!trimmed(request.unit).empty()) return {checked_pk(document, index, resolve_unit(document, request.unit), year, request)};
  std::vector<Form> forms;
  for (Id unit : units_top_down(document, index))
    if (!pk_content(document, index, unit, year, request).sasaran.empty())
      forms.push_back(checked_pk(document, index, unit, year, request));
  if (forms.empty())
    throw UserError("Tidak ada unit kerja yang memiliki sasaran" +
                        std::string(request.levels > 0 || request.branch != kNoId ? " dalam level/cabang yang dipilih" : "") +
                        ", jadi tidak ada Perjanjian Kinerja yang dapat dibuat.",
                    "No unit owns a sasaran" +
                        std::string(request.levels > 0 || request.branch != kNoId ? " within the chosen levels/branch" : "") +
                        ", so no Perjanjian Kinerja can be made.");
  return forms;
}

}  // namespace pokin
