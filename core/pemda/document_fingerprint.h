#pragma once
// The fingerprint of a source document as merged (MergedPart::fingerprint): the same content gives the same
// fingerprint, any change of a field of the info, a unit, a sasaran, an indikator or a link gives another (ids
// included: a file that numbers its nodes anew is a new file). last_id, parts and origins are bookkeeping and do
// not count. 64-bit FNV-1a over every field, written as 16 hex digits.
#include <string>

#include "core/model/document.h"

namespace pokin::pemda {

std::string document_fingerprint(const Document& document);

}  // namespace pokin::pemda
