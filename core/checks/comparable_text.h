#pragma once
// Text reduced to what decides whether two statements are "the same" for a reviewer: ASCII letters lower-cased,
// punctuation and runs of spaces turned into one space, trimmed. "Persentase  izin yang diterbitkan tepat
// waktu." and "persentase izin yang diterbitkan tepat waktu" compare equal. Other UTF-8 characters are kept.
#include <string>
#include <string_view>

namespace pokin {

std::string comparable_text(std::string_view text);

}  // namespace pokin
