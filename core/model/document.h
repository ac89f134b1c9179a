#pragma once
// The whole pohon kinerja of one agency: plain data. Only commands (core/commands) change the Document that an
// Editor owns; importers and tests may build a Document of their own directly.
#include <map>
#include <string>
#include <vector>

#include "core/model/crosscutting.h"
#include "core/model/ids.h"
#include "core/model/indikator.h"
#include "core/model/merged_part.h"
#include "core/model/sasaran.h"
#include "core/model/unit.h"

namespace pokin {

struct Penandatangan {
  std::string nama;
  std::string nip;
  std::string jabatan;  // pangkat / jabatan line under the signature

  bool operator==(const Penandatangan&) const = default;
};

// What a level is called in this agency; level names are data (many seksi became functional teams).
struct LevelName {
  std::string sasaran;    // "Sasaran Strategis"
  std::string indikator;  // "IKU"

  bool operator==(const LevelName&) const = default;
};

std::vector<LevelName> default_level_names();

struct DocumentInfo {
  std::string instansi;  // "Dinas Penanaman Modal dan PTSP"
  std::string pemda;     // "Kabupaten Balangan"
  int period_start = 0;  // first year of the Renstra period
  int period_end = 0;    // last year, inclusive
  std::string nomor_sk;
  std::string tanggal;
  Penandatangan penandatangan;
  std::vector<LevelName> levels = default_level_names();
  // Ordered scales for text targets, best first, e.g. {"WTP", "WDP", "TW", "TMP"}; capaian compares by rank.
  std::vector<std::vector<std::string>> text_scales;

  int period_years() const { return period_end >= period_start && period_start > 0 ? period_end - period_start + 1 : 0; }
  bool in_period(int year) const { return year >= period_start && year <= period_end; }
  bool operator==(const DocumentInfo&) const = default;
};

// Whether the pemda is worth writing after the instansi: not when the instansi already ends with it ("Pemerintah
// Kabupaten Contoh" and "Kabupaten Contoh", "Dinas Sosial Kabupaten Contoh" and "Kabupaten Contoh").
bool pemda_adds_to_instansi(const DocumentInfo& info);

inline constexpr int kMaxPeriodYears = 10;

struct Document {
  DocumentInfo info;
  std::map<Id, Unit> units;
  std::map<Id, Sasaran> sasaran;
  std::map<Id, Indikator> indikator;
  std::map<Id, CrosscuttingLink> links;
  // A Pemda document (core/pemda): the parts it was merged from, by their top unit, and each merged node's id in
  // its part's source file. Empty in an OPD's own document.
  std::map<Id, MergedPart> parts;
  std::map<Id, Id> origins;  // node id here -> its id in the source file of its part

  // Largest id ever used in this document (never decreases within a session); new ids are above it.
  Id last_id = kNoId;

  const Unit* find_unit(Id id) const;
  const Sasaran* find_sasaran(Id id) const;
  const Indikator* find_indikator(Id id) const;
  const CrosscuttingLink* find_link(Id id) const;

  Id allocate_id() { return ++last_id; }
  void note_id(Id id) {
    if (id > last_id) last_id = id;
  }
  // Content equality: the same info and entities (last_id is bookkeeping, not content).
  bool same_content(const Document& other) const;
};

// The label of a level ("Sasaran Program"), falling back to "Level N" beyond the named levels. Wide enough for
// "the level below" of any int level, so a caller's level + 1 cannot overflow.
std::string level_sasaran_label(const DocumentInfo& info, long long level);
std::string level_indikator_label(const DocumentInfo& info, long long level);

}  // namespace pokin
