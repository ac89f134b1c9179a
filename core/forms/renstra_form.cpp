#include "core/forms/renstra_form.h"

#include <cmath>
#include <set>

#include "core/forms/form_cells.h"
#include "core/forms/renstra_statements.h"
#include "core/forms/unit_selection.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

// Where each field stands in the form, for `years` Target and Rp pairs (Permendagri 86/2017, T-C.27: columns
// (1) Tujuan ... (6) data capaian awal, then the pairs, kondisi akhir, unit and lokasi).
struct RenstraColumns {
  explicit RenstraColumns(int years) : years(years) {}
  int years;
  static constexpr int tujuan = 0, sasaran = 1, kode = 2, program = 3, indikator = 4, baseline = 5;
  int target(int n) const { return 6 + 2 * n; }
  int rp(int n) const { return 7 + 2 * n; }
  int kondisi_target() const { return 6 + 2 * years; }
  int kondisi_rp() const { return 7 + 2 * years; }
  int unit() const { return 8 + 2 * years; }
  int lokasi() const { return 9 + 2 * years; }
  int count() const { return 10 + 2 * years; }
};

// The years whose pair of columns the form shows: the one asked for, else the period, else (a document without a
// period) every year some shown indicator or statement has a target or pagu for.
std::vector<int> form_years(const Document& document, const FormRequest& request,
                            const std::vector<RenstraStatement>& statements, const TreeIndex& index) {
  if (request.year != 0) return {request.year};
  std::vector<int> years;
  if (document.info.period_years() > 0) {
    for (int year = document.info.period_start; year <= document.info.period_end; ++year) years.push_back(year);
    return years;
  }
  std::set<int> found;
  for (const RenstraStatement& shown : statements) {
    const Sasaran& sasaran = document.sasaran.at(shown.sasaran);
    for (const auto& [year, value] : sasaran.pagu) found.insert(year);
    for (Id id : index.sasaran_indikator(shown.sasaran))
      for (const auto& [year, value] : document.indikator.at(id).target) found.insert(year);
  }
  return {found.begin(), found.end()};
}

FormCell header_cell(std::string text) { return bold_cell(std::move(text)); }

// The form's three header rows: the columns' names (most spanning all three), the years over their pairs, and
// "Target" / "Rp" under each pair and under the kondisi akhir.
std::vector<FormRow> header_rows(const RenstraColumns& at, const std::vector<int>& years) {
  std::vector<FormRow> header(3, FormRow(static_cast<std::size_t>(at.count())));
  auto whole_height = [&](int column, const char* text) {
    header[0][column] = header_cell(text);
    merge_cells(header, 0, column, 3, 1);
  };
  whole_height(at.tujuan, "Tujuan");
  whole_height(at.sasaran, "Sasaran");
  whole_height(at.kode, "Kode");
  whole_height(at.program, "Program dan Kegiatan");
  whole_height(at.indikator, "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)");
  whole_height(at.baseline, "Data Capaian pada Tahun Awal Perencanaan");
  if (!years.empty()) {
    header[0][at.target(0)] = header_cell("Target Kinerja Program dan Kerangka Pendanaan");
    merge_cells(header, 0, at.target(0), 1, 2 * at.years);
  }
  for (int n = 0; n < at.years; ++n) {
    header[1][at.target(n)] = header_cell("Tahun " + std::to_string(years[n]));
    merge_cells(header, 1, at.target(n), 1, 2);
    header[2][at.target(n)] = header_cell("Target");
    header[2][at.rp(n)] = header_cell("Rp");
  }
  header[0][at.kondisi_target()] = header_cell("Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah");
  merge_cells(header, 0, at.kondisi_target(), 2, 2);
  header[2][at.kondisi_target()] = header_cell("Target");
  header[2][at.kondisi_rp()] = header_cell("Rp");
  whole_height(at.unit(), "Unit Kerja Perangkat Daerah Penanggung Jawab");
  whole_height(at.lokasi(), "Lokasi");
  return header;
}

std::vector<double> column_widths(const RenstraColumns& at) {
  std::vector<double> widths(static_cast<std::size_t>(at.count()), 13);
  widths[at.tujuan] = 24;
  widths[at.sasaran] = 24;
  widths[at.kode] = 18;
  widths[at.program] = 34;
  widths[at.indikator] = 34;
  widths[at.baseline] = 14;
  for (int n = 0; n < at.years; ++n) widths[at.rp(n)] = 21;  // "11.566.246.594"
  widths[at.kondisi_rp()] = 22;
  widths[at.unit()] = 24;
  widths[at.lokasi()] = 18;
  return widths;
}

