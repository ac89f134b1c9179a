#include "core/forms/iku_form.h"

#include <algorithm>

#include "core/forms/form_cells.h"
#include "core/forms/form_scope.h"
#include "core/forms/form_signature.h"
#include "core/forms/official_text.h"
#include "core/model/tree_index.h"
#include "core/text/bilingual.h"

namespace pokin {
namespace {

// Column widths in millimetres on F4 landscape (330 x 215 mm, about 300 mm inside the margins); writers scale
// them to the paper.
constexpr double kNoWidth = 10, kSasaranWidth = 55, kIndikatorWidth = 55, kFormulaWidth = 65, kSatuanWidth = 18,
                 kTargetWidth = 17, kSumberWidth = 35, kPenanggungJawabWidth = 35;

// The sasaran the lampiran lists: with a unit, those it owns; without, the Sasaran Strategis of the head of
// agency (level 0). A Tujuan has no IKU of its own in the decree.
std::vector<Id> iku_sasaran(const Document& document, const FormScope& scope) {
  std::vector<Id> ids;
  for (Id id : scope.sasaran) {
    const Sasaran& sasaran = document.sasaran.at(id);
    if (sasaran.kind == StatementKind::Tujuan) continue;
    if (scope.unit == kNoId && sasaran.level != 0) continue;
    ids.push_back(id);
  }
  return ids;
}

[[noreturn]] void throw_nothing_to_list(const Document& document, const FormScope& scope) {
  if (scope.unit != kNoId) {
    const Unit& unit = document.units.at(scope.unit);
    throw UserError("Unit kerja " + unit.name + " (" + std::to_string(unit.id) +
                        ") hanya memiliki Tujuan, belum memiliki sasaran untuk IKU. Tambahkan sasarannya dulu.",
                    unit.name + " (" + std::to_string(unit.id) +
                        ") holds only Tujuan, no sasaran for an IKU. Add its sasaran first.");
  }
  throw UserError("Dokumen belum memiliki " + level_sasaran_label(document.info, 0) +
                      " (sasaran level 1) yang dipilih, jadi tidak ada IKU untuk dicetak. Tambahkan sasaran, "
                      "atau periksa pilihan cabang.",
                  "The document has no " + level_sasaran_label(document.info, 0) +
                      " (level 1 sasaran) in the selection, so there is no IKU to print. Add sasaran, or check "
                      "the branch chosen.");
}

FormTitle decree_heading(const DocumentInfo& info) {
  FormTitle heading;
  heading.lines.push_back("LAMPIRAN KEPUTUSAN " + agency_head_title(info));
  heading.lines.push_back("NOMOR : " + (info.nomor_sk.empty() ? std::string(kDottedGap) : info.nomor_sk));
  heading.lines.push_back("TANGGAL : " + (info.tanggal.empty() ? std::string(kDottedGap) : info.tanggal));
  return heading;
}

FormTitle iku_title(const Document& document, const FormScope& scope) {
  const DocumentInfo& info = document.info;
  FormTitle title;
  title.lines.push_back("INDIKATOR KINERJA UTAMA");
  if (scope.unit != kNoId && scope.unit != head_unit(document))
    title.lines.push_back(upper_ascii(document.units.at(scope.unit).name));
  std::string instansi = instansi_line(info);
  if (!instansi.empty()) title.lines.push_back(instansi);
  if (info.period_years() > 0)
    title.lines.push_back("TAHUN " + std::to_string(info.period_start) + "-" + std::to_string(info.period_end));
  return title;
}

// The header, one row (or two, with the target years under "Target"): No | <level's name> | Indikator Kinerja |
// Penjelasan / Formulasi | Satuan | [Target years] | Sumber Data | Penanggung Jawab.
std::vector<FormRow> header_rows(const std::string& sasaran_title, const std::vector<int>& target_years) {
  FormRow titles{bold_cell("No"), bold_cell(sasaran_title), bold_cell("Indikator Kinerja"),
                 bold_cell("Penjelasan / Formulasi"), bold_cell("Satuan")};
  FormRow years(titles.size(), bold_cell(""));
  for (int year : target_years) {
    titles.push_back(bold_cell("Target"));
    years.push_back(bold_cell(std::to_string(year)));
  }
  titles.insert(titles.end(), {bold_cell("Sumber Data"), bold_cell("Penanggung Jawab")});
  years.insert(years.end(), 2, bold_cell(""));
  if (target_years.empty()) return {titles};
  std::vector<FormRow> rows{titles, years};
  int first_target = 5, columns = static_cast<int>(titles.size());
  for (int c = 0; c < columns; ++c)
    if (c < first_target || c >= first_target + static_cast<int>(target_years.size())) merge_cells(rows, 0, c, 2, 1);
  merge_cells(rows, 0, first_target, 1, static_cast<int>(target_years.size()));
  return rows;
}

const Value* target_of(const Indikator& indikator, int year) {
  auto found = indikator.target.find(year);
  return found == indikator.target.end() ? nullptr : &found->second;
}

}  // namespace

Form iku_form(const Document& document, const FormRequest& request) {
  const FormScope scope = form_scope(document, request, UnitReach::Own);
  const std::vector<Id> listed = iku_sasaran(document, scope);
  if (listed.empty()) throw_nothing_to_list(document, scope);
  TreeIndex index(document);

  // The sasaran column is named after the level listed: "Sasaran Strategis" for the head of agency, "Sasaran
  // Program" for a Bidang's IKU (the highest level, should a unit own sasaran of several).
  int level = document.sasaran.at(listed.front()).level;
  for (Id id : listed) level = std::min(level, document.sasaran.at(id).level);
  const std::vector<int> target_years = request.targets ? scope.years : std::vector<int>{};

  FormTable table;
  table.widths = {kNoWidth, kSasaranWidth, kIndikatorWidth, kFormulaWidth, kSatuanWidth};
  table.widths.insert(table.widths.end(), target_years.size(), kTargetWidth);
  table.widths.insert(table.widths.end(), {kSumberWidth, kPenanggungJawabWidth});
  table.header = header_rows(level_sasaran_label(document.info, level), target_years);

  int number = 0;
  for (Id id : listed) {
    const Sasaran& sasaran = document.sasaran.at(id);
    FormCell no = number_cell(++number);
    no.align = FormAlign::Centre;
    const FormRow head{no, text_cell(sasaran.statement)};
    const auto& indikator_ids = index.sasaran_indikator(id);
    int first = static_cast<int>(table.rows.size());
    auto add_row = [&](const Indikator* indikator) {
      FormRow row = head;
      row.push_back(text_cell(indikator ? indikator->name : ""));
      row.push_back(text_cell(indikator ? indikator->formula : ""));
      row.push_back(text_cell(indikator ? indikator->satuan : "", FormAlign::Centre));
      for (int year : target_years) {
        const Value* target = indikator ? target_of(*indikator, year) : nullptr;
        row.push_back(target ? value_cell(*target) : text_cell(""));
      }
      row.push_back(text_cell(indikator ? indikator->sumber_data : ""));
      row.push_back(text_cell(indikator ? indikator->penanggung_jawab : ""));
      table.rows.push_back(std::move(row));
    };
    if (indikator_ids.empty()) add_row(nullptr);
    for (Id indikator_id : indikator_ids) add_row(&document.indikator.at(indikator_id));
    int count = static_cast<int>(table.rows.size()) - first;
    if (count > 1) {
      merge_cells(table.rows, first, 0, count, 1);
      merge_cells(table.rows, first, 1, count, 1);
    }
  }

  Form form;
  form.kind = FormKind::Iku;
  form.name = scope.unit == kNoId || scope.unit == head_unit(document)
                  ? "IKU"
                  : "IKU " + document.units.at(scope.unit).name;
  form.paper = request.paper;
  form.orientation = request.orientation;
  FormSignatures signatures;
  signatures.parties.push_back(scope.unit == kNoId ? head_of_agency_signature(document, request)
                                                   : unit_holder_signature(document, scope.unit, request));
  // Assigned in place: GCC 12 warns (falsely) of uninitialised members when a FormTable is pushed into the vector.
  form.blocks.resize(4);
  form.blocks[0] = decree_heading(document.info);
  form.blocks[1] = iku_title(document, scope);
  form.blocks[2] = std::move(table);
  form.blocks[3] = std::move(signatures);
  return form;
}

}  // namespace pokin
