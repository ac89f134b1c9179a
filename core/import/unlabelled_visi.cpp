#include "core/import/unlabelled_visi.h"

#include <cctype>

#include "core/import/pemda_context.h"
#include "core/import/text_cleaning.h"

namespace pokin::import {
namespace {

constexpr std::string_view kOpenQuote = "\xE2\x80\x9C", kCloseQuote = "\xE2\x80\x9D";
constexpr std::size_t kTitleWords = 4;
constexpr std::size_t kFewestVisiWords = 3, kMostVisiWords = 40;

bool blank(std::string_view text) { return trim(text).empty(); }

// The words of `text` in lower case without the punctuation around them ("Visi :" is one word; "V I S I" stays
// four words: see names_visi).
std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> words;
  const std::string lower = lower_ascii(text);
  for (std::string_view word : words_of(lower)) {
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

// Whether `text` holds the word visi ("visi", "VISI", "V I S I").
bool names_visi(std::string_view text) {
  std::string letters;
  for (const std::string& word : lower_words(text)) {
    if (word == "visi") return true;
    letters = word.size() == 1 ? letters + word : std::string();
    if (letters.size() >= 4 && letters.compare(letters.size() - 4, 4, "visi") == 0) return true;
  }
  return false;
}

// A title "Visi" ("VISI", "V I S I", "5.1 Visi", "Visi :"): at most four words, the word visi among them, and
// "misi" not (a heading "Visi dan Misi" introduces both).
bool is_visi_title(std::string_view text) {
  std::vector<std::string> words = lower_words(text);
  if (words.empty() || !names_visi(text)) return false;
  for (const std::string& word : words)
    if (word == "misi") return false;
  std::size_t letters_alone = 0;
  for (const std::string& word : words) letters_alone += word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]));
  std::size_t count = words.size() - (letters_alone >= 4 ? letters_alone - 1 : 0);  // "v i s i" is one word
  return count <= kTitleWords;
}

// Text that introduces the visi: a title "Visi", or a lead-in naming the visi and ending with ':' or "adalah"
// ("... telah dirumuskan visi sebagai berikut :", "... maka visi Pemerintah Daerah ... adalah:").
bool introduces_visi(std::string_view raw) {
  std::string text = trim(raw);
  if (text.empty() || !names_visi(text)) return false;
  if (is_visi_title(text)) return true;
  if (text.back() == ':') return true;
  std::vector<std::string> words = lower_words(text);
  return !words.empty() && words.back() == "adalah";
}

bool reads_as_misi(std::string_view text) { return read_context_line(text).kind == ContextKind::Misi; }

bool visi_sized(std::string_view text) {
  std::size_t words = words_of(text).size();
  bool letters = false;
  for (char c : text) letters = letters || std::isalpha(static_cast<unsigned char>(c));
  return letters && words >= kFewestVisiWords && words <= kMostVisiWords;
}

// No sentence ends inside `text` (". " followed by more words): a paragraph explaining the visi is no visi.
bool one_sentence(std::string_view raw) {
  std::string text = trim(raw);
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[i + 2])))
      return false;
  return true;
}

struct Quoted {
  std::size_t open = std::string::npos;  // where the opening quote starts
  std::size_t after = 0;                 // just after the closing quote
  std::string text;
};

// The first quoted stretch of `line` (“...” or "..."), closed on the same line.
Quoted first_quoted(std::string_view line) {
  Quoted quoted;
  std::size_t curly = line.find(kOpenQuote), straight = line.find('"');
  if (curly != std::string_view::npos && (straight == std::string_view::npos || curly < straight)) {
    std::size_t close = line.find(kCloseQuote, curly + kOpenQuote.size());
    if (close == std::string_view::npos) return quoted;
    quoted.open = curly;
    quoted.after = close + kCloseQuote.size();
    quoted.text = trim(line.substr(curly + kOpenQuote.size(), close - curly - kOpenQuote.size()));
  } else if (straight != std::string_view::npos) {
    std::size_t close = line.find('"', straight + 1);
    if (close == std::string_view::npos) return quoted;
    quoted.open = straight;
    quoted.after = close + 1;
    quoted.text = trim(line.substr(straight + 1, close - straight - 1));
  }
  return quoted;
}

}  // namespace

UnlabelledVisi find_unlabelled_visi(const std::vector<std::string_view>& lines) {
  UnlabelledVisi found;
  std::string_view previous;  // the nearest non-empty line above
  std::size_t seen = 0;
  for (std::size_t k = 0; k < lines.size() && seen < kUnlabelledVisiLines; ++k) {
    std::string_view line = lines[k];
    if (blank(line)) continue;
    ++seen;
    // The first misi or a labelled visi ends the search: the visi stands above them.
    ContextKind labelled = read_context_line(line).kind;
    if (labelled != ContextKind::None) return found;
    Quoted quoted = first_quoted(line);
    if (quoted.open != std::string::npos && visi_sized(quoted.text)) {
      std::string_view before = line.substr(0, quoted.open);
      std::string after = trim(line.substr(quoted.after));
      std::string_view next;
      for (std::size_t j = k + 1; j < lines.size() && next.empty(); ++j)
        if (!blank(lines[j])) next = lines[j];
      bool introduced = blank(before) ? introduces_visi(previous) : introduces_visi(before) || is_visi_title(before);
      bool misi_follows = after.empty() ? reads_as_misi(next) : reads_as_misi(after);
      if (introduced || misi_follows) {
        found.text = clean_text(quoted.text);
        found.line = static_cast<int>(k) + 1;
        if (!after.empty() && reads_as_misi(after)) found.misi_after = after;
        return found;
      }
    } else if (quoted.open == std::string::npos && is_visi_title(previous) && !names_visi(line) && visi_sized(line) &&
               one_sentence(line)) {
      found.text = clean_text(line);
      found.line = static_cast<int>(k) + 1;
      return found;
    }
    previous = line;
  }
  return found;
}

}  // namespace pokin::import
