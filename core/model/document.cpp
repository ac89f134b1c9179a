#include "core/model/document.h"

#include <cctype>

namespace pokin {

std::vector<LevelName> default_level_names() {
  return {{"Sasaran Strategis", "IKU"},
          {"Sasaran Program", "IK Program"},
          {"Sasaran Kegiatan", "IK Kegiatan"},
          {"Sasaran Individu", "IKI"}};
}

namespace {
template <class T>
const T* find_in(const std::map<Id, T>& map, Id id) {
  auto it = map.find(id);
  return it == map.end() ? nullptr : &it->second;
}
}  // namespace

const Unit* Document::find_unit(Id id) const { return find_in(units, id); }
const Sasaran* Document::find_sasaran(Id id) const { return find_in(sasaran, id); }
const Indikator* Document::find_indikator(Id id) const { return find_in(indikator, id); }
const CrosscuttingLink* Document::find_link(Id id) const { return find_in(links, id); }

bool Document::same_content(const Document& other) const {
  return info == other.info && units == other.units && sasaran == other.sasaran && indikator == other.indikator &&
         links == other.links && parts == other.parts && origins == other.origins;
}

std::string level_sasaran_label(const DocumentInfo& info, long long level) {
  if (level >= 0 && level < static_cast<long long>(info.levels.size())) return info.levels[level].sasaran;
  return "Level " + std::to_string(level + 1);
}

std::string level_indikator_label(const DocumentInfo& info, long long level) {
  if (level >= 0 && level < static_cast<long long>(info.levels.size())) return info.levels[level].indikator;
  return "Indikator level " + std::to_string(level + 1);
}

bool pemda_adds_to_instansi(const DocumentInfo& info) {
  if (info.pemda.empty()) return false;
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  std::string instansi = lower(info.instansi), pemda = lower(info.pemda);
  return instansi.size() < pemda.size() || instansi.compare(instansi.size() - pemda.size(), pemda.size(), pemda) != 0;
}

}  // namespace pokin
