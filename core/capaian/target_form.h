#pragma once
// What a target says, read from the text a planner wrote: a number ("80%", "5.200 izin"), a bound ("≥ 80",
// "minimal 80", "≤ 5"), a range ("60-80", "60 s.d. 80", "≥ 60 dan ≤ 80", "antara 60 dan 80"), a text ("WTP",
// "A") or nothing. Numbers are read the Indonesian way (core/model/indonesian_number.h).
#include <string_view>

namespace pokin {

struct TargetForm {
  enum class Kind {
    Empty,    // nothing written
    Text,     // no number in it
    Number,   // low == high
    AtLeast,  // low; high is +infinity
    AtMost,   // high; low is -infinity
    Range,    // low <= high
  };
  Kind kind = Kind::Empty;
  double low = 0;
  double high = 0;
};

TargetForm read_target(std::string_view text);

// The number a realisasi states: the first number in it ("83,37%" -> 83.37), if any.
// Unlike a target, "-2,5" is negative (a fall in growth is a realisasi, never a range).
bool read_realisasi(std::string_view text, double& number);

}  // namespace pokin
