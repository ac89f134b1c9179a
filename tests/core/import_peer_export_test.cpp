// Exports of other SAKIP applications (issue 11): wide sheets with one column group per level and long sheets
// with kode / kode_induk / tahun / target. Every expected value below was worked out by hand from the sheet above
// it.
#include <doctest/doctest.h>

#include <string>

#include "core/import/import_document.h"
#include "core/import/peer_export_header.h"
#include "tests/core/import_fixture_support.h"

using namespace pokin;
using namespace pokin::import;

namespace {

using import_test::indikator_named;

const Sasaran* sasaran_named(const Document& document, const std::string& statement) {
  for (const auto& [id, sasaran] : document.sasaran)
    if (sasaran.statement == statement) return &sasaran;
  return nullptr;
}

std::string parent_statement(const Document& document, const Sasaran& sasaran) {
  const Sasaran* parent = document.find_sasaran(sasaran.parent);
  return parent ? parent->statement : std::string();
}

bool has_note(const ImportReport& report, const std::string& words) {
  for (const Bilingual& note : report.notes)
    if (note.id.find(words) != std::string::npos) return true;
  return false;
}

const ColumnDecision* column_headed(const ImportReport& report, const std::string& header) {
  for (const ColumnDecision& column : report.columns)
    if (column.header == header) return &column;
  return nullptr;
}

// The columns of a `pohon_kinerja_raw` sheet (a peer app's schema), three paths of one OPD.
constexpr const char* kWide =
    "satuan_kerja,sasaran_lv1,indikator_lv1,sasaran_lv2,indikator_lv2,is_crosscutting_lv2,sasaran_lv3,indikator_lv3,"
    "is_crosscutting_lv3\n"
    "Dinas Kesehatan,Meningkatnya derajat kesehatan,Angka Harapan Hidup,Meningkatnya pelayanan dasar,Persentase "
    "puskesmas terakreditasi,0,Meningkatnya mutu puskesmas,Jumlah puskesmas paripurna,0\n"
    "Dinas Kesehatan,Meningkatnya derajat kesehatan,Angka Harapan Hidup,Meningkatnya pelayanan dasar,Persentase "
    "puskesmas terakreditasi,0,Meningkatnya cakupan imunisasi,Persentase desa UCI,1\n"
    "Dinas Kesehatan,Meningkatnya derajat kesehatan,Angka Harapan Hidup,Menurunnya angka stunting,Prevalensi "
    "stunting,1,,,\n";

}  // namespace

TEST_CASE("peer export header: level columns, units and years are told apart from planning-table words") {
  auto wide = recognise_peer_header({"Satuan Kerja", "Sasaran Lv 1", "lv1_indikator", "sasaran_level_2",
                                     "target_2025_lv2", "Pelaksana", "keterangan"});
  REQUIRE(wide.has_value());
  CHECK(wide->shape == PeerShape::Wide);
  CHECK(wide->levels == 2);
  CHECK(wide->columns[0].field == PeerField::Unit);  // "satuan kerja" is the unit, not the satuan
  CHECK(wide->columns[0].level == 0);
  CHECK(wide->columns[1].field == PeerField::Sasaran);
  CHECK(wide->columns[1].level == 1);
  CHECK(wide->columns[2].field == PeerField::Indikator);
  CHECK(wide->columns[2].level == 1);
  CHECK(wide->columns[3].level == 2);
  CHECK(wide->columns[4].field == PeerField::Target);
  CHECK(wide->columns[4].year == 2025);
  CHECK(wide->columns[4].level == 2);
  CHECK(wide->columns[5].field == PeerField::Unit);
  CHECK(wide->columns[6].field == PeerField::None);
  CHECK(peer_field_name(wide->columns[4]) == "target lv2:2025");

  auto long_sheet = recognise_peer_header({"id", "parent_id", "nama_opd", "uraian", "indikator", "tahun", "target"});
  REQUIRE(long_sheet.has_value());
  CHECK(long_sheet->shape == PeerShape::Long);
  CHECK(long_sheet->columns[1].field == PeerField::ParentCode);
  CHECK(long_sheet->columns[5].field == PeerField::Year);

  // A planning table, a single level, or a long sheet without its parent column: not an export.
  CHECK_FALSE(recognise_peer_header({"No", "Sasaran", "Indikator", "Satuan", "Target 2025"}).has_value());
  CHECK_FALSE(recognise_peer_header({"sasaran_lv1", "indikator_lv1", "satuan_lv1"}).has_value());
  CHECK_FALSE(recognise_peer_header({"kode", "sasaran", "indikator", "target"}).has_value());
}

TEST_CASE("peer export, wide: each row is a path, shared upper cells are one node, the rows state the links") {
  ImportResult result = import_text("pohon.csv", kWide, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.units.size() == 1);
  CHECK(document.units.begin()->second.name == "Dinas Kesehatan");
  REQUIRE(document.sasaran.size() == 5);
  CHECK(document.indikator.size() == 5);

  const Sasaran* top = sasaran_named(document, "Meningkatnya derajat kesehatan");
  const Sasaran* dasar = sasaran_named(document, "Meningkatnya pelayanan dasar");
  const Sasaran* stunting = sasaran_named(document, "Menurunnya angka stunting");
  const Sasaran* mutu = sasaran_named(document, "Meningkatnya mutu puskesmas");
  const Sasaran* imunisasi = sasaran_named(document, "Meningkatnya cakupan imunisasi");
  REQUIRE((top && dasar && stunting && mutu && imunisasi));
  CHECK(top->level == 0);
  CHECK(top->parent == kNoId);
  CHECK(dasar->level == 1);
  CHECK(parent_statement(document, *dasar) == "Meningkatnya derajat kesehatan");
  CHECK(parent_statement(document, *stunting) == "Meningkatnya derajat kesehatan");
  CHECK(mutu->level == 2);
  CHECK(parent_statement(document, *mutu) == "Meningkatnya pelayanan dasar");
  CHECK(parent_statement(document, *imunisasi) == "Meningkatnya pelayanan dasar");
  CHECK(dasar->link_origin == LinkOrigin::Person);  // stated by the rows, not a guess

  const Indikator* uci = indikator_named(document, "Persentase desa UCI");
  REQUIRE(uci != nullptr);
  CHECK(uci->sasaran == imunisasi->id);
  CHECK(indikator_named(document, "Angka Harapan Hidup")->sasaran == top->id);

  // Two crosscutting flags set (lines 3 and 4): not stored, counted in their columns and named by line.
  const ColumnDecision* flags2 = column_headed(result.report, "is_crosscutting_lv2");
  const ColumnDecision* flags3 = column_headed(result.report, "is_crosscutting_lv3");
  REQUIRE((flags2 && flags3));
  CHECK(flags2->cells_left_out == 1);
  CHECK(flags2->cells_stored == 2);
  CHECK(flags3->cells_left_out == 1);
  CHECK(flags2->field_label == "crosscutting lv2");
  CHECK(has_note(result.report, "2 tanda crosscutting tidak disimpan"));
  CHECK(has_note(result.report, "(baris 3, 4)"));
  CHECK(has_note(result.report, "4 sasaran di bawah level teratas dipegang oleh unit pada barisnya"));
  CHECK(cells_left_out(result.report) == 2);
  CHECK(not_understood_summary(result.report, Language::Indonesian) == "0 baris tidak dipahami, 2 sel tidak disimpan");
}

