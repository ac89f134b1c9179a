#include "core/spreadsheet/docx_reader.h"

#include <algorithm>
#include <charconv>

#include "core/spreadsheet/xml_parser.h"
#include "core/spreadsheet/zip_reader.h"
#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

constexpr std::string_view kDocumentPart = "word/document.xml";
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

[[noreturn]] void not_a_word_document(ZipReader& archive) {
  if (archive.contains("content.xml") && archive.contains("mimetype"))
    throw UserError("Ini berkas OpenDocument (mis. .odt LibreOffice), bukan dokumen Word; buka di LibreOffice atau Word "
                    "dan simpan sebagai .docx (Dokumen Word) terlebih dahulu.",
                    "This is an OpenDocument file (e.g. LibreOffice .odt), not a Word document; open it in LibreOffice "
                    "or Word and save it as .docx (Word Document) first.");
  if (archive.contains("xl/workbook.xml"))
    throw UserError("Ini buku kerja Excel (.xlsx), bukan dokumen Word; simpan dengan akhiran .xlsx lalu impor lagi.",
                    "This is an Excel workbook (.xlsx), not a Word document; save it with the extension .xlsx and "
                    "import it again.");
  throw UserError("Arsip ZIP ini bukan dokumen Word (.docx): bagian word/document.xml tidak ada.",
                  "This ZIP archive is not a Word document (.docx): its part word/document.xml is missing.");
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n\xC2\xA0") == std::string_view::npos; }

// The w:val of w:gridSpan / w:gridBefore: a count of grid columns, 0 when not a number.
int grid_count(std::string_view value) {
  int count = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), count);
  if (error != std::errc() || count < 0) return 0;
  return count;
}

// Elements whose content is not the document's current text: deleted or moved-away text, field codes, the older
// properties of a tracked change, and the fallback copy of an alternate content (the choice is read).
bool skipped(std::string_view name) {
  if (name == "del" || name == "moveFrom" || name == "delText" || name == "instrText" || name == "delInstrText" ||
      name == "Fallback" || name == "tabs")
    return true;
  return name.size() > 6 && name.substr(name.size() - 6) == "Change";  // pPrChange, tcPrChange, tblGridChange ...
}

enum class VerticalMerge { None, Restart, Continue };

struct CellInProgress {
  std::string text;       // its paragraphs so far, joined by '\n'
  std::string paragraph;  // the paragraph being read
  int paragraph_depth = 0;  // > 1 inside a text box's paragraph within a paragraph
  int span = 1;
  VerticalMerge vertical = VerticalMerge::None;
  bool continues_left = false;  // the old w:hMerge "continue"
};

struct TableInProgress {
  std::vector<std::vector<std::string>> rows;  // finished rows with a non-empty cell
  std::vector<std::string> above;              // the full grid of the last finished row (vertical merges)
  std::vector<CellInProgress> cells;           // the cells of the row being read
  int grid_before = 0;
  bool in_row = false;
  bool in_cell = false;
};

class DocumentHandler final : public XmlHandler {
 public:
  explicit DocumentHandler(const XlsxLimits& limits) : limits_(limits) {}

  void open(std::string_view name, const XmlAttributes& attributes) override {
    if (skip_depth_ > 0 || skipped(name)) {
      ++skip_depth_;
      return;
    }
    if (name == "tbl") return open_table();
    if (tables_.empty()) {
      if (name == "p") open_paragraph(body_paragraph_, body_paragraph_depth_);
      else open_run_content(name);
      return;
    }
    TableInProgress& table = tables_.back();
    if (name == "tr") {  // a row inside a row (no document has one) starts afresh
      table.in_row = true;
      table.in_cell = false;
      table.cells.clear();
      table.grid_before = 0;
    } else if (name == "tc" && table.in_row) {
      table.in_cell = true;
      table.cells.emplace_back();
    } else if (name == "gridBefore" && table.in_row && !table.in_cell) {
      table.grid_before = grid_count(attributes["val"]);
    } else if (table.in_cell) {
      CellInProgress& cell = table.cells.back();
      if (name == "p") open_paragraph(cell.paragraph, cell.paragraph_depth);
      else if (cell.paragraph_depth > 0) open_run_content(name);
      else if (name == "gridSpan") cell.span = std::max(1, grid_count(attributes["val"]));
      else if (name == "vMerge")
        cell.vertical = attributes["val"] == "restart" ? VerticalMerge::Restart : VerticalMerge::Continue;
      else if (name == "hMerge") cell.continues_left = attributes["val"] != "restart";
    }
  }

