#include "core/import/import_profile.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/import/column_fields.h"
#include "core/import/text_cleaning.h"
#include "core/text/bilingual.h"
#include "core/text/utf8.h"
#include "core/text/utf8_path.h"

namespace pokin::import {
namespace {

constexpr std::size_t kLargestProfile = 64 * 1024;
constexpr int kMostHeaderRows = 10;
constexpr int kLastLine = 100000000;

bool all_digits(std::string_view text) {
  return !text.empty() && text.size() <= 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

UserError header_rows_error(std::string_view text) {
  std::string shown(text.substr(0, 40));
  return UserError("Baris judul \"" + shown + "\" tidak dikenali: tulis jumlah baris (mis. 3: tiga baris pertama tabel) "
                   "atau nomor baris awal-akhir (mis. 12-14), paling banyak " + std::to_string(kMostHeaderRows) + " baris.",
                   "Header rows \"" + shown + "\" not understood: write a number of rows (e.g. 3: the table's first "
                   "three rows) or first-last line numbers (e.g. 12-14), at most " + std::to_string(kMostHeaderRows) + " rows.");
}

// The error of line `line` of profile `name`, the reason after it.
UserError at_line(std::string_view name, int line, const Bilingual& reason) {
  std::string where_id = "Profil " + std::string(name) + " baris " + std::to_string(line) + ": ";
  std::string where_en = "Profile " + std::string(name) + " line " + std::to_string(line) + ": ";
  return UserError(where_id + reason.id, where_en + reason.en);
}

}  // namespace

HeaderRowsChoice parse_header_rows(std::string_view raw) {
  std::string text = trim(raw);
  HeaderRowsChoice choice;
  std::size_t dash = text.find('-');
  if (dash == std::string::npos) {
    if (!all_digits(text)) throw header_rows_error(raw);
    choice.rows = std::stoi(text);
  } else {
    std::string first = trim(std::string_view(text).substr(0, dash)), last = trim(std::string_view(text).substr(dash + 1));
    if (!all_digits(first) || !all_digits(last)) throw header_rows_error(raw);
    int from = std::stoi(first), to = std::stoi(last);
    if (from < 1 || to < from || from > kLastLine) throw header_rows_error(raw);
    choice.line = from;
    choice.rows = to - from + 1;
  }
  if (choice.rows < 1 || choice.rows > kMostHeaderRows) throw header_rows_error(raw);
  return choice;
}

ColumnMapping parse_column_mapping(std::string_view raw) {
  std::string pair(raw);
  std::size_t equals = pair.rfind('=');
  std::string column = equals == std::string::npos ? std::string() : trim(std::string_view(pair).substr(0, equals));
  std::string field = equals == std::string::npos ? std::string() : trim(std::string_view(pair).substr(equals + 1));
  std::string shown = pair.substr(0, 80);
  if (column.empty() || field.empty())
    throw UserError("--map \"" + shown + "\" harus berbentuk KOLOM=BIDANG, mis. \"Uraian=sasaran\".",
                    "--map \"" + shown + "\" must be COLUMN=FIELD, e.g. \"Uraian=sasaran\".");
  if (!field_from_name(field))
    throw UserError("Bidang \"" + field.substr(0, 40) + "\" tidak dikenal (contoh: sasaran, indikator, target:2024, "
                    "pagu:2024, realisasi:2024, tujuan, program, kegiatan, sub_kegiatan, kondisi_akhir, lokasi, unit, "
                    "kode, abaikan).",
                    "Field \"" + field.substr(0, 40) + "\" is not known (e.g. sasaran, indikator, target:2024, "
                    "pagu:2024, realisasi:2024, tujuan, program, kegiatan, sub_kegiatan, kondisi_akhir, lokasi, unit, "
                    "kode, ignore).");
  return {column, field};
}

ImportProfile parse_import_profile(std::string_view text, std::string_view name) {
  if (text.size() > kLargestProfile)
    throw UserError("Profil " + std::string(name) + " lebih dari 64 KB; itu bukan profil impor.",
                    "Profile " + std::string(name) + " is larger than 64 KB; it is not an import profile.");
  if (text.find('\0') != std::string_view::npos || !is_valid_utf8(text))
    throw UserError("Profil " + std::string(name) + " bukan teks UTF-8.", "Profile " + std::string(name) + " is not UTF-8 text.");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  ImportProfile profile;
  bool header_seen = false;
  int number = 0;
  for (std::string_view line : split_lines(text)) {
    ++number;
    std::string content = trim(line);
    if (content.empty() || content[0] == '#') continue;
    if (std::any_of(content.begin(), content.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; }))
      throw at_line(name, number, {"berisi karakter kendali", "holds a control character"});
    std::size_t colon = content.find(':');
    if (colon == std::string::npos)
      throw at_line(name, number, {"tulis \"baris-judul: N\" atau \"kolom: KOLOM = BIDANG\"",
                                   "write \"baris-judul: N\" or \"kolom: COLUMN = FIELD\""});
    std::string key = lower_ascii(trim(std::string_view(content).substr(0, colon)));
    std::string value = trim(std::string_view(content).substr(colon + 1));
    if (value.empty()) throw at_line(name, number, {"\"" + key + "\" tanpa nilai", "\"" + key + "\" without a value"});
    try {
      if (key == "baris-judul" || key == "header-rows") {
        if (header_seen)
          throw UserError("baris judul sudah ditetapkan di baris sebelumnya", "the header rows were already set on an earlier line");
        header_seen = true;
        profile.header = parse_header_rows(value);
      } else if (key == "kolom" || key == "map") {
        profile.mapping.push_back(parse_column_mapping(value));
      } else {
        throw UserError("kunci \"" + key.substr(0, 40) + "\" tidak dikenal (baris-judul, kolom)",
                        "key \"" + key.substr(0, 40) + "\" is not known (baris-judul, kolom)");
      }
    } catch (const UserError& error) {
      throw at_line(name, number, error.message());
    }
  }
  return profile;
}

ImportProfile read_import_profile_file(const std::filesystem::path& path) {
  std::string name = utf8_path(path);
  std::error_code error;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) throw UserError("Profil " + name + " tidak dapat dibuka.", "Profile " + name + " cannot be opened.");
  if (size > kLargestProfile)
    throw UserError("Profil " + name + " lebih dari 64 KB; itu bukan profil impor.",
                    "Profile " + name + " is larger than 64 KB; it is not an import profile.");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("Profil " + name + " tidak dapat dibuka.", "Profile " + name + " cannot be opened.");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_import_profile(text.str(), name);
}

std::string write_import_profile(const ImportProfile& profile) {
  std::string text = "# Profil impor Pokin: baris judul tabel dan isi tiap kolom (pokin import --profile BERKAS)\n"
                     "# Pokin import profile: the table's header rows and what each column holds\n";
  if (profile.header.rows > 0) {
    text += "baris-judul: ";
    text += profile.header.line > 0 ? std::to_string(profile.header.line) + "-" +
                                          std::to_string(profile.header.line + profile.header.rows - 1)
                                    : std::to_string(profile.header.rows);
    text += "\n";
  }
  for (const ColumnMapping& map : profile.mapping) {
    std::string column = trim(map.column), field = trim(map.field);
    if (column.find_first_of("\r\n") != std::string::npos || field.find_first_of("\r\n") != std::string::npos)
      throw UserError("Kolom \"" + column.substr(0, 40) + "\" berisi pindah baris; tidak dapat disimpan dalam profil.",
                      "Column \"" + column.substr(0, 40) + "\" holds a line break; it cannot be saved in a profile.");
    text += "kolom: " + column + " = " + field + "\n";
  }
  return text;
}

}  // namespace pokin::import
