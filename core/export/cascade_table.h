#pragma once
// The tables planners keep in Excel, built once and written as CSV or XLSX:
// - the cascading matrix: one row per indikator (or per sasaran without one), in tree order;
// - the IKU table of the head of agency in the column order of the SK lampiran.
// A sasaran's columns span its indikator rows (`merges`), which XLSX shows as merged cells and CSV repeats.
// The matrix's columns (core/forms/matrix_columns.h, shared with the matrix form): a "Capaian YYYY" column for every
// year of the period in which some indikator has a realisasi (a capaian that cannot be computed although a
// realisasi is there says why, "Realisasi tidak memuat angka"), and the planning-table columns (program / kegiatan,
// lokasi, pagu and realisasi pagu per year, pagu akhir, kondisi akhir) only when the document holds one.
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/view/layout_view.h"

namespace pokin {

struct Table {
  std::string name;  // sheet name
  std::vector<std::string> headers;
  std::vector<double> widths;  // column widths in characters
  std::vector<std::vector<std::string>> rows;
  struct Merge {
    int first_row;  // row index into `rows`
    int last_row;
    std::vector<int> columns;
  };
  std::vector<Merge> merges;
  // Cells holding a capaian: CSV writes the cell's text ("97,5%", Indonesian format), XLSX this figure as a
  // number with a percent format, so Excel can sort, filter and average it.
  struct Percent {
    int row;     // index into `rows`
    int column;
    double percent;  // 97.5 for 97,5%
  };
  std::vector<Percent> percents;
};

// Both honour view.branch (one sasaran or unit and everything below it); other view settings are ignored.
Table cascade_matrix(const Document& document, const LayoutView& view);

}  // namespace pokin
