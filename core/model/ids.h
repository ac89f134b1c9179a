#pragma once
#include <cstdint>

namespace pokin {

// Units, sasaran, indikator and crosscutting links share one id space inside a document, so an id alone names a
// node (e.g. `pokin export --branch ID`). 0 means "none".
using Id = std::int64_t;
inline constexpr Id kNoId = 0;

}  // namespace pokin
