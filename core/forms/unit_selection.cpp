#include "core/forms/unit_selection.h"

#include <cctype>
#include <vector>

#include "core/text/bilingual.h"

namespace pokin {
namespace {

// Lower-case ASCII letters, runs of spaces as one, no spaces at the ends.
std::string folded(const std::string& text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool all_digits(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string listed(const Document& document, const std::vector<Id>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < 5; ++i)
    out += (i ? "; " : "") + document.units.at(ids[i]).name + " (" + std::to_string(ids[i]) + ")";
  if (ids.size() > 5) out += "; …";
  return out;
}

}  // namespace

Id resolve_unit(const Document& document, const std::string& selector) {
  std::string wanted = folded(selector);
  if (all_digits(wanted)) {
    Id id = wanted.size() > 15 ? kNoId : static_cast<Id>(std::stoll(wanted));
    if (document.find_unit(id)) return id;
    throw UserError("Unit kerja dengan id " + wanted + " tidak ada dalam dokumen (lihat `pokin info`).",
                    "There is no unit with id " + wanted + " in the document (see `pokin info`).");
  }
  std::vector<Id> exact, partial;
  for (const auto& [id, unit] : document.units) {
    std::string name = folded(unit.name), jabatan = folded(unit.jabatan);
    if (wanted.empty()) break;
    if (name == wanted || jabatan == wanted)
      exact.push_back(id);
    else if (name.find(wanted) != std::string::npos || jabatan.find(wanted) != std::string::npos)
      partial.push_back(id);
  }
  const std::vector<Id>& found = !exact.empty() ? exact : partial;
  if (found.size() == 1) return found.front();
  if (found.empty())
    throw UserError("Tidak ada unit kerja bernama \"" + selector + "\". Sebutkan nama, jabatan, atau id unit.",
                    "No unit is called \"" + selector + "\". Give a unit's name, jabatan or id.");
  throw UserError("\"" + selector + "\" cocok dengan " + std::to_string(found.size()) +
                      " unit kerja: " + listed(document, found) + ". Sebutkan lebih lengkap, atau pakai id-nya.",
                  "\"" + selector + "\" matches " + std::to_string(found.size()) + " units: " +
                      listed(document, found) + ". Be more specific, or use its id.");
}

}  // namespace pokin
