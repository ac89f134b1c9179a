#pragma once
// The .pokin schema and its migrations. Version N of the schema is what migrations 1..N build, applied in order
// to an empty database; a file of version K < N is upgraded by migrations K+1..N. Never edit a released
// migration: add the next one.
#include <cstdint>

#include "core/store/sqlite.h"

namespace pokin::store {

// "POKN": PRAGMA application_id of every .pokin file.
inline constexpr std::int64_t kApplicationId = 0x504F4B4E;
inline constexpr int kSchemaVersion = 5;

// Runs the migrations from the database's user_version up to `target_version` (inside the caller's transaction).
void migrate(sqlite::Database& database, int target_version = kSchemaVersion);

}  // namespace pokin::store
