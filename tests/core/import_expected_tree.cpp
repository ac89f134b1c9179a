// Scoring an imported Document against an expected tree written by eye. Format:
// tests/fixtures/real/expected/README.md.
#include "import_expected_tree.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/import/text_cleaning.h"

namespace pokin::test {
namespace {

using import::clean_text;
using import::collapse_spaces;
using import::lower_ascii;
using import::trim;

// ---- text comparison -------------------------------------------------------------------------------------

std::vector<std::string> split_on(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = text.find(separator, start);
    parts.push_back(trim(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) return parts;
    start = at + separator.size();
  }
}

// Names: cleaned, lower case, spaces collapsed, a leading list number ("1.1.1.", "a.", "1") and trailing
// punctuation removed.
std::string name_key(std::string_view text) {
  static const std::regex list_number(R"(^(?:(?:\d+[.)]?)+|[a-z][.)])\s+)");
  std::string key = collapse_spaces(lower_ascii(clean_text(text)));
  key = std::regex_replace(key, list_number, "", std::regex_constants::format_first_only);
  while (!key.empty() && std::string_view(".,;: ").find(key.back()) != std::string_view::npos) key.pop_back();
  return key;
}

// Values: cleaned, lower case, no white space at all ("A (4)" = "A(4)").
std::string value_key(std::string_view text) {
  std::string key;
  for (char c : lower_ascii(clean_text(text)))
    if (!std::isspace(static_cast<unsigned char>(c))) key += c;
  return key;
}

std::string digits_of(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  return digits;
}

// "1 02 01 2.02", "1.02.01.2.02" and "1,02,01,2,02" are the same kode.
std::string kode_key(std::string_view text) {
  std::string key, part;
  auto flush = [&] {
    if (part.empty()) return;
    if (!key.empty()) key += '.';
    key += part;
    part.clear();
  };
  for (char c : lower_ascii(text)) {
    if (c == '.' || c == ',' || std::isspace(static_cast<unsigned char>(c)))
      flush();
    else
      part += c;
  }
  flush();
  return key;
}

bool any_name_matches(const std::vector<std::string>& alternatives, std::string_view text) {
  if (text.empty()) return false;
  std::string key = name_key(text);
  for (const std::string& alternative : alternatives)
    if (name_key(alternative) == key) return true;
  return false;
}

bool any_value_matches(const std::vector<std::string>& alternatives, std::string_view text, bool rupiah) {
  std::string key = value_key(text);
  for (const std::string& alternative : alternatives) {
    if (value_key(alternative) == key) return true;
    if (rupiah && !digits_of(alternative).empty() && digits_of(alternative) == digits_of(text)) return true;
  }
  return false;
}

// ---- the expected tree -------------------------------------------------------------------------------------

enum class RowKind { Unit, Tujuan, Sasaran, Program, Kegiatan, SubKegiatan, Indikator, Pagu };

bool is_statement(RowKind kind) {
  return kind != RowKind::Unit && kind != RowKind::Indikator && kind != RowKind::Pagu;
}

struct YearValue {
  std::string year;  // "2023" or "Y2"
  std::vector<std::string> alternatives;  // empty = "?": not checked
};

struct Row {
  int line = 0;
  int depth = 0;
  int parent = -1;  // index of the enclosing row
  bool ambiguous = false;
  RowKind kind = RowKind::Sasaran;
  std::string kind_name;
  std::string text;
  std::vector<std::string> alternatives;  // of the text
  std::optional<int> level;
  std::optional<std::string> kode;
  std::vector<std::string> unit_alternatives;  // unit="..."
  bool parent_unchecked = false;
  bool kind_unchecked = false;
  std::optional<std::string> satuan;
  bool targets_given = false;
  std::vector<YearValue> targets;  // empty with targets_given = "none"
  std::optional<std::vector<std::string>> baseline;
  std::optional<std::vector<std::string>> akhir;
  std::vector<YearValue> pagu;
  // matching
  Id match = kNoId;
};

[[noreturn]] void malformed(int line, const std::string& why) {
  throw std::runtime_error("expected tree, line " + std::to_string(line) + ": " + why);
}

std::vector<YearValue> parse_years(int line, std::string_view list) {
  std::vector<YearValue> years;
  if (trim(list) == "none") return years;
  for (const std::string& item : split_on(list, ";")) {
    if (item.empty()) continue;
    std::size_t equals = item.find('=');
    if (equals == std::string::npos) malformed(line, "YEAR=VALUE expected in \"" + item + "\"");
    YearValue year{trim(std::string_view(item).substr(0, equals)), {}};
    static const std::regex year_form(R"(^(\d{4}|Y\d+)$)");
    if (!std::regex_match(year.year, year_form)) malformed(line, "a year (2023 or Y1) expected: " + year.year);
    std::string value = trim(std::string_view(item).substr(equals + 1));
    if (value != "?") year.alternatives = split_on(value, " OR ");
    years.push_back(std::move(year));
  }
  return years;
}

RowKind kind_named(int line, std::string_view name) {
  static const std::map<std::string, RowKind, std::less<>> kinds = {
      {"unit", RowKind::Unit},         {"tujuan", RowKind::Tujuan},       {"sasaran", RowKind::Sasaran},
      {"program", RowKind::Program},   {"kegiatan", RowKind::Kegiatan},   {"subkegiatan", RowKind::SubKegiatan},
      {"indikator", RowKind::Indikator}, {"pagu", RowKind::Pagu}};
  auto found = kinds.find(name);
  if (found == kinds.end()) malformed(line, "unknown kind \"" + std::string(name) + "\"");
  return found->second;
}

void parse_head(Row& row, std::string_view head) {
  // KIND [ATTRIBUTES]: TEXT; the colon is the first one outside quotes.
  bool quoted = false;
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '"') quoted = !quoted;
    if (head[i] == ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon == std::string_view::npos) malformed(row.line, "\"KIND: TEXT\" expected");
  std::string_view words = head.substr(0, colon);
  row.text = trim(head.substr(colon + 1));
  if (!words.empty() && words.front() == '?') {
    row.ambiguous = true;
    words.remove_prefix(1);
  }
  std::size_t space = words.find(' ');
  row.kind_name = trim(words.substr(0, space));
  row.kind = kind_named(row.line, row.kind_name);
  static const std::regex attribute(R"re(\s*(L(\d+)|kode=(\S+)|parent=\?|kind=\?|unit="([^"]*)")\s*)re");
  std::string rest = space == std::string_view::npos ? "" : std::string(words.substr(space));
  std::smatch match;
  while (!trim(rest).empty()) {
    if (!std::regex_search(rest, match, attribute, std::regex_constants::match_continuous))
      malformed(row.line, "unknown attribute in \"" + rest + "\"");
    if (match[2].matched)
      row.level = std::stoi(match[2]);
    else if (match[3].matched)
      row.kode = match[3];
    else if (match[4].matched)
      row.unit_alternatives = split_on(match[4].str(), " OR ");
    else if (match[1] == "parent=?")
      row.parent_unchecked = true;
    else
      row.kind_unchecked = true;
    rest = match.suffix();
  }
  if (row.kind == RowKind::Pagu)
    row.pagu = parse_years(row.line, row.text);
  else
    row.alternatives = split_on(row.text, " OR ");
}

void parse_key(Row& row, std::string_view segment) {
  std::size_t colon = segment.find(':');
  if (colon == std::string_view::npos) malformed(row.line, "\"KEY: VALUE\" expected after |");
  std::string key = trim(segment.substr(0, colon));
  std::string value = trim(segment.substr(colon + 1));
  if (key == "satuan")
    row.satuan = value;
  else if (key == "target") {
    row.targets_given = true;
    row.targets = parse_years(row.line, value);
  } else if (key == "baseline")
    row.baseline = split_on(value, " OR ");
  else if (key == "akhir")
    row.akhir = split_on(value, " OR ");
  else
    malformed(row.line, "unknown key \"" + key + "\"");
}

std::vector<Row> parse_tree(std::string_view text) {
  std::vector<Row> rows;
  std::vector<int> open;  // indices of the rows enclosing the next one, by depth
  int line_number = 0;
  for (std::string_view line : import::split_lines(text)) {
    ++line_number;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || line[indent] == '#') continue;
    if (indent % 2 != 0) malformed(line_number, "indentation must be two spaces per depth");
    Row row;
    row.line = line_number;
    row.depth = static_cast<int>(indent / 2);
    std::vector<std::string> segments = split_on(line.substr(indent), " | ");
    parse_head(row, segments[0]);
    for (std::size_t i = 1; i < segments.size(); ++i) parse_key(row, segments[i]);
    if (row.depth > static_cast<int>(open.size())) malformed(line_number, "indented deeper than its parent + 1");
    open.resize(row.depth);
    row.parent = open.empty() ? -1 : open.back();
    if (row.kind == RowKind::Pagu && (row.parent < 0 || !is_statement(rows[row.parent].kind)) && !row.ambiguous)
      malformed(line_number, "a pagu row must stand under a statement row");
    open.push_back(static_cast<int>(rows.size()));
    rows.push_back(std::move(row));
  }
  return rows;
}

// ---- scoring -----------------------------------------------------------------------------------------------

class Scorer {
 public:
  Scorer(std::vector<Row> rows, const Document& document)
      : rows_(std::move(rows)), document_(document), earliest_year_(earliest_year(document)) {}

