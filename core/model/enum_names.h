#pragma once
// The stable words that stand for enum values in the .pokin file, JSON output and command-line options.
// They are part of the file format: never rename one.
#include <optional>
#include <string_view>

#include "core/model/crosscutting.h"
#include "core/model/indikator.h"
#include "core/model/sasaran.h"
#include "core/model/unit.h"

namespace pokin {

std::string_view to_word(UnitKind kind);        // head, division, section, staff
std::string_view to_word(LinkOrigin origin);    // person, suggested
std::string_view to_word(Polarity polarity);    // naik, turun, tetap
std::string_view to_word(PartnerKind kind);     // opd_lain, instansi_vertikal, desa, non_pemerintah
std::string_view to_word(LinkStatus status);    // usulan, diterima, ditolak
std::string_view to_word(StatementKind kind);   // sasaran, tujuan
std::string_view to_word(NomenclatureKind kind);  // none, program, kegiatan, sub_kegiatan

std::optional<UnitKind> unit_kind_from_word(std::string_view word);
std::optional<LinkOrigin> link_origin_from_word(std::string_view word);
std::optional<Polarity> polarity_from_word(std::string_view word);
std::optional<PartnerKind> partner_kind_from_word(std::string_view word);
std::optional<LinkStatus> link_status_from_word(std::string_view word);
std::optional<StatementKind> statement_kind_from_word(std::string_view word);
std::optional<NomenclatureKind> nomenclature_kind_from_word(std::string_view word);

}  // namespace pokin
