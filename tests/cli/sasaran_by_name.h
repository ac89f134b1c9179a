#pragma once
// Finding a sasaran of a document by its unit's name and its statement, as a planner's table names it.
#include <doctest/doctest.h>

#include <string>

#include "core/model/document.h"

namespace cli_test {

inline pokin::Id sasaran_by_name(const pokin::Document& document, const std::string& unit,
                                 const std::string& statement) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == statement && document.find_unit(sasaran.unit)->name == unit) return id;
  FAIL("the document has no sasaran " << unit << " / " << statement);
  return pokin::kNoId;
}

}  // namespace cli_test
