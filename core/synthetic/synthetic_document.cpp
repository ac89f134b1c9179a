#include "core/synthetic/synthetic_document.h"

#include <array>
#include <random>
#include <string>

#include "core/model/indonesian_number.h"

namespace pokin {
namespace {

constexpr std::array kOpd{"Dinas Penanaman Modal dan PTSP", "Dinas Pendidikan", "Dinas Kesehatan",
                          "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial", "Dinas Perhubungan",
                          "Dinas Lingkungan Hidup", "Dinas Pertanian", "Dinas Koperasi dan UKM",
                          "Badan Perencanaan Pembangunan Daerah", "Badan Keuangan Daerah",
                          "Dinas Kependudukan dan Pencatatan Sipil"};
constexpr std::array kBidang{"Sekretariat", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi",
                             "Bidang Pengendalian dan Pengawasan", "Bidang Promosi dan Kerja Sama",
                             "Bidang Data dan Sistem Informasi"};
constexpr std::array kSeksi{"Sub Bagian Umum dan Kepegawaian", "Sub Bagian Keuangan", "Seksi Pelayanan Perizinan A",
                            "Seksi Pelayanan Perizinan B", "Seksi Pengaduan", "Seksi Monitoring dan Evaluasi",
                            "Seksi Pengembangan Sistem", "Seksi Kerja Sama"};
constexpr std::array kStaff{"Analis Perizinan", "Pengelola Data", "Verifikator Dokumen", "Bendahara Pengeluaran",
                            "Pengadministrasi Umum", "Analis Kebijakan", "Pranata Komputer"};
constexpr std::array kVerbs{"Meningkatnya", "Terwujudnya", "Terlaksananya", "Menurunnya", "Tersedianya",
                            "Meningkatnya kualitas", "Optimalnya"};
constexpr std::array kObjects{"pelayanan perizinan berusaha", "kepuasan masyarakat terhadap layanan publik",
                              "realisasi investasi daerah", "akuntabilitas kinerja perangkat daerah",
                              "tata kelola keuangan yang transparan", "penyelesaian pengaduan masyarakat",
                              "kualitas data dan informasi perizinan", "kapasitas sumber daya aparatur",
                              "pengawasan pelaksanaan perizinan dan non perizinan",
                              "promosi potensi dan peluang investasi"};
constexpr std::array kQualifiers{"yang cepat, mudah dan transparan", "sesuai standar pelayanan minimal",
                                 "secara tepat waktu dan akurat", "berbasis sistem informasi terpadu",
                                 "di seluruh kecamatan", "yang akuntabel dan berintegritas"};
constexpr std::array kIndikatorNames{"Persentase", "Jumlah", "Indeks", "Tingkat", "Rasio", "Nilai"};
constexpr std::array kSatuan{"%", "dokumen", "indeks", "orang", "izin", "Rp"};

template <std::size_t N>
const char* pick(const std::array<const char*, N>& words, std::mt19937& random) {
  return words[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

class Builder {
 public:
  Builder(const SyntheticOptions& options) : options_(options), random_(options.seed) {
    document_.info.instansi = "Pemerintah Kabupaten Contoh";
    document_.info.pemda = "Kabupaten Contoh";
    document_.info.period_start = options.period_start;
    document_.info.period_end = options.period_end;
    document_.info.nomor_sk = "800/123/SK/2021";
  }

  Document build() {
    int opd = 0;
    if (options_.opd_count > 0) {
      while (opd < options_.opd_count) add_opd(opd++);
    } else {
      while (static_cast<int>(document_.sasaran.size()) < options_.sasaran) add_opd(opd++);
    }
    add_crosscutting();
    return std::move(document_);
  }

 private:
  Id add_unit(Id parent, UnitKind kind, std::string name, int order) {
    Unit unit;
    unit.id = document_.allocate_id();
    unit.parent = parent;
    unit.kind = kind;
    unit.jabatan = (kind == UnitKind::Head ? "Kepala " : kind == UnitKind::Staff ? "" : "Kepala ") + name;
    unit.name = std::move(name);
    unit.order = order;
    document_.units.emplace(unit.id, unit);
    return unit.id;
  }

  Id add_sasaran(Id unit, Id parent, int level, std::string code, int order) {
    Sasaran sasaran;
    sasaran.id = document_.allocate_id();
    sasaran.unit = unit;
    sasaran.parent = parent;
    sasaran.level = level;
    sasaran.code = std::move(code);
    sasaran.statement = std::string(pick(kVerbs, random_)) + " " + pick(kObjects, random_) + " " +
                        pick(kQualifiers, random_);
    sasaran.order = order;
    document_.sasaran.emplace(sasaran.id, sasaran);
    sasaran_ids_.push_back(sasaran.id);

    int count = std::uniform_int_distribution<int>(options_.min_indikator, options_.max_indikator)(random_);
    for (int k = 0; k < count; ++k) add_indikator(sasaran, k);
    return sasaran.id;
  }

  void add_indikator(const Sasaran& sasaran, int order) {
    Indikator indikator;
    indikator.id = document_.allocate_id();
    indikator.sasaran = sasaran.id;
    indikator.code = sasaran.code + "." + std::to_string(order + 1);
    indikator.name = std::string(pick(kIndikatorNames, random_)) + " " + pick(kObjects, random_);
    indikator.formula = "Jumlah " + std::string(pick(kObjects, random_)) + " / jumlah seluruhnya × 100%";
    indikator.satuan = pick(kSatuan, random_);
    indikator.polarity = std::uniform_int_distribution<int>(0, 9)(random_) == 0 ? Polarity::Turun : Polarity::Naik;
    indikator.sumber_data = "Laporan " + std::string(pick(kBidang, random_));
    indikator.penanggung_jawab = pick(kBidang, random_);
    indikator.order = order;
    double base = std::uniform_real_distribution<double>(50, 90)(random_);
    indikator.baseline_year = options_.period_start - 1;
    indikator.baseline = make_value(format_indonesian_number(base));
    for (int year = options_.period_start; year <= options_.period_end; ++year) {
      double step = indikator.polarity == Polarity::Naik ? 1.5 : -1.0;
      double target = base + step * (year - options_.period_start + 1);
      indikator.target[year] = make_value(format_indonesian_number(target) + (indikator.satuan == "%" ? "%" : ""));
      if (options_.realisasi && year < options_.period_start + 3) {
        double achieved = target * std::uniform_real_distribution<double>(0.6, 1.15)(random_);
        indikator.realisasi[year] = make_value(format_indonesian_number(achieved));
      }
    }
    document_.indikator.emplace(indikator.id, std::move(indikator));
  }

  void add_opd(int opd) {
    std::string name;
    if (opd < static_cast<int>(options_.opd_names.size())) {
      name = options_.opd_names[opd];
    } else {
      name = kOpd[opd % kOpd.size()];
      if (opd >= static_cast<int>(kOpd.size())) name += " " + std::to_string(opd / kOpd.size() + 1);
    }
    Id head = add_unit(kNoId, UnitKind::Head, name, opd);
    std::vector<Id> strategic;
    for (int s = 0; s < 3; ++s)
      strategic.push_back(add_sasaran(head, kNoId, 0, "SS" + std::to_string(s + 1), s));
    for (int b = 0; b < options_.bidang; ++b) {
      Id bidang = add_unit(head, UnitKind::Division, kBidang[b % kBidang.size()], b);
      std::vector<Id> program;
      for (int s = 0; s < 2; ++s)
        program.push_back(add_sasaran(bidang, strategic[(b + s) % strategic.size()], 1,
                                      "SP" + std::to_string(b + 1) + "." + std::to_string(s + 1), s));
      for (int k = 0; k < options_.seksi; ++k) {
        Id seksi = add_unit(bidang, UnitKind::Section, kSeksi[(b * 3 + k) % kSeksi.size()], k);
        std::vector<Id> kegiatan;
        for (int s = 0; s < 2; ++s)
          kegiatan.push_back(add_sasaran(seksi, program[(k + s) % program.size()], 2,
                                         "SK" + std::to_string(b + 1) + "." + std::to_string(k + 1) + "." +
                                             std::to_string(s + 1),
                                         s));
        for (int t = 0; t < options_.staff; ++t) {
          Id staff = add_unit(seksi, UnitKind::Staff, kStaff[(b + k + t) % kStaff.size()], t);
          add_sasaran(staff, kegiatan[t % kegiatan.size()], 3,
                      "SI" + std::to_string(b + 1) + "." + std::to_string(k + 1) + "." + std::to_string(t + 1), 0);
        }
      }
    }
  }

  void add_crosscutting() {
    auto count = static_cast<std::size_t>(options_.crosscutting_share * static_cast<double>(sasaran_ids_.size()));
    std::uniform_int_distribution<std::size_t> any(0, sasaran_ids_.size() - 1);
    for (std::size_t k = 0; k < count; ++k) {
      CrosscuttingLink link;
      link.id = document_.allocate_id();
      link.from = sasaran_ids_[any(random_)];
      link.to = sasaran_ids_[any(random_)];
      if (link.to == link.from) link.to = kNoId, link.partner_name = "Kantor Pertanahan";
      link.status = static_cast<LinkStatus>(k % 3);
      link.note = "Dukungan lintas perangkat daerah";
      document_.links.emplace(link.id, link);
    }
  }

  const SyntheticOptions& options_;
  std::mt19937 random_;
  Document document_;
  std::vector<Id> sasaran_ids_;
};

}  // namespace

Document make_synthetic_document(const SyntheticOptions& options) { return Builder(options).build(); }

}  // namespace pokin
