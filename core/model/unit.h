#pragma once
#include <string>
#include <vector>

#include "core/model/ids.h"

namespace pokin {

// The organisational level of a unit kerja / jabatan. Names shown to users come from the document's level
// labels, never from this enum.
enum class UnitKind {
  Head,      // Kepala Dinas / Kepala Badan (eselon II)
  Division,  // Sekretariat, Bidang (eselon III)
  Section,   // Sub Bagian, Seksi, Sub Bidang, ketua tim (eselon IV)
  Staff,     // jabatan fungsional / pelaksana
};

struct Unit {
  Id id = kNoId;
  Id parent = kNoId;  // kNoId only for the head of agency (or units not placed yet)
  UnitKind kind = UnitKind::Staff;
  std::string name;     // "Bidang Pelayanan Perizinan"
  std::string jabatan;  // "Kepala Bidang Pelayanan Perizinan"
  std::string holder_name;
  std::string holder_nip;
  std::string tugas;
  std::vector<std::string> fungsi;  // in document order
  int order = 0;                    // among siblings; ties broken by id

  bool operator==(const Unit&) const = default;
};

}  // namespace pokin
