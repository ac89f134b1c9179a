#include "core/forms/lkjip_signature.h"

#include <ctime>

namespace pokin {
namespace {

std::string today_in_indonesian() {
  static const char* const kMonths[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                        "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  std::time_t now = std::time(nullptr);
  std::tm local = *std::localtime(&now);
  return std::to_string(local.tm_mday) + " " + kMonths[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

// The head of agency: a unit of kind Head at the top of the organisation.
const Unit* head_unit(const Document& document) {
  for (const auto& [id, unit] : document.units)
    if (unit.kind == UnitKind::Head && !document.find_unit(unit.parent)) return &unit;
  return nullptr;
}

std::string role_line(std::string role) {
  if (!role.empty() && role.back() != ',') role += ',';
  return role;
}

}  // namespace

FormSignature lkjip_signature(const Document& document, Id unit_id, const FormRequest& request) {
  FormSignature signature;
  signature.place_date = (request.place.empty() ? std::string("...................") : request.place) + ", " +
                         (request.date.empty() ? today_in_indonesian() : request.date);
  const Unit* head = head_unit(document);
  const Unit* unit = document.find_unit(unit_id);
  const Penandatangan& agency = document.info.penandatangan;
  bool for_head = !unit || unit == head;
  if (for_head && !agency.nama.empty()) {
    std::string role = agency.jabatan;
    if (role.empty() && head) role = head->jabatan;
    if (role.empty() && !document.info.instansi.empty()) role = "Kepala " + document.info.instansi;
    signature.role = role_line(role);
    signature.name = agency.nama;
    signature.nip = agency.nip;
    return signature;
  }
  if (!unit) unit = head;
  if (!unit) {
    signature.role = role_line(document.info.instansi.empty() ? "" : "Kepala " + document.info.instansi);
    return signature;
  }
  signature.role = role_line(unit->jabatan.empty() ? unit->name : unit->jabatan);
  signature.name = unit->holder_name;
  signature.nip = unit->holder_nip;
  return signature;
}

}  // namespace pokin