  TreeScore run() {
    TreeScore score;
    for (std::size_t i = 0; i < rows_.size(); ++i) score.rows.push_back(verdict(static_cast<int>(i)));
    for (const RowVerdict& row : score.rows) {
      if (!row.scored) continue;
      ++score.scored;
      if (row.right) ++score.right;
    }
    bool any_unit_open = std::any_of(rows_.begin(), rows_.end(),
                                     [](const Row& row) { return row.kind == RowKind::Unit && row.text == "*"; });
    if (!any_unit_open)
      for (const auto& [id, unit] : document_.units)
        if (!used_units_.count(id)) score.extras.push_back("unit: " + unit.name);
    for (const auto& [id, sasaran] : document_.sasaran)
      if (!used_sasaran_.count(id))
        score.extras.push_back("sasaran: " + (sasaran.statement.empty() ? sasaran.nomenclature.name : sasaran.statement));
    for (const auto& [id, indikator] : document_.indikator)
      if (!used_indikator_.count(id)) score.extras.push_back("indikator: " + indikator.name);
    return score;
  }

 private:
  std::vector<Row> rows_;
  const Document& document_;
  int earliest_year_ = 0;
  std::set<Id> used_units_, used_sasaran_, used_indikator_;

  // The nearest enclosing row of these kinds, or -1.
  template <class Pred>
  int enclosing(int index, Pred pred) const {
    for (int at = rows_[index].parent; at >= 0; at = rows_[at].parent)
      if (pred(rows_[at])) return at;
    return -1;
  }

