#pragma once
// A random command generator for property tests of the editor and what is built on its history.
#include <iterator>
#include <random>

#include "core/commands/commands.h"
#include "core/commands/editor.h"
#include "core/commands/planning_commands.h"
#include "sample_document.h"

namespace pokin::test {

// One random command on the document; returns false when the picked command was refused (no change).
inline bool random_command(Editor& editor, std::mt19937& random) {
  const Document& d = editor.document();
  auto pick = [&](const auto& map) -> Id {
    if (map.empty()) return kNoId;
    auto it = map.begin();
    std::advance(it, std::uniform_int_distribution<std::size_t>(0, map.size() - 1)(random));
    return it->first;
  };
  int which = std::uniform_int_distribution<int>(0, 15)(random);
  try {
    switch (which) {
      case 0: editor.run(commands::add_unit(d, sample::unit(pick(d.units), UnitKind::Staff, "Analis"))); break;
      case 1: editor.run(commands::move_unit(d, pick(d.units), pick(d.units))); break;
      case 2: editor.run(commands::add_sasaran(d, sample::sasaran(pick(d.units), pick(d.sasaran), 2, "SX", "Tersedianya data"))); break;
      case 3: editor.run(commands::reparent_sasaran(d, pick(d.sasaran), pick(d.sasaran))); break;
      case 4: editor.run(commands::delete_sasaran(d, pick(d.sasaran), random() % 2 ? commands::ChildPolicy::LiftChildren : commands::ChildPolicy::DeleteSubtree)); break;
      case 5: {
        Indikator i;
        i.sasaran = pick(d.sasaran);
        i.name = "Jumlah dokumen";
        editor.run(commands::add_indikator(d, i));
        break;
      }
      case 6: editor.run(commands::set_target(d, pick(d.indikator), 2021 + static_cast<int>(random() % 6), std::to_string(random() % 1000) + ",5")); break;
      case 7: editor.run(commands::set_realisasi(d, pick(d.indikator), 2021 + static_cast<int>(random() % 6), "WTP")); break;
      case 8: editor.run(commands::move_among_siblings(d, pick(d.sasaran), random() % 2 ? 1 : -1)); break;
      case 9: editor.run(commands::delete_unit(d, pick(d.units), {commands::ChildPolicy::LiftChildren, commands::OwnedSasaranPolicy::Delete, kNoId})); break;
      case 10: {
        CrosscuttingLink link;
        link.from = pick(d.sasaran);
        link.to = pick(d.sasaran);
        editor.run(commands::add_link(d, link));
        break;
      }
      case 11: editor.run(commands::delete_indikator(d, pick(d.indikator))); break;
      // The planning-table fields (schema 4): they ride on the sasaran and indikator rows and the sasaran_year table.
      case 12: editor.run(commands::set_pagu(d, pick(d.sasaran), 2021 + static_cast<int>(random() % 6), random() % 3 ? "1.250.000.000" : "")); break;
      case 13: editor.run(commands::set_statement_kind(d, pick(d.sasaran), random() % 2 ? StatementKind::Tujuan : StatementKind::Sasaran)); break;
      case 14: editor.run(commands::set_nomenclature(d, pick(d.sasaran), {NomenclatureKind::Kegiatan, "2.18.02.2.01", "Penyediaan data"})); break;
      case 15: editor.run(commands::assign_sasaran_to_unit(d, {pick(d.sasaran), pick(d.sasaran)}, pick(d.units))); break;
    }
    return true;
  } catch (const UserError&) {
    return false;
  }
}

}  // namespace pokin::test
