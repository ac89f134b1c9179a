// The matriks perubahan and the diff's JSON on a hand-built pair; expected cells written by hand.
#include <doctest/doctest.h>

#include <variant>

#include "core/compare/change_matrix_form.h"
#include "core/compare/diff_json.h"
#include "core/export/form_csv.h"
#include "hand_built_document.h"

using namespace pokin;

namespace {

// CleanCascade (HandBuiltDocument: period 2025-2027, no pemda): SS1 (4) <- SP1 (5) <- SK1 (6), indikator 7 on SS1
// (targets 80, 81, 82), 8 on SP1, 9 on SK1.
struct ChangedPair {
  testing::CleanCascade before;
  Document after = before.document;
  ChangedPair() {
    before.document.info.nomor_sk = "188.45/12/2021";
    after.info.nomor_sk = "188.45/40/2023";
    after.info.tanggal = "2 Januari 2023";
    after.indikator.at(7).target[2025] = {"85", 85.0};
    after.indikator.at(7).target.erase(2026);
    after.indikator.erase(8);
    after.sasaran.at(6).statement = "Terlaksananya verifikasi dokumen perizinan tepat waktu";
  }
};

std::vector<std::string> texts(const FormRow& row) {
  std::vector<std::string> out;
  for (const FormCell& cell : row) out.push_back(cell.text);
  return out;
}

}  // namespace

TEST_CASE("matriks perubahan: title names both decrees, one row per change, an indikator's years in one row") {
  ChangedPair pair;
  DocumentDiff diff = diff_documents(pair.before.document, pair.after);
  REQUIRE(diff.changes.size() == 4);  // two targets, a removal, a rewording
  Form form = change_matrix_form(pair.before.document, pair.after, diff, {"lama.pokin", "baru.pokin"});
  REQUIRE(form.blocks.size() == 2);  // matched by id: nothing to review
  const auto& title = std::get<FormTitle>(form.blocks[0]);
  CHECK(title.lines == std::vector<std::string>{"MATRIKS PERUBAHAN POHON KINERJA", "DINAS PENANAMAN MODAL DAN PTSP",
                                                "PERIODE 2025-2027", "SEMULA: SK Nomor 188.45/12/2021",
                                                "MENJADI: SK Nomor 188.45/40/2023 Tanggal 2 Januari 2023"});
  const auto& table = std::get<FormTable>(form.blocks[1]);
  CHECK(texts(table.header[0]) ==
        std::vector<std::string>{"No", "Jenis Perubahan", "Tingkat", "Kode", "Semula", "Menjadi", "Keterangan"});
  REQUIRE(table.rows.size() == 3);
  CHECK(texts(table.rows[0]) == std::vector<std::string>{"1", "Perubahan target", "IKU", "IK7", "2025: 80\n2026: 81",
                                                         "2025: 85\n2026: -", "IK7 Indeks kepuasan masyarakat"});
  CHECK(texts(table.rows[1]) == std::vector<std::string>{"2", "Dihapus", "IK Program", "IK8",
                                                         "IK8 Persentase izin terbit tepat waktu", "-",
                                                         "Pada: SP1 Meningkatnya kecepatan penerbitan izin"});
  CHECK(texts(table.rows[2]) == std::vector<std::string>{"3", "Perubahan rumusan", "Sasaran Kegiatan", "SK1",
                                                         "Terlaksananya verifikasi dokumen tepat waktu",
                                                         "Terlaksananya verifikasi dokumen perizinan tepat waktu", ""});
}

TEST_CASE("matriks perubahan: no change is one row saying so, and the file name stands in for a missing SK") {
  testing::CleanCascade same;
  DocumentDiff diff = diff_documents(same.document, same.document);
  Form form = change_matrix_form(same.document, same.document, diff, {"renstra.pokin", "renstra.pokin"});
  const auto& title = std::get<FormTitle>(form.blocks[0]);
  CHECK(title.lines.back() == "MENJADI: renstra.pokin");
  const auto& table = std::get<FormTable>(form.blocks[1]);
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0][0].text == "Tidak ada perubahan");
  CHECK(table.rows[0][0].column_span == 7);
}

TEST_CASE("matriks perubahan: matches by similar text are listed for review with their score") {
  ChangedPair pair;
  DocumentDiff diff = diff_documents(pair.before.document, pair.after, {DiffMatching::ByContent});
  Form form = change_matrix_form(pair.before.document, pair.after, diff);
  REQUIRE(form.blocks.size() == 4);
  CHECK(std::get<FormTitle>(form.blocks[2]).lines.front() == "PADANAN BERDASARKAN KEMIRIPAN TEKS (UNTUK DITINJAU)");
  const auto& review = std::get<FormTable>(form.blocks[3]);
  REQUIRE(review.rows.size() == 1);  // SK1, reworded
  CHECK(review.rows[0][1].text == "Sasaran");
  CHECK(review.rows[0][3].text == "SK1 Terlaksananya verifikasi dokumen tepat waktu");
  CHECK(review.rows[0][4].text == "SK1 Terlaksananya verifikasi dokumen perizinan tepat waktu");
  CHECK(review.rows[0][2].text.find(',') == 1);  // "0,87": a decimal comma
  // The CSV writer takes the form as it is (both tables).
  std::string csv = forms_to_csv({form}, CsvStyle{});
  CHECK(csv.find("Perubahan rumusan") != std::string::npos);
  CHECK(csv.find("Skor") != std::string::npos);
}

