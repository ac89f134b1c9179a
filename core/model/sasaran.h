#pragma once
#include <map>
#include <string>

#include "core/model/ids.h"
#include "core/model/indikator.h"

namespace pokin {

// Who decided that a sasaran supports its parent sasaran.
enum class LinkOrigin {
  Person,     // set or accepted by a planner
  Suggested,  // proposed by a program (import); waits for review
};

// What a statement is: a sasaran of some level, or a Tujuan of the Renstra above the Sasaran Strategis. A Tujuan
// has level 0 like the Sasaran Strategis it holds; it owns indicators (indikator tujuan) like a sasaran does.
enum class StatementKind {
  Sasaran,
  Tujuan,
};

// The budget nomenclature a sasaran is carried out through (Kepmendagri 050-5889/2021 and its amendments): the
// program of a Sasaran Program, the kegiatan of a Sasaran Kegiatan, the sub kegiatan below it.
enum class NomenclatureKind {
  None,
  Program,
  Kegiatan,
  SubKegiatan,
};

struct Nomenclature {
  NomenclatureKind kind = NomenclatureKind::None;
  std::string kode;  // "1.02.01", "2.16.02.1.01" (as the source writes it, joined with dots when split)
  std::string name;  // "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

  bool empty() const { return kind == NomenclatureKind::None && kode.empty() && name.empty(); }
  bool operator==(const Nomenclature&) const = default;
};

// A performance statement ("Meningkatnya ...") owned by one unit, supporting one sasaran of the level above.
struct Sasaran {
  Id id = kNoId;
  Id unit = kNoId;    // owner unit; always set
  Id parent = kNoId;  // the sasaran it supports; kNoId at the top or while not linked yet
  int level = 0;      // index into DocumentInfo::levels: 0 = Sasaran Strategis
  std::string code;   // "SS1", "IK1.1"
  std::string statement;
  std::string note;   // why it supports its parent
  LinkOrigin link_origin = LinkOrigin::Person;
  double suggestion_score = 0;  // similarity score of a suggested link, 0..1
  int order = 0;
  StatementKind kind = StatementKind::Sasaran;
  Nomenclature nomenclature;
  std::map<int, Value> pagu;            // year -> planned budget (Rp) of the program / kegiatan
  std::map<int, Value> realisasi_pagu;  // year -> budget spent (Rp)
  Value pagu_akhir;                     // Rp at the end of the period (kondisi kinerja akhir periode)
  std::string lokasi;

  bool operator==(const Sasaran&) const = default;
};

}  // namespace pokin
