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

// The distinct stems of the content words of `text`, in first-seen order.
std::vector<std::string> content_stems(std::string_view text);

class SimilarityIndex {
 public:
  // Counts the stems of one text of the corpus (call for every text that may be compared).
  void add(const std::vector<std::string>& stems);
  // Cosine similarity of the rarity-weighted stem sets, 0..1.
  double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) const;

 private:
  double weight(const std::string& stem) const;
  std::unordered_map<std::string, int> document_frequency_;
  int documents_ = 0;
};

}  // namespace pokin::import
