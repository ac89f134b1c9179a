#!/usr/bin/env python3
"""Writes the crafted seeds of xlsx_reader_fuzz into corpus/xlsx_reader_fuzz/ (next to copies of the two
workbooks of tests/fixtures). Each seed is a small archive aimed at one path of the reader: limits, references
beyond Excel's sheet, huge numbers, stored and ZIP64 members, a DTD. Run from tests/fuzz/."""
import shutil
import zipfile

OUT = "corpus/xlsx_reader_fuzz/"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def workbook(sheets):
    entries = "".join(f'<sheet name="{name}" sheetId="{k + 1}" r:id="rId{k + 1}"/>' for k, (name, _) in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{k + 1}" Type="{WS_TYPE}" Target="{target}"/>'
                   for k, (_, target) in enumerate(sheets))
    return {
        "xl/workbook.xml": f'<workbook {NS}><sheets>{entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
    }


def sheet(body, merges=""):
    merge_xml = f'<mergeCells>{merges}</mergeCells>' if merges else ""
    return f'<worksheet {NS}><sheetData>{body}</sheetData>{merge_xml}</worksheet>'


def write(name, parts, method=zipfile.ZIP_DEFLATED, zip64=False):
    with zipfile.ZipFile(OUT + name, "w", method) as archive:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part)
            info.compress_type = method
            with archive.open(info, "w", force_zip64=zip64) as member:
                member.write(text.encode("utf-8"))


one_sheet = workbook([("S", "worksheets/sheet1.xml")])
styles = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>'
          '<numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/>'
          '<xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>')
strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Sasaran</t></si>'
           '<si><r><t>Indi</t></r><r><t>kator</t></r><rPh><t>x</t></rPh></si></sst>')
cells = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="B2" s="1"><v>0.875</v></c>'
         '<c r="C2" s="2"><v>1500000</v></c><c r="D2" t="b"><v>1</v></c></row>')

write("plain.xlsx", {**one_sheet, "xl/sharedStrings.xml": strings, "xl/styles.xml": styles,
                     "xl/worksheets/sheet1.xml": sheet(cells, '<mergeCell ref="A1:A2"/>')})
write("stored.xlsx", {**one_sheet, "xl/sharedStrings.xml": strings, "xl/worksheets/sheet1.xml": sheet(cells)},
      zipfile.ZIP_STORED)
write("zip64.xlsx", {**one_sheet, "xl/sharedStrings.xml": strings, "xl/worksheets/sheet1.xml": sheet(cells)}, zip64=True)
write("merge_whole_sheet.xlsx", {**one_sheet, "xl/worksheets/sheet1.xml":
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', '<mergeCell ref="A1:XFD1048576"/>')})
write("row_overflow.xlsx", {**one_sheet, "xl/worksheets/sheet1.xml":
      sheet('<row r="2147483647"><c t="inlineStr"><is><t>x</t></is></c></row><row><c><v>1</v></c></row>')})
write("beyond_xfd.xlsx", {**one_sheet, "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')})
write("huge_numbers.xlsx", {**one_sheet, "xl/styles.xml": styles, "xl/worksheets/sheet1.xml":
      sheet('<row><c><v>1e30</v></c><c s="1"><v>1e307</v></c><c s="2"><v>-1.5e20</v></c><c><v>1e999</v></c>'
            '<c><v>nan</v></c><c s="2"><v>999999999999999.9</v></c></row>')})
write("shared_part.xlsx", {**workbook([("A", "worksheets/sheet1.xml"), ("B", "worksheets/sheet1.xml")]),
                           "xl/sharedStrings.xml": strings, "xl/worksheets/sheet1.xml": sheet(cells)})
write("doctype.xlsx", {**one_sheet, "xl/worksheets/sheet1.xml":
      '<!DOCTYPE w [<!ENTITY a "aaaa">]>' + sheet('<row><c t="inlineStr"><is><t>&a;</t></is></c></row>')})
write("no_relationships.xlsx", {"xl/workbook.xml": f'<workbook {NS}><sheets><sheet name="S" r:id="x"/></sheets></workbook>',
                                "xl/worksheets/sheet1.xml": sheet('<row><c t="str"><v>x</v></c></row>')})


def write_parts(name, *parts):
    """A seed of the second kind: the XML parts separated by NUL bytes (see xlsx_reader_fuzz.cpp)."""
    with open(OUT + name, "wb") as seed:
        seed.write(b"\0".join(part.encode("utf-8") for part in parts))


write_parts("parts_plain.xml", sheet(cells, '<mergeCell ref="A1:A3"/>'), strings, styles)
write_parts("parts_merge.xml", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                                     '<row r="4"><c r="D4"><v>2</v></c></row>', '<mergeCell ref="A1:XFD1048576"/>'))
write_parts("parts_prefixed.xml", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>83.37</x:v></x:c>'
            '</x:row></x:sheetData></x:worksheet>', "", "",
            workbook([("A", "worksheets/sheet1.xml"), ("B", "/xl/worksheets/sheet1.xml")])["xl/workbook.xml"])
shutil.copy("../fixtures/excel_style.xlsx", OUT + "excel_style.xlsx")
shutil.copy("../fixtures/matriks_libxlsxwriter.xlsx", OUT + "matriks_libxlsxwriter.xlsx")