  void close(std::string_view name) override {
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (name == "tbl") return close_table();
    if (name == "r") run_depth_ = std::max(0, run_depth_ - 1);
    if (name == "t") in_text_ = false;
    if (tables_.empty()) {
      if (name == "p" && close_paragraph(body_paragraph_, body_paragraph_depth_)) add_body_paragraph();
      return;
    }
    TableInProgress& table = tables_.back();
    if (name == "tr" && table.in_row) {
      table.in_row = false;
      table.in_cell = false;
      finish_row(table);
    } else if (name == "tc" && table.in_cell) {
      table.in_cell = false;
    } else if (name == "p" && table.in_cell) {
      CellInProgress& cell = table.cells.back();
      if (close_paragraph(cell.paragraph, cell.paragraph_depth) && !blank(cell.paragraph))
        cell.text += (cell.text.empty() ? "" : "\n") + trimmed(cell.paragraph);
    }
  }

  void text(std::string_view text) override {
    if (skip_depth_ > 0 || !in_text_) return;
    if (std::string* paragraph = current_paragraph()) paragraph->append(text);
  }

  WordDocument document;

 private:
  static std::string trimmed(std::string_view text) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
  }

  // The paragraph that text goes to now, or nullptr (text of a table outside its cells, of the body outside a
  // paragraph).
  std::string* current_paragraph() {
    if (tables_.empty()) return body_paragraph_depth_ > 0 ? &body_paragraph_ : nullptr;
    TableInProgress& table = tables_.back();
    if (!table.in_cell || table.cells.empty() || table.cells.back().paragraph_depth == 0) return nullptr;
    return &table.cells.back().paragraph;
  }

  void open_paragraph(std::string& paragraph, int& depth) {
    if (depth++ == 0) paragraph.clear();
    else if (!paragraph.empty() && paragraph.back() != '\n') paragraph += '\n';  // a text box's paragraph
  }

  // True when the outermost paragraph closed.
  static bool close_paragraph(std::string&, int& depth) {
    if (depth == 0) return false;
    return --depth == 0;
  }

  void open_run_content(std::string_view name) {
    if (name == "r") ++run_depth_;
    else if (name == "t") in_text_ = true;
    else if (run_depth_ > 0) {  // w:tab also names a tab stop in a paragraph's properties: only a run's is a TAB
      std::string* paragraph = current_paragraph();
      if (!paragraph) return;
      if (name == "tab") *paragraph += '\t';
      else if (name == "br" || name == "cr") *paragraph += '\n';
      else if (name == "noBreakHyphen") *paragraph += '-';
    }
  }

  void count_row(std::string_view where_id, std::string_view where_en) {
    if (++rows_ > limits_.max_rows)
      refuse_beyond_limit(XlsxLimit::Rows, limits_.max_rows, std::string(where_id), std::string(where_en), kWordFile);
  }

  void add_body_paragraph() {
    if (blank(body_paragraph_)) return;
    count_row("", "");
    WordBlock block;
    block.paragraph = trimmed(body_paragraph_);
    document.blocks.push_back(std::move(block));
  }

  void open_table() {
    if (static_cast<int>(tables_.size()) >= kMaxWordTableNesting)
      throw UserError("Dokumen Word ditolak: tabel bersarang lebih dari " + std::to_string(kMaxWordTableNesting) +
                          " tingkat (tabel di dalam sel tabel); Word sendiri tidak pernah menulis begitu (berkas buatan?).",
                      "The Word document is refused: tables are nested more than " + std::to_string(kMaxWordTableNesting) +
                          " deep (a table in a table's cell); Word itself never writes that (a crafted file?).");
    tables_.emplace_back();
  }

  std::string table_place_id() const { return "tabel ke-" + std::to_string(document.tables + 1); }
  std::string table_place_en() const { return "table " + std::to_string(document.tables + 1); }

  // Places the cells of the row just read on the table's grid, merged cells repeating the text they continue.
  void finish_row(TableInProgress& table) {
    std::vector<std::string> grid(static_cast<std::size_t>(std::min(table.grid_before, limits_.max_columns)));
    for (CellInProgress& cell : table.cells) {
      auto column = grid.size();
      if (static_cast<std::size_t>(cell.span) > static_cast<std::size_t>(limits_.max_columns) - column)
        refuse_beyond_limit(XlsxLimit::Columns, static_cast<std::size_t>(limits_.max_columns), table_place_id(),
                            table_place_en(), kWordFile);
      cells_ += static_cast<std::size_t>(cell.span);
      if (cells_ > limits_.max_cells)
        refuse_beyond_limit(XlsxLimit::Cells, limits_.max_cells, table_place_id(), table_place_en(), kWordFile);
      bool continues_above = cell.vertical == VerticalMerge::Continue && cell.text.empty();
      bool continues_left = cell.continues_left && cell.text.empty() && !grid.empty();
      std::size_t repeated = static_cast<std::size_t>(cell.span - 1) + (continues_above || continues_left ? 1 : 0);
      merged_cells_ += repeated;
      if (merged_cells_ > limits_.max_merged_cells)
        refuse_beyond_limit(XlsxLimit::MergedCells, limits_.max_merged_cells, table_place_id(), table_place_en(),
                            kWordFile);
      for (int k = 0; k < cell.span; ++k) {
        std::size_t at = column + static_cast<std::size_t>(k);
        std::string text = continues_above ? (at < table.above.size() ? table.above[at] : std::string())
                           : continues_left ? grid[column - 1]
                                            : cell.text;
        text_bytes_ += text.size();
        // Merges repeat text: only they can make the grid's text outgrow the document part it came from.
        if (text_bytes_ > limits_.max_total_bytes)
          refuse_beyond_limit(XlsxLimit::MergedCells, limits_.max_merged_cells, table_place_id(), table_place_en(),
                              kWordFile);
        grid.push_back(std::move(text));
      }
    }
    table.cells.clear();
    table.above = grid;
    while (!grid.empty() && blank(grid.back())) grid.pop_back();
    if (grid.empty()) return;
    count_row(table_place_id(), table_place_en());
    table.rows.push_back(std::move(grid));
  }

  void close_table() {
    if (tables_.empty()) return;
    TableInProgress table = std::move(tables_.back());
    tables_.pop_back();
    if (table.rows.empty()) return;
    if (!tables_.empty()) {
      // A table in a cell: its text joins the cell's, one line per row.
      TableInProgress& outer = tables_.back();
      if (!outer.in_cell || outer.cells.empty()) return;
      std::string& text = outer.cells.back().text;
      for (const std::vector<std::string>& row : table.rows) {
        std::string line;
        for (const std::string& cell : row) line += (line.empty() ? "" : "\t") + cell;
        text += (text.empty() ? "" : "\n") + line;
      }
      return;
    }
    WordBlock block;
    block.table = true;
    block.rows = std::move(table.rows);
    document.blocks.push_back(std::move(block));
    ++document.tables;
  }

  const XlsxLimits& limits_;
  std::vector<TableInProgress> tables_;  // the tables open now, innermost last
  std::string body_paragraph_;
  int body_paragraph_depth_ = 0;
  int run_depth_ = 0;
  bool in_text_ = false;
  int skip_depth_ = 0;
  std::size_t rows_ = 0, cells_ = 0, merged_cells_ = 0, text_bytes_ = 0;
};

}  // namespace

bool looks_like_docx(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
  try {
    return ZipReader(bytes, 0, 0, kWordFile).contains(kDocumentPart);
  } catch (const UserError&) {
    return false;
  }
}

WordDocument read_docx(std::string_view bytes, const XlsxLimits& limits) {
  if (bytes.substr(0, 8) == kOleMagic)
    throw UserError("Berkas ini dokumen Word lama (.doc) atau dokumen Word yang dilindungi kata sandi; buka di Word, "
                    "hapus kata sandinya bila ada, dan simpan sebagai .docx (Dokumen Word).",
                    "This file is an old Word document (.doc) or a password-protected Word document; open it in Word, "
                    "remove the password if there is one, and save it as .docx (Word Document).");
  ZipReader archive(bytes, limits.max_member_bytes, limits.max_total_bytes, kWordFile);
  auto xml = archive.read(kDocumentPart);
  if (!xml) not_a_word_document(archive);
  DocumentHandler handler(limits);
  parse_xml(kDocumentPart, *xml, handler, kWordFile);
  return std::move(handler.document);
}

}  // namespace pokin::spreadsheet
