#include "core/pemda/opd_crosscutting.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/import/text_similarity.h"
#include "core/model/pemda_structure.h"
#include "core/pemda/split_document.h"
#include "core/pemda/split_note_lines.h"
#include "core/text/ascii_text.h"

namespace pokin::pemda {
namespace {

// Lower case words separated by single spaces, without punctuation.
std::string words_of(std::string_view text) {
  std::string words;
  bool gap = false;
  for (char c : lower_ascii(std::string(text))) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (!letter) {
      gap = true;
      continue;
    }
    if (gap && !words.empty()) words += ' ';
    gap = false;
    words += c;
  }
  return words;
}

// An OPD's name without the region it belongs to ("dinas kesehatan kabupaten balangan" -> "dinas kesehatan").
std::string opd_words(std::string_view name) {
  std::string words = words_of(name);
  for (std::string_view region : {" kabupaten ", " kota ", " provinsi "}) {
    std::size_t at = words.find(region);
    if (at != std::string::npos && at > 0) words.resize(at);
  }
  return words;
}

bool contains_words(const std::string& text, const std::string& words) {
  if (words.empty()) return false;
  std::string padded = " " + text + " ";
  return padded.find(" " + words + " ") != std::string::npos;
}

struct Record {
  Id link = kNoId;
  Id own_opd = kNoId;
  Id own_sasaran = kNoId;
  Id partner_opd = kNoId;
  Id partner_sasaran = kNoId;
  bool own_helps = false;  // "Membantu sasaran mitra:" line: the real link goes from the partner's sasaran
  LinkStatus status = LinkStatus::Usulan;
  std::string note;  // without split lines
};

class Resolver {
 public:
  explicit Resolver(Document& document) : document_(document) {
    for (const auto& [id, sasaran] : document_.sasaran) {
      Id opd = opd_of_unit(document_, sasaran.unit);
      opd_of_[id] = opd;
      if (opd != kNoId) sasaran_of_opd_[opd].push_back(id);
    }
  }

  Id opd_of(Id sasaran) const {
    auto found = opd_of_.find(sasaran);
    return found == opd_of_.end() ? kNoId : found->second;
  }

  // The partner's sasaran the record's text names, or kNoId.
  Id identify(const CrosscuttingLink& link, Id partner_opd, bool& own_helps) {
    const std::vector<Id>& candidates = sasaran_of_opd_[partner_opd];
    own_helps = false;
    if (auto line = note_line(link.note, kHelpsPartnerPrefix)) {
      own_helps = true;
      if (Id found = find_referenced_sasaran(document_, candidates, *line)) return found;
    } else if (auto helped = note_line(link.note, kHelpedByPartnerPrefix)) {
      if (Id found = find_referenced_sasaran(document_, candidates, *helped)) return found;
    }
    // The partner text without the OPD's name, then the note: what names the helping sasaran.
    std::string partner_words = words_of(link.partner_name);
    std::string name = opd_words(opd_name(document_, partner_opd));
    std::size_t at = (" " + partner_words + " ").find(" " + name + " ");
    if (!name.empty() && at != std::string::npos) partner_words.erase(at, std::min(name.size() + 1, partner_words.size() - at));
    std::string text = partner_words + " " + words_of(link.note);
    std::string padded = " " + text + " ";

    // A code ("SS2", "1.2") written in the text; a bare number is too common to count.
    std::string raw = " " + lower_ascii(link.partner_name + " " + link.note) + " ";
    for (char& c : raw)
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' || c == '\t' || c == '"') c = ' ';
    std::vector<Id> by_code, by_statement;
    for (Id id : candidates) {
      const Sasaran& sasaran = document_.sasaran.at(id);
      std::string code = lower_ascii(trimmed(sasaran.code));
      bool all_digits = code.find_first_not_of("0123456789") == std::string::npos;
      if (code.size() >= 2 && !all_digits &&
          (raw.find(" " + code + " ") != std::string::npos || raw.find(" " + code + ". ") != std::string::npos))
        by_code.push_back(id);
      std::string statement = words_of(sasaran.statement);
      if (statement.size() >= 12 && padded.find(" " + statement + " ") != std::string::npos) by_statement.push_back(id);
    }
    if (by_statement.size() == 1) return by_statement.front();
    if (by_code.size() == 1) return by_code.front();
    const std::vector<Id>& pool = by_code.size() > 1 ? by_code : candidates;
    return most_similar(partner_opd, pool, text);
  }

