#include "core/pemda/split_document.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/model/pemda_structure.h"
#include "core/pemda/split_note_lines.h"
#include "core/text/ascii_text.h"

namespace pokin::pemda {
namespace {

std::string listed(const Document& pemda, const std::vector<Id>& opds) {
  std::string text;
  for (Id opd : opds) text += "\n  " + std::to_string(opd) + "  " + opd_name(pemda, opd);
  return text;
}

void require_pemda(const Document& pemda) {
  if (!is_pemda_document(pemda) || merged_opd_units(pemda).empty())
    throw UserError("Dokumen ini bukan dokumen Pemda hasil penggabungan OPD (pokin merge); tidak ada OPD untuk dipisah.",
                    "This document is not a Pemda document merged from OPD documents (pokin merge); there is no OPD "
                    "to split off.");
}

// The name of whoever owns `sasaran` when it is not this OPD: its OPD, else its unit (the Pemda unit for RPJMD).
std::string owner_name(const Document& pemda, Id sasaran) {
  Id opd = opd_of_sasaran(pemda, sasaran);
  if (opd != kNoId) return opd_name(pemda, opd);
  const Sasaran* found = pemda.find_sasaran(sasaran);
  const Unit* unit = found ? pemda.find_unit(found->unit) : nullptr;
  return unit ? unit->name : std::string();
}

// Ids in the OPD's file: the origin where known and not taken twice, else fresh above the largest.
class IdMap {
 public:
  IdMap(const Document& pemda, const std::vector<Id>& nodes, const std::set<Id>& origin_allowed) {
    std::set<Id> taken;
    for (Id node : nodes) {
      auto origin = pemda.origins.find(node);
      if (origin == pemda.origins.end() || !origin_allowed.count(node) || origin->second <= kNoId ||
          !taken.insert(origin->second).second)
        continue;
      ids_[node] = origin->second;
      largest_ = std::max(largest_, origin->second);
    }
    for (Id node : nodes)
      if (!ids_.count(node)) {
        ids_[node] = ++largest_;
        ++fresh_;
      }
  }
  Id operator()(Id node) const {
    auto found = ids_.find(node);
    return found == ids_.end() ? kNoId : found->second;
  }
  Id largest() const { return largest_; }
  std::size_t fresh() const { return fresh_; }