// An amount in rupiah: a number with thousands separators when the planner's text holds one, else as written.
FormCell rupiah_cell(const Value& value) {
  if (value.number && std::isfinite(*value.number))
    return number_cell(*value.number, *value.number == std::floor(*value.number) ? 0 : 2);
  return text_cell(value.text, FormAlign::Right);
}

// The Unit Kerja Penanggung Jawab: the owner's name, blank for the head of agency (the Perangkat Daerah itself
// answers for the row, as the form is filled in; an importer reads a blank as the agency, and a program it could not
// place under a unit is held by the head until the planner assigns it).
std::string unit_text(const Document& document, const Sasaran& sasaran) {
  const Unit* unit = document.find_unit(sasaran.unit);
  if (!unit || unit->parent == kNoId || !document.find_unit(unit->parent)) return {};
  return unit->name.empty() ? unit->jabatan : unit->name;
}

// What the "Program dan Kegiatan" column says of a statement. The kode tells a program from a kegiatan or a sub
// kegiatan; without one, a label does ("Kegiatan: ..."), as planners write it. A lower sasaran with no program or
// kegiatan named yet is written as what it is ("Sasaran Program: Meningkatnya ..."), never passed off as a
// program's name.
std::string program_column_text(const Sasaran& sasaran) {
  const Nomenclature& nomenclature = sasaran.nomenclature;
  if (!nomenclature.name.empty()) {
    if (!nomenclature.kode.empty()) return nomenclature.name;
    switch (nomenclature.kind) {
      case NomenclatureKind::Kegiatan: return "Kegiatan: " + nomenclature.name;
      case NomenclatureKind::SubKegiatan: return "Sub Kegiatan: " + nomenclature.name;
      case NomenclatureKind::Program:
      case NomenclatureKind::None: return nomenclature.name;
    }
  }
  if (!nomenclature.kode.empty()) return sasaran.statement;
  NomenclatureKind kind = nomenclature.kind;
  if (kind == NomenclatureKind::None)
    kind = sasaran.level <= 1 ? NomenclatureKind::Program
                              : sasaran.level == 2 ? NomenclatureKind::Kegiatan : NomenclatureKind::SubKegiatan;
  switch (kind) {
    case NomenclatureKind::Kegiatan: return "Sasaran Kegiatan: " + sasaran.statement;
    case NomenclatureKind::SubKegiatan: return "Sasaran Sub Kegiatan: " + sasaran.statement;
    case NomenclatureKind::Program:
    case NomenclatureKind::None: break;
  }
  return "Sasaran Program: " + sasaran.statement;
}

class RenstraTable {
 public:
  RenstraTable(const Document& document, const TreeIndex& index, const std::vector<int>& years)
      : document_(document), index_(index), years_(years), at_(static_cast<int>(years.size())) {}

  FormTable build(const std::vector<RenstraStatement>& statements) {
    std::vector<int> first_rows;
    for (const RenstraStatement& shown : statements) {
      first_rows.push_back(static_cast<int>(rows_.size()));
      add_statement(shown);
    }
    merge_groups(statements, first_rows);
    FormTable table;
    table.widths = column_widths(at_);
    table.header = header_rows(at_, years_);
    table.numbered_columns = true;
    table.rows = std::move(rows_);
    return table;
  }

 private:
  // One row per indicator of the statement (one row when it has none, or when it is context only); the cells that
  // belong to the statement itself (kode, name, Rp, unit, lokasi) stand on its first row, merged over the others.
  void add_statement(const RenstraStatement& shown) {
    const Sasaran& sasaran = document_.sasaran.at(shown.sasaran);
    std::vector<Id> indicators = shown.context ? std::vector<Id>{} : index_.sasaran_indikator(shown.sasaran);
    int first = static_cast<int>(rows_.size());
    int count = std::max<int>(1, static_cast<int>(indicators.size()));
    for (int r = 0; r < count; ++r) rows_.emplace_back(static_cast<std::size_t>(at_.count()));
    for (int r = 0; r < static_cast<int>(indicators.size()); ++r)
      put_indicator(rows_[first + r], document_.indikator.at(indicators[r]));

    FormRow& row = rows_[first];
    std::vector<int> own_columns{at_.unit(), at_.lokasi()};
    switch (renstra_column(sasaran)) {
      case RenstraColumn::Tujuan: row[at_.tujuan] = text_cell(sasaran.statement); break;
      case RenstraColumn::Sasaran: row[at_.sasaran] = text_cell(sasaran.statement); break;
      case RenstraColumn::Program: {
        bool program = sasaran.nomenclature.kind == NomenclatureKind::Program;
        row[at_.kode] = text_cell(sasaran.nomenclature.kode);
        row[at_.program] = text_cell(program_column_text(sasaran));
        row[at_.kode].bold = row[at_.program].bold = program;
        own_columns.push_back(at_.kode);
        own_columns.push_back(at_.program);
        break;
      }
    }
    row[at_.unit()] = text_cell(unit_text(document_, sasaran));
    row[at_.lokasi()] = text_cell(sasaran.lokasi);
    if (!shown.context) {
      for (int n = 0; n < at_.years; ++n) {
        auto pagu = sasaran.pagu.find(years_[n]);
        if (pagu != sasaran.pagu.end()) row[at_.rp(n)] = rupiah_cell(pagu->second);
        own_columns.push_back(at_.rp(n));
      }
      row[at_.kondisi_rp()] = rupiah_cell(sasaran.pagu_akhir);
      own_columns.push_back(at_.kondisi_rp());
    }
    if (count > 1)
      for (int column : own_columns) merge_cells(rows_, first, column, count, 1);
  }

