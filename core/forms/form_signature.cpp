#include "core/forms/form_signature.h"

#include <array>
#include <cctype>

#include "core/forms/official_text.h"
#include "core/text/indonesian_date.h"

namespace pokin {
namespace {

// A pangkat (rank) rather than a jabatan: the civil-service ranks all begin with one of these words.
bool is_pangkat(const std::string& text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::array<const char*, 4> kRanks{"pembina", "penata", "pengatur", "juru"};
  for (const char* rank : kRanks)
    if (lower.rfind(rank, 0) == 0) return true;
  return false;
}

std::string role_line(const std::string& role) {
  std::string line = upper_ascii(role);
  if (!line.empty() && line.back() != ',') line += ',';
  return line;
}

}  // namespace

std::string signature_place_date(const FormRequest& request) {
  return (request.place.empty() ? std::string(kDottedGap) : request.place) + ", " +
         (request.date.empty() ? today_indonesian() : request.date);
}

Id head_unit(const Document& document) {
  for (const auto& [id, unit] : document.units)
    if (unit.kind == UnitKind::Head && unit.parent == kNoId) return id;
  return kNoId;
}

FormSignature head_of_agency_signature(const Document& document, const FormRequest& request) {
  const Penandatangan& signer = document.info.penandatangan;
  const Unit* head = document.find_unit(head_unit(document));
  FormSignature signature;
  signature.place_date = signature_place_date(request);
  signature.role = role_line(agency_head_title(document.info));
  if (!signer.jabatan.empty()) {
    if (is_pangkat(signer.jabatan))
      signature.rank = signer.jabatan;
    else
      signature.role = role_line(signer.jabatan);
  }
  // Name and NIP of one person: the decree's signer, or else the holder of the head unit.
  bool from_unit = signer.nama.empty() && head && !head->holder_name.empty();
  signature.name = from_unit ? head->holder_name : signer.nama.empty() ? kDottedGap : signer.nama;
  signature.nip = from_unit ? head->holder_nip : signer.nip;
  return signature;
}

FormSignature unit_holder_signature(const Document& document, Id unit_id, const FormRequest& request) {
  const Unit* unit = document.find_unit(unit_id);
  if (!unit || unit_id == head_unit(document)) return head_of_agency_signature(document, request);
  FormSignature signature;
  signature.place_date = signature_place_date(request);
  signature.role = role_line(!unit->jabatan.empty() ? unit->jabatan : unit->name);
  signature.name = unit->holder_name.empty() ? kDottedGap : unit->holder_name;
  signature.nip = unit->holder_nip;
  return signature;
}

}  // namespace pokin
