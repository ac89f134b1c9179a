#include "app/ui/opd_merge.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace pokin::ui {

pemda::MergeResult merge_opd_files(const OpdMergeFiles& files, const Document* previous, const std::string& merged_at) {
  pemda::MergeRequest request;
  request.pemda = files.pemda;
  request.previous = previous;
  request.merged_at = merged_at;
  for (const std::filesystem::path& path : files.opd) request.opd.push_back(pemda::read_merge_source(path));
  if (files.rpjmd) request.rpjmd = pemda::read_merge_source(*files.rpjmd);
  return pemda::merge_documents(request);
}

std::string utc_timestamp() {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now());
  const auto day = floor<days>(now);
  const year_month_day date{day};
  const hh_mm_ss time{now - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

std::string unused_version_name(const std::string& base, const std::vector<std::string>& used) {
  auto taken = [&](const std::string& name) { return std::find(used.begin(), used.end(), name) != used.end(); };
  if (!taken(base)) return base;
  for (int n = 2;; ++n) {
    std::string name = base + " (" + std::to_string(n) + ")";
    if (!taken(name)) return name;
  }
}

}  // namespace pokin::ui
