#pragma once
// The text around a Perjanjian Kinerja table (PermenPAN-RB 53/2014): the title with its year ("PERJANJIAN KINERJA
// TAHUN 2025") and the two parties, introduced as "Nama : ... / Jabatan : ... / selanjutnya disebut PIHAK
// PERTAMA (KESATU)" and signed in blocks "PIHAK KESATU / jabatan / ____ / nama / pangkat / NIP. ...". The first
// party holds the agreement's targets; the second is the superior who signs it.
#include <string>
#include <string_view>

namespace pokin::import {

struct AgreementParty {
  std::string nama, jabatan, nip;
  bool empty() const { return nama.empty() && jabatan.empty() && nip.empty(); }
};

struct AgreementParties {
  bool is_agreement = false;  // a "Perjanjian Kinerja" title was read
  int year = 0;               // the year of the title, 0 when none
  AgreementParty first, second;
  int second_introductions = 0;  // how many "... disebut PIHAK KEDUA" lines were read (one per agreement)
};

// Reads the lines outside a table one by one (cells joined by blanks), in document order. Linear.
class AgreementReader {
 public:
  void add_line(std::string_view text);
  const AgreementParties& parties() const { return parties_; }

 private:
  AgreementParty* party(int which) { return which == 1 ? &parties_.first : which == 2 ? &parties_.second : nullptr; }
  AgreementParties parties_;
  AgreementParty introduced_;  // Nama/Jabatan lines waiting for their "disebut PIHAK ..." line
  int signing_ = 0;            // the party whose signature block is being read (1, 2), 0 outside one
};

}  // namespace pokin::import
