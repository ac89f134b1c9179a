#include "core/forms/pk_lampiran.h"

#include <cmath>

#include "core/forms/form_cells.h"
#include "core/text/ascii_text.h"
#include "core/model/indonesian_number.h"

namespace pokin {

namespace {

bool within_request(const Document& document, const TreeIndex& index, const Sasaran& sasaran,
                    const FormRequest& request) {
  if (request.levels > 0 && sasaran.level >= request.levels) return false;
  if (request.branch != kNoId && document.find_sasaran(request.branch) && !index.sasaran_is_ancestor(request.branch, sasaran.id))
    return false;
  return true;
}

std::string sasaran_text(const Sasaran& sasaran) {
  std::string statement = trimmed(sasaran.statement);
  return statement.empty() ? trimmed(sasaran.nomenclature.name) : statement;
}

// "Sasaran Program" when every listed sasaran is of one level, plain "Sasaran" when they mix.
std::string sasaran_header(const Document& document, const std::vector<Id>& sasaran) {
  if (sasaran.empty()) return "Sasaran";
  int level = document.sasaran.at(sasaran.front()).level;
  for (Id id : sasaran)
    if (document.sasaran.at(id).level != level) return "Sasaran";
  return level_sasaran_label(document.info, level);
}

std::string anggaran_header(const Document& document, const std::vector<Id>& anggaran) {
  NomenclatureKind kind = document.sasaran.at(anggaran.front()).nomenclature.kind;
  for (Id id : anggaran)
    if (document.sasaran.at(id).nomenclature.kind != kind) kind = NomenclatureKind::None;
  switch (kind) {
    case NomenclatureKind::Program: return "Program";
    case NomenclatureKind::Kegiatan: return "Kegiatan";
    case NomenclatureKind::SubKegiatan: return "Sub Kegiatan";
    case NomenclatureKind::None: break;
  }
  return "Program / Kegiatan / Sub Kegiatan";
}

std::optional<double> number_of(const Value& value) {
  std::optional<double> number = value.number ? value.number : parse_indonesian_number(value.text);
  if (number && !std::isfinite(*number)) return std::nullopt;
  return number;
}

FormCell money_cell(double rupiah) { return number_cell(rupiah, rupiah == std::floor(rupiah) ? 0 : 2); }

FormCell centred(std::string text) { return text_cell(std::move(text), FormAlign::Centre); }

}  // namespace

PkContent pk_content(const Document& document, const TreeIndex& index, Id unit, int year, const FormRequest& request) {
  PkContent content;
  for (Id id : index.unit_sasaran(unit)) {
    const Sasaran& sasaran = document.sasaran.at(id);
    if (sasaran.kind == StatementKind::Tujuan || !within_request(document, index, sasaran, request)) continue;
    if (!trimmed(sasaran.statement).empty() || !index.sasaran_indikator(id).empty()) content.sasaran.push_back(id);
    if (!sasaran.nomenclature.empty() || sasaran.pagu.count(year)) content.anggaran.push_back(id);
  }
  return content;
}

FormCell pk_target_cell(const Indikator& indikator, int year) {
  auto found = indikator.target.find(year);
  if (found == indikator.target.end() || trimmed(found->second.text).empty()) return centred("");
  FormCell cell = value_cell(found->second);
  if (cell.type == FormCellType::Text) {
    cell.align = FormAlign::Centre;
    return cell;
  }
  if (cell.type == FormCellType::Percent) return cell;
  std::string satuan = trimmed(indikator.satuan);
  std::string lower = lower_ascii(satuan);
  if (satuan.empty()) return cell;
  if (lower == "%" || lower == "persen") return percent_cell(cell.number, cell.decimals);
  if (lower == "rp" || lower == "rp." || starts_with_word(lower, "rp") || starts_with_word(lower, "rp.")) {
    std::size_t space = satuan.find(' ');
    std::string rest = space == std::string::npos ? std::string() : trimmed(satuan.substr(space));
    cell.text = "Rp " + cell.text + (rest.empty() ? "" : " " + rest);
    return cell;
  }
  cell.text += " " + satuan;
  return cell;
}

FormTable pk_sasaran_table(const Document& document, const TreeIndex& index, const std::vector<Id>& sasaran, int year) {
  bool numbered = false;
  for (Id id : sasaran) numbered = numbered || index.sasaran_indikator(id).size() > 1;
  // Columns: No, Sasaran, [number of the indicator,] Indikator, Target.
  const int indikator_column = numbered ? 3 : 2, target_column = indikator_column + 1;
  FormTable table;
  FormRow names{bold_cell("No"), bold_cell(sasaran_header(document, sasaran)), bold_cell("Indikator Kinerja")};
  FormRow numbers{centred("(1)"), centred("(2)"), centred("(3)")};
  FormRow empty_row{centred(""), text_cell(""), text_cell("")};
  if (numbered) {
    table.widths = {10, 62, 12, 62, 28};
    names.push_back(bold_cell(""));
    numbers.push_back(centred(""));
    empty_row.push_back(text_cell(""));
  } else {
    table.widths = {10, 68, 68, 28};
  }
  names.push_back(bold_cell("Target " + std::to_string(year)));
  numbers.push_back(centred("(4)"));
  empty_row.push_back(centred(""));
  table.header = {names, numbers};
  if (numbered) {
    merge_cells(table.header, 0, 2, 1, 2);
    merge_cells(table.header, 1, 2, 1, 2);
  }
  int number = 0;
  for (Id id : sasaran) {
    ++number;
    const std::vector<Id>& indicators = index.sasaran_indikator(id);
    int first = static_cast<int>(table.rows.size());
    FormRow row = empty_row;
    row[0] = centred(std::to_string(number));
    row[1] = text_cell(sasaran_text(document.sasaran.at(id)));
    if (indicators.empty()) table.rows.push_back(row);
    int within = 0;
    for (Id indicator_id : indicators) {
      const Indikator& indikator = document.indikator.at(indicator_id);
      if (numbered) row[2] = centred(std::to_string(number) + "." + std::to_string(++within));
      row[indikator_column] = text_cell(trimmed(indikator.name));
      row[target_column] = pk_target_cell(indikator, year);
      table.rows.push_back(row);
    }
    int rows = static_cast<int>(table.rows.size()) - first;
    if (rows > 1) {
      merge_cells(table.rows, first, 0, rows, 1);
      merge_cells(table.rows, first, 1, rows, 1);
    }
  }
  return table;
}

FormTable pk_anggaran_table(const Document& document, const std::vector<Id>& anggaran, int year) {
  FormTable table;
  table.widths = {10, 104, 38, 22};
  table.header = {{bold_cell("No"), bold_cell(anggaran_header(document, anggaran)), bold_cell("Anggaran (Rp)"),
                   bold_cell("Keterangan")}};
  double total = 0;
  int number = 0;
  for (Id id : anggaran) {
    const Sasaran& sasaran = document.sasaran.at(id);
    std::string name = trimmed(sasaran.nomenclature.name);
    if (name.empty()) name = trimmed(sasaran.statement);
    if (name.empty()) name = trimmed(sasaran.nomenclature.kode);
    FormCell amount = text_cell("", FormAlign::Right);
    if (auto pagu = sasaran.pagu.find(year); pagu != sasaran.pagu.end()) {
      if (std::optional<double> rupiah = number_of(pagu->second)) {
        amount = money_cell(*rupiah);
        total += *rupiah;
      } else {
        amount = text_cell(trimmed(pagu->second.text), FormAlign::Right);
      }
    }
    table.rows.push_back({centred(std::to_string(++number)), text_cell(name), amount,
                          centred(trimmed(sasaran.nomenclature.kode))});
  }
  FormCell sum = money_cell(total);
  sum.bold = true;
  table.rows.push_back({bold_cell("Jumlah"), bold_cell(""), sum, text_cell("")});
  merge_cells(table.rows, static_cast<int>(table.rows.size()) - 1, 0, 1, 2);
  return table;
}

}  // namespace pokin