  Id most_similar(Id opd, const std::vector<Id>& pool, const std::string& text) {
    std::vector<std::string> stems = import::content_stems(text);
    if (stems.size() < 2 || pool.empty()) return kNoId;
    import::SimilarityIndex& index = index_of(opd);
    import::SimilarityIndex::Profile wanted = index.profile(stems);
    double best = 0, second = 0;
    Id found = kNoId;
    for (Id id : pool) {
      double score = index.similarity(wanted, index.profile(import::content_stems(document_.sasaran.at(id).statement)));
      if (score > best) {
        second = best;
        best = score;
        found = id;
      } else if (score > second) {
        second = score;
      }
    }
    // Only a clear match: a partner text that fits two sasaran equally names neither.
    constexpr double kLeast = 0.45, kMargin = 0.1;
    return best >= kLeast && best - second >= kMargin ? found : kNoId;
  }

  import::SimilarityIndex& index_of(Id opd) {
    auto found = indexes_.find(opd);
    if (found != indexes_.end()) return found->second;
    import::SimilarityIndex& index = indexes_[opd];
    for (Id id : sasaran_of_opd_[opd]) index.add(import::content_stems(document_.sasaran.at(id).statement));
    return index;
  }

  Document& document_;
  std::map<Id, Id> opd_of_;
  std::map<Id, std::vector<Id>> sasaran_of_opd_;
  std::map<Id, import::SimilarityIndex> indexes_;
};

std::string sasaran_words(const Document& document, Id sasaran) {
  const Sasaran* found = document.find_sasaran(sasaran);
  return found ? sasaran_reference(*found) : std::string();
}

std::string names(const Document& document, const std::vector<Id>& opds) {
  std::string text;
  for (Id opd : opds) text += (text.empty() ? "" : ", ") + opd_name(document, opd);
  return text;
}

Bilingual describe(const Document& document, const CrosscuttingResolution& entry, const CrosscuttingLink& link) {
  std::string from = opd_name(document, entry.from_opd) + " \"" + sasaran_words(document, link.from) + "\"";
  if (entry.outcome == CrosscuttingOutcome::Unresolved) {
    std::string partner = "\"" + link.partner_name + "\"";
    switch (entry.reason) {
      case UnresolvedReason::PartnerAmbiguous:
        return {"Mitra " + partner + " pada " + from + " cocok dengan beberapa OPD; tetap sebagai mitra luar.",
                "Partner " + partner + " of " + from + " fits several OPD; kept as an outside partner."};
      case UnresolvedReason::SasaranNotIdentified:
        return {"Sasaran mitra " + partner + " pada " + from + " tidak dapat dikenali; tetap sebagai mitra luar.",
                "The partner's sasaran " + partner + " of " + from + " cannot be identified; kept as an outside partner."};
      default:
        return {"Mitra " + partner + " pada " + from + " bukan OPD yang digabung; tetap sebagai mitra luar.",
                "Partner " + partner + " of " + from + " is not a merged OPD; kept as an outside partner."};
    }
  }
  std::string pair = from + " <- " + opd_name(document, entry.to_opd) + " \"" + sasaran_words(document, link.to) + "\"";
  Bilingual text{"Crosscutting " + pair + ": ", "Crosscutting " + pair + ": "};
  if (entry.outcome == CrosscuttingOutcome::Agreed) {
    text.id += "disepakati kedua pihak.";
    text.en += "agreed on both sides.";
  } else if (entry.outcome == CrosscuttingOutcome::Rejected) {
    text.id += "ditolak oleh " + names(document, entry.rejected_by) + ".";
    text.en += "rejected by " + names(document, entry.rejected_by) + ".";
  } else {
    text.id += "diusulkan";
    text.en += "proposed";
    if (!entry.not_recorded_by.empty()) {
      text.id += "; belum dicatat oleh " + names(document, entry.not_recorded_by);
      text.en += "; not recorded by " + names(document, entry.not_recorded_by);
    }
    if (!entry.not_accepted_by.empty()) {
      text.id += "; belum diterima oleh " + names(document, entry.not_accepted_by);
      text.en += "; not yet accepted by " + names(document, entry.not_accepted_by);
    }
    text.id += ".";
    text.en += ".";
  }
  return text;
}

}  // namespace

