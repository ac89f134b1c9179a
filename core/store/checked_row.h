#pragma once
// One row of a table of a .pokin file, read with every value checked: a file written by another tool is untrusted
// input. Whole numbers must be stored as integers inside the range the model allows (core/model/document_limits.h),
// numbers must be finite, text must be valid UTF-8 and words must be ones Pokin writes. Anything else throws
// UserError "Dokumen rusak: sasaran id 12, kolom level = 2147483647 ..." naming the table, the row and the column;
// nothing is truncated, clamped or skipped silently. Internal to core/store (document_reader.cpp).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/ids.h"
#include "core/store/sqlite.h"
#include "core/text/bilingual.h"

namespace pokin::store {

// "Dokumen rusak: <where>, kolom <column> <problem>." in both languages.
[[noreturn]] void damaged(std::string_view where, std::string_view column, const Bilingual& problem);

class CheckedRow {
 public:
  // One per statement; call next_row() before reading each row. `table` must outlive the CheckedRow.
  CheckedRow(const sqlite::Statement& statement, const char* table) : statement_(statement), table_(table) {}

  void next_row() { key_ = second_key_ = nullptr; }
  // How messages name the row from now on ("indikator_id 7 year 2025"); until then "(id belum terbaca)". Kept as
  // numbers, written out only for a message: naming must cost nothing on the 120,000 rows of a large document.
  void name_row(const char* key, std::int64_t value, const char* second_key = nullptr, std::int64_t second = 0) {
    key_ = key;
    key_value_ = value;
    second_key_ = second_key;
    second_value_ = second;
  }
  std::string where() const;

  // A row id: 1..kMaxId. Names the row "id N".
  Id id(int column, std::string_view name);
  // A reference to another row: NULL (or 0) is kNoId, otherwise 1..kMaxId; whether that row exists is checked once
  // the whole document is read.
  Id reference(int column, std::string_view name);
  int integer(int column, std::string_view name, int min, int max);
  // A year that may be unset: 0, or kFirstYear..kLastYear.
  int optional_year(int column, std::string_view name);
  double real(int column, std::string_view name, double min, double max);
  std::optional<double> optional_real(int column, std::string_view name);  // NULL or finite
  std::string text(int column, std::string_view name);                     // NULL reads as ""
  std::optional<std::string> optional_text(int column, std::string_view name);
  // Text of at most `max_bytes` bytes (the limits of core/model/document_limits.h).
  std::string text(int column, std::string_view name, std::size_t max_bytes);
  std::optional<std::string> optional_text(int column, std::string_view name, std::size_t max_bytes);
  // A word Pokin writes for an enum ("naik", "staff"); `parse` is the model's *_from_word.
  template <class E>
  E word(int column, std::string_view name, std::optional<E> (*parse)(std::string_view)) {
    std::string text = this->text(column, name);
    if (std::optional<E> value = parse(text)) return *value;
    fail(column, name, {"bukan nilai yang dikenal", "is not a known value"});
  }

  [[noreturn]] void fail(int column, std::string_view name, const Bilingual& problem) const;

 private:
  std::int64_t whole_number(int column, std::string_view name) const;

  const sqlite::Statement& statement_;
  const char* table_;
  const char* key_ = nullptr;
  std::int64_t key_value_ = 0;
  const char* second_key_ = nullptr;
  std::int64_t second_value_ = 0;
};

}  // namespace pokin::store
