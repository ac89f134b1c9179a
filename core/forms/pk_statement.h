#pragma once
// The agreement page's running text, as the template of PermenPAN-RB 53/2014 words it: the opening statement, each
// party as an aligned list ("Nama\t: ...", "Jabatan\t: ...") with the sentence naming its role, and the two promise
// paragraphs (pihak pertama answers for the targets of the lampiran, pihak kedua supervises and evaluates).
#include <vector>

#include "core/forms/form.h"
#include "core/forms/pk_parties.h"

namespace pokin {

inline constexpr std::string_view kPkOpening =
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada "
    "hasil, kami yang bertanda tangan di bawah ini:";
inline constexpr std::string_view kPkFirstPartyRole = "selanjutnya disebut pihak pertama";
inline constexpr std::string_view kPkSecondPartyRole = "selaku atasan pihak pertama, selanjutnya disebut pihak kedua";
inline constexpr std::string_view kPkFirstPartyPromise =
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam "
    "rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
    "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";
inline constexpr std::string_view kPkSecondPartyPromise =
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari "
    "perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";

// "Nama\t: <name>\nJabatan\t: <jabatan>"
std::string pk_party_list(const PkParty& party);

// The paragraphs between the title and the signatures, in the template's order: opening, pihak pertama's list, its
// role, pihak kedua's list, its role, the two promises.
std::vector<FormParagraph> pk_statement(const PkParties& parties);

}  // namespace pokin
