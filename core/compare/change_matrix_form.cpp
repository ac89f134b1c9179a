#include "core/compare/change_matrix_form.h"

#include <cstdio>

#include "core/compare/change_words.h"
#include "core/compare/node_changes.h"
#include "core/forms/form_cells.h"
#include "core/forms/official_text.h"
#include "core/model/statement_label.h"

namespace pokin {
namespace {

constexpr const char* kNothing = "-";
// The review table's last column: what the reviewer decided of each pair.
constexpr const char* kWaitingText = "Belum ditinjau";
constexpr const char* kAcceptedText = "Padanan benar (diterima peninjau)";
constexpr const char* kRejectedText = "Bukan padanan (ditolak peninjau)";

// "SK Nomor 800/12/2023 Tanggal 2 Januari 2023", or the caller's name for the document.
std::string document_line(const DocumentInfo& info, const std::string& name) {
  std::string line;
  if (!info.nomor_sk.empty()) line = "SK Nomor " + info.nomor_sk;
  if (!info.tanggal.empty()) line += (line.empty() ? "Tanggal " : " Tanggal ") + info.tanggal;
  if (line.empty()) line = name;
  return line;
}

FormTitle title(const Document& old_document, const Document& new_document, const ChangeMatrixRequest& request) {
  FormTitle title;
  title.lines.push_back("MATRIKS PERUBAHAN POHON KINERJA");
  const DocumentInfo& info = new_document.info.instansi.empty() ? old_document.info : new_document.info;
  if (!info.instansi.empty()) title.lines.push_back(instansi_line(info));
  if (info.period_years() > 0)
    title.lines.push_back("PERIODE " + std::to_string(info.period_start) + "-" + std::to_string(info.period_end));
  std::string before = document_line(old_document.info, request.old_name);
  std::string after = document_line(new_document.info, request.new_name);
  if (!before.empty()) title.lines.push_back("SEMULA: " + before);
  if (!after.empty()) title.lines.push_back("MENJADI: " + after);
  return title;
}

// The level's own name: "Sasaran Strategis", "IKU", "Tujuan", "Unit kerja".
std::string level_of(const Document& document, const Change& change, Id node) {
  switch (change.type) {
    case DiffNodeType::Unit: return "Unit Kerja";
    case DiffNodeType::Link: return "Crosscutting";
    case DiffNodeType::Sasaran:
      if (const Sasaran* sasaran = document.find_sasaran(node)) return statement_label(document.info, *sasaran);
      return "Sasaran";
    case DiffNodeType::Indikator:
      if (const Indikator* indikator = document.find_indikator(node))
        if (const Sasaran* sasaran = document.find_sasaran(indikator->sasaran))
          return statement_indikator_label(document.info, *sasaran);
      return "Indikator";
  }
  return {};
}

std::string code_of(const Document& document, const Change& change, Id node) {
  if (change.type == DiffNodeType::Sasaran)
    if (const Sasaran* sasaran = document.find_sasaran(node)) return sasaran->code;
  if (change.type == DiffNodeType::Indikator)
    if (const Indikator* indikator = document.find_indikator(node)) return indikator->code;
  return {};
}

std::string or_nothing(const std::string& text) { return text.empty() ? kNothing : text; }

std::string kind_text(const Change& change) {
  switch (change.kind) {
    case ChangeKind::Moved:
      return change.field == "unit" ? "Dipindahkan ke unit lain" : "Dipindahkan ke induk lain";
    case ChangeKind::FieldChanged: {
      std::string field = field_label(change.field).id;
      if (!field.empty()) field[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(field[0])));
      return "Perubahan " + field;
    }
    default: return change_kind_label(change.kind).id;
  }
}

std::string parent_text(const std::string& field, const std::string& text) {
  if (text.empty()) return field == "unit" ? kNothing : "(tanpa induk)";
  return (field == "unit" ? "Unit: " : "Mendukung: ") + text;
}

// What the Keterangan column says about a change.
std::string note_of(const Document& old_document, const Document& new_document, const Change& change) {
  const bool in_new = change.new_node != kNoId;
  const Document& document = in_new ? new_document : old_document;
  Id node = in_new ? change.new_node : change.old_node;
  switch (change.kind) {
    case ChangeKind::Added:
    case ChangeKind::Removed:
      if (change.type == DiffNodeType::Indikator || change.type == DiffNodeType::Link) {
        Id parent = in_new ? change.new_parent : change.old_parent;
        std::string text = node_text(document, parent);
        if (!text.empty()) return (change.type == DiffNodeType::Link ? "Dari: " : "Pada: ") + text;
      }
      return {};
    case ChangeKind::Reworded: return {};
    default: return node_text(document, node);
  }
}

FormRow change_row(int number, const Document& old_document, const Document& new_document,
                   const std::vector<const Change*>& group) {
  const Change& change = *group.front();
  const bool in_new = change.new_node != kNoId;
  const Document& document = in_new ? new_document : old_document;
  Id node = in_new ? change.new_node : change.old_node;
  std::string before, after;
  switch (change.kind) {
    case ChangeKind::Added: before = kNothing, after = change.new_text; break;
    case ChangeKind::Removed: before = change.old_text, after = kNothing; break;
    case ChangeKind::Moved:
      before = parent_text(change.field, change.old_text);
      after = parent_text(change.field, change.new_text);
      break;
    default:
      for (const Change* yearly : group) {
        std::string prefix = yearly->year != 0 ? std::to_string(yearly->year) + ": " : "";
        before += (before.empty() ? "" : "\n") + prefix + or_nothing(yearly->old_text);
        after += (after.empty() ? "" : "\n") + prefix + or_nothing(yearly->new_text);
      }
  }
  return {text_cell(std::to_string(number), FormAlign::Centre), text_cell(kind_text(change)),
          text_cell(level_of(document, change, node)), text_cell(code_of(document, change, node)),
          text_cell(before), text_cell(after), text_cell(note_of(old_document, new_document, change))};
}

std::string score_text(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  std::string text = buffer;
  for (char& c : text)
    if (c == '.') c = ',';
  return text;
}

}  // namespace

