#!/usr/bin/env bash
# Makes the seeds of version_snapshot_fuzz: version snapshots ("PKV1", the database's size as 8 bytes little-endian,
# zlib data; core/store/document_versions.h) of small documents (page size 512): the cascade of document_open_fuzz
# at schema 4 (upgraded when read), the same upgraded to schema 5 with merged parts and origins, one hostile value
# (refused), the snapshot `pokin version save` records, and two of the databases unwrapped. Run by hand after building build/pokin and after
# make_document_seeds.sh; needs sqlite3 and python3.
set -euo pipefail
cd "$(dirname "$0")/../../.."
in=tests/fuzz/corpus/document_open_fuzz
out=tests/fuzz/corpus/version_snapshot_fuzz
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wrap() {  # wrap DATABASE SEED
  python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(b'PKV1' + struct.pack('<Q', len(data)) + zlib.compress(data, 9))
PY
}
wrap "$in/cascade.pokin" "$out/cascade_schema4.pkv"
wrap "$in/level_int_max.pokin" "$out/level_int_max.pkv"
cp "$in/cascade.pokin" "$tmp/merged.pokin"
build/pokin version save "$tmp/merged.pokin" --name "Renstra awal" --sk "188.45/12/2021" --date 2021-06-30 > /dev/null
sqlite3 "$tmp/merged.pokin" "DELETE FROM version;
  INSERT INTO merged_part VALUES (1, 'dpmptsp.pokin', 'Dinas Penanaman Modal dan PTSP', '2026-12-02T10:00:00Z', 'f00d', 0);
  INSERT INTO node_origin VALUES (4, 104), (5, 105), (7, 207);
  PRAGMA page_size=512; VACUUM;"
wrap "$tmp/merged.pokin" "$out/merged_schema5.pkv"
# Databases as they are (the target wraps input without "PKV1" into a snapshot itself).
cp "$in/cascade.pokin" "$out/cascade_raw.pokin"
cp "$tmp/merged.pokin" "$out/merged_raw.pokin"
cp "$in/cascade.pokin" "$tmp/recorded.pokin"
build/pokin version save "$tmp/recorded.pokin" --name "Renstra awal" --date 2021-06-30 > /dev/null
sqlite3 "$tmp/recorded.pokin" "SELECT writefile('$out/recorded.pkv', snapshot) FROM version" > /dev/null
ls -l "$out"
