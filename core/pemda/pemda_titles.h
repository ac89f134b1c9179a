#pragma once
// The names of a Pemda as its own tree shows them, from the name a planner types after --pemda: "Balangan" or
// "Kabupaten Balangan" -> pemda "Kabupaten Balangan", the Pemda unit "Pemerintah Kabupaten Balangan" led by the
// "Bupati Balangan"; "Kota Contoh" -> "Pemerintah Kota Contoh", "Wali Kota Contoh"; "Provinsi X" -> "Gubernur X".
// A leading "Pemerintah" and "Kab." are understood. And the key two instansi names are compared by.
#include <string>
#include <string_view>

namespace pokin::pemda {

struct PemdaTitles {
  std::string pemda;      // "Kabupaten Balangan"
  std::string unit_name;  // "Pemerintah Kabupaten Balangan"
  std::string jabatan;    // "Bupati Balangan"
};

// Empty fields for an empty name.
PemdaTitles pemda_titles(std::string_view name);

// An instansi name as two files of the same OPD may spell it: ASCII lower case, punctuation as spaces, runs of
// spaces as one, and a trailing "Kabupaten ..."/"Kota ..."/"Provinsi ..." dropped ("Dinas Kesehatan Kabupaten
// Balangan" and "DINAS KESEHATAN" give one key).
std::string instansi_key(std::string_view instansi);

}  // namespace pokin::pemda
