#!/usr/bin/env python3
# Writes a cascading matrix of about MB megabytes as TAB text (a copy from Excel: three levels, each with its
# statement, indicator, satuan, target and jabatan; a parent written once above its children, merged cells blank),
# for build/import_bench FILE. Usage: python3 bench/make_cascade_matrix.py MB OUT.tsv
import random, sys
random.seed(7)
words = "meningkatnya kualitas pelayanan publik akuntabilitas kinerja tata kelola keuangan aset daerah infrastruktur jalan jembatan kesehatan pendidikan ekonomi pariwisata pertanian".split()
def st(): return "Meningkatnya " + " ".join(random.choice(words) for _ in range(6))
def ind(): return "Persentase " + " ".join(random.choice(words) for _ in range(5))
out = ["MATRIKS CASCADING KINERJA DINAS CONTOH KABUPATEN CONTOH",
       "\t".join(["No","Sasaran Strategis","Indikator Kinerja Utama","Satuan","Target 2025","Penanggung Jawab",
                  "Sasaran Program","Indikator Kinerja Program","Satuan","Target 2025","Penanggung Jawab",
                  "Sasaran Kegiatan","Indikator Kinerja Kegiatan","Satuan","Target 2025","Penanggung Jawab"])]
size = 0; n = 0; target = int(sys.argv[1]) * 1000000
while size < target:
    n += 1
    for b in range(5):
        for k in range(3):
            row = [str(n) if b == 0 and k == 0 else "",
                   st() if b == 0 and k == 0 else "", ind() if b == 0 and k == 0 else "", "%" if b == 0 and k == 0 else "", "80" if b == 0 and k == 0 else "", "Kepala Dinas" if b == 0 and k == 0 else "",
                   st() if k == 0 else "", ind() if k == 0 else "", "%" if k == 0 else "", "85" if k == 0 else "", ("Kepala Bidang %d" % (n % 35)) if k == 0 else "",
                   st(), ind(), "%", "90", "Kepala Seksi %d.%d" % (n % 35, b)]
            line = "\t".join(row); out.append(line); size += len(line) + 1
open(sys.argv[2], "w").write("\n".join(out) + "\n")
