#pragma once
// Reading a position or unit title as the documents write it ("Kasi Perencanaan dan Promosi", "KEPALA BIDANG
// HUBUNGAN INDUSTRIAL", "Sub Koordinator Promosi Penanaman Modal", "Bendahara") into the unit's level, its name
// ("Seksi Perencanaan dan Promosi") and the position ("Kepala Seksi Perencanaan dan Promosi").
#include <string>
#include <string_view>

#include "core/model/unit.h"

namespace pokin::import {

struct UnitTitle {
  UnitKind kind = UnitKind::Staff;
  std::string name;
  std::string jabatan;
};

UnitTitle read_unit_title(std::string_view title);

// A unit of the title's level, name and position (no id, no parent yet).
Unit unit_from_title(const UnitTitle& title);

// Whether `text` starts like the title of a structural unit (Kepala ..., Bidang, Seksi, Sub Bagian, Sekretariat,
// Sub Koordinator, Kabid, Kasi, Kasubag ...); staff positions do not.
bool looks_like_unit_title(std::string_view text);

}  // namespace pokin::import

namespace pokin::import {

// Whether a unit cell names the agency itself, the document's `instansi`: its name (with or without the pemda after
// it: "Badan Kepegawaian Daerah Kabupaten Semarang") or the initials of its name ("BKD"). A Renstra's Unit Kerja
// column often names the agency on its own rows; that is the head, not a unit below it.
bool names_agency(std::string_view text, std::string_view instansi);

}  // namespace pokin::import
