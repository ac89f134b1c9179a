#include "core/spreadsheet/xlsx_limits.h"

#include "core/text/bilingual.h"

namespace pokin::spreadsheet {

std::string grouped(std::size_t number, char separator) {
  std::string digits = std::to_string(number);
  std::string out;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += separator;
    out += digits[k];
  }
  return out;
}

void refuse_beyond_limit(XlsxLimit which, std::size_t limit, const std::string& where_id, const std::string& where_en,
                         const OfficeFileKind& kind) {
  const std::string app = kind.app;
  std::string id = grouped(limit, '.');
  std::string en = grouped(limit, ',');
  std::string at_id = where_id.empty() ? "" : " (" + where_id + ")";
  std::string at_en = where_en.empty() ? "" : " (" + where_en + ")";
  switch (which) {
    case XlsxLimit::Cells:
      throw UserError("Berkas " + app + " terlalu besar untuk diimpor: lebih dari " + id + " sel" + at_id +
                          " (sel kosong di kiri sel terakhir sebuah baris ikut dihitung).",
                      "The " + app + " file is too large to import: more than " + en + " cells" + at_en +
                          " (empty cells left of a row's last cell count too).");
    case XlsxLimit::Rows:
      throw UserError("Berkas " + app + " terlalu besar untuk diimpor: lebih dari " + id + " baris berisi data" + at_id + ".",
                      "The " + app + " file is too large to import: more than " + en + " rows with data" + at_en + ".");
    case XlsxLimit::Columns:
      throw UserError("Berkas " + app + " terlalu lebar untuk diimpor: ada data di luar kolom ke-" + id + at_id +
                          ". Hapus kolom yang tidak dipakai, lalu simpan ulang.",
                      "The " + app + " file is too wide to import: there is data beyond column " + en + at_en +
                          ". Delete the unused columns and save it again.");
    case XlsxLimit::MergedCells:
      throw UserError("Berkas " + app + " memuat sel gabungan (merge) yang terlalu luas: lebih dari " + id +
                          " sel terisi oleh gabungan" + at_id + ". Pisahkan gabungan yang tidak perlu.",
                      "The " + app + " file has merged ranges that are too large: more than " + en +
                          " cells filled by merges" + at_en + ". Unmerge the ranges that are not needed.");
    case XlsxLimit::Strings:
      throw UserError("Berkas " + app + " terlalu besar untuk diimpor: lebih dari " + id + " teks dalam tabel teks bersama" +
                          at_id + ".",
                      "The " + app + " file is too large to import: more than " + en + " entries in its shared-string table" +
                          at_en + ".");
    case XlsxLimit::Styles:
      throw UserError("Berkas " + app + " ditolak: lebih dari " + id + " gaya sel atau format angka" + at_id +
                          " (Excel sendiri berhenti di 64.000).",
                      "The " + app + " file is refused: more than " + en + " cell styles or number formats" + at_en +
                          " (Excel itself stops at 64,000).");
    case XlsxLimit::Sheets:
      throw UserError("Berkas " + app + " ditolak: lebih dari " + id + " lembar" + at_id + ".",
                      "The " + app + " file is refused: more than " + en + " sheets" + at_en + ".");
  }
  throw UserError("Berkas " + app + " terlalu besar untuk diimpor.", "The " + app + " file is too large to import.");
}

}  // namespace pokin::spreadsheet
