// What a Perjanjian Kinerja adds around its table: the text outside it (the parties and their signature blocks,
// read by AgreementReader), a signature line inside the table that is no statement, the year of its yearless
// Target / Anggaran columns, and the first party as the holder of the unit.
#include <algorithm>
#include <cctype>

#include "core/import/table_tree_builder.h"
#include "core/import/text_cleaning.h"
#include "core/import/unit_title.h"

namespace pokin::import {

// A party's name or jabatan from a Perjanjian Kinerja's signature block is no statement.
bool TableTreeBuilder::signature_text(const std::string& text) const {
  const AgreementParties& parties = agreement_.parties();
  if (!parties.is_agreement) return false;
  std::string lower = lower_ascii(text);
  for (const AgreementParty* party : {&parties.first, &parties.second})
    if ((!party->nama.empty() && lower == lower_ascii(party->nama)) || (!party->jabatan.empty() && lower == lower_ascii(party->jabatan)))
      return true;
  // A whole signature block in one cell (a Word table laying the blocks out side by side): the party's label
  // first, the party's name further on.
  if (lower.rfind("pihak ", 0) == 0)
    for (const AgreementParty* party : {&parties.first, &parties.second})
      if (!party->nama.empty() && lower.find(lower_ascii(party->nama)) != std::string::npos) return true;
  return lower.rfind("nip", 0) == 0 && lower.size() > 4 && !std::isalpha(static_cast<unsigned char>(lower[3]));
}

// A row of one-line cells is one line ("Nama | : | X"); a row whose cells hold several lines (a Word table laying
// out the two signature blocks side by side) is read cell by cell, line by line, each block in its order.
void TableTreeBuilder::add_text_outside(const TableRow& row) {
  std::string joined;
  for (const std::string& cell : row.cells) joined += (joined.empty() ? "" : " ") + trim(cell);
  if (take_pemda_context(joined, row.line, false)) return;  // "VISI : ..." above the table (pemda_context.h)
  if (agreement_.add_row(row.cells)) return;  // the two signature blocks side by side
  bool several_lines = false;
  for (const std::string& cell : row.cells) several_lines = several_lines || trim(cell).find('\n') != std::string::npos;
  if (several_lines) {
    for (const std::string& cell : row.cells)
      for (std::string_view line : split_lines(cell)) agreement_.add_line(line);
    return;
  }
  std::string text;
  for (const std::string& cell : row.cells) text += (text.empty() ? "" : " ") + trim(cell);
  int second_introductions = agreement_.parties().second_introductions;
  agreement_.add_line(text);
  // "Jabatan : Sekretaris Dinas" then "... selanjutnya disebut PIHAK KEDUA": that jabatan is the superior's, not
  // the unit of the table below; the heading before it stands.
  if (agreement_.parties().second_introductions != second_introductions && heading_from_jabatan_) {
    heading_unit_text_ = heading_before_jabatan_;
    heading_from_jabatan_ = false;
  }
  // The title above a table may name the agency ("RENSTRA DINAS PERHUBUNGAN KABUPATEN X"): a unit cell naming
  // that agency is its head (unit_named).
  constexpr std::size_t kTitleLines = 12;
  if (data_rows_ == 0 && title_lines_.size() < kTitleLines) title_lines_.push_back(text);
  // A heading above a table naming a position or unit ("### Sekretaris", "B. Kepala Bidang Pelayanan", "Jabatan :
  // Kepala Seksi ..."): the unit of the table below (a Perjanjian Kinerja per jabatan, an IKI per unit). In an
  // identity table laid out side by side ("4 | Jabatan | Kepala Seksi X | 4 | Jabatan | Kepala Bidang Y": the SKP's
  // employee, then the assessing official) the first jabatan is the form's own.
  std::string heading = unit_heading(text);
  for (std::size_t c = 0; c + 1 < row.cells.size() && heading.empty(); ++c) {
    std::string label = lower_ascii(clean_text(row.cells[c]));
    if (label == "jabatan" || label == "nama jabatan") heading = unit_heading("Jabatan : " + row.cells[c + 1]);
  }
  if (!heading.empty()) {
    heading_from_jabatan_ = lower_ascii(text).rfind("jabatan", 0) == 0;
    if (heading_from_jabatan_) heading_before_jabatan_ = heading_unit_text_;
    heading_unit_text_ = heading;
  }
}

// The unit or position a heading line names, with its markup ("#", "**"), numbering ("B.", "1.", "II.") and a
// "Jabatan :" label taken off; "" when the line is no such heading (a sentence, a signature with a name).
std::string TableTreeBuilder::unit_heading(const std::string& line) {
  std::string text = clean_text(line);
  auto strip = [&](std::string_view chars) {
    while (!text.empty() && chars.find(text.front()) != std::string_view::npos) text.erase(0, 1);
    while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.pop_back();
  };
  // Numbering: "B.", "1.", "II.", "a)".
  auto strip_numbering = [&] {
    std::size_t mark = text.find_first_of(".)");
    if (mark == std::string::npos || mark == 0 || mark > 4 || mark + 1 >= text.size() || text[mark + 1] != ' ') return;
    std::string number = text.substr(0, mark);
    bool numbering = std::all_of(number.begin(), number.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c)) ||
             (c >= 'a' && c <= 'z' && c != ' ');
    });
    if (numbering) text = trim(text.substr(mark + 1));
  };
  strip("#*_ :");
  strip_numbering();  // "1. Jabatan : Kepala Bidang ..." (an IKI form's numbered identity lines)
  std::string lower = lower_ascii(text);
  for (std::string_view label : {"nama jabatan", "jabatan", "unit kerja", "unit"}) {
    if (lower.rfind(label, 0) != 0) continue;
    std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon > label.size() + 2) continue;
    text = text.substr(colon + 1);
    strip("#*_ :");
    break;
  }
  strip_numbering();
  constexpr std::size_t kLongestHeading = 90;
  if (text.size() > kLongestHeading || text.find(". ") != std::string::npos || text.find(',') != std::string::npos)
    return {};
  return looks_like_unit_title(text) ? text : std::string{};
}

