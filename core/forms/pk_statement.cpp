#include "core/forms/pk_statement.h"

namespace pokin {

std::string pk_party_list(const PkParty& party) { return "Nama\t: " + party.name + "\nJabatan\t: " + party.jabatan; }

std::vector<FormParagraph> pk_statement(const PkParties& parties) {
  return {{std::string(kPkOpening)},          {pk_party_list(parties.pertama)},      {std::string(kPkFirstPartyRole)},
          {pk_party_list(parties.kedua)},     {std::string(kPkSecondPartyRole)},     {std::string(kPkFirstPartyPromise)},
          {std::string(kPkSecondPartyPromise)}};
}

}  // namespace pokin
