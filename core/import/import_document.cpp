#include "core/import/import_document.h"
#include "core/import/program_listing.h"
#include "core/import/sipd_print.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "core/commands/commands.h"
#include "core/import/cell_lines.h"
#include "core/import/document_metadata.h"
#include "core/import/flattened_cells.h"
#include "core/import/flattened_rows.h"
#include "core/import/format_detection.h"
#include "core/import/head_title.h"
#include "core/import/labelled_records.h"
#include "core/import/listing_import.h"
#include "core/import/pdf_source.h"
#include "core/import/peer_export_import.h"
#include "core/import/sk_decree_import.h"
#include "core/import/table_reading.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_hierarchy.h"
#include "core/import/unlabelled_visi.h"
#include "core/import/word_rows.h"
#include "core/pdf/pdf_words.h"
#include "core/spreadsheet/docx_reader.h"
#include "core/spreadsheet/html_tables.h"
#include "core/spreadsheet/xlsx_reader.h"
#include "core/text/utf8.h"
#include "core/text/utf8_path.h"

namespace pokin::import {
namespace {

constexpr std::uintmax_t kLargestInput = 512ull * 1024 * 1024;
constexpr std::size_t kMetadataLinesOfTables = 2000;


// The period of a document that states none: the title's ("Renstra ... Tahun 2021-2026") when it holds every year
// of the values, else the years of the values.
void take_period_from_values(Document& document, ImportReport& report, std::pair<int, int> titled) {
  if (document.info.period_years() > 0) return;
  std::set<int> years;
  for (const auto& [id, indikator] : document.indikator) {
    for (const auto& [year, value] : indikator.target) years.insert(year);
    for (const auto& [year, value] : indikator.realisasi) years.insert(year);
  }
  for (const auto& [id, sasaran] : document.sasaran)
    for (const auto& [year, value] : sasaran.pagu) years.insert(year);
  if (titled.first > 0 && titled.second > titled.first && titled.second - titled.first < kMaxPeriodYears &&
      (years.empty() || (*years.begin() >= titled.first && *years.rbegin() <= titled.second))) {
    document.info.period_start = titled.first;
    document.info.period_end = titled.second;
    return;
  }
  if (years.empty()) return;
  if (*years.rbegin() - *years.begin() < kMaxPeriodYears) {
    document.info.period_start = *years.begin();
    document.info.period_end = std::max(*years.rbegin(), *years.begin() + 4);  // a Renstra period is five years
    if (document.info.period_end - document.info.period_start >= kMaxPeriodYears)
      document.info.period_end = document.info.period_start + kMaxPeriodYears - 1;
    return;
  }
  report.note({"Tahun target membentang lebih dari 10 tahun; periode tidak ditetapkan.",
               "Target years span more than 10 years; no period was set."});
}

// What the text around a table names (the period is the caller's to take: a table's comes from its title row).
void take_metadata(const DocumentInfo& found, DocumentInfo& info) {
  info.instansi = found.instansi;
  info.pemda = found.pemda;
  info.nomor_sk = found.nomor_sk;
  info.tanggal = found.tanggal;
  info.penandatangan = found.penandatangan;
}

// Shared end of every import: nothing found is an error; otherwise units placed, links suggested, period set.
void finish_import(ImportResult& result, SourceForm form, const ImportOptions& options,
                   std::pair<int, int> titled_period = {0, 0}) {
  Document& document = result.document;
  ImportReport& report = result.report;
  if (document.sasaran.empty()) {
    std::string why_id = "tidak ditemukan sasaran maupun indikator", why_en = "no sasaran and no indicator were found";
    for (const Bilingual& note : report.notes)
      if (note.en.find("header") != std::string::npos) why_id = note.id, why_en = note.en;
    if (form == SourceForm::Table && report.notes.empty() && document.units.empty())
      why_id += " (judul kolom seperti SASARAN, INDIKATOR, TARGET 2024 tidak dikenali; gunakan --map KOLOM=BIDANG)",
      why_en += " (no column header such as SASARAN, INDIKATOR, TARGET 2024 was recognised; use --map COLUMN=FIELD)";
    throw UserError(report.source + ": " + why_id + "; tidak ada yang diimpor.",
                    report.source + ": " + why_en + "; nothing was imported.");
  }
  infer_unit_hierarchy(document, report, form == SourceForm::SkDecree);
  suggest_cascade(document, report, options.suggestion_threshold);
  take_period_from_values(document, report, titled_period);
}

// A reader that kept no visi nor misi (text without cell borders, a listing): the lines of the source that read as
// the visi or a misi ("VISI : ...", "MISI 1: ...", pemda_context.h) are taken as the Pemda context, and no longer
// listed as not understood. Which tujuan each misi holds is not known then.
// A visi written without its label (unlabelled_visi.h) is taken too, by whichever reader, when none was read.
void take_context_lines(const std::vector<std::string_view>& lines, ImportReport& report) {
  std::set<int> taken;
  const bool kept_by_reader = !report.pemda.empty();
  for (std::size_t k = 0; k < lines.size() && !kept_by_reader; ++k) {
    ContextLine context = read_context_line(lines[k]);
    int line = static_cast<int>(k) + 1;
    if (context.kind == ContextKind::Visi && report.pemda.visi.empty()) {
      report.pemda.visi = context.text, report.pemda.visi_line = line;
      taken.insert(line);
    } else if (context.kind == ContextKind::Misi) {
      report.pemda.add_misi(context.number, context.text, line);
      taken.insert(line);
    }
  }
  if (report.pemda.visi.empty()) {
    UnlabelledVisi visi = find_unlabelled_visi(lines);
    if (!visi.text.empty()) {
      report.pemda.visi = visi.text, report.pemda.visi_line = visi.line;
      taken.insert(visi.line);
      ContextLine misi = read_context_line(visi.misi_after);
      if (misi.kind == ContextKind::Misi) report.pemda.add_misi(misi.number, misi.text, visi.line);
      report.note({"Tebakan: visi tanpa label \"VISI :\" dibaca dari baris " + std::to_string(visi.line) + " (\"" + visi.text + "\").",
                   "A guess: a visi without a \"VISI :\" label was read from line " + std::to_string(visi.line) + " (\"" +
                       visi.text + "\")."});
    }
  }
  report.lines.erase(std::remove_if(report.lines.begin(), report.lines.end(),
                                    [&](const NotUnderstoodLine& l) { return taken.count(l.line) > 0; }),
                     report.lines.end());
  if (taken.empty() || kept_by_reader) return;
  std::string misi = std::to_string(report.pemda.misi.size());
  report.note({std::string(report.pemda.visi.empty() ? "Tanpa visi, " : "Visi dan ") + misi +
                   " misi dibaca dari baris teks: bukan simpul pohon (penggabungan Pemda menyimpannya pada unit Pemda); "
                   "tujuan di bawah tiap misi tidak diketahui.",
               std::string(report.pemda.visi.empty() ? "No visi, " : "The visi and ") + misi +
                   " misi read from lines of text: no tree nodes (a Pemda merge keeps them on the Pemda unit); which "
                   "tujuan each misi holds is not known."});
}

// Rows of cells: another SAKIP application's export when its header says so and the planner steers nothing,
// else a planning table (the steering, --map and --header-rows, is the planning-table reader's).
void read_table_rows(const std::vector<TableRow>& rows, const TableImportOptions& options, Document& document,
                     ImportReport& report) {
  const bool steered = !options.mapping.empty() || options.header_rows > 0;
  if (!steered && !options.lampiran && import_peer_export(rows, document, report)) return;
  import_table_rows(rows, options, document, report);
}

// A second reading of `lines` (one that needs no cell borders) from what the first started with: when it finds
// sasaran, its document and report replace the first reading's, whose notes and columns described a table that
// was not there.
using TextReader = int (*)(const std::vector<std::string_view>& lines, Document& document, ImportReport& report);
void read_instead(TextReader read, const char* format, const std::vector<std::string_view>& lines,
                  const ImportReport& before_reading, Document& document, ImportReport& report) {
  Document again;
  again.info = document.info;
  ImportReport again_report = before_reading;
  if (read(lines, again, again_report) == 0 || again.sasaran.empty()) return;
  document = std::move(again);
  report = std::move(again_report);
  report.format = format;
}

ImportResult import_workbook(const std::string& name, const std::vector<spreadsheet::Sheet>& sheets,
                             const ImportOptions& options, const char* format = "table (xlsx)") {
  ImportResult result;
  result.report.source = name;
  result.report.format = format;
  result.document.info.period_start = options.period_start;
  result.document.info.period_end = options.period_end;
  TableImportOptions table_options;
  table_options.mapping = options.mapping;
  table_options.header_rows = options.header_rows;
  table_options.header_line = options.header_line;
  table_options.bordered = true;
  // All sheets through one reader, so a unit named on two sheets is one unit; each sheet's header starts anew.
  std::vector<TableRow> rows;
  for (const spreadsheet::Sheet& sheet : sheets) {
    for (const spreadsheet::SheetRow& row : sheet.rows) rows.push_back({row.row, row.cells, row.outside_table});
    if (sheets.size() > 1 && !sheet.rows.empty())
      result.report.note({"Lembar \"" + sheet.name + "\" dibaca (nomor baris = baris lembar).",
                          "Sheet \"" + sheet.name + "\" read (line numbers are its row numbers)."});
  }
  // The rows above the header (the title of the form, "Unit Kerja : ...") name the agency as a text's title lines
  // do; known before reading, a unit cell naming the agency itself is its head (names_agency).
  std::vector<std::string> first_lines;
  for (const TableRow& row : rows) {
    if (first_lines.size() >= kMetadataLinesOfTables) break;
    // A title merged across the sheet arrives in every cell it covers: once is its text.
    std::string line, last;
    for (const std::string& cell : row.cells)
      if (std::string text = trim(cell); !text.empty() && text != last) {
        line += (line.empty() ? "" : " ") + text;
        last = text;
      }
    first_lines.push_back(line);
  }
  std::vector<std::string_view> title_lines(first_lines.begin(), first_lines.end());
  DocumentInfo& info = result.document.info;
  if (std::string stated = stated_instansi(title_lines); !stated.empty()) info.instansi = stated;
  if (info.instansi.empty()) {
    info.instansi = instansi_from_titles(title_lines);
    if (info.pemda.empty() && !info.instansi.empty()) info.pemda = pemda_from_titles(title_lines);
  }
  DocumentInfo titled;
  read_metadata(title_lines, titled);
  read_table_rows(rows, table_options, result.document, result.report);
  finish_import(result, SourceForm::Table, options, {titled.period_start, titled.period_end});
  bool names_head = std::any_of(rows.begin(), rows.end(), [](const TableRow& row) {
    return std::any_of(row.cells.begin(), row.cells.end(), [](const std::string& cell) { return names_kepala_dinas(cell); });
  });
  name_head_after_instansi(result.document, names_head, result.report);
  return result;
}

// The unit that a title paragraph above a table names ("INDIKATOR KINERJA UTAMA / KECAMATAN SIDEMEN", "Rencana
// Program ... Badan Kepegawaian Daerah Kabupaten Semarang Tahun 2021-2026"), when no letterhead named one: the
// first such paragraph line before the last table (a signature block after it names the signer's office).
void take_instansi_from_titles(const WordRows& read, DocumentInfo& info, ImportReport& report) {
  if (read.tables.empty()) return;
  std::size_t table = 0;
  for (const TableRow& row : read.rows) {
    if (row.line >= read.tables.back().first) return;
    while (table < read.tables.size() && read.tables[table].second < row.line) ++table;
    if (table < read.tables.size() && row.line >= read.tables[table].first) continue;  // a table's row
    std::string text;
    for (const std::string& cell : row.cells) text += (text.empty() ? "" : " ") + clean_text(cell);
    std::string instansi = instansi_in_title(text);
    if (instansi.empty()) instansi = instansi_in_sentence(text);
    if (instansi.empty()) continue;
    info.instansi = instansi;
    report.note({"Tebakan: instansi \"" + instansi + "\" dibaca dari judul di atas tabel (baris " + std::to_string(row.line) + ").",
                 "A guess: the instansi \"" + instansi + "\" was read from the title above the table (line " +
                     std::to_string(row.line) + ")."});
    return;
  }
}

// A Word document's body as rows (word_rows.h). All tables go through one reader, as the sheets of a workbook
// do, each header starting anew; the paragraphs around them are the title lines and signature blocks that the
// text path sees.
ImportResult import_word_document(const std::string& name, const spreadsheet::WordDocument& word,
                                  const ImportOptions& options) {
  if (word.tables == 0)
    throw UserError(name + ": dokumen Word ini tidak memuat tabel (w:tbl); Pokin mengimpor tabel IKU, Perjanjian Kinerja "
                           "atau Renstra. Bila tabelnya ditulis sebagai teks bertab, simpan sebagai teks (.txt) lalu impor.",
                    name + ": this Word document holds no table (w:tbl); Pokin imports IKU, Perjanjian Kinerja or Renstra "
                           "tables. If the table is written as tabbed text, save it as text (.txt) and import that.");
  ImportResult result;
  result.report.source = name;
  result.report.format = "table (docx)";
  Document& document = result.document;
  document.info.period_start = options.period_start;
  document.info.period_end = options.period_end;

  WordRows read = rows_of_word_document(word);
  for (std::size_t k = 0; k < read.tables.size(); ++k) {
    auto [first, last] = read.tables[k];
    result.report.note({"Tabel " + std::to_string(k + 1) + " dokumen Word dibaca sebagai baris " + std::to_string(first) +
                            "-" + std::to_string(last) + " (nomor baris = urutan baris paragraf dan baris tabel).",
                        "Table " + std::to_string(k + 1) + " of the Word document read as lines " + std::to_string(first) +
                            "-" + std::to_string(last) + " (line numbers count paragraph lines and table rows in order)."});
  }
  std::vector<std::string> lines;  // the rows as text lines, for the metadata around the tables
  for (const TableRow& row : read.rows) {
    if (lines.size() >= kMetadataLinesOfTables) break;
    std::string text;
    for (const std::string& cell : row.cells) text += (text.empty() ? "" : "\t") + collapse_spaces(cell);
    lines.push_back(std::move(text));
  }
  std::vector<std::string_view> metadata_lines(lines.begin(), lines.end());
  DocumentInfo found;
  read_metadata(metadata_lines, found);
  take_metadata(found, document.info);
  if (document.info.instansi.empty()) take_instansi_from_titles(read, document.info, result.report);

  TableImportOptions table_options;
  table_options.mapping = options.mapping;
  table_options.header_rows = options.header_rows;
  table_options.header_line = options.header_line;
  table_options.tab_separated = true;  // a paragraph of one cell is text between the tables
  table_options.bordered = true;
  read_table_rows(read.rows, table_options, document, result.report);
  finish_import(result, SourceForm::Table, options);
  return result;
}

bool named_like_word(std::string_view name) {
  std::string lower = lower_ascii(name);
  return lower.ends_with(".docx") || lower.ends_with(".doc") || lower.ends_with(".docm");
}

// The reader says which problem (truncated, encrypted, too large ...): name the file in front.
template <class Read>
auto read_naming(const std::string& name, Read read) {
  try {
    return read();
  } catch (const UserError& error) {
    throw UserError(name + ": " + error.message().id, name + ": " + error.message().en);
  }
}

}  // namespace

// A PDF: its tables rebuilt as tab-separated text (pdf_source.h), read as that text is; the report says it came
// from a PDF and what the rebuilding left out.
ImportResult import_pdf(const std::string& name, std::string_view bytes, const ImportOptions& options) {
  PdfSource source;
  try {
    source = read_pdf_source(bytes);
  } catch (const UserError& error) {
    throw UserError(name + ": " + error.message().id, name + ": " + error.message().en);
  }
  if (trim(source.text).empty())
    throw UserError(name + ": PDF tidak berisi teks selain nomor halaman; tidak ada yang diimpor.",
                    name + ": the PDF holds no text but page numbers; nothing was imported.");
  ImportResult result = import_text(name, source.text, options);
  result.report.format += " (pdf)";
  result.report.notes.insert(result.report.notes.begin(), source.notes.begin(), source.notes.end());
  return result;
}

void refuse_binary(std::string_view name, std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  std::string file(name);
  if (starts("PK\x03\x04"))
    throw UserError(file + ": arsip ZIP yang bukan buku kerja Excel (.xlsx) maupun dokumen Word (.docx); simpan sebagai "
                           "teks atau CSV terlebih dahulu.",
                    file + ": a ZIP archive that is neither an Excel workbook (.xlsx) nor a Word document (.docx); save "
                           "it as text or CSV first.");
  if (starts("%PDF"))  // a PDF is read before (pdf::looks_like_pdf); this one lacks even the version of its header
    throw UserError(file + ": berkas PDF rusak atau tidak dapat dibaca; tidak ada yang diimpor.",
                    file + ": the PDF file is damaged or cannot be read; nothing was imported.");
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    throw UserError(file + ": berkas Office 97-2003 (.xls atau .doc); buka di Excel atau Word lalu simpan sebagai .xlsx "
                           "atau .docx (atau CSV), kemudian impor berkas itu.",
                    file + ": an Office 97-2003 file (.xls or .doc); open it in Excel or Word, save it as .xlsx or .docx "
                           "(or CSV), then import that file.");
  if (starts("\xFF\xFE") || starts("\xFE\xFF"))
    throw UserError(file + ": teks UTF-16; simpan ulang sebagai UTF-8 (CSV UTF-8 di Excel).",
                    file + ": UTF-16 text; save it again as UTF-8 (CSV UTF-8 in Excel).");
  std::string_view head = bytes.substr(0, 65536);
  if (head.find('\0') != std::string_view::npos)
    throw UserError(file + ": berkas biner, bukan teks atau tabel; tidak ada yang diimpor.",
                    file + ": a binary file, not text or a table; nothing was imported.");
}

RequestedFormat requested_format_from(std::string_view name) {
  if (name == "auto" || name.empty()) return RequestedFormat::Auto;
  if (name == "sk") return RequestedFormat::Sk;
  if (name == "listing") return RequestedFormat::Listing;
  if (name == "table") return RequestedFormat::Table;
  throw UserError("Bentuk \"" + std::string(name) + "\" tidak dikenal; pilih auto, sk, listing atau table.",
                  "Format \"" + std::string(name) + "\" is not known; choose auto, sk, listing or table.");
}

SourceForm form_to_read(SourceForm detected, RequestedFormat requested) {
  switch (requested) {
    case RequestedFormat::Auto: break;
    case RequestedFormat::Sk: return detected == SourceForm::Lampiran ? SourceForm::Lampiran : SourceForm::SkDecree;
    case RequestedFormat::Listing: return SourceForm::Listing;
    case RequestedFormat::Table: return SourceForm::Table;
  }
  return detected;
}

ImportResult import_text(std::string_view source_name, std::string_view bytes, const ImportOptions& options) {
  std::string name(source_name);
  if (trim(bytes.substr(0, 4096)).empty() && trim(bytes).empty())
    throw UserError(name + ": berkas kosong; tidak ada yang diimpor.", name + ": the file is empty; nothing was imported.");
  // A Word document by its content; a file named .docx that is none (a renamed .doc, .odt or a damaged archive)
  // is refused in Word's words.
  const bool ole_container = bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (spreadsheet::looks_like_docx(bytes) ||
      ((spreadsheet::looks_like_xlsx(bytes) || ole_container) && named_like_word(source_name))) {
    spreadsheet::WordDocument word = read_naming(name, [&] { return spreadsheet::read_docx(bytes); });
    return import_word_document(name, word, options);
  }
  if (spreadsheet::looks_like_xlsx(bytes)) {
    std::vector<spreadsheet::Sheet> sheets = read_naming(name, [&] { return spreadsheet::read_xlsx(bytes); });
    return import_workbook(name, sheets, options);
  }
  if (spreadsheet::looks_like_html(bytes)) {
    std::vector<spreadsheet::Sheet> tables;
    try {
      tables = spreadsheet::read_html_tables(bytes);
    } catch (const UserError& error) {
      throw UserError(name + ": " + error.message().id, name + ": " + error.message().en);
    }
    if (tables.empty())
      throw UserError(name + ": halaman web ini tidak memuat tabel (<table>); tidak ada yang diimpor.",
                      name + ": this web page holds no table (<table>); nothing was imported.");
    return import_workbook(name, tables, options, "table (html)");
  }
  if (pdf::looks_like_pdf(bytes)) return import_pdf(name, bytes, options);
  refuse_binary(source_name, bytes);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);  // the BOM Excel writes in "CSV UTF-8"

