#include "app/ui/kept_review.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "app/ui/strings.h"
#include "core/compare/node_changes.h"
#include "core/export/output_file.h"
#include "core/text/utf8_path.h"

namespace pokin::ui {
namespace {

constexpr const char* kHeader = "pokin-compare-review 1";

std::string absolute_text(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::weakly_canonical(path, error);
  if (error) absolute = std::filesystem::absolute(path, error);
  return utf8_path(absolute);
}

// The file's name: 16 hex digits of a 64-bit FNV-1a of both sides (stable across runs and builds, unlike
// std::hash); the sides are written inside too, so that two pairs with one name never take each other's review.
std::string file_name(const ComparedSides& sides) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (const std::string* text : {&sides.document, &sides.old_side}) {
    for (unsigned char c : *text) hash = (hash ^ c) * 1099511628211ULL;
    hash = (hash ^ 0xFFu) * 1099511628211ULL;  // between the two: ("ab", "c") is not ("a", "bc")
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.txt", static_cast<unsigned long long>(hash));
  return name;
}

// A text on one line: backslash, tab, newline and carriage return written as \\, \t, \n, \r.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out;
}

std::optional<std::string> unescaped(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) return std::nullopt;
    switch (text[i]) {
      case '\\': out += '\\'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      default: return std::nullopt;
    }
  }
  return out;
}

std::optional<Id> id_of(const std::string& text) {
  if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return static_cast<Id>(std::stoull(text));
}

// "OLD NEW<TAB>old text<TAB>new text".
std::optional<KeptDecision> decision_of(const std::string& value) {
  const std::size_t space = value.find(' ');
  const std::size_t tab = value.find('\t');
  if (space == std::string::npos || tab == std::string::npos || space > tab) return std::nullopt;
  const std::size_t second_tab = value.find('\t', tab + 1);
  if (second_tab == std::string::npos) return std::nullopt;
  const std::optional<Id> old_node = id_of(value.substr(0, space));
  const std::optional<Id> new_node = id_of(value.substr(space + 1, tab - space - 1));
  std::optional<std::string> old_text = unescaped(value.substr(tab + 1, second_tab - tab - 1));
  std::optional<std::string> new_text = unescaped(value.substr(second_tab + 1));
  if (!old_node || !new_node || !old_text || !new_text) return std::nullopt;
  return KeptDecision{{*old_node, *new_node}, std::move(*old_text), std::move(*new_text)};
}

std::string decision_line(const char* key, const KeptDecision& decision) {
  return std::string(key) + "=" + std::to_string(decision.pair.old_node) + " " + std::to_string(decision.pair.new_node) +
         "\t" + escaped(decision.old_text) + "\t" + escaped(decision.new_text) + "\n";
}

[[noreturn]] void unreadable(const std::filesystem::path& file, int line) {
  throw UserError(tr_both("compare.review_unreadable", {utf8_path(file), std::to_string(line)}));
}

bool still_true(const KeptDecision& decision, const Document& old_document, const Document& new_document) {
  const std::string old_text = node_text(old_document, decision.pair.old_node);
  const std::string new_text = node_text(new_document, decision.pair.new_node);
  return !old_text.empty() && !new_text.empty() && old_text == decision.old_text && new_text == decision.new_text;
}

}  // namespace

ComparedSides sides_with_file(const std::filesystem::path& document, const std::filesystem::path& old_file) {
  return {absolute_text(document), "file:" + absolute_text(old_file)};
}

ComparedSides sides_with_version(const std::filesystem::path& document, const std::string& version) {
  return {absolute_text(document), "version:" + version};
}

std::filesystem::path kept_review_file(const std::filesystem::path& config_dir, const ComparedSides& sides) {
  return config_dir / "compare_reviews" / file_name(sides);
}

std::optional<KeptReview> read_kept_review(const std::filesystem::path& file, const ComparedSides& sides) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) return std::nullopt;
  std::ifstream input(file, std::ios::binary);
  if (!input) unreadable(file, 1);
  std::string line;
  int number = 1;
  if (!std::getline(input, line) || line != kHeader) unreadable(file, number);
  KeptReview review;
  std::string document, old_side;
  while (std::getline(input, line)) {
    ++number;
    if (line.empty()) continue;
    const std::size_t equals = line.find('=');
    if (equals == std::string::npos) unreadable(file, number);
    const std::string key = line.substr(0, equals), value = line.substr(equals + 1);
    if (key == "document") {
      document = value;
    } else if (key == "old") {
      old_side = value;
    } else if (key == "old_fingerprint") {
      review.old_fingerprint = value;
    } else if (key == "new_fingerprint") {
      review.new_fingerprint = value;
    } else if (key == "rejected" || key == "accepted") {
      std::optional<KeptDecision> decision = decision_of(value);
      if (!decision) unreadable(file, number);
      (key == "rejected" ? review.rejected : review.accepted).push_back(std::move(*decision));
    }
    // Another key: written by a newer Pokin; ignored.
  }
  if (input.bad()) unreadable(file, number);
  if (document != sides.document || old_side != sides.old_side) return std::nullopt;
  return review;
}

void write_kept_review(const std::filesystem::path& file, const ComparedSides& sides, const KeptReview& review) {
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  std::string text = std::string(kHeader) + "\n";
  text += "document=" + sides.document + "\nold=" + sides.old_side + "\n";
  text += "old_fingerprint=" + review.old_fingerprint + "\nnew_fingerprint=" + review.new_fingerprint + "\n";
  for (const KeptDecision& decision : review.rejected) text += decision_line("rejected", decision);
  for (const KeptDecision& decision : review.accepted) text += decision_line("accepted", decision);
  write_output_file(file, text);
}

KeptReview review_to_keep(const Document& old_document, const std::string& old_fingerprint,
                          const Document& new_document, const std::string& new_fingerprint,
                          const std::vector<NodePair>& rejected, const std::set<NodePair>& accepted) {
  KeptReview review{old_fingerprint, new_fingerprint, {}, {}};
  auto decision = [&](NodePair pair) {
    return KeptDecision{pair, node_text(old_document, pair.old_node), node_text(new_document, pair.new_node)};
  };
  for (NodePair pair : rejected) review.rejected.push_back(decision(pair));
  for (NodePair pair : accepted) review.accepted.push_back(decision(pair));
  return review;
}

RestoredReview restore_review(const KeptReview& kept, const Document& old_document, const std::string& old_fingerprint,
                              const Document& new_document, const std::string& new_fingerprint) {
  const bool unchanged = kept.old_fingerprint == old_fingerprint && kept.new_fingerprint == new_fingerprint;
  RestoredReview restored;
  for (const KeptDecision& decision : kept.rejected) {
    if (unchanged || still_true(decision, old_document, new_document))
      restored.rejected.push_back(decision.pair);
    else
      ++restored.dropped;
  }
  for (const KeptDecision& decision : kept.accepted) {
    if (unchanged || still_true(decision, old_document, new_document))
      restored.accepted.insert(decision.pair);
    else
      ++restored.dropped;
  }
  return restored;
}

}  // namespace pokin::ui
