#include "app/ui/strings.h"

#include <sstream>
#include <unordered_map>

#include "app/ui_strings_embedded.h"

namespace pokin::ui {
namespace {

struct Entry {
  std::string indonesian;
  std::string english;
};

// Tabs separate the columns; "\n" inside a cell stands for a line break.
std::string unescape(std::string cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\\' && i + 1 < cell.size() && cell[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += cell[i];
    }
  }
  return out;
}

const std::unordered_map<std::string, Entry>& catalogue() {
  static const std::unordered_map<std::string, Entry> entries = [] {
    std::unordered_map<std::string, Entry> result;
    std::istringstream input{std::string(kUiStringsTsv)};
    std::string line;
    while (std::getline(input, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto first = line.find('\t');
      if (first == std::string::npos) continue;
      auto second = line.find('\t', first + 1);
      std::string key = line.substr(0, first);
      std::string indonesian = unescape(line.substr(first + 1, second == std::string::npos ? std::string::npos
                                                                                             : second - first - 1));
      std::string english = second == std::string::npos ? indonesian : unescape(line.substr(second + 1));
      result[key] = Entry{indonesian, english};
    }
    return result;
  }();
  return entries;
}

Language g_language = Language::Indonesian;

}  // namespace

void set_language(Language language) { g_language = language; }
Language current_language() { return g_language; }

const char* tr(const char* key) {
  const auto& entries = catalogue();
  auto it = entries.find(key);
  if (it == entries.end()) return key;
  return g_language == Language::English ? it->second.english.c_str() : it->second.indonesian.c_str();
}

Bilingual tr_both(const char* key) {
  const auto& entries = catalogue();
  auto it = entries.find(key);
  if (it == entries.end()) return Bilingual{key, key};
  return Bilingual{it->second.indonesian, it->second.english};
}

Bilingual tr_both(const char* key, std::initializer_list<std::string> arguments) {
  Bilingual text = tr_both(key);
  return Bilingual{format(text.id, arguments), format(text.en, arguments)};
}

bool has_text(const char* key) { return catalogue().count(key) > 0; }

std::string format(std::string_view pattern, std::initializer_list<std::string> arguments) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      std::size_t index = pattern[i + 1] - '1';
      if (index < arguments.size()) out += *(arguments.begin() + index);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace pokin::ui
