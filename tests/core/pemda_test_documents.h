#pragma once
// OPD documents for the Pemda merge tests and bench: the synthetic Pemda-size document (core/synthetic) split into
// one document per OPD, each numbering its nodes from 1 as a file of its own does; a link to another OPD's sasaran
// becomes a link to that OPD as an outside partner, as an OPD's own file can only name it.
#include <map>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/pemda/merge_source.h"
#include "core/synthetic/synthetic_document.h"

namespace pokin::pemda_test {

inline std::vector<Document> split_opds(const Document& all) {
  std::map<Id, Id> head_of;  // unit -> its OPD head
  for (const auto& [id, unit] : all.units) {
    Id head = id;
    while (all.units.at(head).parent != kNoId) head = all.units.at(head).parent;
    head_of[id] = head;
  }
  std::vector<Document> opds;
  std::map<Id, std::size_t> index;         // head -> its document
  std::vector<std::map<Id, Id>> renumber;  // per document: id in `all` -> id in the OPD's file
  for (const auto& [id, unit] : all.units)
    if (unit.parent == kNoId) {
      index[id] = opds.size();
      Document opd;
      opd.info = all.info;
      opd.info.instansi = unit.name;
      opds.push_back(std::move(opd));
      renumber.emplace_back();
    }
  auto place = [&](Id head, Id id) { return renumber[index[head]][id] = opds[index[head]].allocate_id(); };
  for (const auto& [id, unit] : all.units) {
    Unit copy = unit;
    copy.id = place(head_of[id], id);
    opds[index[head_of[id]]].units[copy.id] = copy;
  }
  for (const auto& [id, unit] : all.units)
    if (unit.parent != kNoId) {
      auto& table = renumber[index[head_of[id]]];
      opds[index[head_of[id]]].units[table[id]].parent = table[unit.parent];
    }
  for (const auto& [id, s] : all.sasaran) {
    Id head = head_of[s.unit];
    Sasaran copy = s;
    copy.id = place(head, id);
    copy.unit = renumber[index[head]][s.unit];
    opds[index[head]].sasaran[copy.id] = copy;
  }
  for (auto& opd : opds)
    for (auto& [id, s] : opd.sasaran) s.parent = kNoId;
  for (const auto& [id, s] : all.sasaran)
    if (s.parent != kNoId) {
      auto& table = renumber[index[head_of[s.unit]]];
      opds[index[head_of[s.unit]]].sasaran[table[id]].parent = table[s.parent];
    }
  for (const auto& [id, i] : all.indikator) {
    Id head = head_of[all.sasaran.at(i.sasaran).unit];
    Indikator copy = i;
    copy.id = place(head, id);
    copy.sasaran = renumber[index[head]][i.sasaran];
    opds[index[head]].indikator[copy.id] = copy;
  }
  for (const auto& [id, link] : all.links) {
    Id head = head_of[all.sasaran.at(link.from).unit];
    CrosscuttingLink copy = link;
    copy.id = place(head, id);
    copy.from = renumber[index[head]][link.from];
    if (link.to != kNoId) {
      Id other = head_of[all.sasaran.at(link.to).unit];
      if (other == head) {
        copy.to = renumber[index[head]][link.to];
      } else {
        copy.to = kNoId;
        copy.partner_name = all.units.at(other).name;
      }
    }
    opds[index[head]].links[copy.id] = copy;
  }
  return opds;
}

inline pemda::MergeSource source_of(Document document, std::string file_name) {
  pemda::MergeSource source;
  source.document = std::move(document);
  source.file_name = std::move(file_name);
  return source;
}

}  // namespace pokin::pemda_test
