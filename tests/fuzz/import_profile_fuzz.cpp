// Import profiles (core/import/import_profile: `pokin import --profile FILE`) are outside input: any bytes either
// parse or throw UserError, never crash or hang; what parses writes back to text that parses to the same
// profile.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/import/import_profile.h"
#include "core/text/bilingual.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pokin::import::ImportProfile profile;
  try {
    profile = pokin::import::parse_import_profile(bytes, "fuzz.profil");
  } catch (const pokin::UserError&) {
    return 0;
  }
  pokin::import::ImportProfile again;
  try {
    again = pokin::import::parse_import_profile(pokin::import::write_import_profile(profile), "again.profil");
  } catch (const pokin::UserError&) {
    std::abort();  // a profile that was read must be written back readable
  }
  if (again.header.rows != profile.header.rows || again.header.line != profile.header.line ||
      again.mapping.size() != profile.mapping.size())
    std::abort();
  for (std::size_t m = 0; m < profile.mapping.size(); ++m)
    if (again.mapping[m].column != profile.mapping[m].column || again.mapping[m].field != profile.mapping[m].field)
      std::abort();
  return 0;
}