  bool unit_matches(Id id, const std::vector<std::string>& alternatives) const {
    const Unit* unit = document_.find_unit(id);
    if (!unit) return false;
    if (any_name_matches(alternatives, unit->name) || any_name_matches(alternatives, unit->jabatan)) return true;
    // The head of the agency may be called "Kepala Dinas" while the agency's name is the document's instansi.
    return unit->parent == kNoId && any_name_matches(alternatives, document_.info.instansi);
  }

  // The parent a statement row expects: known (Id or kNoId), or unknown (skip the check).
  std::optional<Id> expected_statement_parent(int index) const {
    int parent = enclosing(index, [](const Row& row) { return is_statement(row.kind); });
    if (parent < 0) return kNoId;
    if (rows_[parent].match == kNoId && rows_[parent].ambiguous) return std::nullopt;
    return rows_[parent].match;
  }

  // The unit a statement row expects: nullopt = not checked.
  std::optional<std::vector<std::string>> expected_unit(int index) const {
    if (!rows_[index].unit_alternatives.empty()) return rows_[index].unit_alternatives;
    int unit_row = enclosing(index, [](const Row& row) { return row.kind == RowKind::Unit; });
    if (unit_row < 0 || rows_[unit_row].text == "*" || rows_[unit_row].ambiguous) return std::nullopt;
    return rows_[unit_row].alternatives;
  }