TEST_CASE("peer export, wide: a unit per level, values per level, and cells with nothing to hold them") {
  const char* sheet =
      "opd\tsasaran_lv1\tindikator_lv1\tsasaran_lv2\tpelaksana_lv2\tindikator_lv2\tsatuan_lv2\ttarget_2025_lv2\tcatatan\n"
      "Dinas Pertanian\tMeningkatnya produksi pangan\tProduksi padi\tMeningkatnya produktivitas\tBidang Tanaman "
      "Pangan\tProduktivitas padi\tku/ha\t56,2\tprioritas\n"
      "Dinas Pertanian\tMeningkatnya produksi pangan\tProduksi padi\t\t\tLuas tanam\tha\t\t\n";
  ImportResult result = import_text("pohon.tsv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.units.size() == 2);
  const Sasaran* produktivitas = sasaran_named(document, "Meningkatnya produktivitas");
  REQUIRE(produktivitas != nullptr);
  const Unit& bidang = document.units.at(produktivitas->unit);
  CHECK(bidang.name == "Bidang Tanaman Pangan");
  CHECK(bidang.kind == UnitKind::Division);
  REQUIRE(document.find_unit(bidang.parent) != nullptr);
  CHECK(document.find_unit(bidang.parent)->name == "Dinas Pertanian");

  const Indikator* padi = indikator_named(document, "Produktivitas padi");
  REQUIRE(padi != nullptr);
  CHECK(padi->satuan == "ku/ha");
  REQUIRE(padi->target.count(2025) == 1);
  CHECK(padi->target.at(2025).text == "56,2");
  CHECK(padi->target.at(2025).number == doctest::Approx(56.2));

  // Line 3 has a level-2 indicator and satuan with no level-2 sasaran: both left out, the line named.
  CHECK(indikator_named(document, "Luas tanam") == nullptr);
  CHECK(column_headed(result.report, "indikator_lv2")->cells_left_out == 1);
  CHECK(column_headed(result.report, "satuan_lv2")->cells_left_out == 1);
  CHECK(has_note(result.report, "tanpa sasaran atau indikator untuk menampungnya"));
  CHECK(has_note(result.report, "(baris 3)"));
  // A column the reader does not know is listed as not stored, never dropped silently.
  const ColumnDecision* catatan = column_headed(result.report, "catatan");
  REQUIRE(catatan != nullptr);
  CHECK(catatan->field_label == "diabaikan");
  CHECK(catatan->cells_left_out == 1);
}

TEST_CASE("peer export, long: kode_induk states the tree, one row per year fills the targets of one indicator") {
  const char* sheet =
      "kode;kode_induk;level;opd;sasaran;indikator;satuan;tahun;target;polaritas;formula;sumber_data\n"
      "1;;1;Dinas Kesehatan;Meningkatnya derajat kesehatan;Angka Harapan Hidup;Tahun;2025;72,1;maximize;;BPS\n"
      "1;;1;Dinas Kesehatan;Meningkatnya derajat kesehatan;Angka Harapan Hidup;Tahun;2026;72,4;maximize;;BPS\n"
      "1.2;1;2;Dinas Kesehatan;Menurunnya angka stunting;Prevalensi stunting;%;2025;14;minimize;balita stunting / "
      "balita diukur x 100;SSGI\n"
      "1.2.1;1.2;3;Dinas Kesehatan;Meningkatnya gizi balita;Persentase balita gizi baik;%;2025;90;maximize;;Dinkes\n";
  ImportResult result = import_text("ekspor.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 3);
  REQUIRE(document.indikator.size() == 3);
  const Sasaran* top = sasaran_named(document, "Meningkatnya derajat kesehatan");
  const Sasaran* stunting = sasaran_named(document, "Menurunnya angka stunting");
  const Sasaran* gizi = sasaran_named(document, "Meningkatnya gizi balita");
  REQUIRE((top && stunting && gizi));
  CHECK(top->level == 0);  // the level column's lowest value (1) is the top
  CHECK(stunting->level == 1);
  CHECK(gizi->level == 2);
  CHECK(stunting->parent == top->id);
  CHECK(gizi->parent == stunting->id);
  CHECK(gizi->code == "1.2.1");

  const Indikator* ahh = indikator_named(document, "Angka Harapan Hidup");
  REQUIRE(ahh != nullptr);
  REQUIRE(ahh->target.size() == 2);
  CHECK(ahh->target.at(2025).text == "72,1");
  CHECK(ahh->target.at(2026).text == "72,4");
  CHECK(ahh->sumber_data == "BPS");
  const Indikator* prevalensi = indikator_named(document, "Prevalensi stunting");
  REQUIRE(prevalensi != nullptr);
  CHECK(prevalensi->polarity == Polarity::Turun);
  CHECK(prevalensi->formula == "balita stunting / balita diukur x 100");
  CHECK(cells_left_out(result.report) == 0);
  CHECK(result.report.lines.empty());
}

TEST_CASE("peer export, long: a kode_induk matching nothing, a cycle, a row without sasaran, an unreadable year") {
  const char* sheet =
      "id,parent_id,sasaran,indikator,tahun,target\n"
      "A,,Meningkatnya pelayanan publik,Indeks kepuasan,2025,80\n"
      "B,Z,Meningkatnya kecepatan izin,Persentase izin tepat waktu,2025,95\n"
      "C,D,Meningkatnya kepatuhan,Jumlah temuan,2025,3\n"
      "D,C,Meningkatnya pengawasan,Jumlah inspeksi,dua ribu,12\n"
      "E,,,,2025,7\n"
      ",,,Jumlah inspeksi lanjutan,2025,4\n"
      "F,A,,Jumlah laporan,2025,2\n";
  ImportResult result = import_text("ekspor.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 4);
  const Sasaran* izin = sasaran_named(document, "Meningkatnya kecepatan izin");
  REQUIRE(izin != nullptr);
  CHECK(izin->parent == kNoId);
  CHECK(has_note(result.report, "1 kode induk tidak cocok dengan kode mana pun: sasaran itu tanpa induk (baris 3)"));
  // C -> D -> C: one link is cut, so no chain loops.
  const Sasaran* kepatuhan = sasaran_named(document, "Meningkatnya kepatuhan");
  const Sasaran* pengawasan = sasaran_named(document, "Meningkatnya pengawasan");
  REQUIRE((kepatuhan && pengawasan));
  CHECK((kepatuhan->parent == kNoId || pengawasan->parent == kNoId));
  CHECK(has_note(result.report, "kode induk membentuk lingkaran"));
  // "dua ribu" is no year: the target of that row is not stored and the line is named.
  const Indikator* inspeksi = indikator_named(document, "Jumlah inspeksi");
  REQUIRE(inspeksi != nullptr);
  CHECK(inspeksi->target.empty());
  CHECK(has_note(result.report, "1 baris dengan tahun yang tidak terbaca: nilainya tidak disimpan (baris 5)"));
  CHECK_FALSE(has_note(result.report, "tanpa tahun tidak disimpan"));
  // Line 6 names no sasaran and no indicator: not understood, by line. Line 7 has no kode and no statement: its
  // indicator continues the sasaran above (a merged cell). Line 8 names kode F, which no row states: its
  // indicator cannot be placed and is not given to the sasaran above.
  REQUIRE(result.report.lines.size() == 2);
  CHECK(result.report.lines[0].line == 6);
  CHECK(result.report.lines[1].line == 8);
  const Indikator* lanjutan = indikator_named(document, "Jumlah inspeksi lanjutan");
  REQUIRE(lanjutan != nullptr);
  CHECK(lanjutan->sasaran == pengawasan->id);
  CHECK(indikator_named(document, "Jumlah laporan") == nullptr);
}

TEST_CASE("peer export: a planner's steering (--map, header rows) goes to the planning-table reader") {
  ImportOptions steered;
  steered.mapping.push_back({"satuan_kerja", "unit"});
  ImportResult result = import_text("pohon.csv", kWide, steered);
  CHECK(result.report.format == "table");
  CHECK_FALSE(result.document.sasaran.empty());
}

TEST_CASE("peer export header: database column names, a year beside the word tahun, level-only long sheets") {
  auto by_id = recognise_peer_header({"id", "parent_id", "nama_pohon", "kode_opd", "target_tahun_2025"});
  REQUIRE(by_id.has_value());
  CHECK(by_id->shape == PeerShape::Long);
  CHECK(by_id->columns[2].field == PeerField::Sasaran);
  CHECK(by_id->columns[3].field == PeerField::UnitCode);
  CHECK(by_id->columns[4].field == PeerField::Target);
  CHECK(by_id->columns[4].year == 2025);
  // A kode and a level column with an indicator: the kode prefixes (or the rows' order) state the tree.
  auto by_level = recognise_peer_header({"id_sasaran", "Eselon", "Sasaran Strategis", "Indikator Sasaran", "Satuan"});
  REQUIRE(by_level.has_value());
  CHECK(by_level->shape == PeerShape::Long);
  CHECK(by_level->columns[1].field == PeerField::Level);
  // A planning table's unit level (Unit, Atasan, Level) is the planning-table reader's.
  CHECK_FALSE(recognise_peer_header({"Unit", "Atasan", "Level", "Sasaran", "Indikator"}).has_value());
  CHECK_FALSE(recognise_peer_header({"Eselon", "Sasaran Strategis", "Indikator Sasaran", "Satuan"}).has_value());
  // A nomenclature list (kode, uraian, level) names no indicator, unit or kode induk: not an export.
  CHECK_FALSE(recognise_peer_header({"kode", "uraian", "level"}).has_value());
  // A planning table with Kode, Sasaran and Indikator but no kode induk or level is not either.
  CHECK_FALSE(recognise_peer_header({"No", "Sasaran", "Kode", "Indikator", "Target"}).has_value());
}

TEST_CASE("peer export, long: a phpMyAdmin CSV with NULL cells, parent_id 0 as the root, tiers as levels") {
  const char* sheet =
      "\"id\",\"parent_id\",\"jenis_pohon\",\"kode_opd\",\"nama_pohon\",\"indikator\",\"target\",\"satuan\",\"tahun\","
      "\"keterangan\"\n"
      "\"1\",\"0\",\"Strategic\",\"1.02.0.00\",\"Meningkatnya derajat kesehatan\",\"Angka Harapan Hidup\",\"72,1\","
      "\"Tahun\",\"2025\",NULL\n"
      "\"1\",\"0\",\"Strategic\",\"1.02.0.00\",\"Meningkatnya derajat kesehatan\",\"Angka Harapan Hidup\",\"72,4\","
      "\"Tahun\",\"2026\",NULL\n"
      "\"2\",\"1\",\"Tactical\",\"1.02.0.00\",\"Menurunnya angka stunting\",\"Prevalensi stunting\",\"14\",\"%\","
      "\"2025\",\"catatan\"\n"
      "\"3\",\"2\",\"Operational\",\"1.02.0.00\",\"Meningkatnya gizi balita\",NULL,NULL,NULL,NULL,NULL\n";
  ImportResult result = import_text("pohon_kinerja.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 3);
  REQUIRE(document.indikator.size() == 2);  // NULL is no indicator
  const Sasaran* top = sasaran_named(document, "Meningkatnya derajat kesehatan");
  const Sasaran* stunting = sasaran_named(document, "Menurunnya angka stunting");
  const Sasaran* gizi = sasaran_named(document, "Meningkatnya gizi balita");
  REQUIRE((top && stunting && gizi));
  CHECK(top->parent == kNoId);  // parent_id 0 names no row: the root, not an unknown parent
  CHECK(stunting->parent == top->id);
  CHECK(gizi->parent == stunting->id);
  CHECK(top->level == 0);
  CHECK(stunting->level == 1);
  CHECK(gizi->level == 2);
  CHECK_FALSE(has_note(result.report, "kode induk tidak cocok"));
  // Only the OPD's code names the unit.
  REQUIRE(document.units.size() == 1);
  CHECK(document.units.begin()->second.name == "1.02.0.00");
  const Indikator* ahh = indikator_named(document, "Angka Harapan Hidup");
  REQUIRE(ahh != nullptr);
  REQUIRE(ahh->target.size() == 2);
  CHECK(ahh->target.at(2025).text == "72,1");
  CHECK(ahh->target.at(2026).text == "72,4");
  CHECK(ahh->satuan == "Tahun");
  // keterangan is read by no field: its one written cell is named as left out, the NULLs are empty cells.
  const ColumnDecision* keterangan = column_headed(result.report, "keterangan");
  REQUIRE(keterangan != nullptr);
  CHECK(keterangan->field_label == "diabaikan");
  CHECK(keterangan->cells_left_out == 1);
  CHECK(result.report.lines.empty());
}

TEST_CASE("peer export, long: without kode induk the kode prefixes, else the order of the levels, give the parents") {
  // Dotted kode: the longest prefix a row states holds it.
  const char* by_kode =
      "kode;level;opd;sasaran;indikator;satuan;target_tahun_2025\n"
      "1;1;Dinas Kesehatan;Sasaran A;Indikator a;%;10\n"
      "1.1;2;Dinas Kesehatan;Sasaran B;Indikator b;%;20\n"
      "1.1.1;3;Dinas Kesehatan;Sasaran C;Indikator c;%;30\n"
      "1.2;2;Dinas Kesehatan;Sasaran D;Indikator d;%;40\n";
  ImportResult coded = import_text("ekspor.csv", by_kode, {});
  const Document& document = coded.document;
  REQUIRE(document.sasaran.size() == 4);
  const Sasaran* a = sasaran_named(document, "Sasaran A");
  const Sasaran* b = sasaran_named(document, "Sasaran B");
  const Sasaran* c = sasaran_named(document, "Sasaran C");
  const Sasaran* d = sasaran_named(document, "Sasaran D");
  REQUIRE((a && b && c && d));
  CHECK(a->parent == kNoId);
  CHECK(b->parent == a->id);
  CHECK(c->parent == b->id);
  CHECK(d->parent == a->id);
  CHECK(d->level == 1);
  const Indikator* ib = indikator_named(document, "Indikator b");
  REQUIRE(ib != nullptr);
  CHECK(ib->target.at(2025).text == "20");

  const char* by_order =
      "id,eselon,sasaran,indikator,unit_kerja\n"
      "11,Eselon II,Sasaran A,Indikator a,Dinas X\n"
      "12,Eselon III,Sasaran B,Indikator b,Bidang Y\n"
      "13,Eselon IV,Sasaran C,Indikator c,Seksi Z\n"
      "14,Eselon III,Sasaran D,Indikator d,Bidang W\n";
  // Plain ids: no prefix to cut, so the nearest row above at a higher level holds it.
  ImportResult ordered = import_text("ekspor.csv", by_order, {});
  const Document& tree = ordered.document;
  REQUIRE(tree.sasaran.size() == 4);
  a = sasaran_named(tree, "Sasaran A");
  b = sasaran_named(tree, "Sasaran B");
  c = sasaran_named(tree, "Sasaran C");
  d = sasaran_named(tree, "Sasaran D");
  REQUIRE((a && b && c && d));
  CHECK(b->parent == a->id);
  CHECK(c->parent == b->id);
  CHECK(d->parent == a->id);  // back up one level: under the latest Eselon II row
  CHECK(a->level == 0);
  CHECK(c->level == 2);
  CHECK(d->level == 1);
}

TEST_CASE("peer export, long: a table's row id gives way to the sasaran's own id, so the rows of one year fold") {
  const char* sheet =
      "id,id_sasaran,parent_id,sasaran,indikator,tahun,target\n"
      "10,1,0,Meningkatnya pelayanan publik,Indeks kepuasan,2025,80\n"
      "11,1,0,Meningkatnya pelayanan publik,Indeks kepuasan,2026,82\n"
      "12,2,1,Meningkatnya kecepatan izin,Persentase izin tepat waktu,2025,95\n";
  ImportResult result = import_text("ekspor.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 2);
  REQUIRE(document.indikator.size() == 2);
  const Sasaran* publik = sasaran_named(document, "Meningkatnya pelayanan publik");
  const Sasaran* izin = sasaran_named(document, "Meningkatnya kecepatan izin");
  REQUIRE((publik && izin));
  CHECK(izin->parent == publik->id);
  CHECK(publik->code == "1");
  const Indikator* kepuasan = indikator_named(document, "Indeks kepuasan");
  REQUIRE(kepuasan != nullptr);
  REQUIRE(kepuasan->target.size() == 2);
  CHECK(kepuasan->target.at(2026).text == "82");
  // The row ids (10, 11, 12) are not kept: the report says so.
  const ColumnDecision* row_id = column_headed(result.report, "id");
  REQUIRE(row_id != nullptr);
  CHECK(row_id->cells_left_out == 3);
}

TEST_CASE("peer export header: column names carrying their table's name, entity keys, keys into other tables") {
  // A table of kegiatan: its own key, the program's key above it (rows of another table), a key further up left
  // unread, the OPD's code, an id into the satuan table (not a satuan), the target of its row.
  auto kegiatan = recognise_peer_header({"kota_kode", "opd_kode", "renja_program_kode",
                                         "renja_kegiatan_kode", "renja_kegiatan_nama",
                                         "renja_kegiatan_indikator", "id_satuan",
                                         "renja_kegiatan_target_kinerja", "renja_kegiatan_ket"});
  REQUIRE(kegiatan.has_value());
  CHECK(kegiatan->shape == PeerShape::Long);
  CHECK(kegiatan->columns[0].field == PeerField::None);
  CHECK(kegiatan->columns[1].field == PeerField::UnitCode);
  CHECK(kegiatan->columns[2].field == PeerField::ParentCode);
  CHECK(kegiatan->columns[3].field == PeerField::Code);
  CHECK(kegiatan->columns[4].field == PeerField::Sasaran);
  CHECK(kegiatan->columns[5].field == PeerField::Indikator);
  CHECK(kegiatan->columns[6].field == PeerField::None);
  CHECK(kegiatan->columns[7].field == PeerField::Target);
  CHECK(kegiatan->columns[8].field == PeerField::None);
  CHECK(kegiatan->entity == 4);
  CHECK(kegiatan->parent_elsewhere);
  // A table of sasaran under tujuan under misi: tujuan holds the kode induk, misi is left unread.
  auto sasaran = recognise_peer_header({"rpjmd_misi_kode", "rpjmd_tujuan_kode", "rpjmd_sasaran_kode", "rpjmd_sasaran_nama"});
  REQUIRE(sasaran.has_value());
  CHECK(sasaran->columns[0].field == PeerField::None);
  CHECK(sasaran->columns[1].field == PeerField::ParentCode);
  CHECK(sasaran->columns[2].field == PeerField::Code);
}

TEST_CASE("peer export, long: one kode naming two statements, kode induk of another table, a kegiatan table") {
  const char* sheet =
      "\"program_kode\",\"kegiatan_kode\",\"kegiatan_nama\",\"kegiatan_indikator\"\n"
      "\"2\",\"6\",\"Pengadaan Perlengkapan Gedung Kantor\",NULL\n"
      "\"15\",\"6\",\"Penyusunan Laporan Kinerja\",\"Jumlah laporan kinerja\"\n"
      "\"17\",\"6\",\"Bimbingan Teknis Aparatur\",NULL\n";
  ImportResult result = import_text("renja_kegiatan.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 3);  // kegiatan 6 of three programs: three nodes, not one
  const Sasaran* laporan = sasaran_named(document, "Penyusunan Laporan Kinerja");
  REQUIRE(laporan != nullptr);
  CHECK(laporan->parent == kNoId);  // program 15 is a row of the programs' table
  CHECK(laporan->nomenclature.kind == NomenclatureKind::Kegiatan);
  const Indikator* laporan_kinerja = indikator_named(document, "Jumlah laporan kinerja");
  REQUIRE(laporan_kinerja != nullptr);
  CHECK(laporan_kinerja->sasaran == laporan->id);
  CHECK(has_note(result.report, "3 kode induk menunjuk baris tabel lain"));
  CHECK(has_note(result.report, "2 baris memakai kode yang sudah dipakai pernyataan lain: dibaca sebagai simpul tersendiri (baris 3, 4)"));
  CHECK_FALSE(has_note(result.report, "kode induk tidak cocok"));
}

TEST_CASE("peer export, tiers: Jenis (Strategic, Tactical, Operational N) orders the tree, the title gives the year") {
  // The shape of a pohon kinerja app's Excel export: a title naming the OPD and the year, then Jenis | Strategi |
  // Indikator | Target | Satuan, the indicators on the rows below their statement.
  const char* sheet =
      ";POHON KINERJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025;;;\n"
      ";;;;\n"
      "Jenis;Strategi;Indikator;Target;Satuan\n"
      "Strategic;Meningkatnya kualitas layanan SPBE;;;\n"
      ";;Indeks SPBE;3,5;Indeks\n"
      "Tactical;Meningkatnya tata kelola aplikasi;;;\n"
      ";;Persentase aplikasi terintegrasi;80;%\n"
      "Operational;Tersedianya aplikasi terintegrasi;;;\n"
      ";;Jumlah aplikasi terintegrasi;12;Aplikasi\n"
      "Operational 2;Terlaksananya integrasi data;;;\n"
      "Tactical;Meningkatnya keamanan informasi;;;\n";
  ImportResult result = import_text("pohon_opd.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 5);
  const Sasaran* spbe = sasaran_named(document, "Meningkatnya kualitas layanan SPBE");
  const Sasaran* aplikasi = sasaran_named(document, "Meningkatnya tata kelola aplikasi");
  const Sasaran* tersedia = sasaran_named(document, "Tersedianya aplikasi terintegrasi");
  const Sasaran* integrasi = sasaran_named(document, "Terlaksananya integrasi data");
  const Sasaran* keamanan = sasaran_named(document, "Meningkatnya keamanan informasi");
  REQUIRE((spbe && aplikasi && tersedia && integrasi && keamanan));
  CHECK(aplikasi->parent == spbe->id);
  CHECK(tersedia->parent == aplikasi->id);
  CHECK(integrasi->parent == tersedia->id);  // Operational 2 is the tier below Operational
  CHECK(keamanan->parent == spbe->id);
  CHECK(integrasi->level == 3);
  const Indikator* indeks = indikator_named(document, "Indeks SPBE");
  REQUIRE(indeks != nullptr);
  CHECK(indeks->sasaran == spbe->id);
  REQUIRE(indeks->target.count(2025) == 1);
  CHECK(indeks->target.at(2025).text == "3,5");
  CHECK(indeks->satuan == "Indeks");
  CHECK(has_note(result.report, "Tebakan: 3 nilai target/realisasi tanpa tahun diberi tahun 2025 dari judul di atas tabel."));
}

TEST_CASE("peer export, long: levels written as planning names, a dash is no target") {
  const char* sheet =
      "kode;level;sasaran;indikator;target_2025\n"
      "1;Sasaran Strategis;Sasaran A;Indikator a;-\n"
      "1.1;Sasaran Program;Sasaran B;Indikator b;5\n"
      "1.1.1;Sasaran Kegiatan;Sasaran C;Indikator c;NULL\n";
  ImportResult result = import_text("ekspor.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 3);
  const Sasaran* a = sasaran_named(document, "Sasaran A");
  const Sasaran* b = sasaran_named(document, "Sasaran B");
  const Sasaran* c = sasaran_named(document, "Sasaran C");
  REQUIRE((a && b && c));
  CHECK(a->level == 0);  // Sasaran Strategis (1) is the lowest written: the top
  CHECK(b->level == 1);
  CHECK(c->level == 2);
  CHECK(c->parent == b->id);
  const Indikator* ia = indikator_named(document, "Indikator a");
  const Indikator* ib = indikator_named(document, "Indikator b");
  REQUIRE((ia && ib));
  CHECK(ia->target.empty());
  CHECK(ib->target.at(2025).text == "5");
  CHECK(cells_left_out(result.report) == 0);
}

TEST_CASE("peer export, tiers: a title naming a period gives no one year, so yearless targets are named, not guessed") {
  const char* sheet =
      "POHON KINERJA RENSTRA 2021-2026;;;;\n"
      "Jenis;Strategi;Indikator;Target;Satuan\n"
      "Strategic;Meningkatnya kualitas layanan SPBE;Indeks SPBE;3,5;Indeks\n";
  ImportResult result = import_text("pohon_opd.csv", sheet, {});
  const Indikator* indeks = indikator_named(result.document, "Indeks SPBE");
  REQUIRE(indeks != nullptr);
  CHECK(indeks->target.empty());
  CHECK(has_note(result.report, "1 nilai target/realisasi tanpa tahun tidak disimpan (baris 3)"));
  CHECK_FALSE(has_note(result.report, "Tebakan"));
}

TEST_CASE("peer export header: the vocabulary of other apps' schemas (id_X / X_id keys, camelCase, target_1, t1)") {
  // A sasaran table as phpMyAdmin exports it: the row's id, the tujuan it hangs under (a row of another table),
  // the period and five relative year targets.
  auto table = recognise_peer_header({"id", "id_tujuan", "sasaran", "indikator_sasaran", "satuan", "target_1", "target_5",
                                      "tahun_awal", "tahun_akhir", "pagu_anggaran", "target_tw1"});
  REQUIRE(table.has_value());
  CHECK(table->shape == PeerShape::Long);
  CHECK(table->columns[0].field == PeerField::Code);
  CHECK(table->columns[1].field == PeerField::ParentCode);
  CHECK(table->columns[1].entity == 1);
  CHECK(table->columns[2].field == PeerField::Sasaran);
  CHECK(table->columns[2].entity == 2);
  CHECK(table->columns[3].field == PeerField::Indikator);
  CHECK(table->columns[4].field == PeerField::Satuan);
  CHECK(table->columns[5].field == PeerField::Target);
  CHECK(table->columns[5].relative_year == 1);
  CHECK(table->columns[6].relative_year == 5);
  CHECK(table->columns[7].field == PeerField::PeriodStart);
  CHECK(table->columns[8].field == PeerField::PeriodEnd);
  CHECK(table->columns[9].field == PeerField::None);   // money, not a target
  CHECK(table->columns[10].field == PeerField::None);  // a quarter's target, not a year's
  CHECK(table->parent_elsewhere);
  CHECK_FALSE(table->nomenclature);
  // An ORM's camelCase names, glued year numbers, an IKU table's own words.
  auto camel = recognise_peer_header({"idSasaran", "sasaranStrategisId", "namaSasaran", "indikatorKinerja", "t1", "target_kinerja_sasaran3",
                                      "definisi_operasional", "sumber_data", "penanggung_jawab", "tolok_ukur"});
  REQUIRE(camel.has_value());
  CHECK(camel->columns[0].field == PeerField::Code);
  CHECK(camel->columns[1].field == PeerField::Code);  // the same entity as the statement: not a kode induk
  CHECK(camel->columns[2].field == PeerField::Sasaran);
  CHECK(camel->columns[3].field == PeerField::Indikator);
  CHECK(camel->columns[4].field == PeerField::Target);
  CHECK(camel->columns[4].relative_year == 1);
  CHECK(camel->columns[5].field == PeerField::Target);
  CHECK(camel->columns[5].relative_year == 3);
  CHECK(camel->columns[6].field == PeerField::Formula);
  CHECK(camel->columns[7].field == PeerField::SumberData);
  CHECK(camel->columns[8].field == PeerField::PenanggungJawab);
  CHECK(camel->columns[9].field == PeerField::Indikator);
  // "tahun_sasaran" is the year of the row; "target_akhir_periode" the kondisi akhir, no one year's target.
  auto yearly = recognise_peer_header({"id_sasaran", "tahun_sasaran", "sasaran_kinerja", "indikator", "target_akhir_periode",
                                       "target_tahunan"});
  REQUIRE(yearly.has_value());
  CHECK(yearly->columns[1].field == PeerField::Year);
  CHECK(yearly->columns[2].field == PeerField::Sasaran);
  CHECK(yearly->columns[4].field == PeerField::None);
  CHECK(yearly->columns[5].field == PeerField::Target);
  // A planner's header with spaces is no database's: left to the planning-table reader.
  CHECK_FALSE(recognise_peer_header({"Sasaran", "Indikator Sasaran", "Satuan", "Target 2025"}).has_value());
  // A join of the tujuan and sasaran tables: one level per entity, the bare indicator and values on the deepest.
  auto join = recognise_peer_header({"tujuan", "indikator_tujuan", "sasaran", "indikator_kinerja", "satuan", "tahun", "target"});
  REQUIRE(join.has_value());
  CHECK(join->shape == PeerShape::Wide);
  CHECK(join->by_entity);
  CHECK(join->levels == 2);
  CHECK(join->columns[0].level == 1);
  CHECK(join->columns[1].level == 1);
  CHECK(join->columns[2].level == 2);
  CHECK(join->columns[3].level == 2);
  CHECK(join->columns[4].level == 2);
  CHECK(join->columns[5].level == 0);
  CHECK(join->columns[6].level == 2);
}

TEST_CASE("peer export, join: the sasaran repeats for each indicator and year, each entity a level") {
  const char* sheet =
      "\"tujuan\",\"indikator_tujuan\",\"sasaran\",\"indikator_sasaran\",\"satuan\",\"tahun\",\"target\"\n"
      "\"Meningkatnya kualitas SDM\",\"IPM\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"Tahun\",\"2025\",\"72,1\"\n"
      "\"Meningkatnya kualitas SDM\",\"IPM\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"Tahun\",\"2026\",\"72,4\"\n"
      "\"Meningkatnya kualitas SDM\",\"IPM\",\"Meningkatnya mutu pendidikan\",\"RLS\",\"Tahun\",\"2025\",NULL\n";
  ImportResult result = import_text("join.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 3);
  const Sasaran* tujuan = sasaran_named(document, "Meningkatnya kualitas SDM");
  const Sasaran* kesehatan = sasaran_named(document, "Meningkatnya derajat kesehatan");
  const Sasaran* pendidikan = sasaran_named(document, "Meningkatnya mutu pendidikan");
  REQUIRE((tujuan && kesehatan && pendidikan));
  CHECK(tujuan->parent == kNoId);
  CHECK(kesehatan->parent == tujuan->id);
  CHECK(pendidikan->parent == tujuan->id);
  CHECK(tujuan->level == 0);
  CHECK(kesehatan->level == 1);
  REQUIRE(document.indikator.size() == 3);
  const Indikator* ahh = indikator_named(document, "AHH");
  REQUIRE(ahh != nullptr);
  CHECK(ahh->sasaran == kesehatan->id);
  REQUIRE(ahh->target.size() == 2);
  CHECK(ahh->target.at(2025).text == "72,1");
  CHECK(ahh->target.at(2026).text == "72,4");
  CHECK(ahh->satuan == "Tahun");
  const Indikator* ipm = indikator_named(document, "IPM");
  REQUIRE(ipm != nullptr);
  CHECK(ipm->sasaran == tujuan->id);
  CHECK(ipm->target.empty());
  const Indikator* rls = indikator_named(document, "RLS");
  REQUIRE(rls != nullptr);
  CHECK(rls->target.empty());  // NULL: no target
  const ColumnDecision* tahun = column_headed(result.report, "tahun");
  REQUIRE(tahun != nullptr);
  CHECK(tahun->cells_stored == 3);
  CHECK(result.report.lines.empty());
}

TEST_CASE("peer export, table: target_1..target_5 on the title's period, the row id of an indicator, a tujuan not in the file") {
  const char* sheet =
      "RENSTRA DINAS KESEHATAN 2021-2026\n"
      "\"id\",\"id_tujuan\",\"sasaran\",\"indikator\",\"satuan\",\"target_1\",\"target_2\",\"target_3\",\"target_4\",\"target_5\"\n"
      "\"1\",\"3\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"Tahun\",\"71\",\"71,5\",\"72\",\"72,5\",\"73\"\n"
      "\"2\",\"3\",\"Meningkatnya derajat kesehatan\",\"AKI\",\"per 100.000\",\"90\",\"85\",\"80\",\"75\",\"70\"\n";
  ImportResult result = import_text("sasaran.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 1);  // "id" numbers the indicator rows; the statement keys the sasaran
  const Sasaran* kesehatan = sasaran_named(document, "Meningkatnya derajat kesehatan");
  REQUIRE(kesehatan != nullptr);
  CHECK(kesehatan->parent == kNoId);
  CHECK(has_note(result.report, "1 kode induk menunjuk baris tabel lain yang tidak ada di berkas"));
  // 2021-2026 is one year longer than the five columns: 2021 is the kondisi awal year, target_1 is 2022.
  const Indikator* ahh = indikator_named(document, "AHH");
  REQUIRE(ahh != nullptr);
  REQUIRE(ahh->target.size() == 5);
  CHECK(ahh->target.at(2022).text == "71");
  CHECK(ahh->target.at(2026).text == "73");
  const Indikator* aki = indikator_named(document, "AKI");
  REQUIRE(aki != nullptr);
  CHECK(aki->target.at(2024).text == "80");
  CHECK(has_note(result.report, "10 nilai kolom tahun relatif (target_1 .. target_5) ditempatkan pada tahun 2022-2026 menurut judul"));
  const ColumnDecision* id = column_headed(result.report, "id");
  REQUIRE(id != nullptr);
  CHECK(id->cells_left_out == 2);  // named, not silently dropped
}

TEST_CASE("peer export, table: relative years with no period anywhere are named, not guessed") {
  const char* sheet =
      "\"id_sasaran\",\"sasaran\",\"indikator\",\"t1\",\"t2\"\n"
      "\"5\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"71\",\"72\"\n";
  ImportResult result = import_text("sasaran.csv", sheet, {});
  const Document& document = result.document;
  REQUIRE(document.sasaran.size() == 1);
  const Indikator* ahh = indikator_named(document, "AHH");
  REQUIRE(ahh != nullptr);
  CHECK(ahh->target.empty());
  CHECK(has_note(result.report, "1 nilai kolom tahun relatif (target_1 .. target_2) tidak disimpan"));
  const ColumnDecision* t1 = column_headed(result.report, "t1");
  REQUIRE(t1 != nullptr);
  CHECK(t1->cells_left_out == 1);
  // A tahun_awal column places them: t1 is that year.
  const char* with_period =
      "\"id_sasaran\",\"sasaran\",\"indikator\",\"tahun_awal\",\"t1\",\"t2\"\n"
      "\"5\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"2025\",\"71\",\"72\"\n";
  ImportResult placed = import_text("sasaran.csv", with_period, {});
  const Indikator* placed_ahh = indikator_named(placed.document, "AHH");
  REQUIRE(placed_ahh != nullptr);
  REQUIRE(placed_ahh->target.size() == 2);
  CHECK(placed_ahh->target.at(2025).text == "71");
  CHECK(placed_ahh->target.at(2026).text == "72");
}

TEST_CASE("peer export: two tables in one file, each with its own header, id_tujuan links across, a missing one is named") {
  const char* sheet =
      "\"id_tujuan\",\"tujuan\",\"indikator_tujuan\"\n"
      "\"3\",\"Meningkatnya kualitas hidup\",\"IPM\"\n"
      "\"id_sasaran\",\"id_tujuan\",\"sasaran\",\"indikator_sasaran\",\"target_2025\"\n"
      "\"7\",\"3\",\"Meningkatnya derajat kesehatan\",\"AHH\",\"72\"\n"
      "\"8\",\"4\",\"Meningkatnya mutu pendidikan\",\"RLS\",\"9\"\n";
  ImportResult result = import_text("ekspor.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 3);
  CHECK(result.report.tables.size() == 2);
  const Sasaran* tujuan = sasaran_named(document, "Meningkatnya kualitas hidup");
  const Sasaran* kesehatan = sasaran_named(document, "Meningkatnya derajat kesehatan");
  const Sasaran* pendidikan = sasaran_named(document, "Meningkatnya mutu pendidikan");
  REQUIRE((tujuan && kesehatan && pendidikan));
  CHECK(kesehatan->parent == tujuan->id);
  CHECK(kesehatan->level == 1);
  CHECK(pendidikan->parent == kNoId);  // tujuan 4 is in no table of the file: not guessed
  CHECK(pendidikan->level == 0);
  CHECK(has_note(result.report, "1 kode induk menunjuk baris tabel lain yang tidak ada di berkas (mis. program di atas tabel kegiatan): sasaran itu tanpa induk (baris 5)"));
  REQUIRE(document.units.size() == 1);  // one head unit for both tables
  const Indikator* ahh = indikator_named(document, "AHH");
  REQUIRE(ahh != nullptr);
  CHECK(ahh->target.at(2025).text == "72");
}

TEST_CASE("peer export, join: a statement column after the indicators with none of its own tags the row, no level") {
  // An IKU table naming the program that supports each indicator: the program is no node under the sasaran.
  auto iku = recognise_peer_header({"id", "sasaran_strategis", "indikator_kinerja", "satuan", "target", "tahun", "program"});
  REQUIRE(iku.has_value());
  CHECK(iku->shape == PeerShape::Long);
  CHECK(iku->columns[1].field == PeerField::Sasaran);
  CHECK(iku->columns[6].field == PeerField::None);
  // "uraian" beside "sasaran": the statement is the column naming its entity.
  auto described = recognise_peer_header({"id_sasaran", "sasaran", "uraian", "indikator"});
  REQUIRE(described.has_value());
  CHECK(described->columns[1].field == PeerField::Sasaran);
  CHECK(described->columns[2].field == PeerField::None);
  const char* sheet =
      "\"id\",\"sasaran_strategis\",\"indikator_kinerja\",\"satuan\",\"target\",\"tahun\",\"program\"\n"
      "\"1\",\"Meningkatnya kesejahteraan sosial\",\"Persentase PMKS tertangani\",\"%\",\"80\",\"2025\",\"Program Rehabilitasi Sosial\"\n"
      "\"2\",\"Meningkatnya kesejahteraan sosial\",\"Persentase KPM mandiri\",\"%\",\"40\",\"2025\",\"Program Pemberdayaan Sosial\"\n";
  ImportResult result = import_text("indikator.csv", sheet, {});
  REQUIRE(result.document.sasaran.size() == 1);
  REQUIRE(result.document.indikator.size() == 2);
  const Indikator* pmks = indikator_named(result.document, "Persentase PMKS tertangani");
  REQUIRE(pmks != nullptr);
  CHECK(pmks->target.at(2025).text == "80");
  const ColumnDecision* program = column_headed(result.report, "program");
  REQUIRE(program != nullptr);
  CHECK(program->cells_left_out == 2);
}

TEST_CASE("peer export, TAB text: t1..t3 from the row's tahun, or from a title's period as long as the columns") {
  // An app's table view copied as TAB text: the tahun cell is the first year of t1..t3.
  const char* tabbed =
      "id_sasaran\tsasaran\tindikator\ttahun\tt1\tt2\tt3\n"
      "5\tMeningkatnya derajat kesehatan\tAHH\t2024\t71\t72\tNULL\n";
  ImportResult by_tahun = import_text("view.txt", tabbed, {});
  CHECK(by_tahun.report.format == "table (peer export)");
  const Indikator* ahh = indikator_named(by_tahun.document, "AHH");
  REQUIRE(ahh != nullptr);
  REQUIRE(ahh->target.size() == 2);  // NULL: no third target
  CHECK(ahh->target.at(2024).text == "71");
  CHECK(ahh->target.at(2025).text == "72");
  CHECK(has_note(by_tahun.report, "ditempatkan pada tahun 2024-2025 menurut kolom tahun baris"));
  // A period of exactly three years: t1 is its first year.
  const char* titled =
      "RENJA 2025-2027\n"
      "id_sasaran\tsasaran\tindikator\tt1\tt2\tt3\n"
      "5\tMeningkatnya derajat kesehatan\tAHH\t71\t72\t73\n";
  ImportResult by_title = import_text("view.txt", titled, {});
  const Indikator* titled_ahh = indikator_named(by_title.document, "AHH");
  REQUIRE(titled_ahh != nullptr);
  REQUIRE(titled_ahh->target.size() == 3);
  CHECK(titled_ahh->target.at(2025).text == "71");
  CHECK(titled_ahh->target.at(2027).text == "73");
}

TEST_CASE("peer export, join: an e-kinerja app's tujuan OPD joined with its indicators and targets (one row per year)") {
  // Column names of the tujuan_opd, indikator and target tables of an e-kinerja app (bappeda-dev-team's schema);
  // the rows are made up for the test.
  const char* sheet =
      "\"id\",\"kode_opd\",\"tujuan\",\"urusan_id\",\"rumus_perhitungan\",\"sumber_data\",\"tahun_awal\",\"tahun_akhir\","
      "\"indikator\",\"target\",\"satuan\",\"tahun\"\n"
      "\"11\",\"2.16.0.00\",\"Meningkatnya kualitas layanan informasi publik\",\"2.16\",\"Jumlah responden puas / jumlah responden x 100\","
      "\"Survei\",\"2025\",\"2029\",\"Indeks kepuasan layanan informasi\",\"80\",\"indeks\",\"2025\"\n"
      "\"12\",\"2.16.0.00\",\"Meningkatnya kualitas layanan informasi publik\",\"2.16\",\"Jumlah responden puas / jumlah responden x 100\","
      "\"Survei\",\"2025\",\"2029\",\"Indeks kepuasan layanan informasi\",\"82\",\"indeks\",\"2026\"\n";
  ImportResult result = import_text("tujuan_opd.csv", sheet, {});
  const Document& document = result.document;
  CHECK(result.report.format == "table (peer export)");
  REQUIRE(document.sasaran.size() == 1);  // the row ids number the target rows, the statement keys the tujuan
  REQUIRE(document.indikator.size() == 1);
  const Indikator& indeks = document.indikator.begin()->second;
  CHECK(indeks.target.at(2025).text == "80");
  CHECK(indeks.target.at(2026).text == "82");
  CHECK(indeks.satuan == "indeks");
  CHECK(indeks.sumber_data == "Survei");
  CHECK_FALSE(indeks.formula.empty());
  REQUIRE(document.units.size() == 1);
  CHECK(document.units.begin()->second.name == "2.16.0.00");
  const ColumnDecision* urusan = column_headed(result.report, "urusan_id");
  REQUIRE(urusan != nullptr);
  CHECK(urusan->field_label == "diabaikan");
  CHECK(urusan->cells_left_out == 2);
}

TEST_CASE("peer export, long: a Pelaksana column naming jabatan gives Bidang and Seksi units placed by the tree") {
  const std::string text =
      "LAPORAN POHON KINERJA\n"
      "No\tLevel\tKode\tPohon Kinerja\tIndikator\tTarget\tSatuan\tPelaksana\n"
      "1\tStrategic\t1\tMeningkatnya derajat kesehatan\tUsia Harapan Hidup\t72,5\tTahun\tKepala Dinas Kesehatan\n"
      "2\tTactical\t1.1\tMenurunnya kematian ibu\tAngka Kematian Ibu\t90\tper 100.000 KH\tKepala Bidang Kesehatan Masyarakat\n"
      "3\tOperational\t1.1.1\tMeningkatnya persalinan di faskes\tPersentase persalinan di faskes\t95\t%\tKepala Seksi Kesehatan Keluarga\n";
  ImportResult result = import_text("pohon.txt", text, {});
  const Document& document = result.document;
  REQUIRE(document.units.size() == 3);
  const Unit& bidang = document.units.at(import_test::statement(document, "Menurunnya kematian ibu").unit);
  const Unit& seksi = document.units.at(import_test::statement(document, "Meningkatnya persalinan di faskes").unit);
  CHECK(bidang.name == "Bidang Kesehatan Masyarakat");
  CHECK(bidang.jabatan == "Kepala Bidang Kesehatan Masyarakat");
  CHECK(bidang.kind == UnitKind::Division);
  CHECK(seksi.name == "Seksi Kesehatan Keluarga");
  CHECK(seksi.kind == UnitKind::Section);
  CHECK(seksi.parent == bidang.id);  // the unit holding the parent sasaran
  const Unit& head = document.units.at(bidang.parent);
  CHECK(head.kind == UnitKind::Head);
  CHECK(head.parent == kNoId);
}
