#pragma once
// An official form as plain data: what a planner hands in and signs. Built from a Document by the form builders
// (build_forms.h: matrix, IKU, Perjanjian Kinerja, Renstra T-C.27, LKjIP pengukuran kinerja) and written by the
// writers in core/export (form_xlsx.h, form_docx.h, form_pdf.h, form_csv.h), so every format carries the same
// columns, merged cells, title lines and signatures.
//
// A form is a sequence of blocks on one paper: title lines, paragraphs (the PK's statement), tables and signature
// blocks, with page breaks between the parts that start a new page (the PK's agreement page and its lampiran).
// All text is UTF-8 as the planner typed it; writers escape it for their format.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/capaian/capaian_band.h"
#include "core/view/paper.h"

namespace pokin {

enum class FormKind {
  Matrix,   // the cascading matrix: one row per indikator, every field, every year
  Iku,      // lampiran of the IKU decree
  Pk,       // Perjanjian Kinerja (PermenPAN-RB 53/2014), one per unit and year
  Renstra,  // Renstra Perangkat Daerah T-C.27 (Permendagri 86/2017)
  Lkjip,    // LKjIP pengukuran kinerja for one year
  Penjenjangan,  // TABEL PENJENJANGAN KINERJA: per OPD and level, how much is cascaded (penjenjangan_form.h)
};

enum class FormAlign { Left, Centre, Right };

// What a cell holds. Writers that keep types (XLSX) store Number and Percent as numbers with a display format
// (thousands separators, `decimals` decimals, percent); those that print (DOCX, PDF) print `text`; CSV writes
// numbers without thousands separators in the decimal mark asked for.
enum class FormCellType {
  Text,
  Number,   // `number` as is: 1000 printed "1.000", 11566246594 printed "11.566.246.594"
  Percent,  // `number` is the percent: 97.5 printed "97,50%"
};

struct FormCell {
  std::string text;  // as printed in Indonesian: "1.000", "97,50%", "≥ 80%", "WTP"
  FormCellType type = FormCellType::Text;
  double number = 0;
  int decimals = 0;
  // A merged cell: this cell covers `column_span` columns and `row_span` rows from its place. The cells it
  // covers are still in their rows (every row has one cell per column) with `covered` set; writers skip them
  // (CSV repeats the covering cell's text there, so a filtered sheet keeps its sasaran).
  int column_span = 1;
  int row_span = 1;
  bool covered = false;
  bool bold = false;
  FormAlign align = FormAlign::Left;
  std::optional<CapaianBand> band;  // filled with the band's colour (capaian cells)
};

using FormRow = std::vector<FormCell>;

struct FormTable {
  std::vector<double> widths;    // millimetres per column as printed on the form's paper (writers scale to fit)
  std::vector<FormRow> header;   // header rows (spans allowed), repeated at the top of every printed page
  bool numbered_columns = false; // under the header, a row numbering the columns 1, 2, 3 ... (Permendagri 86)
  std::vector<FormRow> rows;
};

// Centred bold lines above a table: "PERJANJIAN KINERJA TAHUN 2024", the instansi, the period.
struct FormTitle {
  std::vector<std::string> lines;
};

// A paragraph of running text (justified). "\t" separates a label from its value in an aligned list
// ("Nama\t: Ir. Budi"), "\n" breaks a line.
struct FormParagraph {
  std::string text;
};

// One party's signature: place and date, the role line, room to sign, the name (bold, underlined), rank, NIP.
struct FormSignature {
  std::string place_date;  // "Paringin, 2 Januari 2024"; empty: no line
  std::string role;        // "PIHAK KEDUA," or "Kepala Dinas Penanaman Modal dan PTSP,"
  std::string name;
  std::string rank;        // pangkat / golongan; empty: no line
  std::string nip;         // the bare number; printed "NIP. " + nip when not empty
};

// Signature blocks side by side, left to right; a single one stands at the right.
struct FormSignatures {
  std::vector<FormSignature> parties;
};

struct FormPageBreak {};

using FormBlock = std::variant<FormTitle, FormParagraph, FormTable, FormSignatures, FormPageBreak>;

struct Form {
  FormKind kind = FormKind::Matrix;
  std::string name;  // sheet or section name: "IKU", "PK Bidang Perizinan 2024" (writers cut it to their limits)
  Paper paper = Paper::A4;
  Orientation orientation = Orientation::Landscape;
  std::vector<FormBlock> blocks;
};

}  // namespace pokin
