#include "app/ui/opd_merge.h"

#include <algorithm>

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

std::string unused_version_name(const std::string& base, const std::vector<std::string>& used) {
  auto taken = [&](const std::string& name) { return std::find(used.begin(), used.end(), name) != used.end(); };
  if (!taken(base)) return base;
  for (int n = 2;; ++n) {
    std::string name = base + " (" + std::to_string(n) + ")";
    if (!taken(name)) return name;
  }
}

}  // namespace pokin::ui