std::size_t CrosscuttingReport::count(CrosscuttingOutcome outcome) const {
  return static_cast<std::size_t>(std::count_if(entries.begin(), entries.end(),
                                                [&](const CrosscuttingResolution& e) { return e.outcome == outcome; }));
}

Id find_partner_opd(const Document& document, std::string_view partner_name, Id except_opd, bool* ambiguous) {
  if (ambiguous) *ambiguous = false;
  std::string wanted = opd_words(partner_name);
  if (wanted.empty()) return kNoId;
  std::vector<std::pair<Id, std::string>> opds;
  for (Id opd : merged_opd_units(document))
    if (opd != except_opd) opds.emplace_back(opd, opd_words(opd_name(document, opd)));
  auto pick = [&](auto fits, bool longest) -> std::optional<Id> {
    std::vector<std::pair<Id, std::size_t>> found;
    for (const auto& [opd, words] : opds)
      if (!words.empty() && fits(words)) found.emplace_back(opd, words.size());
    if (found.empty()) return std::nullopt;
    if (longest) {
      std::size_t most = 0;
      for (const auto& entry : found) most = std::max(most, entry.second);
      std::erase_if(found, [&](const auto& entry) { return entry.second != most; });
    }
    if (found.size() == 1) return found.front().first;
    if (ambiguous) *ambiguous = true;
    return kNoId;
  };
  if (auto exact = pick([&](const std::string& words) { return words == wanted; }, false)) return *exact;
  if (auto within = pick([&](const std::string& words) { return contains_words(wanted, words); }, true)) return *within;
  if (auto around = pick([&](const std::string& words) { return contains_words(words, wanted); }, false)) return *around;
  return kNoId;
}

