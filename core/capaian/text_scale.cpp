#include "core/capaian/text_scale.h"

#include <cctype>
#include <string>

namespace pokin {
namespace {

std::string normalized(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && (std::isspace(static_cast<unsigned char>(text[end - 1])) || text[end - 1] == '.')) --end;
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  return out;
}

}  // namespace

std::optional<ScaleRank> scale_rank_on(const DocumentInfo& info, std::size_t scale, std::string_view text) {
  if (scale >= info.text_scales.size()) return std::nullopt;
  const auto& steps = info.text_scales[scale];
  std::string wanted = normalized(text);
  if (wanted.empty()) return std::nullopt;
  for (std::size_t rank = 0; rank < steps.size(); ++rank)
    if (normalized(steps[rank]) == wanted) return ScaleRank{scale, rank, steps.size()};
  return std::nullopt;
}

std::optional<ScaleRank> scale_rank(const DocumentInfo& info, std::string_view text) {
  for (std::size_t scale = 0; scale < info.text_scales.size(); ++scale)
    if (auto rank = scale_rank_on(info, scale, text)) return rank;
  return std::nullopt;
}

}  // namespace pokin
