#pragma once
// IKU tables often pack one Penjelasan/Formulasi cell with labelled sub-fields: "Alasan Pemilihan Indikator: ...
// Formulasi Pengukuran: ... Tipe Penghitungan: ... SKPD Penanggung Jawab: ... Sumber Data: ...". Splitting it
// puts each part where it belongs; a labelled part without a field of its own stays in the formula text with its
// label, so nothing is dropped.
#include <string>
#include <string_view>

namespace pokin::import {

struct ExplanationParts {
  std::string formula;            // the formulation, then the other labelled parts ("Tipe Penghitungan: ...")
  std::string sumber_data;
  std::string penanggung_jawab;
  int labels_found = 0;           // 0: the text had no known label and `formula` is the text as given
};

// Splits `text` at the labels it knows (case-insensitive, a colon after the label, anywhere in the text). Text
// before the first label is formula text. Linear in the text.
ExplanationParts split_explanation(std::string_view text);

}  // namespace pokin::import
