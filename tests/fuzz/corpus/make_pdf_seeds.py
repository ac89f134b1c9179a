#!/usr/bin/env python3
"""Writes the seeds of pdf_tables_fuzz: small PDFs of tables (a standard font, not embedded, so each stays about a
kilobyte) with cells typed from tests/fixtures/real (11: a Perjanjian Kinerja; 03: a T-C.27 header and rows), and
word boxes in the target's own format (4 int16 LE: x0, y0, width, height in tenths of a point; length; text)."""
import os
import struct

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf_tables_fuzz")


def pdf(pages):
    """pages: list of lists of (x, y_from_top, text). A4 landscape."""
    objects = []
    page_ids = []
    font_id = 3
    objects.append(None)  # 1 catalog
    objects.append(None)  # 2 pages
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for words in pages:
        stream = b"".join(b"BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n" % (x, 595 - y, t.replace("(", "\\(").replace(")", "\\)").encode("latin-1"))
                          for x, y, t in words)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (font_id, content_id))
        page_ids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), len(page_ids))
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def row(y, cells):
    return [(x, y, t) for x, t in cells if t]


pk_header = row(100, [(60, "No"), (90, "Sasaran Strategis"), (330, "Indikator Sasaran"), (560, "Target")])
pk = [pk_header,
      row(118, [(64, "1"), (90, "Meningkatnya Akuntabilitas Kinerja Dinas"), (330, "Nilai SAKIP"), (560, "BB")]),
      row(129, [(90, "Komunikasi dan Informatika")]),
      row(147, [(64, "2"), (90, "Meningkatnya Kualitas Komunikasi Publik"), (330, "Indeks Keterbukaan Informasi Publik"), (560, "70 Indeks")])]
pk_page2 = [pk_header, row(118, [(64, "3"), (90, "Meningkatnya Kualitas Informatika"), (330, "Indeks SPBE"), (560, "2,8 Indeks")]),
            row(560, [(410, "Halaman 2")])]
title = [row(50, [(300, "PERJANJIAN KINERJA TAHUN 2025")]), row(64, [(250, "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU")])]
signatures = [row(300, [(90, "PIHAK KEDUA"), (500, "PIHAK KESATU")]), row(312, [(90, "BUPATI PRINGSEWU"), (500, "KEPALA DINAS")])]

tc27 = [row(60, [(60, "Tujuan"), (160, "Sasaran"), (260, "Indikator"), (380, "Satuan"), (430, "Data Capaian"), (560, "Target Kinerja dan Kerangka Pendanaan")]),
        row(75, [(520, "Tahun 2022"), (610, "Tahun 2023"), (700, "Tahun 2024")]),
        row(90, [(500, "Target"), (550, "Rp"), (590, "Target"), (640, "Rp"), (680, "Target"), (730, "Rp")]),
        row(110, [(60, "Meningkatkan"), (260, "Indeks Merit Sistem"), (380, "Indeks"), (470, "-"), (505, "0,51"), (560, "-"), (595, "0,56"), (650, "-"), (685, "0,60"), (740, "-")]),
        row(121, [(60, "Profesionalisme ASN")]),
        row(140, [(160, "Meningkatnya Disiplin ASN"), (260, "Persentase Peningkatan"), (380, "%"), (450, "99,25%"), (495, "99,88%"), (560, "-"), (585, "99,89%"), (650, "-"), (675, "99,91%"), (740, "-")]),
        row(151, [(260, "Disiplin ASN")])]


def flat(lines):
    return [w for line in lines for w in line]


def boxes(pages):
    out = b""
    for p, words in enumerate(pages):
        if p:
            out += b"\xff"
        for x, y, t in words:
            text = t.encode("utf-8")[:255]
            width = int(len(t) * 4.6 * 10)
            out += struct.pack("<hhhhB", int(x * 10), int(y * 10), width, 100, len(text)) + text
    return out


os.makedirs(HERE, exist_ok=True)
seeds = {
    "pk_two_pages.pdf": pdf([flat(title + pk), flat(pk_page2 + signatures)]),
    "tc27_header.pdf": pdf([flat(tc27)]),
    "no_text.pdf": pdf([[]]),
    "pk_boxes.bin": boxes([flat(title + pk), flat(pk_page2 + signatures)]),
    "tc27_boxes.bin": boxes([flat(tc27)]),
}
for name, data in seeds.items():
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
