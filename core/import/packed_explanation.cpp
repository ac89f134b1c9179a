#include "core/import/packed_explanation.h"

#include <array>
#include <cctype>
#include <vector>

#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

enum class Part { Formula, SumberData, PenanggungJawab, KeptWithLabel };

struct Label {
  std::string_view words;  // lower case, single spaces
  Part part;
};

// Longer labels first where one starts another ("formulasi perhitungan" before "formulasi").
constexpr std::array<Label, 16> kLabels{{
    {"alasan pemilihan indikator", Part::KeptWithLabel},
    {"alasan pemilihan", Part::KeptWithLabel},
    {"formulasi pengukuran", Part::Formula},
    {"formulasi perhitungan", Part::Formula},
    {"formulasi penghitungan", Part::Formula},
    {"formulasi", Part::Formula},
    {"rumus", Part::Formula},
    {"cara perhitungan", Part::Formula},
    {"cara penghitungan", Part::Formula},
    {"tipe penghitungan", Part::KeptWithLabel},
    {"tipe perhitungan", Part::KeptWithLabel},
    {"skpd penanggung jawab", Part::PenanggungJawab},
    {"opd penanggung jawab", Part::PenanggungJawab},
    {"penanggung jawab", Part::PenanggungJawab},
    {"sumber data", Part::SumberData},
    {"definisi", Part::KeptWithLabel},
}};

struct Found {
  std::size_t start = 0, value_start = 0;
  const Label* label = nullptr;
};

void append(std::string& to, std::string_view text) {
  std::string t = collapse_spaces(trim(text));
  if (t.empty()) return;
  if (!to.empty()) to += ' ';
  to += t;
}

}  // namespace

ExplanationParts split_explanation(std::string_view text) {
  ExplanationParts parts;
  std::string lower = lower_ascii(text);
  // Every "label :" in the text: scan each colon and look back for a label ending just before it.
  std::vector<Found> found;
  for (std::size_t colon = lower.find(':'); colon != std::string::npos; colon = lower.find(':', colon + 1)) {
    std::size_t end = colon;
    while (end > 0 && lower[end - 1] == ' ') --end;
    for (const Label& label : kLabels) {
      if (end < label.words.size()) continue;
      std::size_t start = end - label.words.size();
      if (lower.compare(start, label.words.size(), label.words) != 0) continue;
      if (start > 0 && std::isalpha(static_cast<unsigned char>(lower[start - 1]))) continue;
      if (!found.empty() && start < found.back().value_start) continue;
      found.push_back({start, colon + 1, &label});
      break;
    }
  }
  if (found.empty()) {
    parts.formula = collapse_spaces(trim(text));
    return parts;
  }
  parts.labels_found = static_cast<int>(found.size());
  std::string kept;
  append(parts.formula, text.substr(0, found.front().start));
  for (std::size_t i = 0; i < found.size(); ++i) {
    std::size_t end = i + 1 < found.size() ? found[i + 1].start : text.size();
    std::string_view value = text.substr(found[i].value_start, end - found[i].value_start);
    switch (found[i].label->part) {
      case Part::Formula: append(parts.formula, value); break;
      case Part::SumberData: append(parts.sumber_data, value); break;
      case Part::PenanggungJawab: append(parts.penanggung_jawab, value); break;
      case Part::KeptWithLabel: {
        std::string labelled = trim(text.substr(found[i].start, end - found[i].start));
        append(kept, labelled);
        break;
      }
    }
  }
  append(parts.formula, kept);
  return parts;
}

}  // namespace pokin::import