CrosscuttingReport resolve_opd_crosscutting(Document& document) {
  CrosscuttingReport report;
  if (!is_pemda_document(document)) return report;
  Resolver resolver(document);

  std::vector<Record> records;
  for (const auto& [id, link] : document.links) {
    if (link.to != kNoId || link.partner_kind != PartnerKind::OpdLain) continue;
    // A link a merge kept as a partner link because the partner's sasaran vanished waits for Bappeda; guessing a
    // new partner sasaran for it would put words in Bappeda's mouth (the merge report names it).
    if (note_line(link.note, kPartnerLostPrefix)) continue;
    Id own_opd = resolver.opd_of(link.from);
    if (own_opd == kNoId) continue;
    bool ambiguous = false;
    Id partner_opd = find_partner_opd(document, link.partner_name, own_opd, &ambiguous);
    Record record{id, own_opd, link.from, partner_opd, kNoId, false, link.status, {}};
    record.note = note_without_line(note_without_line(link.note, kHelpedByPartnerPrefix), kHelpsPartnerPrefix);
    if (partner_opd == kNoId) {
      CrosscuttingResolution entry;
      entry.link = id;
      entry.from_opd = own_opd;
      entry.reason = ambiguous ? UnresolvedReason::PartnerAmbiguous : UnresolvedReason::PartnerNotMerged;
      entry.message = describe(document, entry, link);
      report.entries.push_back(std::move(entry));
      continue;
    }
    record.partner_sasaran = resolver.identify(link, partner_opd, record.own_helps);
    records.push_back(std::move(record));
  }
  // A record that names only the partner OPD is completed by the partner's record naming this one's sasaran.
  for (Record& record : records) {
    if (record.partner_sasaran != kNoId) continue;
    for (const Record& other : records)
      if (other.own_opd == record.partner_opd && other.partner_opd == record.own_opd &&
          other.partner_sasaran == record.own_sasaran) {
        record.partner_sasaran = other.own_sasaran;
        break;
      }
    if (record.partner_sasaran != kNoId) continue;
    CrosscuttingResolution entry;
    entry.link = record.link;
    entry.from_opd = record.own_opd;
    entry.reason = UnresolvedReason::SasaranNotIdentified;
    entry.message = describe(document, entry, document.links.at(record.link));
    report.entries.push_back(std::move(entry));
  }

  // One collaboration per pair of sasaran.
  using Pair = std::pair<Id, Id>;
  auto pair_of = [](Id a, Id b) { return a < b ? Pair{a, b} : Pair{b, a}; };
  std::map<Pair, std::vector<const Record*>> groups;
  for (const Record& record : records)
    if (record.partner_sasaran != kNoId) groups[pair_of(record.own_sasaran, record.partner_sasaran)].push_back(&record);
  std::map<Pair, Id> real_links;
  for (const auto& [id, link] : document.links)
    if (link.to != kNoId) real_links.emplace(pair_of(link.from, link.to), id);

  for (const auto& [pair, group] : groups) {
    const Record& first = *group.front();
    // Direction: the real link's if there is one, else a record whose own sasaran is helped, else the first.
    Id from = first.own_helps ? first.partner_sasaran : first.own_sasaran;
    for (const Record* record : group)
      if (!record->own_helps) {
        from = record->own_sasaran;
        break;
      }
    auto existing = real_links.find(pair);
    if (existing != real_links.end()) from = document.links.at(existing->second).from;
    Id to = from == pair.first ? pair.second : pair.first;
    Id from_opd = resolver.opd_of(from), to_opd = resolver.opd_of(to);

    Id kept = existing != real_links.end() ? existing->second : kNoId;
    if (kept == kNoId)
      for (const Record* record : group)
        if (record->own_opd == from_opd) {
          kept = record->link;
          break;
        }
    bool kept_origin_elsewhere = false;
    if (kept == kNoId) {
      kept = first.link;
      kept_origin_elsewhere = true;
    }

    CrosscuttingResolution entry;
    entry.from_opd = from_opd;
    entry.to_opd = to_opd;
    std::set<Id> recorded;
    bool rejected = false, all_accepted = true;
    std::vector<std::string> notes;
    if (existing != real_links.end()) notes.push_back(trimmed(document.links.at(kept).note));
    for (const Record* record : group) {
      entry.records.push_back(record->link);
      recorded.insert(record->own_opd);
      if (record->status == LinkStatus::Ditolak) {
        rejected = true;
        if (std::find(entry.rejected_by.begin(), entry.rejected_by.end(), record->own_opd) == entry.rejected_by.end())
          entry.rejected_by.push_back(record->own_opd);
      }
      if (record->status != LinkStatus::Diterima) all_accepted = false;
      if (record->status == LinkStatus::Usulan &&
          std::find(entry.not_accepted_by.begin(), entry.not_accepted_by.end(), record->own_opd) ==
              entry.not_accepted_by.end())
        entry.not_accepted_by.push_back(record->own_opd);
      if (!record->note.empty()) notes.push_back(record->note);
    }
    for (Id opd : {from_opd, to_opd})
      if (!recorded.count(opd)) entry.not_recorded_by.push_back(opd);
    LinkStatus status = rejected ? LinkStatus::Ditolak
                        : all_accepted && entry.not_recorded_by.empty() ? LinkStatus::Diterima
                                                                       : LinkStatus::Usulan;
    entry.outcome = status == LinkStatus::Diterima  ? CrosscuttingOutcome::Agreed
                    : status == LinkStatus::Ditolak ? CrosscuttingOutcome::Rejected
                                                    : CrosscuttingOutcome::Proposed;

    std::string note;
    for (const std::string& text : notes) {
      if (text.empty() || ("\n" + note + "\n").find("\n" + text + "\n") != std::string::npos) continue;
      note += (note.empty() ? "" : "\n") + text;
    }
    CrosscuttingLink link = document.links.at(kept);
    link.from = from;
    link.to = to;
    link.partner_name.clear();
    link.partner_kind = PartnerKind::OpdLain;
    link.status = status;
    link.note = note;
    for (const Record* record : group)
      if (record->link != kept) {
        document.links.erase(record->link);
        document.origins.erase(record->link);
      }
    if (kept_origin_elsewhere) document.origins.erase(kept);
    document.links[kept] = link;
    entry.link = kept;
    entry.message = describe(document, entry, link);
    report.entries.push_back(std::move(entry));
  }
  std::sort(report.entries.begin(), report.entries.end(),
            [](const CrosscuttingResolution& a, const CrosscuttingResolution& b) { return a.link < b.link; });
  return report;
}

}  // namespace pokin::pemda
