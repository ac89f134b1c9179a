#pragma once
// The title of a Tujuan column or section in a planning matrix copied from a PDF (RPJMD / Renstra "Tujuan dan
// Sasaran" matrices of Permendagri 54/2010 and 86/2017): "TUJUAN", "TUJUAN 1 URAIAN", "TUJUAN :", often glued to the
// end of the page title ("... RENCANA STRATEGIS TAHUN 2016 - 2021 TERWUJUDNYA ... TUJUAN"). The statement that
// follows it is the tujuan, whatever its first word ("Meningkatnya ..." as well as "Meningkatkan ..."); the
// statements after the SASARAN title are its sasaran. Only the shape of the text is used; linear in its length.
#include <string_view>

namespace pokin::import {

// Whether `cell` ends with the title of a Tujuan column: the word TUJUAN in capitals, then at most a number,
// "URAIAN" and ":"; not "INDIKATOR TUJUAN", "SASARAN ... TUJUAN" or a sentence using the word ("Tujuan dan sasaran").
bool ends_with_tujuan_title(std::string_view cell);

}  // namespace pokin::import
