#include "core/layout/box_content.h"

#include <algorithm>

#include "core/capaian/capaian.h"
#include "core/layout/text_metrics.h"

namespace pokin {
namespace {

// Stacks text lines from the top of a box.
class LineStack {
 public:
  LineStack(Box& box, double width) : box_(box), width_(width), y_(TypeScale::kPadding) {}

  void add(std::string_view text, double size, TextStyle style, bool bold, double indent = 0) {
    for (auto& line : wrap_text(text, width_ - indent, size, bold)) {
      TextLine out;
      out.text = std::move(line);
      out.size = size;
      out.style = style;
      out.bold = bold;
      out.x = TypeScale::kPadding + indent;
      // Ascent of Arial/Liberation is 0.905 em; the rest of the line height is leading split above and below.
      double height = size * TypeScale::kLineSpacing;
      out.baseline = y_ + (height - size) / 2 + 0.905 * size;
      y_ += height;
      box_.lines.push_back(std::move(out));
    }
  }
  void gap(double points) { y_ += points; }
  void divider() {
    y_ += 3;
    box_.dividers.push_back(y_);
    y_ += 4;
  }
  double bottom() const { return y_ + TypeScale::kPadding; }

 private:
  Box& box_;
  double width_;
  double y_;
};

// "Realisasi 2024: 76% · capaian 95%"; says so when there is no realisasi or no figure can be computed.
const char* not_filled(Language language) { return language == Language::English ? "not filled in" : "belum diisi"; }

std::string realisasi_line(const Indikator& indikator, int year, const DocumentInfo& info, Language language) {
  auto realisasi = indikator.realisasi.find(year);
  std::string head = "Realisasi " + std::to_string(year) + ": ";
  if (realisasi == indikator.realisasi.end() || realisasi->second.empty()) return head + not_filled(language);
  head += value_with_satuan(realisasi->second.text, indikator.satuan);
  Capaian capaian = indikator_capaian(indikator, year, info);
  const char* not_computable = language == Language::English ? "not computable" : "tidak dapat dihitung";
  return head + " · capaian " + (capaian.computed() ? format_percent(capaian.percent, language) : not_computable);
}

// The decoration of the box being filled, for the notes under its indicators; null when it has none.
const NodeDecoration* decoration_of(const LayoutView& view, Id id) {
  auto found = view.decorations.find(id);
  return found == view.decorations.end() ? nullptr : &found->second;
}

void add_indikator(LineStack& stack, const Indikator& indikator, const BoxFields& fields, const DocumentInfo& info,
                   double indent, double size, const NodeDecoration* decoration) {
  std::string name = indikator.code.empty() ? indikator.name : indikator.code + "  " + indikator.name;
  stack.add(name, size, TextStyle::Indikator, false, indent);
  if (fields.target_year > 0) {
    auto target = indikator.target.find(fields.target_year);
    std::string value = target == indikator.target.end() || target->second.empty()
                            ? std::string(not_filled(fields.language))
                            : value_with_satuan(target->second.text, indikator.satuan);
    stack.add("Target " + std::to_string(fields.target_year) + ": " + value, TypeScale::kDetail, TextStyle::Detail,
              false, indent + 8);
    if (fields.realisasi)
      stack.add(realisasi_line(indikator, fields.target_year, info, fields.language), TypeScale::kDetail, TextStyle::Detail, false,
                indent + 8);
  }
  if (fields.penanggung_jawab && !indikator.penanggung_jawab.empty())
    stack.add("PJ: " + indikator.penanggung_jawab, TypeScale::kDetail, TextStyle::Detail, false, indent + 8);
  if (decoration) {
    auto note = decoration->indikator_notes.find(indikator.id);
    if (note != decoration->indikator_notes.end() && !note->second.empty())
      stack.add(note->second, TypeScale::kDetail, TextStyle::Detail, true, indent + 8);
  }
}

void add_decoration(LineStack& stack, Box& box, const LayoutView& view, Id id) {
  auto found = view.decorations.find(id);
  if (found == view.decorations.end()) return;
  box.fill = found->second.fill;
  box.badge = found->second.badge;
  box.ghost = found->second.ghost;
  if (!found->second.label.empty()) {
    stack.gap(2);
    stack.add(found->second.label, TypeScale::kDetail, TextStyle::Detail, true);
  }
}

void fill_sasaran(Box& box, LineStack& stack, const Document& document, const TreeIndex& index,
                  const LayoutView& view, const Sasaran& sasaran) {
  box.level = sasaran.level;
  // A Tujuan shares level 0 (and its colour) with the Sasaran Strategis below it: its code line says what it is.
  std::string code = sasaran.kind == StatementKind::Tujuan
                         ? (sasaran.code.empty() ? "Tujuan" : "Tujuan " + sasaran.code)
                         : sasaran.code;
  if (!code.empty()) stack.add(code, TypeScale::kCode, TextStyle::Code, true);
  // The budget kode (program / kegiatan / sub kegiatan) in small type: planners find a row of the DPA by it.
  if (!sasaran.nomenclature.kode.empty())
    stack.add(sasaran.nomenclature.kode, TypeScale::kDetail, TextStyle::Detail, false);
  const bool english = view.fields.language == Language::English;
  stack.add(sasaran.statement.empty() ? (english ? "(no statement yet)" : "(pernyataan sasaran belum diisi)")
                                      : sasaran.statement,
            TypeScale::kStatement, TextStyle::Statement, false);
  const auto& indikator = index.sasaran_indikator(sasaran.id);
  if (view.fields.indikator && !indikator.empty()) {
    stack.divider();
    for (Id id : indikator)
      add_indikator(stack, document.indikator.at(id), view.fields, document.info, 0, TypeScale::kIndikator,
                    decoration_of(view, sasaran.id));
  }
  for (Id link_id : index.links_from(sasaran.id)) {
    const CrosscuttingLink& link = document.links.at(link_id);
    if (link.to == kNoId && !link.partner_name.empty() && link.status != LinkStatus::Ditolak)
      stack.add((english ? "Partner: " : "Kolaborasi: ") + link.partner_name, TypeScale::kDetail, TextStyle::Detail, false);
  }
  if (view.fields.owner_unit)
    if (const Unit* unit = document.find_unit(sasaran.unit)) {
      stack.gap(2);
      stack.add(unit->jabatan.empty() ? unit->name : unit->jabatan, TypeScale::kDetail, TextStyle::Detail, false);
    }
}

void fill_unit(Box& box, LineStack& stack, const Document& document, const TreeIndex& index,
               const LayoutView& view, const Unit& unit) {
  box.level = index.unit_depth(unit.id);
  stack.add(unit.name.empty() ? unit.jabatan : unit.name, TypeScale::kHeading, TextStyle::Heading, true);
  if (!unit.holder_name.empty()) stack.add(unit.holder_name, TypeScale::kDetail, TextStyle::Detail, false);
  const auto& owned = index.unit_sasaran(unit.id);
  if (!owned.empty()) {
    const Sasaran& first = document.sasaran.at(owned.front());
    box.level = first.level;
  }
  for (Id id : owned) {
    const Sasaran& sasaran = document.sasaran.at(id);
    stack.divider();
    std::string text = sasaran.code.empty() ? sasaran.statement : sasaran.code + "  " + sasaran.statement;
    stack.add(text, TypeScale::kStatement - 0.5, TextStyle::Statement, false);
    if (view.fields.indikator)
      for (Id ik : index.sasaran_indikator(id))
        add_indikator(stack, document.indikator.at(ik), view.fields, document.info, 10,
                      TypeScale::kIndikator - 0.5, decoration_of(view, unit.id));
  }
}

}  // namespace

std::string value_with_satuan(const std::string& value, const std::string& satuan) {
  if (satuan.empty() || satuan == "-" ) return value;
  if (value.size() >= satuan.size() && value.compare(value.size() - satuan.size(), satuan.size(), satuan) == 0)
    return value;
  if (satuan == "%") return value + "%";
  if (satuan == "Rp") return "Rp " + value;
  return value + " " + satuan;
}

Box build_box(const Document& document, const TreeIndex& index, const LayoutView& view, const ViewNode& node) {
  Box box;
  box.id = node.id;
  box.kind = node.kind;
  box.suggested = node.suggested;
  box.unlinked = node.edge_from_parent == EdgeKind::Unlinked && node.parent >= 0;
  if (node.kind == BoxKind::CollapsedStub) {
    box.hidden_count = node.hidden_count;
    std::string text = "+" + std::to_string(node.hidden_count);
    double width = std::max(44.0, text_width(text, TypeScale::kStatement, true) + 2 * TypeScale::kPadding);
    LineStack stack(box, width - 2 * TypeScale::kPadding);
    stack.add(text, TypeScale::kStatement, TextStyle::Heading, true);
    box.lines.back().x = (width - text_width(text, TypeScale::kStatement, true)) / 2;
    box.rect = {0, 0, width, stack.bottom()};
    if (const Sasaran* sasaran = document.find_sasaran(node.id)) box.level = sasaran->level + 1;
    return box;
  }
  double inner = std::max(60.0, view.wrap_width);
  LineStack stack(box, inner);
  if (node.kind == BoxKind::Unit) fill_unit(box, stack, document, index, view, document.units.at(node.id));
  else fill_sasaran(box, stack, document, index, view, document.sasaran.at(node.id));
  add_decoration(stack, box, view, node.id);
  box.rect = {0, 0, inner + 2 * TypeScale::kPadding, stack.bottom()};
  return box;
}

std::vector<Box> build_boxes(const Document& document, const TreeIndex& index, const LayoutView& view,
                             const ViewTree& tree) {
  std::vector<Box> boxes;
  boxes.reserve(tree.nodes.size());
  for (const ViewNode& node : tree.nodes) boxes.push_back(build_box(document, index, view, node));
  return boxes;
}

void move_box(Box& box, double x, double y) {
  double dx = x - box.rect.x, dy = y - box.rect.y;
  box.rect.x = x;
  box.rect.y = y;
  for (auto& line : box.lines) {
    line.x += dx;
    line.baseline += dy;
  }
  for (auto& divider : box.dividers) divider += dy;
}

}  // namespace pokin
