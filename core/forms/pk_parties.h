#pragma once
// The two parties of a Perjanjian Kinerja (PermenPAN-RB 53/2014). Pihak pertama is the official who holds the unit
// (Unit::holder_name, holder_nip, jabatan); pihak kedua is the superior: the holder of the unit above, or for the head
// of agency (no unit above) the regional head named after the pemda ("Kabupaten Balangan" -> "Bupati Balangan"), who
// has no NIP. What the document does not hold is never made up: a missing name or NIP prints a dotted gap to fill in
// by hand before signing.
#include <string>

#include "core/forms/official_text.h"
#include "core/model/document.h"

namespace pokin {

struct PkParty {
  std::string name;     // the holder as typed, or kDottedGap
  std::string nip;      // the bare number, kDottedGap when the official's NIP is not recorded; empty for the regional head
  std::string jabatan;  // "Kepala Bidang Bina Marga", "Bupati Balangan"
};

struct PkParties {
  PkParty pertama;
  PkParty kedua;
};

// The parties of `unit`'s agreement. The superior is the parent unit; a unit with no parent unit (or one the document
// does not hold) answers to the document's single head of agency when it is not that head itself, else to the
// regional head. The jabatan of the head of agency is written in full when the document holds only its bare title
// ("Kepala Dinas" with instansi "Dinas Sosial" and pemda "Kabupaten Contoh": "Kepala Dinas Sosial Kabupaten Contoh").
// `unit` must be in the document.
PkParties pk_parties(const Document& document, Id unit);

// The regional head's title from the pemda: "Kabupaten X" -> "Bupati X", "Kota X" -> "Wali Kota X", "Provinsi X" ->
// "Gubernur X" ("Pemerintah ..." and "Kab." read the same); any other pemda -> "Kepala Daerah <pemda>".
std::string regional_head_jabatan(const std::string& pemda);

}  // namespace pokin
