#include "app/cli/not_same_option.h"

#include <algorithm>
#include <optional>

#include "core/checks/comparable_text.h"
#include "core/text/bilingual.h"

namespace pokin::cli {
namespace {

bool has_node(const Document& document, Id id) {
  return document.find_unit(id) || document.find_sasaran(id) || document.find_indikator(id) || document.find_link(id);
}

std::optional<Id> as_id(const std::string& text) {
  if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return static_cast<Id>(std::stoll(text));
}

// The nodes `reference` names: those with that code (sasaran, indikator) or name (unit); else the node with that id.
std::vector<Id> nodes_named(const Document& document, const std::string& reference) {
  std::vector<Id> found;
  const std::string key = comparable_text(reference);
  if (!key.empty()) {
    for (const auto& [id, sasaran] : document.sasaran)
      if (comparable_text(sasaran.code) == key) found.push_back(id);
    for (const auto& [id, indikator] : document.indikator)
      if (comparable_text(indikator.code) == key) found.push_back(id);
    for (const auto& [id, unit] : document.units)
      if (comparable_text(unit.name) == key) found.push_back(id);
  }
  if (found.empty())
    if (std::optional<Id> id = as_id(reference); id && has_node(document, *id)) found.push_back(*id);
  return found;
}

std::string id_list(const std::vector<Id>& ids) {
  std::string text;
  for (Id id : ids) text += (text.empty() ? "" : ", ") + std::to_string(id);
  return text;
}

}  // namespace

std::vector<NodePair> not_same_pairs(const std::vector<std::string>& values, const Document& old_document,
                                     const Document& new_document, const DiffOptions& options,
                                     const std::string& option) {
  std::vector<NodePair> pairs;
  std::optional<DocumentDiff> unreviewed;  // made only when a code names several nodes
  for (const std::string& value : values) {
    const std::size_t equals = value.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == value.size())
      throw UserError(option + " menunggu LAMA=BARU (kode atau id node di dokumen lama dan baru, misalnya " +
                          option + " SP2=SP2), bukan \"" + value + "\".",
                      option + " expects OLD=NEW (a node's code or id in the old and the new document, e.g. " +
                          option + " SP2=SP2), not \"" + value + "\".");
    const std::string old_reference = value.substr(0, equals), new_reference = value.substr(equals + 1);
    const std::vector<Id> olds = nodes_named(old_document, old_reference);
    const std::vector<Id> news = nodes_named(new_document, new_reference);
    if (olds.empty())
      throw UserError(option + " " + value + ": tidak ada node berkode atau ber-id \"" + old_reference +
                          "\" di dokumen lama.",
                      option + " " + value + ": the old document has no node with the code or id \"" +
                          old_reference + "\".");
    if (news.empty())
      throw UserError(option + " " + value + ": tidak ada node berkode atau ber-id \"" + new_reference +
                          "\" di dokumen baru.",
                      option + " " + value + ": the new document has no node with the code or id \"" +
                          new_reference + "\".");
    if (olds.size() == 1 && news.size() == 1) {
      pairs.push_back({olds[0], news[0]});
      continue;
    }
    // Several nodes carry the code: the pair among them that the comparison matched.
    if (!unreviewed) {
      DiffOptions plain = options;
      plain.rejected.clear();
      unreviewed = diff_documents(old_document, new_document, plain);
    }
    std::vector<NodePair> matched;
    for (const NodeMatch& match : unreviewed->matches)
      if (std::count(olds.begin(), olds.end(), match.old_node) && std::count(news.begin(), news.end(), match.new_node))
        matched.push_back({match.old_node, match.new_node});
    if (matched.size() != 1)
      throw UserError(option + " " + value + ": kode ini dipakai beberapa node (id lama " + id_list(olds) +
                          "; id baru " + id_list(news) + "): tulis id-nya, misalnya " + option + " " +
                          std::to_string(olds[0]) + "=" + std::to_string(news[0]) + ".",
                      option + " " + value + ": several nodes carry this code (old ids " + id_list(olds) +
                          "; new ids " + id_list(news) + "): write the ids, e.g. " + option + " " +
                          std::to_string(olds[0]) + "=" + std::to_string(news[0]) + ".");
    pairs.push_back(matched[0]);
  }
  return pairs;
}

}  // namespace pokin::cli
