#include "core/import/text_similarity.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words{
      "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "atau", "serta", "oleh", "terhadap",
      "sebagai", "secara", "bagi", "antara", "adalah", "ini", "itu", "para", "per", "atas", "tahun", "se", "x",
      "sesuai", "melalui", "tentang", "akan", "telah", "dapat", "juga", "tersebut", "setiap", "yg", "dgn", "n",
      "kab", "kota", "kabupaten", "dinas", "daerah", "perangkat",
      // The measure an indicator is counted in says nothing of what it measures ("Persentase X", "Jumlah X").
      "persentase", "prosentase", "presentase", "persen", "jumlah", "besaran", "rasio", "angka", "proporsi",
      "indeks"};
  return words;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool strip_suffix(std::string& word, std::string_view suffix, std::size_t keep) {
  if (word.size() >= suffix.size() + keep && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) {
    word.resize(word.size() - suffix.size());
    return true;
  }
  return false;
}

bool starts(const std::string& word, std::string_view prefix) { return word.rfind(prefix, 0) == 0; }

// meN-/peN- change the first letter of the root; rebuild it so that both forms meet ("meningkat", "tingkat").
std::string strip_nasal_prefix(const std::string& word, std::size_t prefix_length, char nasal_kind) {
  std::string rest = word.substr(prefix_length);
  if (rest.empty()) return word;
  switch (nasal_kind) {
    case 'y': return "s" + rest;                           // meny-/peny- + vowel: s
    case 'g': return is_vowel(rest[0]) ? "k" + rest : rest;  // meng-/peng- + vowel: k
    case 'n': return is_vowel(rest[0]) ? "t" + rest : rest;  // men-/pen- + vowel: t
    case 'm': return is_vowel(rest[0]) ? "p" + rest : rest;  // mem-/pem- + vowel: p
    default: return rest;
  }
}

}  // namespace

std::string stem_indonesian(std::string_view input) {
  std::string word(input);
  if (word.size() <= 4) return word;
  for (std::string_view particle : {"lah", "kah", "pun", "nya"})
    if (strip_suffix(word, particle, 4)) break;
  if (!strip_suffix(word, "kan", 4)) strip_suffix(word, "an", 4);

  auto strip_prefix_once = [](std::string& w) {
    if (w.size() <= 5) return false;
    struct Prefix {
      std::string_view text;
      char nasal;
    };
    static const Prefix kPrefixes[] = {{"meng", 'g'}, {"meny", 'y'}, {"men", 'n'}, {"mem", 'm'}, {"me", 0},
                                       {"peng", 'g'}, {"peny", 'y'}, {"pen", 'n'}, {"pem", 'm'}, {"per", 0},
                                       {"pe", 0},     {"ber", 0},    {"ter", 0},    {"di", 0},    {"ke", 0}};
    for (const Prefix& prefix : kPrefixes) {
      if (!starts(w, prefix.text) || w.size() < prefix.text.size() + 3) continue;
      w = prefix.nasal ? strip_nasal_prefix(w, prefix.text.size(), prefix.nasal) : w.substr(prefix.text.size());
      return true;
    }
    return false;
  };
  std::string before = word;
  if (strip_prefix_once(word)) {
    // A second prefix only in the usual combinations (di-per-, ke-ber-, ter-per- ...).
    bool first_was_simple = starts(before, "di") || starts(before, "ke") || starts(before, "ter") || starts(before, "ber");
    if (first_was_simple && (starts(word, "per") || starts(word, "ber")) && word.size() > 6) word = word.substr(3);
  }
  return word;
}

