#pragma once
// The catalogue of every string the UI shows, in Bahasa Indonesia (default) and English. The text lives in
// assets/ui_strings.tsv (key, Indonesian, English), embedded into the program at build time, so views never
// hold a user-visible sentence: they ask tr("key"). The language switches at run time.
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/text/bilingual.h"

namespace pokin::ui {

void set_language(Language language);
Language current_language();

// The text for `key` in the current language; the key itself when the catalogue lacks it (visible, not a crash).
// The pointer stays valid for the life of the program.
const char* tr(const char* key);
// The same text in both languages (for messages stored before the language may switch).
Bilingual tr_both(const char* key);
// The same with {1}, {2}, ... filled in (see format()) in both languages.
Bilingual tr_both(const char* key, std::initializer_list<std::string> arguments);

// Replaces {1}, {2}, ... in `pattern` with the arguments.
std::string format(std::string_view pattern, std::initializer_list<std::string> arguments);

// Whether the embedded catalogue has `key` (tests check that every key used exists).
bool has_text(const char* key);

}  // namespace pokin::ui
