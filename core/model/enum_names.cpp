#include "core/model/enum_names.h"

#include <array>
#include <utility>

namespace pokin {
namespace {

template <class E, std::size_t N>
using WordTable = std::array<std::pair<E, std::string_view>, N>;

constexpr WordTable<UnitKind, 4> kUnitKinds{{{UnitKind::Head, "head"},
                                             {UnitKind::Division, "division"},
                                             {UnitKind::Section, "section"},
                                             {UnitKind::Staff, "staff"}}};
constexpr WordTable<LinkOrigin, 2> kLinkOrigins{{{LinkOrigin::Person, "person"}, {LinkOrigin::Suggested, "suggested"}}};
constexpr WordTable<Polarity, 3> kPolarities{
    {{Polarity::Naik, "naik"}, {Polarity::Turun, "turun"}, {Polarity::Tetap, "tetap"}}};
constexpr WordTable<PartnerKind, 4> kPartnerKinds{{{PartnerKind::OpdLain, "opd_lain"},
                                                   {PartnerKind::InstansiVertikal, "instansi_vertikal"},
                                                   {PartnerKind::Desa, "desa"},
                                                   {PartnerKind::NonPemerintah, "non_pemerintah"}}};
constexpr WordTable<LinkStatus, 3> kLinkStatuses{
    {{LinkStatus::Usulan, "usulan"}, {LinkStatus::Diterima, "diterima"}, {LinkStatus::Ditolak, "ditolak"}}};
constexpr WordTable<StatementKind, 2> kStatementKinds{
    {{StatementKind::Sasaran, "sasaran"}, {StatementKind::Tujuan, "tujuan"}}};
constexpr WordTable<NomenclatureKind, 4> kNomenclatureKinds{{{NomenclatureKind::None, "none"},
                                                             {NomenclatureKind::Program, "program"},
                                                             {NomenclatureKind::Kegiatan, "kegiatan"},
                                                             {NomenclatureKind::SubKegiatan, "sub_kegiatan"}}};

template <class E, std::size_t N>
std::string_view word_of(const WordTable<E, N>& table, E value) {
  for (const auto& [e, word] : table)
    if (e == value) return word;
  return table[0].second;
}

template <class E, std::size_t N>
std::optional<E> value_of(const WordTable<E, N>& table, std::string_view word) {
  for (const auto& [e, w] : table)
    if (w == word) return e;
  return std::nullopt;
}

}  // namespace

std::string_view to_word(UnitKind kind) { return word_of(kUnitKinds, kind); }
std::string_view to_word(LinkOrigin origin) { return word_of(kLinkOrigins, origin); }
std::string_view to_word(Polarity polarity) { return word_of(kPolarities, polarity); }
std::string_view to_word(PartnerKind kind) { return word_of(kPartnerKinds, kind); }
std::string_view to_word(LinkStatus status) { return word_of(kLinkStatuses, status); }
std::string_view to_word(StatementKind kind) { return word_of(kStatementKinds, kind); }
std::string_view to_word(NomenclatureKind kind) { return word_of(kNomenclatureKinds, kind); }

std::optional<UnitKind> unit_kind_from_word(std::string_view word) { return value_of(kUnitKinds, word); }
std::optional<LinkOrigin> link_origin_from_word(std::string_view word) { return value_of(kLinkOrigins, word); }
std::optional<Polarity> polarity_from_word(std::string_view word) { return value_of(kPolarities, word); }
std::optional<PartnerKind> partner_kind_from_word(std::string_view word) { return value_of(kPartnerKinds, word); }
std::optional<LinkStatus> link_status_from_word(std::string_view word) { return value_of(kLinkStatuses, word); }
std::optional<StatementKind> statement_kind_from_word(std::string_view word) { return value_of(kStatementKinds, word); }
std::optional<NomenclatureKind> nomenclature_kind_from_word(std::string_view word) {
  return value_of(kNomenclatureKinds, word);
}

}  // namespace pokin
