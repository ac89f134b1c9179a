#pragma once
// The "matriks perubahan": every change of a comparison as an official table, in the comparison's order, as the
// lampiran of an amendment prints it: No | Jenis Perubahan | Tingkat | Kode | Semula | Menjadi | Keterangan.
//  - Title: MATRIKS PERUBAHAN POHON KINERJA, the instansi (and pemda), the period, then the two documents:
//    "SEMULA: SK Nomor ... Tanggal ..." and "MENJADI: ..." from their info (the caller's names for them, e.g. the
//    file names, when a document has no SK number).
//  - One row per change, except that the yearly changes of one node and one field (an indikator's targets, a
//    sasaran's pagu) stand in one row, a line per year ("2024: 80" under Semula, "2024: 85" under Menjadi; an empty
//    value printed "-"), which is how a reader compares them.
//  - Tingkat is the level's own name (Sasaran Strategis, IKU, Tujuan ...); Keterangan names the node a field or
//    target row belongs to, or the sasaran an added or removed indikator is under.
//  - When some matches rest on similar text (two independent files), or the reviewer rejected pairs, a second table
//    lists them: No | Jenis | Skor | Semula | Menjadi | Hasil tinjauan ("Belum ditinjau", "Padanan benar (diterima
//    peninjau)"), then each rejected pair ("Bukan padanan (ditolak peninjau)", Skor "-").
//  - No change at all: one row "Tidak ada perubahan".
#include <string>

#include "core/compare/document_diff.h"
#include "core/forms/form.h"

namespace pokin {

struct ChangeMatrixRequest {
  std::string old_name;  // how to name each document when its info has no SK number (a file name)
  std::string new_name;
  Paper paper = Paper::F4;
  Orientation orientation = Orientation::Landscape;
};

Form change_matrix_form(const Document& old_document, const Document& new_document, const DocumentDiff& diff,
                        const ChangeMatrixRequest& request = {});

}  // namespace pokin