TEST_CASE("diff JSON: counts, matches and changes under stable keys") {
  ChangedPair pair;
  DocumentDiff diff = diff_documents(pair.before.document, pair.after);
  std::string json = diff_to_json(pair.before.document, pair.after, diff);
  CHECK(json.rfind("{\"same_lineage\":true,", 0) == 0);
  CHECK(json.find("\"counts\":{\"added\":0,\"removed\":1,\"moved\":0,\"reworded\":1,\"field_changed\":0,"
                  "\"target_changed\":2,\"review\":0,\"accepted\":0,\"rejected\":0}") != std::string::npos);
  CHECK(json.find("{\"kind\":\"removed\",\"type\":\"indikator\",\"old\":8,\"new\":0,\"field\":\"\","
                  "\"old_text\":\"IK8 Persentase izin terbit tepat waktu\",\"new_text\":\"\",\"year\":0,"
                  "\"old_parent\":5,\"new_parent\":0,\"label\":\"IK8 Persentase izin terbit tepat waktu\"}") !=
        std::string::npos);
  CHECK(json.find("{\"kind\":\"target_changed\",\"type\":\"indikator\",\"old\":7,\"new\":7,\"field\":\"target\","
                  "\"old_text\":\"81\",\"new_text\":\"\",\"year\":2026,") != std::string::npos);
  CHECK(json.find("{\"type\":\"unit\",\"old\":1,\"new\":1,\"basis\":\"same_id\",\"score\":1,") != std::string::npos);
  CHECK(json.find("\"nomor_sk\":\"188.45/40/2023\"") != std::string::npos);
}

TEST_CASE("diff JSON: the rejected pairs are listed with their codes and texts, the accepted matches marked reviewed") {
  ChangedPair pair;
  DiffOptions options{DiffMatching::ByContent};
  options.rejected = {{6, 6}};  // SK1: "Bukan padanan"
  DocumentDiff rejected = diff_documents(pair.before.document, pair.after, options);
  std::string json = diff_to_json(pair.before.document, pair.after, rejected);
  CHECK(json.find("\"review\":0,\"accepted\":0,\"rejected\":1}") != std::string::npos);
  CHECK(json.find("\"rejected\":[{\"type\":\"sasaran\",\"old\":6,\"new\":6,"
                  "\"old_text\":\"SK1 Terlaksananya verifikasi dokumen tepat waktu\","
                  "\"new_text\":\"SK1 Terlaksananya verifikasi dokumen perizinan tepat waktu\"}]") != std::string::npos);
  CHECK(json.find("\"reviewed\"") == std::string::npos);

  DiffOptions confirmed{DiffMatching::ByContent};
  confirmed.accepted = {{6, 6}, {5, 6}};  // SK1 "Padanan benar"; 5-6 is no match of this diff and is not listed
  DocumentDiff accepted = diff_documents(pair.before.document, pair.after, confirmed);
  CHECK(accepted.accepted == std::vector<NodePair>{{6, 6}});
  json = diff_to_json(pair.before.document, pair.after, accepted);
  CHECK(json.find("\"review\":0,\"accepted\":1,\"rejected\":0}") != std::string::npos);
  CHECK(json.find("{\"type\":\"sasaran\",\"old\":6,\"new\":6,\"basis\":\"code\",") != std::string::npos);
  CHECK(json.find("\"reviewed\":true,\"old_text\":\"SK1 Terlaksananya verifikasi dokumen tepat waktu\"") !=
        std::string::npos);
  CHECK(json.find("\"rejected\":[]") != std::string::npos);
}

TEST_CASE("matriks perubahan: the review table says what the reviewer decided, rejected pairs included") {
  ChangedPair pair;
  DiffOptions options{DiffMatching::ByContent};
  options.rejected = {{6, 6}};
  Form form = change_matrix_form(pair.before.document, pair.after, diff_documents(pair.before.document, pair.after, options));
  REQUIRE(form.blocks.size() == 4);  // no match waits, yet the rejected pair is listed
  const auto& review = std::get<FormTable>(form.blocks[3]);
  CHECK(texts(review.header[0]) == std::vector<std::string>{"No", "Jenis", "Skor", "Semula", "Menjadi", "Hasil tinjauan"});
  REQUIRE(review.rows.size() == 1);
  CHECK(texts(review.rows[0]) == std::vector<std::string>{"1", "Sasaran", "-",
                                                          "SK1 Terlaksananya verifikasi dokumen tepat waktu",
                                                          "SK1 Terlaksananya verifikasi dokumen perizinan tepat waktu",
                                                          "Bukan padanan (ditolak peninjau)"});
  // The rejected SK1 is compared as removed and added in the changes table.
  const auto& changes = std::get<FormTable>(form.blocks[1]);
  bool removed = false, added = false;
  for (const FormRow& row : changes.rows) {
    removed = removed || (row[1].text == "Dihapus" && row[3].text == "SK1");
    added = added || (row[1].text == "Ditambahkan" && row[3].text == "SK1");
  }
  CHECK(removed);
  CHECK(added);

  DiffOptions confirmed{DiffMatching::ByContent};
  confirmed.accepted = {{6, 6}};
  form = change_matrix_form(pair.before.document, pair.after, diff_documents(pair.before.document, pair.after, confirmed));
  REQUIRE(form.blocks.size() == 4);
  const auto& accepted = std::get<FormTable>(form.blocks[3]);
  REQUIRE(accepted.rows.size() == 1);
  CHECK(accepted.rows[0][5].text == "Padanan benar (diterima peninjau)");
  form = change_matrix_form(pair.before.document, pair.after,
                            diff_documents(pair.before.document, pair.after, {DiffMatching::ByContent}));
  CHECK(std::get<FormTable>(form.blocks[3]).rows[0][5].text == "Belum ditinjau");
}