  RowVerdict verdict(int index) {
    Row& row = rows_[index];
    RowVerdict verdict;
    verdict.line = row.line;
    verdict.kind = row.kind_name;
    verdict.text = row.text;
    verdict.scored = !row.ambiguous && !(row.kind == RowKind::Unit && row.text == "*");
    if (row.kind == RowKind::Unit)
      score_unit(index, verdict);
    else if (is_statement(row.kind))
      score_statement(index, verdict);
    else if (row.kind == RowKind::Indikator)
      score_indikator(index, verdict);
    else
      score_pagu(index, verdict);
    verdict.right = verdict.scored && verdict.found &&
                    std::all_of(verdict.checks.begin(), verdict.checks.end(), [](const auto& c) { return c.ok; });
    return verdict;
  }

  static void add(RowVerdict& verdict, std::string aspect, bool ok, std::string detail = {}) {
    verdict.checks.push_back({std::move(aspect), ok, ok ? std::string() : std::move(detail)});
  }

  void score_unit(int index, RowVerdict& verdict) {
    Row& row = rows_[index];
    if (row.text == "*") return;
    int parent_row = enclosing(index, [](const Row& r) { return r.kind == RowKind::Unit && r.text != "*"; });
    Id expected_parent = parent_row >= 0 ? rows_[parent_row].match : kNoId;
    Id best = kNoId;
    for (const auto& [id, unit] : document_.units) {
      if (used_units_.count(id) || !unit_matches(id, row.alternatives)) continue;
      if (best == kNoId || (parent_row >= 0 && unit.parent == expected_parent)) best = id;
      if (parent_row < 0 || unit.parent == expected_parent) break;
    }
    verdict.found = best != kNoId;
    add(verdict, "found", verdict.found, "no unit named \"" + row.text + "\"");
    if (!verdict.found) return;
    row.match = best;
    used_units_.insert(best);
    if (parent_row >= 0)
      add(verdict, "parent", document_.units.at(best).parent == expected_parent && expected_parent != kNoId,
          "unit is not under \"" + rows_[parent_row].text + "\"");
  }

  NomenclatureKind nomenclature_of(RowKind kind) const {
    switch (kind) {
      case RowKind::Program: return NomenclatureKind::Program;
      case RowKind::Kegiatan: return NomenclatureKind::Kegiatan;
      case RowKind::SubKegiatan: return NomenclatureKind::SubKegiatan;
      default: return NomenclatureKind::None;
    }
  }

  bool statement_text_matches(const Row& row, const Sasaran& sasaran) const {
    if (row.text == "*") return row.kode && !sasaran.nomenclature.kode.empty() &&
                                kode_key(sasaran.nomenclature.kode) == kode_key(*row.kode);
    return any_name_matches(row.alternatives, sasaran.statement) ||
           any_name_matches(row.alternatives, sasaran.nomenclature.name);
  }

  void score_statement(int index, RowVerdict& verdict) {
    Row& row = rows_[index];
    std::optional<Id> expected_parent = expected_statement_parent(index);
    std::optional<std::vector<std::string>> expected_owner = expected_unit(index);
    // Among the unused matches, prefer the one under the expected parent, then the expected unit.
    Id best = kNoId;
    int best_preference = -1;
    for (const auto& [id, sasaran] : document_.sasaran) {
      if (used_sasaran_.count(id) || !statement_text_matches(row, sasaran)) continue;
      int preference = (expected_parent && sasaran.parent == *expected_parent ? 2 : 0) +
                       (expected_owner && unit_matches(sasaran.unit, *expected_owner) ? 1 : 0);
      if (preference > best_preference) best = id, best_preference = preference;
    }
    verdict.found = best != kNoId;
    add(verdict, "found", verdict.found, "no " + row.kind_name + " \"" + row.text + "\"");
    if (!verdict.found) return;
    row.match = best;
    used_sasaran_.insert(best);
    const Sasaran& sasaran = document_.sasaran.at(best);

    if (expected_owner) {
      const Unit* owner = document_.find_unit(sasaran.unit);
      add(verdict, "unit", unit_matches(sasaran.unit, *expected_owner),
          "held by \"" + (owner ? owner->name : std::string("?")) + "\"");
    }
    if (!row.kind_unchecked) {
      StatementKind kind = row.kind == RowKind::Tujuan ? StatementKind::Tujuan : StatementKind::Sasaran;
      add(verdict, "kind", sasaran.kind == kind,
          sasaran.kind == StatementKind::Tujuan ? "imported as a Tujuan" : "imported as a Sasaran");
    }
    if (row.level)
      add(verdict, "level", sasaran.level == *row.level,
          "level " + std::to_string(sasaran.level) + ", expected " + std::to_string(*row.level));
    NomenclatureKind nomenclature = nomenclature_of(row.kind);
    if (nomenclature != NomenclatureKind::None) {
      add(verdict, "nomenclature", sasaran.nomenclature.kind == nomenclature,
          "nomenclature kind " + std::to_string(static_cast<int>(sasaran.nomenclature.kind)) + ", expected " +
              std::to_string(static_cast<int>(nomenclature)));
      if (row.kode)
        add(verdict, "kode", kode_key(sasaran.nomenclature.kode) == kode_key(*row.kode),
            "kode \"" + sasaran.nomenclature.kode + "\", expected " + *row.kode);
    }
    if (!row.parent_unchecked && expected_parent)
      add(verdict, "parent", sasaran.parent == *expected_parent, parent_detail(sasaran.parent, *expected_parent));
  }

