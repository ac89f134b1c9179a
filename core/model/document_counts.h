#pragma once
// What `pokin info` reports: how much a document holds and how complete its targets are.
#include <cstddef>
#include <vector>

#include "core/model/document.h"

namespace pokin {

struct DocumentCounts {
  std::size_t units = 0;
  std::size_t sasaran = 0;                     // Tujuan not included
  std::vector<std::size_t> sasaran_per_level;  // index = level
  std::size_t tujuan = 0;                      // Tujuan of the Renstra, above the Sasaran Strategis
  std::size_t indikator = 0;
  std::size_t targets_filled = 0;   // (indikator, year of the period) pairs with a target
  std::size_t targets_missing = 0;  // pairs without one
  std::size_t realisasi = 0;        // (indikator, year) pairs with a realisasi
  std::size_t links = 0;            // crosscutting links
  std::size_t suggested_links = 0;  // cascade links suggested and not yet reviewed
};

DocumentCounts count_document(const Document& document);

}  // namespace pokin
