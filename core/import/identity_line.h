#pragma once
// The identity lines that open each jabatan's part of an IKI or a Perjanjian Kinerja ("Jabatan : Kepala Seksi ...",
// "Tugas : ...", "Fungsi : ...", "Nama : ...", "NIP : ..."). A document holding several jabatan puts them between
// tables, so a copy from Word or Excel brings them in as rows of the table above ("Jabatan | : | Kepala Seksi").
#include <string>
#include <vector>

namespace pokin::import {

// Whether a row's first filled cell is such a label (with a list number "1." allowed) followed by a colon, in the
// same cell ("Jabatan : X", "Jabatan :") or opening the next filled cell (": X", ":"), and at most three cells are
// filled. A sasaran that merely starts with one of the words ("Tugas pembantuan terlaksana") is none.
bool identity_line(const std::vector<std::string>& cells);

}  // namespace pokin::import