  ImportResult result;
  ImportReport& report = result.report;
  report.source = name;
  std::size_t replaced = 0;
  std::string text = repaired_utf8(bytes, &replaced);
  if (replaced > 0)
    report.note({std::to_string(replaced) + " urutan byte bukan UTF-8 diganti dengan \"\xEF\xBF\xBD\"; periksa teks yang terdampak "
                                            "(simpan berkas sebagai UTF-8).",
                 std::to_string(replaced) + " byte sequences that are not UTF-8 were replaced by \"\xEF\xBF\xBD\"; check the "
                                            "affected text (save the file as UTF-8)."});
  std::vector<std::string_view> lines = split_lines(text);

  SourceForm form = form_to_read(detect_form(lines), options.format);
  report.format = form_name(form);

  Document& document = result.document;
  document.info.period_start = options.period_start;
  document.info.period_end = options.period_end;
  bool is_table = form == SourceForm::Table;
  std::vector<std::string_view> metadata_lines =
      is_table && lines.size() > kMetadataLinesOfTables
          ? std::vector<std::string_view>(lines.begin(), lines.begin() + kMetadataLinesOfTables)
          : lines;
  DocumentInfo found;
  read_metadata(metadata_lines, found);
  take_metadata(found, document.info);
  // A stated "Unit Kerja : ..." names the owner plainly; known before reading, a unit cell naming the agency
  // itself is its head (names_agency).
  if (std::string stated = stated_instansi(metadata_lines); !stated.empty()) document.info.instansi = stated;
  if (document.info.period_years() == 0 && !is_table) {
    document.info.period_start = found.period_start;
    document.info.period_end = found.period_end;
  }

