#include "core/text/utf8.h"
#include "core/store/checked_row.h"

#include <cmath>
#include <cstdio>

#include "core/model/document_limits.h"

namespace pokin::store {
namespace {

using Type = sqlite::Statement::Type;

// The stored value as a message can show it: numbers as SQLite writes them, short valid text in quotes.
std::string shown_value(const sqlite::Statement& statement, int column) {
  switch (statement.type(column)) {
    case Type::Null: return "NULL";
    case Type::Blob: return "(blob)";
    case Type::Integer:
    case Type::Real: return statement.text(column);
    case Type::Text: break;
  }
  std::string text = statement.text(column);
  if (first_invalid_utf8(text) != std::string_view::npos) return "(teks tidak sah / invalid text)";
  if (text.size() > 40) {
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  return "'" + text + "'";
}

std::string num(long long value) { return std::to_string(value); }

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

void damaged(std::string_view where, std::string_view column, const Bilingual& problem) {
  std::string place(where);
  std::string name(column);
  throw UserError("Dokumen rusak: " + place + ", kolom " + name + " " + problem.id + ".",
                  "Damaged document: " + place + ", column " + name + " " + problem.en + ".");
}

std::string CheckedRow::where() const {
  std::string place = std::string(table_) + " ";
  if (!key_) return place + "(id belum terbaca)";
  place += std::string(key_) + " " + num(key_value_);
  if (second_key_) place += " " + std::string(second_key_) + " " + num(second_value_);
  return place;
}

void CheckedRow::fail(int column, std::string_view name, const Bilingual& problem) const {
  std::string value = shown_value(statement_, column);
  damaged(where(), name, {"= " + value + " " + problem.id, "= " + value + " " + problem.en});
}

std::int64_t CheckedRow::whole_number(int column, std::string_view name) const {
  if (statement_.type(column) != Type::Integer)
    fail(column, name, {"bukan bilangan bulat", "is not a whole number"});
  return statement_.integer(column);
}

Id CheckedRow::id(int column, std::string_view name) {
  std::int64_t value = whole_number(column, name);
  if (value < 1 || value > kMaxId)
    fail(column, name, {"di luar batas 1.." + num(kMaxId), "is outside 1.." + num(kMaxId)});
  name_row("id", value);
  return value;
}

Id CheckedRow::reference(int column, std::string_view name) {
  if (statement_.type(column) == Type::Null) return kNoId;
  std::int64_t value = whole_number(column, name);
  if (value == kNoId) return kNoId;
  if (value < 1 || value > kMaxId)
    fail(column, name, {"di luar batas 1.." + num(kMaxId), "is outside 1.." + num(kMaxId)});
  return value;
}

int CheckedRow::integer(int column, std::string_view name, int min, int max) {
  std::int64_t value = whole_number(column, name);
  if (value < min || value > max)
    fail(column, name, {"di luar batas " + num(min) + ".." + num(max), "is outside " + num(min) + ".." + num(max)});
  return static_cast<int>(value);
}

int CheckedRow::optional_year(int column, std::string_view name) {
  std::int64_t value = whole_number(column, name);
  if (value != 0 && !valid_year(value))
    fail(column, name,
         {"bukan tahun " + num(kFirstYear) + ".." + num(kLastYear) + " (atau 0)",
          "is not a year " + num(kFirstYear) + ".." + num(kLastYear) + " (or 0)"});
  return static_cast<int>(value);
}

double CheckedRow::real(int column, std::string_view name, double min, double max) {
  Type type = statement_.type(column);
  if (type != Type::Integer && type != Type::Real) fail(column, name, {"bukan angka", "is not a number"});
  double value = statement_.real(column);
  if (!std::isfinite(value) || value < min || value > max)
    fail(column, name,
         {"di luar batas " + decimal(min) + ".." + decimal(max), "is outside " + decimal(min) + ".." + decimal(max)});
  return value;
}

std::optional<double> CheckedRow::optional_real(int column, std::string_view name) {
  Type type = statement_.type(column);
  if (type == Type::Null) return std::nullopt;
  if (type != Type::Integer && type != Type::Real) fail(column, name, {"bukan angka", "is not a number"});
  double value = statement_.real(column);
  if (!std::isfinite(value)) fail(column, name, {"bukan angka terhingga", "is not a finite number"});
  return value;
}

std::string CheckedRow::text(int column, std::string_view name) {
  std::string value = statement_.text(column);
  std::size_t bad = first_invalid_utf8(value);
  if (bad != std::string_view::npos)
    damaged(where(), name,
            {"berisi teks UTF-8 yang tidak sah (byte ke-" + num(static_cast<long long>(bad) + 1) + ")",
             "holds invalid UTF-8 text (byte " + num(static_cast<long long>(bad) + 1) + ")"});
  return value;
}

std::optional<std::string> CheckedRow::optional_text(int column, std::string_view name) {
  if (statement_.type(column) == Type::Null) return std::nullopt;
  return text(column, name);
}

std::string CheckedRow::text(int column, std::string_view name, std::size_t max_bytes) {
  std::string value = text(column, name);
  if (value.size() > max_bytes)
    damaged(where(), name,
            {"lebih panjang dari " + num(static_cast<long long>(max_bytes)) + " byte (" +
                 num(static_cast<long long>(value.size())) + " byte)",
             "is longer than " + num(static_cast<long long>(max_bytes)) + " bytes (" +
                 num(static_cast<long long>(value.size())) + " bytes)"});
  return value;
}

std::optional<std::string> CheckedRow::optional_text(int column, std::string_view name, std::size_t max_bytes) {
  if (statement_.type(column) == Type::Null) return std::nullopt;
  return text(column, name, max_bytes);
}

}  // namespace pokin::store