// The one year a table without year columns speaks of: the year of a Perjanjian Kinerja, or a one-year period.
int TableTreeBuilder::single_year() const {
  if (agreement_.parties().year > 0) return agreement_.parties().year;
  if (document_.info.period_years() == 1) return document_.info.period_start;
  return 0;
}

// "Target" / "Anggaran" columns without a year (a Perjanjian Kinerja, a one-year IKI): the agreement's year.
void TableTreeBuilder::place_yearless_values(RowValues& values) {
  if (int year = single_year()) yearless_values_ += give_year_to_yearless(values, year);
}

// The first party of a Perjanjian Kinerja is the head of the unit that holds the table's rows; the second party,
// the superior, is no unit of this document and is only named in the report. A document holding one agreement per
// jabatan gives each first party the unit its jabatan names.
void TableTreeBuilder::apply_agreement_parties() {
  const AgreementParties& parties = agreement_.parties();
  if (!parties.is_agreement) return;
  std::vector<AgreementParties> agreements = agreement_.agreements();
  std::string second_named;
  for (const AgreementParties& agreement : agreements) {
    apply_first_party(agreement.first, agreements.size() == 1);
    const AgreementParty& second = agreement.second;
    if (second.empty() || second.nama == second_named) continue;
    second_named = second.nama;
    if (hold_head_unit(second)) continue;
    report_.note({"Perjanjian Kinerja: PIHAK KEDUA \"" + second.nama + "\" (" + second.jabatan +
                      ") adalah atasan yang menandatangani; bukan unit dokumen ini.",
                  "Perjanjian Kinerja: the second party \"" + second.nama + "\" (" + second.jabatan +
                      ") is the superior who signs; not a unit of this document."});
  }
  if (yearless_values_ > 0)
    report_.note({std::to_string(yearless_values_) + " kolom Target/Anggaran tanpa tahun dibaca sebagai tahun " +
                      std::to_string(parties.year) + " (judul Perjanjian Kinerja).",
                  std::to_string(yearless_values_) + " Target/Anggaran cells without a year were read as the year " +
                      std::to_string(parties.year) + " (the Perjanjian Kinerja's title)."});
}

