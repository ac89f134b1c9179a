#include "core/checks/node_label.h"

namespace pokin {

std::string shorten(const std::string& text, std::size_t max_chars) {
  // Count code points, not bytes: statements carry "≥", "×" and the like.
  std::size_t chars = 0, cut = std::string::npos, last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == std::string::npos) return text;
  std::size_t end = last_space != std::string::npos && last_space > cut / 2 ? last_space : cut;
  return text.substr(0, end) + "…";
}

namespace {
std::string code_and_text(const std::string& code, const std::string& text, std::size_t max_chars) {
  std::string shortened = shorten(text, max_chars);
  if (code.empty()) return shortened;
  return shortened.empty() ? code : code + " " + shortened;
}
}  // namespace

std::string node_label(const Document& document, Id node, std::size_t max_chars) {
  if (const Unit* unit = document.find_unit(node))
    return shorten(unit->name.empty() ? unit->jabatan : unit->name, max_chars);
  if (const Sasaran* sasaran = document.find_sasaran(node))
    return code_and_text(sasaran->code, sasaran->statement, max_chars);
  if (const Indikator* indikator = document.find_indikator(node))
    return code_and_text(indikator->code, indikator->name, max_chars);
  if (const CrosscuttingLink* link = document.find_link(node)) return "crosscutting #" + std::to_string(link->id);
  return "#" + std::to_string(node);
}

}  // namespace pokin