  void put_indicator(FormRow& row, const Indikator& indikator) {
    row[at_.indikator] = text_cell(indikator.name);
    row[at_.baseline] = value_cell(indikator.baseline);
    for (int n = 0; n < at_.years; ++n) {
      auto target = indikator.target.find(years_[n]);
      if (target != indikator.target.end()) row[at_.target(n)] = value_cell(target->second);
    }
    row[at_.kondisi_target()] = value_cell(indikator.kondisi_akhir);
  }

  // A Tujuan's (a Sasaran's) cell spans the rows of everything below it, up to the next statement written in the
  // same column, so merged cells never overlap even where a damaged tree nests a Tujuan under a Tujuan.
  void merge_groups(const std::vector<RenstraStatement>& statements, const std::vector<int>& first_rows) {
    int total = static_cast<int>(rows_.size());
    for (std::size_t i = 0; i < statements.size(); ++i) {
      RenstraColumn kind = renstra_column(document_.sasaran.at(statements[i].sasaran));
      if (kind == RenstraColumn::Program) continue;
      int end = total;
      for (std::size_t k = i + 1; k < statements.size(); ++k) {
        if (statements[k].depth <= statements[i].depth ||
            renstra_column(document_.sasaran.at(statements[k].sasaran)) == kind) {
          end = first_rows[k];
          break;
        }
      }
      int column = kind == RenstraColumn::Tujuan ? at_.tujuan : at_.sasaran;
      if (end - first_rows[i] > 1) merge_cells(rows_, first_rows[i], column, end - first_rows[i], 1);
    }
  }

  const Document& document_;
  const TreeIndex& index_;
  const std::vector<int>& years_;
  RenstraColumns at_;
  std::vector<FormRow> rows_;
};

FormTitle title(const Document& document, const FormRequest& request) {
  const DocumentInfo& info = document.info;
  std::string instansi = info.instansi;
  if (pemda_adds_to_instansi(info)) instansi += (instansi.empty() ? "" : " ") + info.pemda;
  FormTitle title;
  title.lines.push_back("Tabel T-C.27");
  title.lines.push_back("Rencana Program, Kegiatan, dan Pendanaan" + (instansi.empty() ? "" : " " + instansi));
  if (!request.unit.empty()) {
    const Unit& unit = document.units.at(resolve_unit(document, request.unit));
    title.lines.push_back("Unit Kerja: " + (unit.name.empty() ? unit.jabatan : unit.name));
  }
  if (info.period_years() > 0)
    title.lines.push_back("Tahun " + std::to_string(info.period_start) + "-" + std::to_string(info.period_end));
  return title;
}

}  // namespace

Form renstra_form(const Document& document, const FormRequest& request) {
  TreeIndex index(document);
  std::vector<RenstraStatement> statements = renstra_statements(document, index, request);
  if (statements.empty())
    throw UserError("Tidak ada tujuan, sasaran, atau program yang dapat dimuat dalam Tabel T-C.27" +
                        std::string(request.unit.empty() && request.branch == kNoId ? "" : " untuk pilihan ini") +
                        ". Tambahkan tujuan dan sasaran Renstra lebih dahulu.",
                    "There is no tujuan, sasaran or program to put in Table T-C.27" +
                        std::string(request.unit.empty() && request.branch == kNoId ? "" : " for this choice") +
                        ". Add the Renstra's tujuan and sasaran first.");
  std::vector<int> years = form_years(document, request, statements, index);
  Form form;
  form.kind = FormKind::Renstra;
  form.name = "Renstra T-C.27";
  form.paper = request.paper;
  form.orientation = request.orientation;
  form.blocks.emplace_back(title(document, request));
  form.blocks.emplace_back(RenstraTable(document, index, years).build(statements));
  return form;
}

}  // namespace pokin
