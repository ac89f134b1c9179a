#include "core/export/page_file_names.h"

#include <algorithm>
#include <string>

namespace pokin {

std::filesystem::path numbered_page_path(const std::filesystem::path& path, int page, int pages) {
  if (pages <= 1) return path;
  std::string number = std::to_string(page);
  std::size_t digits = std::max<std::size_t>(2, std::to_string(pages).size());
  if (number.size() < digits) number.insert(0, digits - number.size(), '0');
  std::filesystem::path named = path;
  named.replace_filename(path.stem().u8string() + u8"-" + std::u8string(number.begin(), number.end()) +
                         path.extension().u8string());
  return named;
}

}  // namespace pokin
