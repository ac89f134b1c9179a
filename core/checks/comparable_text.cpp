#include "core/checks/comparable_text.h"

#include <cctype>

namespace pokin {

std::string comparable_text(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    bool keep = u >= 0x80 || std::isalnum(u);
    if (!keep) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

}  // namespace pokin
