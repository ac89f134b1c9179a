#pragma once
// The time now in UTC as ISO 8601 ("2026-12-02T21:30:05Z"): when a part was merged, a version saved. Portable
// (std::chrono only, no gmtime_r).
#include <string>

namespace pokin {

std::string utc_timestamp();

}  // namespace pokin