 private:
  std::map<Id, Id> ids_;
  Id largest_ = kNoId;
  std::size_t fresh_ = 0;
};

}  // namespace

std::vector<Id> merged_opd_units(const Document& pemda) {
  std::vector<Id> opds;
  for (const auto& [unit, part] : pemda.parts)
    if (!part.rpjmd && pemda.find_unit(unit)) opds.push_back(unit);
  return opds;
}

Id find_opd_to_split(const Document& pemda, std::string_view name_or_id) {
  require_pemda(pemda);
  std::vector<Id> opds = merged_opd_units(pemda);
  std::string wanted = lower_ascii(trimmed(name_or_id));
  if (!wanted.empty() && wanted.find_first_not_of("0123456789") == std::string::npos && wanted.size() < 19) {
    Id id = std::stoll(wanted);
    if (std::find(opds.begin(), opds.end(), id) != opds.end()) return id;
  }
  std::vector<Id> equal, containing;
  for (Id opd : opds) {
    std::string name = lower_ascii(trimmed(opd_name(pemda, opd)));
    if (name == wanted) equal.push_back(opd);
    else if (!wanted.empty() && name.find(wanted) != std::string::npos) containing.push_back(opd);
  }
  if (equal.size() == 1) return equal.front();
  const std::vector<Id>& fits = equal.size() > 1 ? equal : containing;
  if (fits.size() == 1) return fits.front();
  std::string text(trimmed(name_or_id));
  if (fits.empty())
    throw UserError("Tidak ada OPD \"" + text + "\" dalam dokumen Pemda ini. OPD yang ada:" + listed(pemda, opds),
                    "There is no OPD \"" + text + "\" in this Pemda document. Its OPD are:" + listed(pemda, opds));
  throw UserError("\"" + text + "\" cocok dengan beberapa OPD; sebutkan nama lengkap atau nomornya:" + listed(pemda, fits),
                  "\"" + text + "\" fits several OPD; give the full name or the number:" + listed(pemda, fits));
}

SplitOpd split_opd(const Document& pemda, Id opd) {
  require_pemda(pemda);
  auto part = pemda.parts.find(opd);
  if (part == pemda.parts.end() || part->second.rpjmd || !pemda.find_unit(opd))
    throw UserError("Unit " + std::to_string(opd) + " bukan OPD yang digabung dalam dokumen Pemda ini.",
                    "Unit " + std::to_string(opd) + " is not a merged OPD of this Pemda document.");

  // What belongs to the OPD, in Pemda id order.
  std::set<Id> units, sasaran;
  for (const auto& [id, unit] : pemda.units)
    if (opd_of_unit(pemda, id) == opd) units.insert(id);
  for (const auto& [id, item] : pemda.sasaran)
    if (units.count(item.unit)) sasaran.insert(id);
  std::vector<Id> nodes(units.begin(), units.end());
  nodes.insert(nodes.end(), sasaran.begin(), sasaran.end());
  std::set<Id> origin_allowed(nodes.begin(), nodes.end());
  std::vector<Id> indikator, links;
  for (const auto& [id, item] : pemda.indikator)
    if (sasaran.count(item.sasaran)) {
      indikator.push_back(id);
      origin_allowed.insert(id);
    }
  for (const auto& [id, link] : pemda.links) {
    bool from_here = sasaran.count(link.from) > 0, to_here = link.to != kNoId && sasaran.count(link.to) > 0;
    if (!from_here && !to_here) continue;
    links.push_back(id);
    if (from_here) origin_allowed.insert(id);  // a link's origin is an id in its `from`'s file
  }
  nodes.insert(nodes.end(), indikator.begin(), indikator.end());
  // The helping side's record of a link with another OPD is a node of its own here (see the header).
  nodes.insert(nodes.end(), links.begin(), links.end());
  std::sort(nodes.begin(), nodes.end());
  IdMap ids(pemda, nodes, origin_allowed);

  SplitOpd result;
  result.fresh_ids = ids.fresh();
  Document& document = result.document;
  const Unit& head = pemda.units.at(opd);
  DocumentInfo& info = document.info;
  info.instansi = part->second.instansi.empty() ? head.name : part->second.instansi;
  info.pemda = pemda.info.pemda;
  info.period_start = pemda.info.period_start;
  info.period_end = pemda.info.period_end;
  info.text_scales = pemda.info.text_scales;
  if (pemda.info.levels.size() > 1) info.levels.assign(pemda.info.levels.begin() + 1, pemda.info.levels.end());
  info.penandatangan = {head.holder_name, head.holder_nip, head.jabatan};

  for (Id id : units) {
    Unit unit = pemda.units.at(id);
    unit.id = ids(id);
    unit.parent = id == opd ? kNoId : ids(unit.parent);
    document.units.emplace(unit.id, std::move(unit));
  }
  for (Id id : sasaran) {
    Sasaran item = pemda.sasaran.at(id);
    item.id = ids(id);
    item.unit = ids(item.unit);
    item.level = std::max(0, item.level - 1);
    Id parent = item.parent;
    item.parent = kNoId;
    if (parent != kNoId && sasaran.count(parent)) {
      item.parent = ids(parent);
    } else if (const Sasaran* above = pemda.find_sasaran(parent)) {
      if (opd_of_sasaran(pemda, parent) == kNoId) {
        item.note = note_with_line(item.note, kRpjmdSupportPrefix, sasaran_reference(*above));
        ++result.rpjmd_supports;
      } else {
        std::string what = "\"" + sasaran_reference(pemda.sasaran.at(id)) + "\"";
        std::string where = owner_name(pemda, parent) + " \"" + sasaran_reference(*above) + "\"";
        result.notes.push_back({"Sasaran " + what + " mendukung sasaran OPD lain (" + where +
                                    "); tautan itu tidak dapat dibawa ke dokumen OPD.",
                                "Sasaran " + what + " supports a sasaran of another OPD (" + where +
                                    "); that link cannot be carried into the OPD document."});
      }
    }
    document.sasaran.emplace(item.id, std::move(item));
  }
  for (Id id : indikator) {
    Indikator item = pemda.indikator.at(id);
    item.id = ids(id);
    item.sasaran = ids(item.sasaran);
    document.indikator.emplace(item.id, std::move(item));
  }
  for (Id id : links) {
    CrosscuttingLink link = pemda.links.at(id);
    bool from_here = sasaran.count(link.from) > 0;
    bool to_here = link.to != kNoId && sasaran.count(link.to) > 0;
    link.id = ids(id);
    if (from_here && (to_here || link.to == kNoId)) {
      link.from = ids(link.from);
      link.to = ids(link.to);
    } else {
      Id own = from_here ? link.from : link.to;
      Id other = from_here ? link.to : link.from;
      link.partner_name = owner_name(pemda, other);
      link.partner_kind = PartnerKind::OpdLain;
      std::string note = note_without_line(note_without_line(link.note, kHelpedByPartnerPrefix), kHelpsPartnerPrefix);
      link.note = note_with_line(note, from_here ? kHelpedByPartnerPrefix : kHelpsPartnerPrefix,
                                 sasaran_reference(pemda.sasaran.at(other)));
      link.from = ids(own);
      link.to = kNoId;
      ++result.partner_links;
    }
    document.links.emplace(link.id, std::move(link));
  }
  document.last_id = ids.largest();
  return result;
}

std::string opd_file_name(std::string_view instansi) {
  std::string name;
  for (char c : instansi) {
    auto byte = static_cast<unsigned char>(c);
    bool refused = byte < 0x20 || byte == 0x7f || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
    char kept = refused ? ' ' : c;
    if (kept == ' ' && (name.empty() || name.back() == ' ')) continue;
    name += kept;
  }
  constexpr std::size_t kMostBytes = 120;
  if (name.size() > kMostBytes) {
    std::size_t cut = kMostBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    name.resize(cut);
  }
  while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
  while (!name.empty() && name.front() == '.') name.erase(0, 1);  // no hidden file
  if (name.empty()) name = "OPD";
  std::string stem = upper_ascii(name.substr(0, name.find('.')));
  static const std::set<std::string> kReserved = {"CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4",
                                                  "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3",
                                                  "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
  if (kReserved.count(trimmed(stem))) name = "_" + name;
  return name + ".pokin";
}

std::vector<std::string> opd_file_names(const Document& pemda, const std::vector<Id>& opds) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (Id opd : opds) {
    std::string name = opd_file_name(opd_name(pemda, opd));
    std::string stem = name.substr(0, name.size() - 6);
    for (int number = 2; taken.count(lower_ascii(name)); ++number)
      name = stem + " (" + std::to_string(number) + ").pokin";
    taken.insert(lower_ascii(name));
    names.push_back(name);
  }
  return names;
}

}  // namespace pokin::pemda
