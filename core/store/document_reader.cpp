#include "core/model/enum_names.h"
#include "core/store/document_file.h"

namespace pokin::store {

using sqlite::Database;
using sqlite::Statement;

Document read_document(Database& database) {
  Document document;
  {
    Statement s = database.prepare(
        "SELECT instansi, pemda, period_start, period_end, nomor_sk, tanggal, penandatangan_nama, "
        "penandatangan_nip, penandatangan_jabatan FROM document WHERE id = 1");
    if (s.step()) {
      auto& info = document.info;
      info.instansi = s.text(0);
      info.pemda = s.text(1);
      info.period_start = static_cast<int>(s.integer(2));
      info.period_end = static_cast<int>(s.integer(3));
      info.nomor_sk = s.text(4);
      info.tanggal = s.text(5);
      info.penandatangan = {s.text(6), s.text(7), s.text(8)};
    }
  }
  {
    Statement s = database.prepare("SELECT sasaran_label, indikator_label FROM level_name ORDER BY level");
    std::vector<LevelName> levels;
    while (s.step()) levels.push_back({s.text(0), s.text(1)});
    if (!levels.empty()) document.info.levels = std::move(levels);
  }
  {
    Statement s = database.prepare("SELECT scale, label FROM text_scale ORDER BY scale, rank");
    std::int64_t current = -1;
    while (s.step()) {
      if (s.integer(0) != current) {
        current = s.integer(0);
        document.info.text_scales.emplace_back();
      }
      document.info.text_scales.back().push_back(s.text(1));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, parent_id, kind, name, jabatan, holder_name, holder_nip, tugas, sort_order FROM unit");
    while (s.step()) {
      Unit unit;
      unit.id = s.integer(0);
      unit.parent = s.integer(1);
      unit.kind = unit_kind_from_word(s.text(2)).value_or(UnitKind::Staff);
      unit.name = s.text(3);
      unit.jabatan = s.text(4);
      unit.holder_name = s.text(5);
      unit.holder_nip = s.text(6);
      unit.tugas = s.text(7);
      unit.order = static_cast<int>(s.integer(8));
      document.note_id(unit.id);
      document.units.emplace(unit.id, std::move(unit));
    }
  }
  {
    Statement s = database.prepare("SELECT unit_id, text FROM unit_fungsi ORDER BY unit_id, position");
    while (s.step()) {
      auto it = document.units.find(s.integer(0));
      if (it != document.units.end()) it->second.fungsi.push_back(s.text(1));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, unit_id, parent_id, level, code, statement, note, link_origin, suggestion_score, sort_order "
        "FROM sasaran");
    while (s.step()) {
      Sasaran sasaran;
      sasaran.id = s.integer(0);
      sasaran.unit = s.integer(1);
      sasaran.parent = s.integer(2);
      sasaran.level = static_cast<int>(s.integer(3));
      sasaran.code = s.text(4);
      sasaran.statement = s.text(5);
      sasaran.note = s.text(6);
      sasaran.link_origin = link_origin_from_word(s.text(7)).value_or(LinkOrigin::Person);
      sasaran.suggestion_score = s.real(8);
      sasaran.order = static_cast<int>(s.integer(9));
      document.note_id(sasaran.id);
      document.sasaran.emplace(sasaran.id, std::move(sasaran));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, sasaran_id, code, name, formula, formula_original, satuan, polarity, sumber_data, "
        "penanggung_jawab, baseline_year, baseline_text, baseline_number, weight, sort_order FROM indikator");
    while (s.step()) {
      Indikator indikator;
      indikator.id = s.integer(0);
      indikator.sasaran = s.integer(1);
      indikator.code = s.text(2);
      indikator.name = s.text(3);
      indikator.formula = s.text(4);
      indikator.formula_original = s.text(5);
      indikator.satuan = s.text(6);
      indikator.polarity = polarity_from_word(s.text(7)).value_or(Polarity::Naik);
      indikator.sumber_data = s.text(8);
      indikator.penanggung_jawab = s.text(9);
      indikator.baseline_year = static_cast<int>(s.integer(10));
      indikator.baseline = {s.text(11), s.optional_real(12)};
      indikator.weight = s.real(13);
      indikator.order = static_cast<int>(s.integer(14));
      document.note_id(indikator.id);
      document.indikator.emplace(indikator.id, std::move(indikator));
    }
  }
  {
    Statement s = database.prepare(
        "SELECT indikator_id, year, target_text, target_number, realisasi_text, realisasi_number "
        "FROM indikator_year ORDER BY indikator_id, year");
    Indikator* current = nullptr;
    while (s.step()) {
      Id id = s.integer(0);
      if (!current || current->id != id) {
        auto it = document.indikator.find(id);
        current = it == document.indikator.end() ? nullptr : &it->second;
      }
      if (!current) continue;
      int year = static_cast<int>(s.integer(1));
      // Appending at the end of an ordered map is amortised constant time.
      if (!s.is_null(2)) current->target.emplace_hint(current->target.end(), year, Value{s.text(2), s.optional_real(3)});
      if (!s.is_null(4))
        current->realisasi.emplace_hint(current->realisasi.end(), year, Value{s.text(4), s.optional_real(5)});
    }
  }
  {
    Statement s = database.prepare(
        "SELECT id, from_sasaran_id, to_sasaran_id, partner_name, partner_kind, status, note FROM crosscutting");
    while (s.step()) {
      CrosscuttingLink link;
      link.id = s.integer(0);
      link.from = s.integer(1);
      link.to = s.integer(2);
      link.partner_name = s.text(3);
      link.partner_kind = partner_kind_from_word(s.text(4)).value_or(PartnerKind::OpdLain);
      link.status = link_status_from_word(s.text(5)).value_or(LinkStatus::Usulan);
      link.note = s.text(6);
      document.note_id(link.id);
      document.links.emplace(link.id, std::move(link));
    }
  }
  return document;
}

}  // namespace pokin::store
