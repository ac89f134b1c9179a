#include "core/pemda/bappeda_links.h"

#include "core/pemda/split_note_lines.h"


namespace pokin::pemda {
namespace {

std::string status_word(LinkStatus status, bool en) {
  switch (status) {
    case LinkStatus::Usulan: return en ? "proposed" : "usulan";
    case LinkStatus::Diterima: return en ? "accepted" : "diterima";
    case LinkStatus::Ditolak: return en ? "rejected" : "ditolak";
  }
  return {};
}

}  // namespace

std::vector<Id> bappeda_links_touching(const Document& pemda, const std::set<Id>& part_sasaran) {
  std::vector<Id> found;
  for (const auto& [id, link] : pemda.links) {
    bool from_in = part_sasaran.count(link.from) > 0, to_in = link.to != kNoId && part_sasaran.count(link.to) > 0;
    if (!from_in && !to_in) continue;
    bool own = pemda.origins.count(id) && from_in && (link.to == kNoId || to_in);
    if (!own) found.push_back(id);
  }
  return found;
}

void settle_bappeda_links(Document& pemda, const std::vector<Id>& links, const std::map<Id, Sasaran>& old_sasaran,
                          const std::string& part_name, MergeReport& report) {
  for (Id id : links) {
    auto at = pemda.links.find(id);
    if (at == pemda.links.end()) continue;
    CrosscuttingLink& link = at->second;
    bool from_here = pemda.sasaran.count(link.from) > 0;
    bool to_here = link.to == kNoId || pemda.sasaran.count(link.to) > 0;
    std::string status_id = status_word(link.status, false), status_en = status_word(link.status, true);
    if (from_here && to_here) {
      const Sasaran& from = pemda.sasaran.at(link.from);
      std::string partner = link.to == kNoId ? link.partner_name : quoted_statement(pemda.sasaran.at(link.to));
      report.kept.push_back({"Tautan crosscutting " + quoted_statement(from) + " dengan " + partner + " (" + status_id + ") dipertahankan.",
                             "Crosscutting link " + quoted_statement(from) + " with " + partner + " (" + status_en + ") kept."});
      continue;
    }
    const Sasaran* lost = nullptr;
    auto old = old_sasaran.find(from_here ? link.to : link.from);
    if (old != old_sasaran.end()) lost = &old->second;
    std::string lost_code = lost ? lost->code : std::string(), lost_statement = lost ? lost->statement : std::string();
    if (!from_here && !to_here) {
      report.lost.push_back({part_name, lost_code, lost_statement,
                             {"tautan crosscutting (" + status_id + ") yang kedua sasarannya tidak lagi ditemukan; dihapus.",
                              "crosscutting link (" + status_en + ") whose two sasaran are no longer found; removed."}});
      pemda.origins.erase(id);
      pemda.links.erase(at);
      continue;
    }
    if (!from_here) link.from = link.to;  // the helped sasaran is gone: the link stays on the one that helped
    link.to = kNoId;
    link.partner_name = part_name;
    link.partner_kind = PartnerKind::OpdLain;
    link.note = note_with_line(link.note, kPartnerLostPrefix,
                               (lost ? sasaran_reference(*lost) : std::string("?")) + " (setelah penggabungan ulang / after re-merging)");
    report.lost.push_back({part_name, lost_code, lost_statement,
                           {"tautan crosscutting (" + status_id + ") kehilangan sasaran ini; disimpan sebagai tautan ke mitra " + part_name + ".",
                            "crosscutting link (" + status_en + ") lost this sasaran; kept as a link to the partner " + part_name + "."}});
  }
}

}  // namespace pokin::pemda
