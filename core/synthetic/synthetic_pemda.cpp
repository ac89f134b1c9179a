#include "core/synthetic/synthetic_pemda.h"

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "core/synthetic/synthetic_document.h"

namespace pokin {
namespace {

// The perangkat daerah of a Kabupaten, in the order its RPJMD lists them.
const std::vector<std::string>& kabupaten_opd() {
  static const std::vector<std::string> names{
      "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat Daerah", "Dinas Pendidikan", "Dinas Kesehatan",
      "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan Rakyat dan Kawasan Permukiman",
      "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah", "Dinas Sosial", "Dinas Tenaga Kerja",
      "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Pengendalian Penduduk dan Keluarga Berencana",
      "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil",
      "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika",
      "Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
      "Dinas Kepemudaan dan Olahraga", "Dinas Kebudayaan dan Pariwisata", "Dinas Perpustakaan dan Kearsipan",
      "Dinas Perikanan", "Dinas Pertanian", "Dinas Perdagangan dan Perindustrian",
      "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah",
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Kesatuan Bangsa dan Politik",
      "Rumah Sakit Umum Daerah", "Dinas Pemadam Kebakaran dan Penyelamatan", "Kecamatan Kota", "Kecamatan Utara",
      "Kecamatan Selatan", "Kecamatan Timur", "Kecamatan Barat", "Kecamatan Tengah"};
  return names;
}

constexpr std::array<const char*, kSyntheticRpjmdTujuan> kTujuan{
    "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing",
    "Mewujudkan pertumbuhan ekonomi daerah yang inklusif dan berkelanjutan",
    "Meningkatkan kualitas infrastruktur dan lingkungan hidup",
    "Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani",
    "Meningkatkan ketenteraman, ketertiban dan kesejahteraan sosial masyarakat"};

constexpr std::array<const char*, kSyntheticRpjmdSasaran> kSasaranRpjmd{
    "Meningkatnya kualitas pendidikan", "Meningkatnya derajat kesehatan masyarakat",
    "Menurunnya prevalensi stunting", "Meningkatnya kualitas pemuda dan prestasi olahraga",
    "Meningkatnya pengarusutamaan gender dan perlindungan anak",
    "Meningkatnya investasi daerah", "Meningkatnya produktivitas pertanian dan perikanan",
    "Meningkatnya daya saing koperasi dan UMKM", "Meningkatnya kunjungan wisata", "Menurunnya tingkat pengangguran",
    "Meningkatnya kualitas infrastruktur jalan dan jembatan", "Meningkatnya akses air minum dan sanitasi layak",
    "Meningkatnya kualitas lingkungan hidup", "Menurunnya kawasan permukiman kumuh",
    "Meningkatnya ketangguhan daerah terhadap bencana",
    "Meningkatnya akuntabilitas kinerja pemerintah daerah", "Meningkatnya kualitas pengelolaan keuangan daerah",
    "Meningkatnya kualitas pelayanan publik", "Meningkatnya penerapan pemerintahan berbasis elektronik",
    "Meningkatnya profesionalisme aparatur sipil negara",
    "Meningkatnya ketenteraman dan ketertiban umum", "Menurunnya angka kemiskinan",
    "Meningkatnya kerukunan dan wawasan kebangsaan", "Meningkatnya ketahanan pangan daerah",
    "Meningkatnya pemberdayaan masyarakat desa"};

constexpr std::array<const char*, 5> kIndikatorRpjmd{"Indeks", "Persentase", "Angka", "Nilai", "Rasio"};

// What make_synthetic_document made for one OPD: its head and the first id after it (ids are handed out in order).
struct OpdRange {
  Id head = kNoId;
  Id end = kNoId;  // one past the OPD's last unit, sasaran or indikator id
};

std::string fingerprint_of(Id head) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(head) * 0x9E3779B97F4A7C15ull);
  return text;
}

std::string file_name_of(const std::string& opd) {
  std::string name;
  for (char c : opd) {
    if (c >= 'A' && c <= 'Z') name += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) name += c;
    else if (!name.empty() && name.back() != '_') name += '_';
  }
  return name + ".pokin";
}

}  // namespace