Form change_matrix_form(const Document& old_document, const Document& new_document, const DocumentDiff& diff,
                        const ChangeMatrixRequest& request) {
  FormTable changes;
  changes.widths = {10, 32, 30, 18, 72, 72, 42};
  FormRow header;
  for (const char* column : {"No", "Jenis Perubahan", "Tingkat", "Kode", "Semula", "Menjadi", "Keterangan"})
    header.push_back(bold_cell(column));
  changes.header = {header};
  changes.numbered_columns = true;
  int number = 0;
  for (std::size_t i = 0; i < diff.changes.size();) {
    std::vector<const Change*> group{&diff.changes[i]};
    const Change& first = diff.changes[i++];
    while (first.year != 0 && i < diff.changes.size() && diff.changes[i].year != 0 &&
           diff.changes[i].kind == first.kind && diff.changes[i].field == first.field &&
           diff.changes[i].old_node == first.old_node && diff.changes[i].new_node == first.new_node)
      group.push_back(&diff.changes[i++]);
    changes.rows.push_back(change_row(++number, old_document, new_document, group));
  }
  if (changes.rows.empty()) {
    changes.rows.push_back(FormRow(7));
    changes.rows[0][0] = text_cell("Tidak ada perubahan", FormAlign::Centre);
    merge_cells(changes.rows, 0, 0, 1, 7);
  }

  Form form;
  form.kind = FormKind::Matrix;
  form.name = "Matriks Perubahan";
  form.paper = request.paper;
  form.orientation = request.orientation;
  // Assigned in place: GCC 12 warns (falsely) of uninitialised members when a FormTable is pushed into the vector.
  form.blocks.resize(2);
  form.blocks[0] = title(old_document, new_document, request);
  form.blocks[1] = std::move(changes);

  // The matches resting on similar text, then the pairs the reviewer rejected (no longer matches, each compared as
  // a removal and an addition above): an evaluator sees what was matched and what the reviewer decided.
  std::vector<NodeMatch> review;
  for (const NodeMatch& match : diff.matches)
    if (needs_review(match)) review.push_back(match);
  if (!review.empty() || !diff.rejected.empty()) {
    FormTable matches;
    matches.widths = {10, 30, 18, 84, 84, 50};
    FormRow columns;
    for (const char* column : {"No", "Jenis", "Skor", "Semula", "Menjadi", "Hasil tinjauan"})
      columns.push_back(bold_cell(column));
    matches.header = {columns};
    int row = 0;
    for (const NodeMatch& match : review) {
      const bool accepted = !waits_for_review(diff, match);
      matches.rows.push_back({text_cell(std::to_string(++row), FormAlign::Centre),
                              text_cell(std::string(node_type_label(match.type).id) + (match.same_targets ? "\n(target sama)" : "")),
                              text_cell(score_text(match.score), FormAlign::Right),
                              text_cell(node_text(old_document, match.old_node)),
                              text_cell(node_text(new_document, match.new_node)),
                              text_cell(accepted ? kAcceptedText : kWaitingText)});
    }
    for (const NodePair& pair : diff.rejected)
      matches.rows.push_back({text_cell(std::to_string(++row), FormAlign::Centre),
                              text_cell(node_type_label(node_type_of(old_document, pair.old_node)).id),
                              text_cell(kNothing, FormAlign::Right), text_cell(node_text(old_document, pair.old_node)),
                              text_cell(node_text(new_document, pair.new_node)), text_cell(kRejectedText)});
    form.blocks.resize(4);
    form.blocks[2] = FormTitle{{"PADANAN BERDASARKAN KEMIRIPAN TEKS (UNTUK DITINJAU)"}};
    form.blocks[3] = std::move(matches);
  }
  return form;
}

}  // namespace pokin