  const ImportReport before_reading = report;  // what a second reading starts from
  switch (form) {
    case SourceForm::SkDecree: import_sk_decree(lines, document, report); break;
    case SourceForm::Listing: import_listing(lines, document, report); break;
    case SourceForm::Lampiran:
    case SourceForm::Table: {
      Delimiter delimiter = form == SourceForm::Lampiran ? Delimiter::Tab : detect_delimiter(lines);
      TableImportOptions table_options;
      table_options.mapping = options.mapping;
      table_options.header_rows = options.header_rows;
      table_options.header_line = options.header_line;
      table_options.lampiran = form == SourceForm::Lampiran;
      table_options.tab_separated = delimiter == Delimiter::Tab || delimiter == Delimiter::Spaces ||
                                    delimiter == Delimiter::Pipe || delimiter == Delimiter::BlankRuns;
      table_options.bordered = form == SourceForm::Table && has_cell_borders(lines);
      if (delimiter == Delimiter::Spaces)
        report.note({"Tebakan: kolom dipisahkan oleh deretan spasi (teks dari PDF); sel kosong tidak terlihat, jadi "
                     "nilai bisa bergeser ke kolom kiri. Periksa hasilnya, atau simpan tabel sebagai CSV.",
                     "A guess: columns are separated by runs of spaces (text from a PDF); empty cells do not show, "
                     "so values may have shifted to a column on the left. Check the result, or save the table as CSV."});
      if (delimiter == Delimiter::BlankRuns)
        report.note({"Kolom dipisahkan oleh deretan empat spasi (tabel halaman web yang disalin sebagai teks); baris yang "
                     "terpecah oleh ganti baris di dalam sel digabung kembali. Periksa hasilnya.",
                     "Columns are separated by runs of four blanks (a web page's table copied as text); rows broken by "
                     "line breaks inside a cell were joined again. Check the result."});
      read_table_rows(read_table(text, delimiter), table_options, document, report);
      break;
    }
  }