Document make_synthetic_pemda(const SyntheticPemdaOptions& options) {
  SyntheticOptions shape;
  shape.opd_count = options.opd;
  shape.opd_names = kabupaten_opd();
  shape.bidang = options.bidang;
  shape.seksi = options.seksi;
  shape.staff = options.staff;
  shape.min_indikator = options.min_indikator;
  shape.max_indikator = options.max_indikator;
  shape.crosscutting_share = options.crosscutting_share;
  shape.period_start = 2025;
  shape.period_end = 2029;
  shape.seed = options.seed;
  Document document = make_synthetic_document(shape);
  document.info.instansi = "Pemerintah Kabupaten Contoh";
  document.info.nomor_sk = "Perda 5 Tahun 2025";
  document.info.levels.insert(document.info.levels.begin(), LevelName{"Sasaran RPJMD", "Indikator Sasaran RPJMD"});

  // The OPD heads are the roots the generator made, in id order; each OPD's nodes lie between two heads, its
  // crosscutting links after the last one.
  std::vector<OpdRange> opd;
  for (const auto& [id, unit] : document.units)
    if (unit.parent == kNoId) {
      if (!opd.empty()) opd.back().end = id;
      opd.push_back({id, kNoId});
    }
  if (!opd.empty()) opd.back().end = document.last_id + 1;
  for (const auto& [id, link] : document.links)
    if (!opd.empty() && opd.back().end > id) opd.back().end = id;
  const Id first_own_id = document.last_id + 1;

  // The Pemda's own part, numbered from 1 in the RPJMD's file.
  auto origin_in_rpjmd = [&](Id id) { document.origins[id] = id - first_own_id + 1; };
  Unit pemda;
  pemda.id = document.allocate_id();
  pemda.kind = UnitKind::Head;
  pemda.name = "Pemerintah Kabupaten Contoh";
  pemda.jabatan = "Bupati Contoh";
  document.units.emplace(pemda.id, pemda);
  origin_in_rpjmd(pemda.id);
  document.parts[pemda.id] = MergedPart{pemda.id, "rpjmd_kabupaten_contoh.xlsx", "Pemerintah Kabupaten Contoh",
                                        "2026-12-02T08:00:00Z", fingerprint_of(pemda.id), true};

  auto add_rpjmd = [&](Id parent, StatementKind kind, std::string code, std::string statement, int order) {
    Sasaran sasaran;
    sasaran.id = document.allocate_id();
    sasaran.unit = pemda.id;
    sasaran.parent = parent;
    sasaran.kind = kind;
    sasaran.code = std::move(code);
    sasaran.statement = std::move(statement);
    sasaran.order = order;
    document.sasaran.emplace(sasaran.id, sasaran);
    origin_in_rpjmd(sasaran.id);
    for (int k = 0; k < 2; ++k) {
      Indikator indikator;
      indikator.id = document.allocate_id();
      indikator.sasaran = sasaran.id;
      indikator.code = sasaran.code + "." + std::to_string(k + 1);
      std::string object = sasaran.statement.substr(sasaran.statement.find(' ') + 1);
      indikator.name = std::string(kIndikatorRpjmd[(order + k) % kIndikatorRpjmd.size()]) + " " + object;
      indikator.satuan = k == 0 ? "indeks" : "%";
      indikator.order = k;
      for (int year = shape.period_start; year <= shape.period_end; ++year) {
        const int value = 60 + 2 * (year - shape.period_start) + order;
        indikator.target[year] = Value{std::to_string(value), static_cast<double>(value)};
      }
      document.indikator.emplace(indikator.id, indikator);
      origin_in_rpjmd(indikator.id);
    }
    return sasaran.id;
  };
  std::vector<Id> sasaran_rpjmd;
  for (int t = 0; t < kSyntheticRpjmdTujuan; ++t) {
    Id tujuan = add_rpjmd(kNoId, StatementKind::Tujuan, "T" + std::to_string(t + 1), kTujuan[t], t);
    const int per_tujuan = kSyntheticRpjmdSasaran / kSyntheticRpjmdTujuan;
    for (int s = 0; s < per_tujuan; ++s)
      sasaran_rpjmd.push_back(add_rpjmd(tujuan, StatementKind::Sasaran,
                                        "S" + std::to_string(t + 1) + "." + std::to_string(s + 1),
                                        kSasaranRpjmd[t * per_tujuan + s], s));
  }

  // Each OPD one level lower, its Sasaran Strategis spread over the RPJMD sasaran.
  for (std::size_t k = 0; k < opd.size(); ++k) {
    const OpdRange& range = opd[k];
    Unit& head = document.units.at(range.head);
    head.parent = pemda.id;
    document.parts[range.head] = MergedPart{range.head, file_name_of(head.name), head.name, "2026-12-02T08:00:00Z",
                                            fingerprint_of(range.head), false};
    for (auto it = document.units.lower_bound(range.head); it != document.units.end() && it->first < range.end; ++it)
      document.origins[it->first] = it->first - range.head + 1;
    int strategic = 0;
    for (auto it = document.sasaran.lower_bound(range.head); it != document.sasaran.end() && it->first < range.end;
         ++it) {
      Sasaran& sasaran = it->second;
      document.origins[sasaran.id] = sasaran.id - range.head + 1;
      if (sasaran.level++ == 0)
        sasaran.parent = sasaran_rpjmd[(k * 3 + strategic++) % sasaran_rpjmd.size()];
    }
    for (auto it = document.indikator.lower_bound(range.head);
         it != document.indikator.end() && it->first < range.end; ++it)
      document.origins[it->first] = it->first - range.head + 1;
  }
  return document;
}

}  // namespace pokin
