// Real planning tables imported and scored against the trees written by eye (issue 11):
//  - tests/fixtures/real: the tables the importer's authors worked with (trees in real/expected);
//  - tests/fixtures/heldout: tables nobody tuned to (trees in heldout/expected): judge with them, never tune to them
//    (the first held-out set, h1-h17, is now real/50-66; the present sets are h18-h30 and h31 on).
// Each fixture prints its score; the floor is what the importer reached when the floor was set (raise it when the
// importer improves, never lower it to pass).
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/import/import_document.h"
#include "core/text/bilingual.h"
#include "import_expected_tree.h"

using namespace pokin;

namespace {

struct ScoredTable {
  const char* file;
  const char* tree;
  double floor;  // percent of rows right (extras counted as wrong)
};

// Floors measured on the main importer of 2026-12-01 (before the issue 11 table importer), rounded down; 07 to 13
// and 12 raised to what the importer with the reader of flattened tables (core/import/flattened_rows.h) reached that day.
// 16 is at 100 because nothing in it is settled: any sasaran or indikator invented from it is wrong.
// 01, 09, 15 raised, and 20-21 (tables rendered one cell per line) set, to what the reader of such text
// (core/import/cell_lines.h) reached on 2026-12-01.
// 03, 05, 06, 09, 10 and 30-32 raised to what the reader of flattened paragraphs reached on 2026-12-01 (branch
// oneline); 32 is at 100 for the same reason as 16.
// 40 (added with the reader of web copies whose header rows lost their spans) at what that reader reached.
const std::vector<ScoredTable> kRealTables = {
    {"01_renstra_tabel5_bappeda_2016_2021.txt", "01.tree", 75},
    {"02_renstra_matrix_pkm_mananggu_boalemo_2022_2026.txt", "02.tree", 0},
    {"03_renstra_tc27_tabel61_bkd_kab_semarang_2021_2026.txt", "03.tree", 100},
    {"04_rpjmd_jabar_buku_tabel.txt", "04.tree", 4},
    {"05_rpjmd_tabel71_program_pagu_kesra.txt", "05.tree", 100},
    {"06_rpjmd_tabel82_program_prioritas_pendanaan.txt", "06.tree", 100},
    {"07_iku_pemda_magetan_2026_2030_web.txt", "07.tree", 100},
    {"08_iku_kecamatan_sidemen_karangasem_2017_2021_web.txt", "08.tree", 100},
    {"09_iku_pemda_tanah_datar_2011_2015_pdf.txt", "09.tree", 87},
    {"10_iku_pemda_kulon_progo_2011_2016_pdf.txt", "10.tree", 62},
    {"11_pk_diskominfo_pringsewu_2025_web.txt", "11.tree", 100},
    {"12_iki_kecamatan_pakisaji_malang_2019_pdf.txt", "12.tree", 100},
    {"13_app_pengukuran_eselon4_polewali_mandar_2022_web.txt", "13.tree", 87},
    {"14_renstra_tujuan_sasaran_dinkes_gresik_2016_2021_pdf.txt", "14.tree", 0},
    {"15_lkj_realisasi_keuangan_setda_sumut_2021_pdf.txt", "15.tree", 100},
    {"16_indikator_metadata_kode_dinkes_dki_pdf.txt", "16.tree", 100},
    {"17_renstra_matrix_dinkes_boalemo_per_puskesmas_pdf.txt", "17.tree", 0},
    {"20_iku_bakesbangpol_kota_pasuruan_2016_2020_pdf.txt", "20.tree", 100},
    {"21_nomenklatur_kepmendagri_050_5889_sub_kegiatan_penunjang_pdf.txt", "21.tree", 100},
    // Flattened paragraphs found for the reader of text without cell borders, trees written before any import.
    {"30_iku_setwan_dprd_kota_probolinggo_web.txt", "30.tree", 100},
    {"31_rsb_rs_stroke_nasional_bukittinggi_2015_2019_pdf.txt", "31.tree", 100},
    {"32_lkjip_pengukuran_kota_dumai_2016_pdf.txt", "32.tree", 100},
    {"33_rpjmd_tabel91_indikator_kinerja_kab_bone_pdf.txt", "33.tree", 0},
    {"40_renstra_tujuan_sasaran_dinsos_prov_gorontalo_2023_2026_web.txt", "40.tree", 100},
    // The first held-out set (h1-h17), moved here once measured (4 of 188 rows right), floors as measured then;
    // 52 and 53 raised to what the readers of a Renstra chapter V list and of a SIPD form print reached on 2026-12-02.
    {"50_rpjmd_iku_tabel81_kota_sukabumi_2018_2023_pdf.txt", "50.tree", 0},
    {"51_lkjip_pencapaian_iku_inspektorat_sampang_2019_pdf.txt", "51.tree", 100},
    {"52_renstra_bab5_program_kegiatan_dcktrk_pacitan_2011_2016_pdf.txt", "52.tree", 100},
    {"53_sipd_rkpa_rincian_belanja_biro_hukum_ntb_2021_pdf.txt", "53.tree", 100},
    {"54_ikk_indikator_web_kota_magelang.txt", "54.tree", 0},
    {"55_iki_sekcam_kecamatan_dukun_pdf.txt", "55.tree", 0},
    {"56_iku_penjelasan_dinkes_karawang_pdf.txt", "56.tree", 0},
    {"57_iku_tujuan_sasaran_rsud_sidoarjo_2016_pdf.txt", "57.tree", 66},
    {"58_evaluasi_renja_e81_rsud_sidoarjo_2021_pdf.txt", "58.tree", 0},
    {"59_iku_eselon3_sekretaris_dishub_kalsel_2017_pdf.txt", "59.tree", 50},
    {"60_rpjmd_tabel91_indikator_kinerja_kab_bone_2013_2018_pdf.txt", "60.tree", 0},
    {"61_renstra_tabel41_sasaran_ikss_kemendikbud_2020_2024_pdf.txt", "61.tree", 82},
    {"62_ikk_lppd_lampiran_ii3_kota_batam_2016_pdf.txt", "62.tree", 0},
    {"63_lkjip_capaian_sasaran_flattened_kota_dumai_2016_pdf.txt", "63.tree", 0},
    {"64_kode_referensi_indikator_pipe_web_sdi_beltim.txt", "64.tree", 0},
    {"65_manual_iku_eselon1_formulasi_spaces_atr_bpn_pdf.txt", "65.tree", 0},
    {"66_skp_rencana_kinerja_iki_contoh_permenpanrb_spaces_pdf.txt", "66.tree", 0},
    // Bordered tables (CSV with ';', TAB copies): a kode column per level, a Kode IKU column, a unit column.
    {"70_iku_itjen_kemenlu_2017_2020_unit_column_web_tab.txt", "70.tree", 100},
    {"71_nomenklatur_kepmendagri_050_5889_excel_csv_semicolon.txt", "71.tree", 100},
    // Tables one cell per line laid out from SIPD rows (branch celllines2): a Word table converted to text (empty
    // cells kept) and a PDF copy (empty cells gone), trees written before any import; floors at what the readers
    // of such grids (core/import/cell_grid.h) reached on 2026-12-02.
    {"80_renja_subkegiatan_inspektorat_bengkulu_utara_2026_word_cell_lines.txt", "80.tree", 100},
    {"81_renja_program_kegiatan_inspektorat_bengkulu_utara_2026_pdf_cell_lines.txt", "81.tree", 70},
    // A pohon kinerja app's own tables copied out of its database as CSV (id, parent_id, tier and level columns;
    // joined with its indicators and targets), trees written before any import; floors at what the peer-export
    // reader reached.
    {"110_peer_pohon_kinerja_table_csv_kertas_kerja_seed_sidoarjo.csv", "110.tree", 100},
    {"111_peer_pohon_indikator_target_join_csv_kertas_kerja_seed_sidoarjo.csv", "111.tree", 100},
    // Planning tables from Java and Sulawesi (branch renstraforms), trees written before any import; floors at what
    // the importer reached on 2026-12-02.
    {"120_rpjmd_tabel93_indikator_kinerja_prov_sulawesi_barat_2012_2016_cell_lines.txt", "120.tree", 0},
    {"121_rpjmd_tujuan_sasaran_target_prov_jawa_timur_2014_2019_pdf.txt", "121.tree", 43},
};

// The third held-out set (h18-h30, collected by a helper who never read the importer, trees written before any
// import): floors are what the importer of 2026-12-02 (branch main at 21b52e5) reached, rounded down: 154 of 953 rows;
// h28 raised to what the reader of Word grids one cell per line (core/import/cell_grid.h) reached that day.
const std::vector<ScoredTable> kHeldOutTables = {
    {"h18_renstra_tc27_dishub_situbondo_2026_2030_excel_tab.txt", "h18.tree", 64},
    {"h19_renstra_tc27_kecamatan_kabat_banyuwangi_2026_2030_csv.txt", "h19.tree", 71},
    {"h20_pk_kepala_bp_batam_2026_word_tab.txt", "h20.tree", 100},
    {"h21_iku_target_badan_pengawasan_mahkamah_agung_seed_csv.txt", "h21.tree", 0},
    {"h22_iku_reviu_pengadilan_agama_prabumulih_pdf.txt", "h22.tree", 0},
    {"h23_renstra_program_diskopumdag_banyuwangi_2026_2030_pdf_cell_lines.txt", "h23.tree", 1},
    {"h24_rpjmd_program_pd_konawe_kepulauan_2016_2021_web_tab.txt", "h24.tree", 24},
    {"h25_pk_per_jabatan_disdukcapil_konawe_kepulauan_markdown.txt", "h25.tree", 12},
    {"h26_renstra_tc27_bpbd_situbondo_2026_2030_pdf_layout_spaces.txt", "h26.tree", 62},
    {"h27_renja_subkegiatan_diskominfo_prov_papua_barat_csv_semicolon.txt", "h27.tree", 0},
    {"h28_renstra_tc27_subkegiatan_kecamatan_giri_banyuwangi_word_cell_lines.txt", "h28.tree", 94},
    {"h29_renstra_tabel51_dinkes_kab_siak_2012_2016_pdf.txt", "h29.tree", 3},
    {"h30_evaluasi_renstra_e80_dinkes_tanjab_barat_2016_2019_pdf.txt", "h30.tree", 9},
    // The fourth held-out set (h31 on, collected by a helper who never read the importer, trees written before any
    // import, sources in Sumatra, Kalimantan, Nusa Tenggara, Maluku, Papua and national bodies): floors are what the
    // importer reached at the end of the fourth pass (2026-12-02), rounded down; h35 partly tuned (see SOURCES.md).
    {"h31_iku_pemprov_papua_2014_2018_pdf.txt", "h31.tree", 0},
    {"h32_iku_app_export_bp_tapera_two_tables_csv.txt", "h32.tree", 25},
    {"h33_cascading_app_export_bp_tapera_ss_program_kegiatan_csv.txt", "h33.tree", 0},
    {"h34_iku_app_export_bpkad_prov_ntb_2022_csv.txt", "h34.tree", 14},
    {"h35_iku_app_export_universitas_jambi_bidang_ss_csv.txt", "h35.tree", 90},
    {"h36_pk_iku_app_export_lldikti_wilayah_xii_maluku_csv.txt", "h36.tree", 30},
    {"h37_iku_ditjen_ppk_transmigrasi_2026_seed_csv.txt", "h37.tree", 0},
    {"h38_lkj_capaian_sasaran13_pemprov_papua_2012_pdf.txt", "h38.tree", 0},
    {"h39_pk_kasubid_bappeda_kab_sumbawa_2018_app_csv.txt", "h39.tree", 0},
    {"h40_pk_kegiatan_anggaran_kasubid_bappeda_kab_sumbawa_2018_app_csv.txt", "h40.tree", 40},
    {"h41_pk_program_anggaran_bpkad_prov_ntb_2022_app_csv.txt", "h41.tree", 0},
};


// A refused file scores against an empty document: every row missing.
Document imported_or_empty(const std::filesystem::path& path, std::string& refusal) {
  try {
    return import::import_file(path, {}).document;
  } catch (const UserError& error) {
    refusal = error.what();
    return {};
  }
}

void score_tables(const std::filesystem::path& folder, const std::vector<ScoredTable>& tables) {
  int rows = 0, right = 0;
  for (const ScoredTable& table : tables) {
    CAPTURE(table.file);
    std::string refusal;
    Document document = imported_or_empty(folder / table.file, refusal);
    test::TreeScore score = test::score_expected_tree_file(folder / "expected" / table.tree, document);
    std::printf("%-66s %5.1f%%  (%d/%d rows, %zu extra)%s\n", table.file, score.percent(), score.right, score.scored,
                score.extras.size(), refusal.empty() ? "" : "  refused");
    rows += score.scored + static_cast<int>(score.extras.size());
    right += score.right;
    if (std::getenv("POKIN_SCORE_DETAIL") != nullptr) std::printf("%s\n", score.describe().c_str());
    INFO(score.describe());
    CHECK(score.percent() >= table.floor);
  }
  std::printf("%s: %d of %d rows right (%.1f%%)\n", folder.filename().string().c_str(), right, rows,
              rows ? 100.0 * right / rows : 100.0);
}

}  // namespace

TEST_CASE("real tables: rows right against the trees read by eye, per fixture, at least the floor") {
  score_tables(std::filesystem::path(POKIN_FIXTURES) / "real", kRealTables);
}

TEST_CASE("held-out tables (never tuned to): rows right against the trees read by eye, at least the floor") {
  score_tables(std::filesystem::path(POKIN_FIXTURES) / "heldout", kHeldOutTables);
}