  // A table from a PDF rendered one cell per line: no delimiter separates its cells, so a table reading (if any)
  // took each line for a row. Read the cells by their shape instead (cell_lines.h).
  if (form != SourceForm::SkDecree) read_instead(import_cell_lines, "cell lines", lines, before_reading, document, report);

  // No table could be read (no usable header, or no cell borders): try the text as a table whose borders were lost.
  // Its report replaces the first reader's, whose notes and columns described a table that was not there.
  // A text with cell borders (a CSV, a TSV, a pipe table) is never read as one that lost them: when its header is
  // not recognised, the refusal says so and names --map.
  // Commas that do not line up into cells (decimal commas, prose) make no CSV: a comma reading of such text is the
  // last resort, after the reading of a table whose borders were lost.
  // Rows that open with a label and its number ("SS 1", "IKSS 1.2") are read one per line, their wrapped lines
  // joined (labelled_records.h): that shape is plain enough to go before the other readings.
  bool bordered = is_table && has_cell_borders(lines);
  std::vector<std::string> reflowed = bordered ? std::vector<std::string>{} : reflow_labelled_records(lines);
  bool unbordered_commas = is_table && report.format != "cell lines" && !bordered &&
                           detect_delimiter(lines) == Delimiter::Comma;
  if (!reflowed.empty())
    read_instead(import_flattened_rows, "labelled rows", std::vector<std::string_view>(reflowed.begin(), reflowed.end()),
                 before_reading, document, report);
  else if ((document.sasaran.empty() || unbordered_commas) && !bordered)
    read_instead(import_flattened_rows, "flattened", lines, before_reading, document, report);

