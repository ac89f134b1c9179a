#include "core/compare/change_text.h"

#include "core/compare/change_words.h"

namespace pokin {
namespace {

constexpr const char* kArrow = " \xE2\x86\x92 ";  // " → "
constexpr std::size_t kMaxParentText = 110;  // bytes of a moved node's old parent: enough to recognise it

std::string or_empty(const std::string& value, Language language) {
  if (!value.empty()) return value;
  return language == Language::English ? "(empty)" : "(kosong)";
}

// Cut at a word boundary near `limit` bytes, never inside a UTF-8 character, with an ellipsis.
std::string shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "\xE2\x80\xA6";  // "…"
}

}  // namespace

std::string change_note(const Change& change, Language language) {
  const bool en = language == Language::English;
  const bool link = change.type == DiffNodeType::Link;
  switch (change.kind) {
    case ChangeKind::Added:
      if (link) return "Crosscutting " + std::string(en ? "new" : "baru") + (change.new_text.empty() ? "" : ": " + change.new_text);
      return en ? "New" : "Baru";
    case ChangeKind::Removed:
      if (link)
        return "Crosscutting " + std::string(en ? "removed" : "dihapus") +
               (change.old_text.empty() ? "" : ": " + change.old_text);
      return en ? "Removed" : "Dihapus";
    case ChangeKind::Moved:
      return (en ? "Moved from: " : "Dipindah dari: ") +
             (change.old_text.empty() ? std::string(en ? "(no parent)" : "(tanpa induk)")
                                      : shortened(change.old_text, kMaxParentText));
    case ChangeKind::Reworded:
      return (en ? "Was: " : "Semula: ") + or_empty(change.old_text, language);
    case ChangeKind::FieldChanged:
      return (link ? "Crosscutting " : "") + field_label(change.field).in(language) + ": " +
             or_empty(change.old_text, language) + kArrow + or_empty(change.new_text, language);
    case ChangeKind::TargetChanged:
      return "Target" + (change.year > 0 ? " " + std::to_string(change.year) : std::string()) + ": " +
             or_empty(change.old_text, language) + kArrow + or_empty(change.new_text, language);
  }
  return {};
}

std::string change_values(const Change& change, Language language) {
  switch (change.kind) {
    case ChangeKind::Added: return change.new_text;
    case ChangeKind::Removed: return change.old_text;
    default: return or_empty(change.old_text, language) + kArrow + or_empty(change.new_text, language);
  }
}

}  // namespace pokin
