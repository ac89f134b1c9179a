#pragma once
// The visi an RPJMD text writes without its "VISI :" label, above its table or its misi:
//   PEMERINTAH PROVINSI X RPJMD TAHUN 2014-2019 “X LEBIH SEJAHTERA, ...” MISI 1 : MENINGKATKAN ...
//   ... telah dirumuskan visi sebagai berikut :  /  “ MASYARAKAT X YANG ... SEJAHTERA”
//   V I S I  /  “ TERWUJUDNYA MASYARAKAT YANG MAJU ...”
//   Visi  /  Terwujudnya X yang ...            (a title "Visi", the sentence on the next line)
// A sentence is taken for the visi only when the text says so: the quoted sentence (“...” or "...") is introduced
// by the word visi (a title of at most four words, or a lead-in ending with ':' or "adalah"), or is followed at
// once by the first misi ("MISI 1 : ...", pemda_context.h); an unquoted sentence only under a title "Visi". Any
// other sentence, quoted or not, "Terwujudnya ..." or not, is no visi. Only the first lines are looked at (the visi
// heads the document): kUnlabelledVisiLines.
#include <string>
#include <string_view>
#include <vector>

namespace pokin::import {

inline constexpr std::size_t kUnlabelledVisiLines = 30;

struct UnlabelledVisi {
  std::string text;        // the visi, without its quotes; empty when none was found
  int line = 0;            // 1-based line of the visi
  std::string misi_after;  // the text after the closing quote on that line when it is a misi ("MISI 1 : ..."), else empty
};

UnlabelledVisi find_unlabelled_visi(const std::vector<std::string_view>& lines);

}  // namespace pokin::import