  // A Renstra chapter listing programs and kegiatan by their labels (program_listing.h): plain enough to replace
  // what a table reading made of it.
  if (!bordered && looks_like_program_listing(lines))
    read_instead(import_program_listing, "program listing", lines, before_reading, document, report);
  // The print of a SIPD budget form, read by its field labels (sipd_print.h).
  if (!bordered && looks_like_sipd_print(lines))
    read_instead(import_sipd_print, "SIPD print", lines, before_reading, document, report);

  if (std::string stated = stated_instansi(metadata_lines); !stated.empty()) document.info.instansi = stated;
  if (document.info.instansi.empty()) {
    document.info.instansi = instansi_from_titles(metadata_lines);
    if (document.info.pemda.empty() && !document.info.instansi.empty())
      document.info.pemda = pemda_from_titles(metadata_lines);
  }
  take_context_lines(lines, report);
  finish_import(result, form, options, {found.period_start, found.period_end});
  name_head_after_instansi(document, names_kepala_dinas(text), report);
  return result;
}

ImportResult import_file(const std::filesystem::path& path, const ImportOptions& options) {
  std::string name = utf8_path(path);
  std::error_code error;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error)
    throw UserError(name + ": berkas tidak dapat dibuka.", name + ": the file cannot be opened.");
  if (size > kLargestInput)
    throw UserError(name + ": berkas lebih dari 512 MB; pecah menjadi beberapa berkas.",
                    name + ": the file is larger than 512 MB; split it into several files.");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError(name + ": berkas tidak dapat dibuka.", name + ": the file cannot be opened.");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return import_text(name, bytes, options);
}

void apply_imports(Editor& editor, std::vector<ImportResult>& results) {
  EditGroup group(editor, {"Impor dokumen", "Import documents"});
  for (ImportResult& result : results) {
    DocumentInfo period = editor.document().info;
    if (period.period_years() == 0) period = result.document.info;
    int dropped = 0;
    for (auto& [id, indikator] : result.document.indikator)
      for (auto* values : {&indikator.target, &indikator.realisasi})
        dropped += static_cast<int>(std::erase_if(*values, [&](const auto& entry) { return !period.in_period(entry.first); }));
    if (dropped > 0)
      result.report.note({std::to_string(dropped) + " nilai target/realisasi di luar periode " + std::to_string(period.period_start) + "-" +
                              std::to_string(period.period_end) + " tidak diimpor.",
                          std::to_string(dropped) + " target/realisasi values outside the period " + std::to_string(period.period_start) +
                              "-" + std::to_string(period.period_end) + " were not imported."});
    editor.run(commands::merge_document(editor.document(), result.document,
                                        {"Impor " + result.report.source, "Import " + result.report.source}));
  }
}

}  // namespace pokin::import
