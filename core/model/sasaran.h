#pragma once
#include <string>

#include "core/model/ids.h"

namespace pokin {

// Who decided that a sasaran supports its parent sasaran.
enum class LinkOrigin {
  Person,     // set or accepted by a planner
  Suggested,  // proposed by a program (import); waits for review
};

// A performance statement ("Meningkatnya ...") owned by one unit, supporting one sasaran of the level above.
struct Sasaran {
  Id id = kNoId;
  Id unit = kNoId;    // owner unit; always set
  Id parent = kNoId;  // the sasaran it supports; kNoId at the top or while not linked yet
  int level = 0;      // index into DocumentInfo::levels: 0 = Sasaran Strategis
  std::string code;   // "SS1", "IK1.1"
  std::string statement;
  std::string note;   // why it supports its parent
  LinkOrigin link_origin = LinkOrigin::Person;
  double suggestion_score = 0;  // similarity score of a suggested link, 0..1
  int order = 0;

  bool operator==(const Sasaran&) const = default;
};

}  // namespace pokin
