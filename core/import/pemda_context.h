#pragma once
// The Pemda's visi and misi as an RPJMD table writes them: a "VISI : ..." line or row spanning the table, a
// "Misi 2 : ..." row above the tujuan of that misi (Bab 4/5 "Tujuan dan Sasaran", the "Keterkaitan Visi, Misi,
// Tujuan, Sasaran" table, the IKU Pemda tables), or a Misi column beside the tujuan. They are no tree nodes: the
// importer keeps them beside the document (ImportReport::pemda) with the misi each tujuan was written under, and a
// Pemda merge puts them on the Pemda unit (core/pemda/rpjmd_part.h).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/ids.h"

namespace pokin::import {

struct MisiStatement {
  int number = 0;  // as the source numbers it ("Misi 2", "MISI II"), else its place among the misi
  std::string text;
  int line = 0;    // 1-based line of the source
};

struct PemdaContext {
  std::string visi;
  int visi_line = 0;
  std::vector<MisiStatement> misi;    // in source order, one per number
  std::map<Id, int> misi_of_statement;  // a tujuan (or a top sasaran of a table without tujuan) -> its misi number

  bool empty() const { return visi.empty() && misi.empty(); }
  // Adds a misi, or the text of one already known by its number when it had none; returns its number.
  int add_misi(int number, const std::string& text, int line);
};

enum class ContextKind { None, Visi, Misi };

struct ContextLine {
  ContextKind kind = ContextKind::None;
  int number = 0;    // Misi: the number written ("Misi 2 :", "MISI II :", "Misi ke-3 :"), 0 when none
  std::string text;  // after the label and its colon
};

// Reads "VISI : Terwujudnya ...", "Misi 1 : Mewujudkan ...", "MISI II: ...", "1. Misi : ..." (case and blanks
// free, "Misi1:" too), and a numbered misi introduced by "yaitu" or "adalah" ("Misi yang ke 1 yaitu ..."). The label must be followed by a colon or a dash (after the misi's number), so that prose
// ("Misi 1 merupakan kerangka ...") is no misi; the text after it must not be empty, but for a numbered misi whose
// text comes on the next line ("Misi 1:" alone).
ContextLine read_context_line(std::string_view text);

// The misi a Misi column's cell names: its number ("Misi 2", "2", "II") or, for its text alone, nothing (0).
int misi_number_in_cell(std::string_view cell);

}  // namespace pokin::import
