#pragma once
// What a piece of text without cell borders is, word by word: the tests the flattened-rows reader
// (core/import/flattened_rows.h) applies to each line or piece (lead words, list numbers, labels, satuan words, a
// formula, a repeated cell, prose), kept apart from the reader's state.
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// Whether `text` opens with `word` (ASCII case-insensitive), followed by its end, a space or a comma ("%" alone
// may be followed by anything).
bool starts_word(std::string_view text, std::string_view word);

template <std::size_t N>
bool starts_with_any(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::string_view word : words)
    if (starts_word(text, word)) return true;
  return false;
}

// Offset of the first word after `from` that opens an indicator (capitalised lead word), or npos.
std::size_t next_indicator_lead(std::string_view text, std::size_t from);

// Offset of a capitalised word that opens an explanation in the middle of a line ("... tepat waktu Dalam
// penyelenggaraan ...", "... Merupakan perbandingan ..."), or npos.
std::size_t explanation_start(std::string_view text);

// "Rp", "Rp.": the title of a budget column.
bool is_rp(std::string_view token);

// "2021": a year between 1900 and 2099.
bool is_year(std::string_view token);

// Leading list number ("1.", "1", "a.", "1.2.") removed.
std::string_view without_number(std::string_view text);

// A title line naming a government unit in capitals ("KECAMATAN SIDEMEN", "DINAS KESEHATAN").
bool names_an_instansi(std::string_view text);

// "Formulasi perhitungan :", "Sumber Data :", "Penjelasan :", "Tipe perhitungan :": an explanation follows.
bool is_explanation_label(std::string_view body);

// A sentence explaining an indicator that opens with the indicator's own words ("Persentase asset yang tercatat yang
// tinggi menggambarkan bahwa ..."): six words or more holding a verb of explanation ("menggambarkan", "menunjukkan",
// "mencerminkan", "merupakan", "adalah"), which no indicator name holds.
bool reads_as_explanation(std::string_view text);

// "Instansi : Sekretariat DPRD ...": the text after one of `labels` and its colon, "" when `body` opens otherwise.
std::string_view labelled_value(std::string_view body, std::initializer_list<std::string_view> labels);

// A cell of a column that is not read, with its label: "Penjelasan: Hasil survey ...", "Tugas : 1. ...".
bool opens_explanation(std::string_view body);

// "Program X Peringkat Daerah pada MTQ Peringkat Daerah pada MTQ 0 - 5 ...": a phrase of three or more words printed
// twice in a row is an indicator and its definition column (the name repeated); the offset where it starts, npos
// when there is none. Quadratic in the words of one cell, which are few (at most 80 are looked at).
std::size_t repeated_cell(std::string_view text);

// The words of a formula or a definition, not of an indicator's name.
bool reads_as_ratio(std::string_view text);

// A long text cut for the report.
std::string shortened(const std::string& text);

// The unit a title in capitals names, from its unit word on and before its period: "LAPORAN KINERJA SEKRETARIAT
// DAERAH PROVINSI SUMATERA UTARA" -> "SEKRETARIAT DAERAH PROVINSI SUMATERA UTARA", "BADAN KESATUAN BANGSA DAN POLITIK
// KOTA PASURUAN TAHUN 2016-2020" -> "BADAN ... KOTA PASURUAN"; "" when it names none.
std::string instansi_in_title(std::string_view text);

// The unit a sentence above a table names before its period: "... (Tabel 6.1) Badan Kepegawaian Daerah Kabupaten
// Semarang Tahun 2021-2026, sebagai berikut :" gives "Badan Kepegawaian Daerah Kabupaten Semarang".
std::string instansi_in_sentence(std::string_view text);

// The units planners measure in, written alone in a satuan cell.
bool is_satuan(std::string_view word);

// A name that stops on a word needing more ("Persentase jumlah", "... yang"): the next line continues it.
bool unfinished(std::string_view name);

}  // namespace pokin::import
