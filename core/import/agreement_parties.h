#pragma once
// The text around a Perjanjian Kinerja table (PermenPAN-RB 53/2014): the title with its year ("PERJANJIAN KINERJA
// TAHUN 2025") and the two parties, introduced as "Nama : ... / Jabatan : ... / selanjutnya disebut PIHAK
// PERTAMA (KESATU)" and signed in blocks "PIHAK KESATU / jabatan / ____ / nama / pangkat / NIP. ...". The first
// party holds the agreement's targets; the second is the superior who signs it.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
  // A row of cells outside the table (or a signature row inside it). The two signature blocks side by side ("Pihak
  // Kedua, | | Pihak Pertama," then "Name B | | Name A", " | | NIP. A") are read column by column: each cell goes
  // to the party whose label heads the nearest column, and fills that party's jabatan, name and NIP where the
  // introduction left them empty. Returns false when the row is no such line; the caller then joins its cells
  // into one line for add_line.
  bool add_row(const std::vector<std::string>& cells);
  const AgreementParties& parties() const { return parties_; }
  // The agreements of a document holding several (one per jabatan: "Nama : ... disebut pihak pertama" again with
  // another name), in document order, the last one being parties(); one element for a single agreement.
  std::vector<AgreementParties> agreements() const;

 private:
  AgreementParty* party(int which) { return which == 1 ? &parties_.first : which == 2 ? &parties_.second : nullptr; }
  void read_signature_line(AgreementParty& into, const std::string& text, bool side_by_side);
  AgreementParties parties_;
  std::vector<AgreementParties> earlier_;  // the agreements before parties_ in a document holding several
  std::vector<std::pair<std::size_t, int>> party_columns_;  // (column, party) of side-by-side signature blocks
  AgreementParty introduced_;  // Nama/Jabatan lines waiting for their "disebut PIHAK ..." line
  int signing_ = 0;            // the party whose signature block is being read (1, 2), 0 outside one
};

}  // namespace pokin::import
