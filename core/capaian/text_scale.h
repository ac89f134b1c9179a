#pragma once
// Text targets ("WTP", "A", "BB") on the ordered scales a document defines (DocumentInfo::text_scales, best
// first). Matching ignores case, surrounding spaces and a trailing period; nothing is guessed: a text that is on
// no scale has no rank.
#include <optional>
#include <string_view>

#include "core/model/document.h"

namespace pokin {

struct ScaleRank {
  std::size_t scale = 0;  // index into DocumentInfo::text_scales
  std::size_t rank = 0;   // 0 = best
  std::size_t size = 0;   // number of steps on that scale
};

// The rank of `text` on the first scale that holds it.
std::optional<ScaleRank> scale_rank(const DocumentInfo& info, std::string_view text);
// The rank of `text` on scale `scale` only.
std::optional<ScaleRank> scale_rank_on(const DocumentInfo& info, std::size_t scale, std::string_view text);

}  // namespace pokin
