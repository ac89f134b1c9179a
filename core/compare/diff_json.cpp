#include "core/compare/diff_json.h"

#include <algorithm>
#include <map>

#include "core/compare/change_words.h"
#include "core/compare/node_changes.h"
#include "core/text/json_writer.h"

namespace pokin {
namespace {

void write_info(JsonWriter& w, const DocumentInfo& info) {
  w.begin_object();
  w.key("instansi").value(info.instansi).key("pemda").value(info.pemda);
  w.key("nomor_sk").value(info.nomor_sk).key("tanggal").value(info.tanggal);
  w.key("period").begin_array().value(info.period_start).value(info.period_end).end_array();
  w.end_object();
}

long long id_value(Id id) { return static_cast<long long>(id); }

}  // namespace

std::string diff_to_json(const Document& old_document, const Document& new_document, const DocumentDiff& diff) {
  JsonWriter w;
  w.begin_object();
  w.key("same_lineage").value(diff.same_lineage);
  w.key("old");
  write_info(w, old_document.info);
  w.key("new");
  write_info(w, new_document.info);
  std::map<ChangeKind, std::size_t> counts;
  for (const Change& change : diff.changes) ++counts[change.kind];
  w.key("counts").begin_object();
  for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Moved, ChangeKind::Reworded,
                          ChangeKind::FieldChanged, ChangeKind::TargetChanged})
    w.key(to_word(kind)).value(counts[kind]);
  w.key("review").value(static_cast<std::size_t>(std::count_if(
      diff.matches.begin(), diff.matches.end(), [&](const NodeMatch& match) { return waits_for_review(diff, match); })));
  w.key("accepted").value(diff.accepted.size());
  w.key("rejected").value(diff.rejected.size());
  w.end_object();
  w.key("matches").begin_array();
  for (const NodeMatch& match : diff.matches) {
    w.begin_object();
    w.key("type").value(to_word(match.type));
    w.key("old").value(id_value(match.old_node)).key("new").value(id_value(match.new_node));
    w.key("basis").value(to_word(match.basis)).key("score").value(match.score);
    if (match.same_targets) w.key("same_targets").value(true);
    if (std::find(diff.accepted.begin(), diff.accepted.end(), NodePair{match.old_node, match.new_node}) !=
        diff.accepted.end())
      w.key("reviewed").value(true);
    w.key("old_text").value(node_text(old_document, match.old_node));
    w.key("new_text").value(node_text(new_document, match.new_node));
    w.end_object();
  }
  w.end_array();
  w.key("rejected").begin_array();
  for (const NodePair& pair : diff.rejected) {
    w.begin_object();
    w.key("type").value(to_word(node_type_of(old_document, pair.old_node)));
    w.key("old").value(id_value(pair.old_node)).key("new").value(id_value(pair.new_node));
    w.key("old_text").value(node_text(old_document, pair.old_node));
    w.key("new_text").value(node_text(new_document, pair.new_node));
    w.end_object();
  }
  w.end_array();
  w.key("changes").begin_array();
  for (const Change& change : diff.changes) {
    w.begin_object();
    w.key("kind").value(to_word(change.kind)).key("type").value(to_word(change.type));
    w.key("old").value(id_value(change.old_node)).key("new").value(id_value(change.new_node));
    w.key("field").value(change.field);
    w.key("old_text").value(change.old_text).key("new_text").value(change.new_text);
    w.key("year").value(change.year);
    w.key("old_parent").value(id_value(change.old_parent)).key("new_parent").value(id_value(change.new_parent));
    w.key("label").value(change.new_node != kNoId ? node_text(new_document, change.new_node)
                                                  : node_text(old_document, change.old_node));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace pokin
