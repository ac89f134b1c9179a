#include "core/pemda/document_fingerprint.h"

#include <cstdint>
#include <cstring>

namespace pokin::pemda {
namespace {

class Hash {
 public:
  Hash& bytes(const void* data, std::size_t size) {
    const auto* byte = static_cast<const unsigned char*>(data);
    for (std::size_t k = 0; k < size; ++k) value_ = (value_ ^ byte[k]) * 1099511628211ULL;
    return *this;
  }
  // Every text carries its length, so that ("ab", "c") and ("a", "bc") differ.
  Hash& add(const std::string& text) { return add(static_cast<std::int64_t>(text.size())).bytes(text.data(), text.size()); }
  Hash& add(std::int64_t number) { return bytes(&number, sizeof number); }
  Hash& add(int number) { return add(static_cast<std::int64_t>(number)); }
  Hash& add(double number) {
    std::uint64_t raw = 0;
    std::memcpy(&raw, &number, sizeof raw);
    return bytes(&raw, sizeof raw);
  }
  Hash& add(const Value& value) {
    add(value.text).add(value.number.has_value() ? 1 : 0);
    return value.number ? add(*value.number) : *this;
  }
  Hash& add(const std::map<int, Value>& values) {
    add(static_cast<std::int64_t>(values.size()));
    for (const auto& [year, value] : values) add(year).add(value);
    return *this;
  }
  std::uint64_t value() const { return value_; }

 private:
  std::uint64_t value_ = 1469598103934665603ULL;
};

}  // namespace

std::string document_fingerprint(const Document& document) {
  Hash hash;
  const DocumentInfo& info = document.info;
  hash.add(info.instansi).add(info.pemda).add(info.period_start).add(info.period_end).add(info.nomor_sk).add(info.tanggal);
  hash.add(info.penandatangan.nama).add(info.penandatangan.nip).add(info.penandatangan.jabatan);
  hash.add(static_cast<std::int64_t>(info.levels.size()));
  for (const LevelName& level : info.levels) hash.add(level.sasaran).add(level.indikator);
  hash.add(static_cast<std::int64_t>(info.text_scales.size()));
  for (const auto& scale : info.text_scales) {
    hash.add(static_cast<std::int64_t>(scale.size()));
    for (const std::string& rank : scale) hash.add(rank);
  }
  hash.add(static_cast<std::int64_t>(document.units.size()));
  for (const auto& [id, unit] : document.units) {
    hash.add(id).add(unit.parent).add(static_cast<int>(unit.kind)).add(unit.name).add(unit.jabatan).add(unit.holder_name);
    hash.add(unit.holder_nip).add(unit.tugas).add(static_cast<std::int64_t>(unit.fungsi.size()));
    for (const std::string& fungsi : unit.fungsi) hash.add(fungsi);
    hash.add(unit.order);
  }
  hash.add(static_cast<std::int64_t>(document.sasaran.size()));
  for (const auto& [id, s] : document.sasaran) {
    hash.add(id).add(s.unit).add(s.parent).add(s.level).add(s.code).add(s.statement).add(s.note);
    hash.add(static_cast<int>(s.link_origin)).add(s.suggestion_score).add(s.order).add(static_cast<int>(s.kind));
    hash.add(static_cast<int>(s.nomenclature.kind)).add(s.nomenclature.kode).add(s.nomenclature.name);
    hash.add(s.pagu).add(s.realisasi_pagu).add(s.pagu_akhir).add(s.lokasi);
  }
  hash.add(static_cast<std::int64_t>(document.indikator.size()));
  for (const auto& [id, i] : document.indikator) {
    hash.add(id).add(i.sasaran).add(i.code).add(i.name).add(i.formula).add(i.formula_original).add(i.satuan);
    hash.add(static_cast<int>(i.polarity)).add(i.sumber_data).add(i.penanggung_jawab).add(i.baseline_year);
    hash.add(i.baseline).add(i.target).add(i.realisasi).add(i.kondisi_akhir).add(i.weight).add(i.order);
  }
  hash.add(static_cast<std::int64_t>(document.links.size()));
  for (const auto& [id, l] : document.links) {
    hash.add(id).add(l.from).add(l.to).add(l.partner_name).add(static_cast<int>(l.partner_kind));
    hash.add(static_cast<int>(l.status)).add(l.note);
  }
  static const char* kHex = "0123456789abcdef";
  std::string text(16, '0');
  std::uint64_t value = hash.value();
  for (int k = 15; k >= 0; --k, value >>= 4) text[static_cast<std::size_t>(k)] = kHex[value & 15];
  return text;
}

}  // namespace pokin::pemda
