#pragma once
// The deepest tree a document can hold, for the tests and the bench that keep checks and layout linear in depth:
// a chain of `depth` units, each below the previous one, each owning one sasaran that supports the previous
// unit's sasaran. Sasaran levels count down the chain up to kMaxSasaranLevel and stay there (so every sasaran
// from the (kMaxSasaranLevel + 2)-th on is at the same level as its parent). With `closed`, the top sasaran supports
// the bottom one: the whole sasaran chain is one cycle. Ids: unit k is 2k-1, its sasaran 2k (k = 1..depth).
#include "core/model/document.h"

namespace pokin {

Document make_chain_document(int depth, bool closed = false);

}  // namespace pokin
