#pragma once
// Cutting one long line of a flattened table (a PDF-to-text render that joined the cells of many rows, and often
// the header words and the column numbers "(1) (2) (3)", into one paragraph) into the pieces the flattened-rows
// reader reads one at a time: each piece opens with what opens a cell in a planning table.
//   - a result word opening a statement ("Meningkatnya", "Terwujudnya", "Meningkatkan" ...), with its list number;
//   - a label ("Program ...", "Kegiatan :", "Sub Kegiatan", "Tujuan :", "Indikator Tujuan :", "Instansi :" ...), with
//     the kode written before it ("1 1 2 Program ...", "1.02.01 Program ...");
//   - an indicator lead word ("Persentase", "Jumlah", "Indeks" ...) or a unit's name ("Dinas ...", "Bag. ...") right
//     after a run of values (the values close the row's indicator cell);
//   - a list number ("2.", "3)") before a capitalised word.
// The header is the text up to and including a run of column numbers ("(1) (2) (4) (5)", "2 5 6 7 8"), or, when
// there is none, from the column title "No" up to the first statement. Linear in the length of the line.
#include <string_view>
#include <vector>

namespace pokin::import {

struct ParagraphPieces {
  std::string_view header;                // the header words, "" when the line holds none
  std::size_t header_at = 0;              // how many pieces come before the header in the line
  std::vector<std::string_view> pieces;   // the rest, in order, each trimmed and non-empty
};

// Whether `line` holds several cells of several rows: long, with at least two places where a cell opens.
bool is_flattened_paragraph(std::string_view line);

ParagraphPieces split_flattened_paragraph(std::string_view line);

// Offset just past a run of at least four column numbers ("(1) (2) (4) (5)", "1 2 3 4 5"), or npos when none.
std::size_t end_of_column_numbers(std::string_view line);

// The words that open a statement in a planning table: "Meningkatnya", "Terwujudnya", ..., and the active forms of a
// Tujuan ("Meningkatkan", "Mewujudkan", "Menurunkan"). Case-sensitive: a capitalised result word opens a cell.
bool is_statement_opener(std::string_view word);
// The active forms alone ("Meningkatkan ..."): how a Tujuan is written when the Sasaran read "Meningkatnya ...".
bool is_active_goal_word(std::string_view word);

}  // namespace pokin::import
