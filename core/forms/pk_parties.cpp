#include "core/forms/pk_parties.h"

#include "core/text/ascii_text.h"

namespace pokin {

namespace {

// The one unit at the top of the agency: a head of agency without a parent. kNoId when there is none or several.
Id single_head(const Document& document) {
  Id head = kNoId;
  for (const auto& [id, unit] : document.units) {
    if (unit.kind != UnitKind::Head || unit.parent != kNoId) continue;
    if (head != kNoId) return kNoId;
    head = id;
  }
  return head;
}

// The unit whose holder signs as pihak kedua, or kNoId for the regional head.
Id superior_unit(const Document& document, const Unit& unit) {
  if (unit.parent != kNoId && unit.parent != unit.id && document.find_unit(unit.parent)) return unit.parent;
  if (unit.kind == UnitKind::Head) return kNoId;
  Id head = single_head(document);
  return head == unit.id ? kNoId : head;
}

// The jabatan as it is printed. The head of agency's bare title ("Kepala Dinas", "Kepala Badan", or nothing) becomes
// "Kepala <instansi> <pemda>" when the instansi continues it; any other jabatan is printed as the planner typed it.
std::string printed_jabatan(const DocumentInfo& info, const Unit& unit, bool top) {
  std::string jabatan = trimmed(unit.jabatan);
  std::string instansi = trimmed(info.instansi);
  if (top && !instansi.empty()) {
    std::string lower_instansi = lower_ascii(instansi);
    std::size_t last_space = jabatan.rfind(' ');
    std::string last_word = lower_ascii(last_space == std::string::npos ? jabatan : jabatan.substr(last_space + 1));
    bool bare = jabatan.empty() || (lower_ascii(jabatan).find(lower_instansi) == std::string::npos &&
                                    starts_with_word(lower_instansi, last_word));
    if (bare) {
      std::string title = jabatan.empty() || last_space == std::string::npos ? "Kepala" : jabatan.substr(0, last_space);
      std::string full = title + " " + instansi;
      if (pemda_adds_to_instansi(info)) full += " " + trimmed(info.pemda);
      return full;
    }
  }
  if (!jabatan.empty()) return jabatan;
  std::string name = trimmed(unit.name);
  return name.empty() ? std::string(kDottedGap) : name;
}

// The holder of `unit`; the head of agency without a holder of its own is the document's penandatangan (who signs
// its Renstra and IKU), name and NIP together.
PkParty holder_of(const DocumentInfo& info, const Unit& unit, bool top) {
  PkParty party;
  party.name = trimmed(unit.holder_name);
  party.nip = trimmed(unit.holder_nip);
  if (party.name.empty() && top && !trimmed(info.penandatangan.nama).empty()) {
    party.name = trimmed(info.penandatangan.nama);
    party.nip = trimmed(info.penandatangan.nip);
  }
  if (party.name.empty()) party.name = kDottedGap;
  if (party.nip.empty()) party.nip = kDottedGap;
  party.jabatan = printed_jabatan(info, unit, top);
  return party;
}

}  // namespace

std::string regional_head_jabatan(const std::string& pemda) {
  std::string name = trimmed(pemda);
  std::string lower = lower_ascii(name);
  if (starts_with_word(lower, "pemerintah")) {
    name = trimmed(name.substr(10));
    lower = lower_ascii(name);
  }
  struct Prefix {
    std::string_view written;
    std::string_view title;
  };
  static constexpr Prefix kPrefixes[] = {{"kabupaten", "Bupati"}, {"kab.", "Bupati"},    {"kab", "Bupati"},
                                         {"kota", "Wali Kota"},    {"provinsi", "Gubernur"}, {"prov.", "Gubernur"}};
  for (const Prefix& prefix : kPrefixes)
    if (starts_with_word(lower, prefix.written))
      return std::string(prefix.title) + " " + trimmed(name.substr(prefix.written.size()));
  return name.empty() ? "Kepala Daerah" : "Kepala Daerah " + name;
}

PkParties pk_parties(const Document& document, Id unit_id) {
  const Unit& unit = document.units.at(unit_id);
  Id superior = superior_unit(document, unit);
  PkParties parties;
  parties.pertama = holder_of(document.info, unit, superior == kNoId);
  if (superior != kNoId) {
    const Unit& above = document.units.at(superior);
    parties.kedua = holder_of(document.info, above, superior_unit(document, above) == kNoId);
  } else {
    parties.kedua.name = kDottedGap;
    parties.kedua.jabatan = regional_head_jabatan(document.info.pemda);
  }
  return parties;
}

}  // namespace pokin
