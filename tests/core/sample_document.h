#pragma once
// A small hand-built pohon kinerja for tests: Kepala Dinas -> Bidang Perizinan -> Seksi Pelayanan, with one
// sasaran per unit cascading down, two indicators with targets, and one crosscutting link.
#include "core/commands/commands.h"
#include "core/commands/editor.h"

namespace sample {

struct Ids {
  pokin::Id kepala, bidang, seksi, sekretariat;
  pokin::Id ss1, sp1, sk1, sp2;
  pokin::Id iku1, ikp1;
  pokin::Id link;
};

inline pokin::Unit unit(pokin::Id parent, pokin::UnitKind kind, const char* name) {
  pokin::Unit u;
  u.parent = parent;
  u.kind = kind;
  u.name = name;
  u.jabatan = std::string("Kepala ") + name;
  return u;
}

inline pokin::Sasaran sasaran(pokin::Id unit, pokin::Id parent, int level, const char* code, const char* statement) {
  pokin::Sasaran s;
  s.unit = unit;
  s.parent = parent;
  s.level = level;
  s.code = code;
  s.statement = statement;
  return s;
}

// Builds the sample through the editor (so it is also a test of the add commands) and clears the history.
inline Ids build(pokin::Editor& editor) {
  using namespace pokin;
  namespace c = pokin::commands;
  Ids ids{};
  DocumentInfo info = editor.document().info;
  info.instansi = "Dinas Penanaman Modal dan PTSP";
  info.pemda = "Kabupaten Balangan";
  info.period_start = 2021;
  info.period_end = 2026;
  editor.run(c::set_info(editor.document(), info));
  auto add = [&](Step step) {
    Id id = step.created;
    editor.run(std::move(step));
    return id;
  };
  const Document& d = editor.document();
  ids.kepala = add(c::add_unit(d, unit(kNoId, UnitKind::Head, "Dinas")));
  ids.bidang = add(c::add_unit(d, unit(ids.kepala, UnitKind::Division, "Bidang Pelayanan Perizinan")));
  ids.sekretariat = add(c::add_unit(d, unit(ids.kepala, UnitKind::Division, "Sekretariat")));
  ids.seksi = add(c::add_unit(d, unit(ids.bidang, UnitKind::Section, "Seksi Pelayanan Perizinan")));
  ids.ss1 = add(c::add_sasaran(d, sasaran(ids.kepala, kNoId, 0, "SS1", "Meningkatnya kualitas pelayanan perizinan")));
  ids.sp1 = add(c::add_sasaran(d, sasaran(ids.bidang, ids.ss1, 1, "SP1", "Meningkatnya kecepatan penerbitan izin")));
  ids.sp2 = add(c::add_sasaran(d, sasaran(ids.sekretariat, ids.ss1, 1, "SP2", "Meningkatnya akuntabilitas kinerja")));
  ids.sk1 = add(c::add_sasaran(d, sasaran(ids.seksi, ids.sp1, 2, "SK1", "Terlaksananya pelayanan izin tepat waktu")));
  Indikator iku;
  iku.sasaran = ids.ss1;
  iku.name = "Indeks Kepuasan Masyarakat";
  iku.satuan = "indeks";
  iku.target[2021] = {"80", 80.0};
  iku.target[2022] = {"82,5", 82.5};
  ids.iku1 = add(c::add_indikator(d, iku));
  Indikator ikp;
  ikp.sasaran = ids.sp1;
  ikp.name = "Persentase izin terbit tepat waktu";
  ikp.satuan = "%";
  ids.ikp1 = add(c::add_indikator(d, ikp));
  CrosscuttingLink link;
  link.from = ids.sp1;
  link.to = ids.sp2;
  link.note = "Sekretariat menyiapkan sistem informasi";
  ids.link = add(c::add_link(d, link));
  return ids;
}

}  // namespace sample