  std::string statement_label(Id id) const {
    if (id == kNoId) return "(none)";
    const Sasaran* sasaran = document_.find_sasaran(id);
    if (!sasaran) return "(missing " + std::to_string(id) + ")";
    return "\"" + (sasaran->statement.empty() ? sasaran->nomenclature.name : sasaran->statement) + "\"";
  }

  std::string parent_detail(Id actual, Id expected) const {
    return "under " + statement_label(actual) + ", expected under " + statement_label(expected);
  }

  // "Y2" -> a year: counted from the earliest target or pagu year of the whole document (one base for every row,
  // so a pagu that starts in year 2 stays in year 2), else from the document's period start. Y1 is the table's
  // first year column: a Renstra 2021-2026 often plans from 2022 on, its baseline being of 2021.
  std::optional<int> resolve_year(const std::string& year) const {
    if (year[0] != 'Y') return std::stoi(year);
    int base = earliest_year_;
    if (base <= 0) base = document_.info.period_start;
    if (base <= 0) return std::nullopt;
    return base + std::stoi(year.substr(1)) - 1;
  }

  static int earliest_year(const Document& document) {
    int earliest = 0;
    auto note = [&](const std::map<int, Value>& years) {
      if (!years.empty() && (earliest == 0 || years.begin()->first < earliest)) earliest = years.begin()->first;
    };
    for (const auto& [id, indikator] : document.indikator) note(indikator.target);
    for (const auto& [id, sasaran] : document.sasaran) note(sasaran.pagu);
    return earliest;
  }

  void score_years(RowVerdict& verdict, const std::string& aspect, const std::vector<YearValue>& expected,
                   const std::map<int, Value>& present, bool rupiah) {
    std::set<int> listed;
    for (const YearValue& year : expected) {
      std::optional<int> resolved = resolve_year(year.year);
      if (!resolved) {
        add(verdict, aspect + " " + year.year, false, "no year to count " + year.year + " from");
        continue;
      }
      listed.insert(*resolved);
      if (year.alternatives.empty()) continue;
      auto found = present.find(*resolved);
      bool ok = found != present.end() && any_value_matches(year.alternatives, found->second.text, rupiah);
      add(verdict, aspect + " " + std::to_string(*resolved), ok,
          (found == present.end() ? std::string("missing") : "\"" + found->second.text + "\"") + ", expected \"" +
              year.alternatives.front() + "\"");
    }
    for (const auto& [year, value] : present)
      if (!listed.count(year))
        add(verdict, aspect + " " + std::to_string(year), false, "unexpected \"" + value.text + "\"");
  }

