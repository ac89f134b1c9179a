#include "core/compare/change_words.h"

#include <map>

namespace pokin {

std::string_view to_word(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Moved: return "moved";
    case ChangeKind::Reworded: return "reworded";
    case ChangeKind::FieldChanged: return "field_changed";
    case ChangeKind::TargetChanged: return "target_changed";
  }
  return "added";
}

std::string_view to_word(DiffNodeType type) {
  switch (type) {
    case DiffNodeType::Unit: return "unit";
    case DiffNodeType::Sasaran: return "sasaran";
    case DiffNodeType::Indikator: return "indikator";
    case DiffNodeType::Link: return "link";
  }
  return "unit";
}

std::string_view to_word(MatchBasis basis) {
  switch (basis) {
    case MatchBasis::SameId: return "same_id";
    case MatchBasis::Code: return "code";
    case MatchBasis::Text: return "text";
  }
  return "same_id";
}

Bilingual change_kind_label(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return {"Ditambahkan", "Added"};
    case ChangeKind::Removed: return {"Dihapus", "Removed"};
    case ChangeKind::Moved: return {"Dipindahkan", "Moved"};
    case ChangeKind::Reworded: return {"Perubahan rumusan", "Reworded"};
    case ChangeKind::FieldChanged: return {"Perubahan isian", "Field changed"};
    case ChangeKind::TargetChanged: return {"Perubahan target", "Target changed"};
  }
  return {};
}

Bilingual node_type_label(DiffNodeType type) {
  switch (type) {
    case DiffNodeType::Unit: return {"Unit kerja", "Unit"};
    case DiffNodeType::Sasaran: return {"Sasaran", "Sasaran"};
    case DiffNodeType::Indikator: return {"Indikator", "Indicator"};
    case DiffNodeType::Link: return {"Crosscutting", "Crosscutting"};
  }
  return {};
}

Bilingual field_label(const std::string& field) {
  static const std::map<std::string, Bilingual> kLabels{
      {"name", {"Nama", "Name"}},
      {"statement", {"Rumusan", "Statement"}},
      {"jabatan", {"Jabatan", "Position"}},
      {"holder_name", {"Nama pejabat", "Official's name"}},
      {"holder_nip", {"NIP pejabat", "Official's NIP"}},
      {"tugas", {"Tugas", "Duty"}},
      {"fungsi", {"Fungsi", "Functions"}},
      {"kind", {"Jenis", "Kind"}},
      {"parent", {"Induk", "Parent"}},
      {"unit", {"Unit pemilik", "Owner unit"}},
      {"code", {"Kode", "Code"}},
      {"level", {"Tingkat", "Level"}},
      {"note", {"Catatan", "Note"}},
      {"nomenclature", {"Nomenklatur", "Nomenclature"}},
      {"lokasi", {"Lokasi", "Location"}},
      {"pagu", {"Pagu", "Budget"}},
      {"pagu_akhir", {"Pagu akhir periode", "Budget at the end of the period"}},
      {"realisasi_pagu", {"Realisasi anggaran", "Budget spent"}},
      {"formula", {"Formula", "Formula"}},
      {"satuan", {"Satuan", "Unit of measure"}},
      {"polarity", {"Polaritas", "Polarity"}},
      {"sumber_data", {"Sumber data", "Data source"}},
      {"penanggung_jawab", {"Penanggung jawab", "Responsible unit"}},
      {"baseline", {"Kondisi awal", "Baseline"}},
      {"kondisi_akhir", {"Kondisi akhir", "Target at the end of the period"}},
      {"weight", {"Bobot", "Weight"}},
      {"target", {"Target", "Target"}},
      {"realisasi", {"Realisasi", "Realisasi"}},
      {"from", {"Sasaran yang dibantu", "Sasaran helped"}},
      {"to", {"Sasaran yang membantu", "Sasaran helping"}},
      {"partner_name", {"Mitra", "Partner"}},
      {"partner_kind", {"Jenis mitra", "Partner kind"}},
      {"status", {"Status", "Status"}},
  };
  auto found = kLabels.find(field);
  return found == kLabels.end() ? Bilingual{field, field} : found->second;
}

}  // namespace pokin