// The second party of an eselon III or IV agreement is the head of the agency ("Kepala Dinas Pertanian"): when the
// document has one head unit or none and nobody holds it yet, the second party does. A bupati or a Kepala Bidang holds no
// unit here.
bool TableTreeBuilder::hold_head_unit(const AgreementParty& second) {
  if (second.jabatan.empty() || second.nama.empty() || read_unit_title(clean_text(second.jabatan)).kind != UnitKind::Head)
    return false;
  Unit* head = nullptr;
  for (auto& [id, unit] : document_.units) {
    if (unit.kind != UnitKind::Head) continue;
    if (head != nullptr) return false;  // two heads: which one is not clear
    head = &unit;
  }
  if (head == nullptr) {
    // No head in the tables: the head of the agency is this party's (infer_unit_hierarchy puts the units under it).
    Unit unit;
    unit.kind = UnitKind::Head;
    unit.name = read_unit_title(clean_text(second.jabatan)).name;
    unit.order = -1;
    unit.id = document_.allocate_id();
    head = &document_.units.emplace(unit.id, unit).first->second;
  }
  if (!head->holder_name.empty()) return false;
  head->holder_name = second.nama;
  head->holder_nip = second.nip;
  head->jabatan = title_case_if_upper(clean_text(second.jabatan));
  report_.note({"Perjanjian Kinerja: PIHAK KEDUA \"" + second.nama + "\" (" + second.jabatan + "), atasan yang menandatangani, dibaca sebagai pemegang \"" +
                    head->name + "\".",
                "Perjanjian Kinerja: the second party \"" + second.nama + "\" (" + second.jabatan + "), the superior who signs, was read as the holder of \"" +
                    head->name + "\"."});
  return true;
}

// `only_agreement`: the document's one agreement, whose first party holds the document's default unit when it has
// one; of several, each first party holds only the unit its jabatan names.
void TableTreeBuilder::apply_first_party(const AgreementParty& first, bool only_agreement) {
  // The table's unit: the document's default one, or the unit a heading above the table named when that is the
  // first party's position ("KEPALA SUB BAGIAN UMUM" above the table, "Jabatan : Kepala Sub Bagian Umum").
  Id holder = only_agreement ? default_unit_ : kNoId;
  // A heading may carry the agency after the unit ("BIDANG BINA MARGA DINAS PEKERJAAN UMUM ..."): the unit whose
  // name starts with the first party's unit is the same unit, and takes the party's shorter name.
  if (holder == kNoId && !first.jabatan.empty()) {
    std::string short_name = read_unit_title(clean_text(first.jabatan)).name;
    std::string name = lower_ascii(short_name);
    for (const auto& [id, unit] : document_.units)
      if (lower_ascii(unit.name) == name) holder = id;
    if (holder == kNoId && !name.empty())
      for (auto& [id, unit] : document_.units)
        if (unit.kind != UnitKind::Head && lower_ascii(unit.name).rfind(name + " ", 0) == 0) {
          holder = id;
          unit.name = short_name;
        }
  }
  if (holder != kNoId && !first.jabatan.empty()) {
    Unit& unit = document_.units.at(holder);
    UnitTitle title = read_unit_title(clean_text(first.jabatan));
    unit.jabatan = title_case_if_upper(clean_text(first.jabatan));
    unit.kind = title.kind == UnitKind::Head ? UnitKind::Head : unit.kind;
    unit.holder_name = first.nama;
    unit.holder_nip = first.nip;
    report_.note({"Perjanjian Kinerja: PIHAK PERTAMA \"" + first.nama + "\" (" + first.jabatan + ") dibaca sebagai pemegang \"" +
                      unit.name + "\".",
                  "Perjanjian Kinerja: the first party \"" + first.nama + "\" (" + first.jabatan + ") was read as the holder of \"" +
                      unit.name + "\"."});
  } else if (first.jabatan.empty()) {
    report_.note({"Perjanjian Kinerja: pihak pertama tidak terbaca dengan jelas; unit pemegangnya tidak diubah.",
                  "Perjanjian Kinerja: the first party could not be read clearly; its unit was left as it was."});
  } else {
    report_.note({"Perjanjian Kinerja: PIHAK PERTAMA \"" + first.nama + "\" (" + first.jabatan +
                      ") tidak cocok dengan unit mana pun di tabel; pemegang unit tidak diisi.",
                  "Perjanjian Kinerja: the first party \"" + first.nama + "\" (" + first.jabatan +
                      ") matches no unit of the table; no unit holder was set."});
  }
}

}  // namespace pokin::import