  void score_indikator(int index, RowVerdict& verdict) {
    Row& row = rows_[index];
    std::optional<Id> owner;
    if (row.parent >= 0 && is_statement(rows_[row.parent].kind) &&
        !(rows_[row.parent].match == kNoId && rows_[row.parent].ambiguous))
      owner = rows_[row.parent].match;
    Id best = kNoId;
    for (const auto& [id, indikator] : document_.indikator) {
      if (used_indikator_.count(id) || !any_name_matches(row.alternatives, indikator.name)) continue;
      if (best == kNoId || (owner && indikator.sasaran == *owner)) best = id;
      if (owner && indikator.sasaran == *owner) break;
    }
    verdict.found = best != kNoId;
    add(verdict, "found", verdict.found, "no indikator \"" + row.text + "\"");
    if (!verdict.found) return;
    row.match = best;
    used_indikator_.insert(best);
    const Indikator& indikator = document_.indikator.at(best);
    if (!row.parent_unchecked && owner)
      add(verdict, "parent", indikator.sasaran == *owner, parent_detail(indikator.sasaran, *owner));
    if (row.satuan)
      add(verdict, "satuan", value_key(indikator.satuan) == value_key(*row.satuan),
          "\"" + indikator.satuan + "\", expected \"" + *row.satuan + "\"");
    if (row.baseline)
      add(verdict, "baseline", any_value_matches(*row.baseline, indikator.baseline.text, false),
          "\"" + indikator.baseline.text + "\", expected \"" + row.baseline->front() + "\"");
    if (row.akhir)
      add(verdict, "akhir", any_value_matches(*row.akhir, indikator.kondisi_akhir.text, false),
          "\"" + indikator.kondisi_akhir.text + "\", expected \"" + row.akhir->front() + "\"");
    if (row.targets_given) score_years(verdict, "target", row.targets, indikator.target, false);
  }

  void score_pagu(int index, RowVerdict& verdict) {
    const Row& row = rows_[index];
    if (row.parent < 0 || !is_statement(rows_[row.parent].kind)) return;  // an AMBIGUOUS row out of place
    const Row& statement = rows_[row.parent];
    verdict.found = statement.match != kNoId;
    add(verdict, "found", verdict.found, "its " + statement.kind_name + " was not found");
    if (!verdict.found) return;
    const Sasaran& sasaran = document_.sasaran.at(statement.match);
    score_years(verdict, "pagu", row.pagu, sasaran.pagu, true);
    if (row.akhir)
      add(verdict, "pagu akhir", any_value_matches(*row.akhir, sasaran.pagu_akhir.text, true),
          "\"" + sasaran.pagu_akhir.text + "\", expected \"" + row.akhir->front() + "\"");
  }
};

}  // namespace

const ExpectedCheck* RowVerdict::check(std::string_view aspect) const {
  for (const ExpectedCheck& c : checks)
    if (c.aspect == aspect) return &c;
  return nullptr;
}

double TreeScore::percent() const {
  std::size_t total = static_cast<std::size_t>(scored) + extras.size();
  return total == 0 ? 100.0 : 100.0 * right / static_cast<double>(total);
}

std::map<std::string, std::pair<int, int>> TreeScore::aspects() const {
  std::map<std::string, std::pair<int, int>> counts;
  for (const RowVerdict& row : rows) {
    if (!row.scored) continue;
    for (const ExpectedCheck& check : row.checks) {
      auto& [ok, total] = counts[check.aspect.substr(0, check.aspect.find(' '))];
      ok += check.ok ? 1 : 0;
      ++total;
    }
  }
  return counts;
}

std::string TreeScore::describe() const {
  std::ostringstream out;
  out << right << " of " << scored << " rows right, " << extras.size() << " extra: "
      << static_cast<int>(percent()) << "%\n  checks:";
  for (const auto& [aspect, counts] : aspects()) out << ' ' << aspect << ' ' << counts.first << '/' << counts.second;
  out << '\n';
  for (const RowVerdict& row : rows) {
    if (!row.scored || row.right) continue;
    out << "  line " << row.line << ' ' << row.kind << ": " << row.text.substr(0, 60) << '\n';
    for (const ExpectedCheck& check : row.checks)
      if (!check.ok) out << "      " << check.aspect << ": " << check.detail << '\n';
  }
  for (const std::string& extra : extras) out << "  extra " << extra.substr(0, 80) << '\n';
  return out.str();
}

TreeScore score_expected_tree(std::string_view expected_text, const Document& imported) {
  return Scorer(parse_tree(expected_text), imported).run();
}

TreeScore score_expected_tree_file(const std::filesystem::path& expected_file, const Document& imported) {
  std::ifstream in(expected_file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + expected_file.string());
  std::string text{std::istreambuf_iterator<char>(in), {}};
  return score_expected_tree(text, imported);
}

}  // namespace pokin::test
