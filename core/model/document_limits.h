#pragma once
// The ranges a document's numbers must lie in. Commands keep an edited document inside them and the store refuses
// a file whose values lie outside (a .pokin written by another tool is untrusted input), so every consumer can
// index, allocate and add one without overflow. Each limit is far beyond any real pohon kinerja.
#include <cstddef>
#include <cstdint>

#include "core/model/ids.h"

namespace pokin {

// A sasaran level indexes the level names; an OPD has 3-5 levels, a Pemda tree with RPJMD above it about ten.
inline constexpr int kMaxSasaranLevel = 999;

// Years of a period, a baseline, a target or a realisasi (0 means "not set" for the period and the baseline).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

// Sibling order: any int would sort, but "order + 1" (the next free place) must not overflow.
inline constexpr int kMaxSortOrder = 1'000'000'000;

// Ids are positive and stay exact when written as JSON numbers (2^53 - 1); new ids are last_id + 1.
inline constexpr Id kMaxId = (Id{1} << 53) - 1;

// An indikator's weight in the capaian roll-up.
inline constexpr double kMaxWeight = 1'000'000;

// Text of the planning-table fields, in bytes of UTF-8. A budget kode is short ("2.16.02.1.01.0001", a few
// more digits in later amendments); a nomenclature name is one line of the Kepmendagri list; a lokasi may list every
// kecamatan of a kabupaten; a pagu or a kondisi akhir is one value as written ("Rp 11.566.246.594"). The kode and
// the name are drawn in a box, the values in one cell of a grid.
inline constexpr std::size_t kMaxKodeBytes = 100;
inline constexpr std::size_t kMaxNomenclatureNameBytes = 1000;
inline constexpr std::size_t kMaxLokasiBytes = 10'000;
inline constexpr std::size_t kMaxValueTextBytes = 200;

inline constexpr bool valid_year(std::int64_t year) { return year >= kFirstYear && year <= kLastYear; }

}  // namespace pokin