std::vector<std::string> content_stems(std::string_view text, std::size_t most) {
  std::vector<std::string> stems;
  std::unordered_set<std::string> seen;
  std::string lowered = lower_ascii(text);
  std::string word;
  auto flush = [&] {
    if (word.size() >= 2 && !stop_words().count(word) &&
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      std::string stem = stem_indonesian(word);
      // The verbs that open nearly every sasaran ("Meningkatnya", "Berkembangnya", "Terlaksananya") say how, not what.
      // Nor do the light verbs of indicators ("IKM yang mendapatkan ...", "yang mengikuti ...", "yang memiliki ...").
      static const std::unordered_set<std::string> kDirection{"tingkat", "kembang", "laksana", "sedia", "cipta",
                                                              "wujud", "bangun", "capai", "selenggara", "susun",
                                                              "dapat", "ikut", "miliki", "laku"};
      if (kDirection.count(stem)) {
        word.clear();
        return;
      }
      if (stems.size() < most && seen.insert(stem).second) stems.push_back(stem);
    }
    word.clear();
  };
  for (char c : lowered) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      word += c;
    else
      flush();
  }
  flush();
  // Training, technical guidance, mentoring and assistance are the forms of "pembinaan" (guidance) a sasaran above
  // them speaks of ("pelatihan teknis IKM" supports "asistensi dan pembinaan IKM").
  static const std::unordered_set<std::string> kFormsOfGuidance{"latih", "bimtek", "bimbing", "damping", "asistensi",
                                                                "suluh"};
  if (std::find(stems.begin(), stems.end(), "bina") == stems.end() && stems.size() < most &&
      std::any_of(stems.begin(), stems.end(), [](const std::string& stem) { return kFormsOfGuidance.count(stem) > 0; }))
    stems.push_back("bina");
  // "tenaga kerja" and "ketenagakerjaan" name one thing, which is still about "kerja" (as "pencari kerja" and
  // "angkatan kerja" are).
  auto tenaga = std::find(stems.begin(), stems.end(), "tenaga");
  if (tenaga != stems.end() && tenaga + 1 != stems.end() && *(tenaga + 1) == "kerja") *tenaga = "tenagakerja";
  if (std::find(stems.begin(), stems.end(), "tenagakerja") != stems.end() &&
      std::find(stems.begin(), stems.end(), "kerja") == stems.end() && stems.size() < most)
    stems.push_back("kerja");
  return stems;
}

std::vector<std::string> unit_name_stems(std::string_view name) {
  std::vector<std::string> stems = content_stems(name);
  static const std::unordered_set<std::string> kGeneric{"bidang", "seksi", "sub", "bagi", "koordinator",
                                                        "subkoordinator", "kepala", "sekretariat", "tim", "ketua"};
  std::erase_if(stems, [](const std::string& stem) { return kGeneric.count(stem) > 0; });
  return stems;
}

void SimilarityIndex::add(const std::vector<std::string>& stems) {
  ++documents_;
  for (const std::string& stem : stems) {
    auto [found, added] = numbers_.emplace(stem, static_cast<int>(document_frequency_.size()));
    if (added) document_frequency_.push_back(0);
    ++document_frequency_[found->second];
  }
}

SimilarityIndex::Profile SimilarityIndex::profile(const std::vector<std::string>& stems) const {
  Profile profile;
  int unknown = -1;  // a stem outside the corpus matches nothing but still weighs in the norm
  for (const std::string& stem : stems) {
    auto found = numbers_.find(stem);
    int number = found == numbers_.end() ? unknown-- : found->second;
    int frequency = found == numbers_.end() ? 0 : document_frequency_[found->second];
    double weight = std::log(1.0 + (documents_ + 1.0) / (frequency + 1.0));
    profile.terms.emplace_back(number, weight);
    profile.norm += weight * weight;
  }
  std::sort(profile.terms.begin(), profile.terms.end());
  profile.norm = std::sqrt(profile.norm);
  return profile;
}

double SimilarityIndex::similarity(const Profile& a, const Profile& b) const {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  double common = 0;
  auto i = a.terms.begin(), j = b.terms.begin();
  while (i != a.terms.end() && j != b.terms.end()) {
    if (i->first < j->first) ++i;
    else if (j->first < i->first) ++j;
    else {
      if (i->first >= 0) common += i->second * j->second;
      ++i;
      ++j;
    }
  }
  return common / (a.norm * b.norm);
}

}  // namespace pokin::import
