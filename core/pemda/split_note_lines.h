#pragma once
// What an OPD's own document cannot hold as a link, kept as one line of a sasaran's or a link's note so that a
// split OPD file carries it and a merge reads it back (core/pemda/split_document writes these lines,
// core/pemda/opd_crosscutting and the merge read them):
//   "Mendukung sasaran RPJMD: <code> <statement>"   on an OPD sasaran whose parent was a sasaran RPJMD
//   "Dibantu sasaran mitra: <code> <statement>"     on a partner link whose own sasaran is helped (its `from`)
//   "Membantu sasaran mitra: <code> <statement>"    on a partner link whose own sasaran helps the partner's one
//   "Sasaran mitra hilang: <code> <statement>"     on a link between OPD that a merge kept as a partner link
//                                                  because the partner's sasaran was no longer found; such a link
//                                                  is Bappeda's to look at again, never resolved anew by a merge
// <code> is left out when the sasaran has none. Each kind of line appears at most once in a note; the rest of the
// note is the planner's text, kept as written.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace pokin::pemda {

inline constexpr std::string_view kRpjmdSupportPrefix = "Mendukung sasaran RPJMD: ";
inline constexpr std::string_view kHelpedByPartnerPrefix = "Dibantu sasaran mitra: ";
inline constexpr std::string_view kHelpsPartnerPrefix = "Membantu sasaran mitra: ";
inline constexpr std::string_view kPartnerLostPrefix = "Sasaran mitra hilang: ";

// "<code> <statement>", or the statement alone when the sasaran has no code.
std::string sasaran_reference(const Sasaran& sasaran);
// The text after `prefix` on the first line of `note` that starts with it (trimmed), or nothing.
std::optional<std::string> note_line(std::string_view note, std::string_view prefix);
// `note` without its lines that start with `prefix` (and without the blank lines that leaves at its ends).
std::string note_without_line(std::string_view note, std::string_view prefix);
// `note` with its line for `prefix` replaced by (or, when it has none, ended with) prefix + reference.
std::string note_with_line(std::string_view note, std::string_view prefix, std::string_view reference);
// The one sasaran among `candidates` that `reference` names: its code and statement as sasaran_reference writes
// them, else its statement alone (compared without case and surrounding blanks). kNoId when none or several.
Id find_referenced_sasaran(const Document& document, const std::vector<Id>& candidates, std::string_view reference);

}  // namespace pokin::pemda
