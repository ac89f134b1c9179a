#include "core/compare/node_changes.h"

#include <set>
#include <sstream>

#include "core/compare/change_order.h"
#include "core/model/enum_names.h"

namespace pokin {
namespace {

constexpr Id kUnmatchedParent = -1;

// Blanks collapsed, ends trimmed: what decides whether a planner changed a text.
std::string collapsed(const std::string& text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

std::string joined(const std::string& code, const std::string& text) {
  std::string a = collapsed(code), b = collapsed(text);
  return a.empty() ? b : b.empty() ? a : a + " " + b;
}

Change make_change(ChangeKind kind, DiffNodeType type, Id old_node, Id new_node, const char* field = "") {
  Change change;
  change.kind = kind;
  change.type = type;
  change.old_node = old_node;
  change.new_node = new_node;
  change.field = field;
  return change;
}

std::string number_text(double number) {
  std::ostringstream out;
  out << number;
  return out.str();
}

class ChangeLister {
 public:
  ChangeLister(const Document& old_document, const Document& new_document, const NodeMatching& matching)
      : old_(old_document), new_(new_document), matching_(matching) {}

  std::vector<Change> run() {
    for (const auto& [id, unit] : old_.units)
      if (!matching_.old_matched(id)) removed(DiffNodeType::Unit, id, unit.parent);
    for (const auto& [id, sasaran] : old_.sasaran)
      if (!matching_.old_matched(id)) removed(DiffNodeType::Sasaran, id, sasaran.parent);
    for (const auto& [id, indikator] : old_.indikator)
      if (!matching_.old_matched(id)) removed(DiffNodeType::Indikator, id, indikator.sasaran);
    for (const auto& [id, link] : old_.links)
      if (!matching_.old_matched(id)) removed(DiffNodeType::Link, id, link.from);
    for (const auto& [id, unit] : new_.units)
      if (!matching_.new_matched(id)) added(DiffNodeType::Unit, id, unit.parent);
    for (const auto& [id, sasaran] : new_.sasaran)
      if (!matching_.new_matched(id)) added(DiffNodeType::Sasaran, id, sasaran.parent);
    for (const auto& [id, indikator] : new_.indikator)
      if (!matching_.new_matched(id)) added(DiffNodeType::Indikator, id, indikator.sasaran);
    for (const auto& [id, link] : new_.links)
      if (!matching_.new_matched(id)) added(DiffNodeType::Link, id, link.from);
    for (const NodeMatch& match : matching_.matches()) {
      switch (match.type) {
        case DiffNodeType::Unit: compare(old_.units.at(match.old_node), new_.units.at(match.new_node)); break;
        case DiffNodeType::Sasaran: compare(old_.sasaran.at(match.old_node), new_.sasaran.at(match.new_node)); break;
        case DiffNodeType::Indikator: compare(old_.indikator.at(match.old_node), new_.indikator.at(match.new_node)); break;
        case DiffNodeType::Link: compare(old_.links.at(match.old_node), new_.links.at(match.new_node)); break;
      }
    }
    order_changes(old_, new_, matching_, changes_);
    return std::move(changes_);
  }

 private:
  Id mapped(Id old_node) const {
    if (old_node == kNoId) return kNoId;
    Id found = matching_.new_of(old_node);
    return found == kNoId ? kUnmatchedParent : found;
  }

  void removed(DiffNodeType type, Id id, Id parent) {
    Change change = make_change(ChangeKind::Removed, type, id, kNoId);
    change.old_text = node_text(old_, id);
    change.old_parent = parent;
    changes_.push_back(std::move(change));
  }

  void added(DiffNodeType type, Id id, Id parent) {
    Change change = make_change(ChangeKind::Added, type, kNoId, id);
    change.new_text = node_text(new_, id);
    change.new_parent = parent;
    changes_.push_back(std::move(change));
  }

  // A change of `kind` to `field` when the collapsed texts differ.
  void text(ChangeKind kind, DiffNodeType type, Id old_id, Id new_id, const char* field, const std::string& before,
            const std::string& after, int year = 0) {
    if (before == after) return;  // most fields of most nodes: no need to collapse anything
    std::string a = collapsed(before), b = collapsed(after);
    if (a == b) return;
    Change change = make_change(kind, type, old_id, new_id, field);
    change.old_text = std::move(a);
    change.new_text = std::move(b);
    change.year = year;
    changes_.push_back(std::move(change));
  }

  void moved(DiffNodeType type, Id old_id, Id new_id, const char* field, Id old_parent, Id new_parent) {
    if (mapped(old_parent) == new_parent) return;
    Change change = make_change(ChangeKind::Moved, type, old_id, new_id, field);
    change.old_text = node_text(old_, old_parent);
    change.new_text = node_text(new_, new_parent);
    change.old_parent = old_parent;
    change.new_parent = new_parent;
    changes_.push_back(std::move(change));
  }

  void yearly(ChangeKind kind, DiffNodeType type, Id old_id, Id new_id, const char* field,
              const std::map<int, Value>& before, const std::map<int, Value>& after) {
    if (before == after) return;
    std::set<int> years;
    for (const auto& entry : before) years.insert(entry.first);
    for (const auto& entry : after) years.insert(entry.first);
    for (int year : years) {
      auto a = before.find(year);
      auto b = after.find(year);
      text(kind, type, old_id, new_id, field, a == before.end() ? "" : a->second.text, b == after.end() ? "" : b->second.text,
           year);
    }
  }

  void compare(const Unit& a, const Unit& b) {
    const auto type = DiffNodeType::Unit;
    moved(type, a.id, b.id, "parent", a.parent, b.parent);
    text(ChangeKind::Reworded, type, a.id, b.id, "name", a.name, b.name);
    auto field = [&](const char* name, const std::string& before, const std::string& after) {
      text(ChangeKind::FieldChanged, type, a.id, b.id, name, before, after);
    };
    field("jabatan", a.jabatan, b.jabatan);
    field("holder_name", a.holder_name, b.holder_name);
    field("holder_nip", a.holder_nip, b.holder_nip);
    field("tugas", a.tugas, b.tugas);
    auto fungsi = [](const Unit& unit) {
      std::string all;
      for (const std::string& line : unit.fungsi) all += (all.empty() ? "" : "; ") + collapsed(line);
      return all;
    };
    field("fungsi", fungsi(a), fungsi(b));
    field("kind", std::string(to_word(a.kind)), std::string(to_word(b.kind)));
  }

  void compare(const Sasaran& a, const Sasaran& b) {
    const auto type = DiffNodeType::Sasaran;
    moved(type, a.id, b.id, "unit", a.unit, b.unit);
    moved(type, a.id, b.id, "parent", a.parent, b.parent);
    text(ChangeKind::Reworded, type, a.id, b.id, "statement", a.statement, b.statement);
    auto field = [&](const char* name, const std::string& before, const std::string& after) {
      text(ChangeKind::FieldChanged, type, a.id, b.id, name, before, after);
    };
    field("code", a.code, b.code);
    field("kind", std::string(to_word(a.kind)), std::string(to_word(b.kind)));
    if (a.level != b.level) field("level", level_sasaran_label(old_.info, a.level), level_sasaran_label(new_.info, b.level));
    field("note", a.note, b.note);
    field("nomenclature", joined(a.nomenclature.kode, a.nomenclature.name), joined(b.nomenclature.kode, b.nomenclature.name));
    field("lokasi", a.lokasi, b.lokasi);
    yearly(ChangeKind::FieldChanged, type, a.id, b.id, "pagu", a.pagu, b.pagu);
    field("pagu_akhir", a.pagu_akhir.text, b.pagu_akhir.text);
    yearly(ChangeKind::FieldChanged, type, a.id, b.id, "realisasi_pagu", a.realisasi_pagu, b.realisasi_pagu);
  }

  void compare(const Indikator& a, const Indikator& b) {
    const auto type = DiffNodeType::Indikator;
    moved(type, a.id, b.id, "parent", a.sasaran, b.sasaran);
    text(ChangeKind::Reworded, type, a.id, b.id, "name", a.name, b.name);
    auto field = [&](const char* name, const std::string& before, const std::string& after) {
      text(ChangeKind::FieldChanged, type, a.id, b.id, name, before, after);
    };
    field("code", a.code, b.code);
    field("formula", a.formula, b.formula);
    field("satuan", a.satuan, b.satuan);
    field("polarity", std::string(to_word(a.polarity)), std::string(to_word(b.polarity)));
    field("sumber_data", a.sumber_data, b.sumber_data);
    field("penanggung_jawab", a.penanggung_jawab, b.penanggung_jawab);
    auto baseline = [](const Indikator& indikator) {
      if (indikator.baseline.empty()) return std::string();
      return indikator.baseline_year == 0 ? collapsed(indikator.baseline.text)
                                          : std::to_string(indikator.baseline_year) + ": " + collapsed(indikator.baseline.text);
    };
    field("baseline", baseline(a), baseline(b));
    field("kondisi_akhir", a.kondisi_akhir.text, b.kondisi_akhir.text);
    if (a.weight != b.weight) field("weight", number_text(a.weight), number_text(b.weight));
    yearly(ChangeKind::TargetChanged, type, a.id, b.id, "target", a.target, b.target);
    yearly(ChangeKind::FieldChanged, type, a.id, b.id, "realisasi", a.realisasi, b.realisasi);
  }

  void compare(const CrosscuttingLink& a, const CrosscuttingLink& b) {
    const auto type = DiffNodeType::Link;
    auto field = [&](const char* name, const std::string& before, const std::string& after) {
      text(ChangeKind::FieldChanged, type, a.id, b.id, name, before, after);
    };
    if (mapped(a.from) != b.from) field("from", node_text(old_, a.from), node_text(new_, b.from));
    if (mapped(a.to) != b.to) field("to", node_text(old_, a.to), node_text(new_, b.to));
    field("partner_name", a.partner_name, b.partner_name);
    field("partner_kind", std::string(to_word(a.partner_kind)), std::string(to_word(b.partner_kind)));
    field("status", std::string(to_word(a.status)), std::string(to_word(b.status)));
    field("note", a.note, b.note);
  }

  const Document& old_;
  const Document& new_;
  const NodeMatching& matching_;
  std::vector<Change> changes_;
};

}  // namespace

std::string node_text(const Document& document, Id node) {
  if (const Unit* unit = document.find_unit(node)) return collapsed(unit->name);
  if (const Sasaran* sasaran = document.find_sasaran(node)) return joined(sasaran->code, sasaran->statement);
  if (const Indikator* indikator = document.find_indikator(node)) return joined(indikator->code, indikator->name);
  if (const CrosscuttingLink* link = document.find_link(node)) {
    if (link->to != kNoId) return node_text(document, link->to);
    return collapsed(link->partner_name);
  }
  return {};
}

DiffNodeType node_type_of(const Document& document, Id node) {
  if (document.find_unit(node)) return DiffNodeType::Unit;
  if (document.find_indikator(node)) return DiffNodeType::Indikator;
  if (document.find_link(node)) return DiffNodeType::Link;
  return DiffNodeType::Sasaran;
}

std::vector<Change> list_changes(const Document& old_document, const Document& new_document, const NodeMatching& matching) {
  return ChangeLister(old_document, new_document, matching).run();
}

}  // namespace pokin
