#pragma once
// A Pemda document is merged from the OPD documents (and the RPJMD) that Bappeda receives. Each merged part
// remembers where it came from, and each merged node its id in that file, so that merging again after an OPD
// sends a new file replaces that OPD's part and keeps what Bappeda decided about it.
#include <string>

#include "core/model/ids.h"

namespace pokin {

struct MergedPart {
  Id unit = kNoId;          // the part's top unit in this document: the OPD's head, or the Pemda unit (RPJMD)
  std::string source_file;  // the file it was merged from, as the user named it (UTF-8 file name, no folders)
  std::string instansi;     // the source document's instansi ("Dinas Kesehatan")
  std::string merged_at;    // when it was merged, ISO 8601 ("2026-12-02T15:40:00Z")
  std::string fingerprint;  // a hash of the source document's content as merged: a new file, a new fingerprint
  bool rpjmd = false;       // the Pemda's own levels (visi, misi, tujuan and sasaran RPJMD), not an OPD

  bool operator==(const MergedPart&) const = default;
};

}  // namespace pokin
