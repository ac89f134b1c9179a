#pragma once
// Similarity of Indonesian statements for the cascade suggestions and the placing of units: words are lower-cased,
// Indonesian stop words dropped, common affixes stemmed (meN-/peN-/ber-/ter-/di-/ke-/per-, -kan/-an/-nya ...),
// and the stems weighted by how rare they are in the document (a word every sasaran uses counts little).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pokin::import {

// The stem of one lower-case word ("meningkatnya" -> "tingkat", "perizinan" -> "izin"). Only consistency
// matters: two forms of one word give one stem.
std::string stem_indonesian(std::string_view word);

// The distinct stems of the content words of `text`, in first-seen order, at most `most` of them (a statement has
// a few dozen; the bound keeps comparisons cheap on pathological input).
inline constexpr std::size_t kMostStems = 200;
std::vector<std::string> content_stems(std::string_view text, std::size_t most = kMostStems);

// The content stems of a unit's name without the words every unit name carries ("Seksi", "Bidang", "Sub Bagian",
// "Kepala" ...): what the unit is about ("Seksi Industri Agro" -> {"industri", "agro"}).
std::vector<std::string> unit_name_stems(std::string_view name);

class SimilarityIndex {
 public:
  // A text's stems with their weights, sorted for a linear-time comparison. Made after every add().
  struct Profile {
    std::vector<std::pair<int, double>> terms;  // (stem number, weight), by stem number
    double norm = 0;
  };

  // Counts the stems of one text of the corpus (call for every text that may be compared).
  void add(const std::vector<std::string>& stems);
  Profile profile(const std::vector<std::string>& stems) const;
  // Cosine similarity of the rarity-weighted stem sets, 0..1, in time linear in the two profiles.
  double similarity(const Profile& a, const Profile& b) const;
  double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) const {
    return similarity(profile(a), profile(b));
  }

 private:
  std::unordered_map<std::string, int> numbers_;
  std::vector<int> document_frequency_;  // by stem number
  int documents_ = 0;
};

}  // namespace pokin::import
