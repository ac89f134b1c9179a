#pragma once
// The signature blocks under a planning form (IKU, IKI, Perjanjian Kinerja, Renstra table): the place and date,
// "Mengetahui," / "Menyetujui,", each signer's jabatan, name with academic degrees, rank (pangkat) and NIP. A copy
// from Excel or Word lays the blocks side by side in the table's own columns, so they arrive as a row of cells
// under "No", "Indikator Kinerja" ... that must become no statement and no indicator.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

// Whether `cell` is a line of a signature block: "NIP. 19700101 199001 1 001", "Pembina Tk. I (IV/b)",
// "Drs. Contoh Nama, M.Si", "Mengetahui,", "Ditetapkan di ...", "Contoh, 2 Januari 2024", or a jabatan with the
// comma a signer's title ends with ("Kepala Dinas Pendidikan,"). A bare jabatan without that comma is not enough
// on its own (it is a unit's name in many tables): see signature_row.
bool signature_line(std::string_view cell);

// Whether `text` is the title of a region's head, who signs an eselon II agreement: "Bupati Sukamaju", "Wali Kota
// X", "Gubernur Y", "Wakil Bupati" (no unit of an agency, so looks_like_unit_title does not know it).
bool regional_head_title(std::string_view text);

// Which line of a signature block `cell` is (the same reading as signature_line), for taking a signer's name, jabatan
// and NIP out of the block.
enum class SignatureLineKind { None, Nip, Opening, Rank, PlaceAndDate, NameWithDegrees, Jabatan };
SignatureLineKind signature_line_kind(std::string_view cell);

// Whether a table row is a line of the signature blocks: every filled cell is a signature line or a jabatan
// title (looks_like_unit_title), at least two cells are filled or one is a signature line, and no filled cell
// holds a number. `cells` are the row's cells as read.
bool signature_row(const std::vector<std::string>& cells);

// Whether a row holding one short cell of capitalised words without digits ("NAMA BUPATI", "Drs Contoh Nama") may be
// a signer's name: only meaningful right under a signature row (the caller knows that).
bool signer_name_row(const std::vector<std::string>& cells);

}  // namespace pokin::import
