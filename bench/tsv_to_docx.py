#!/usr/bin/env python3
"""Writes a TAB-separated table as a Word document (.docx) holding it as one w:tbl, one w:tc per cell, deflated
as Word deflates it: the planning table of planning_table_import_bench (--write) as a planner's Word file, to time
`pokin import` on it (docs/PERFORMANCE.md). Lines before the first line with a TAB become body paragraphs.

    python3 bench/tsv_to_docx.py /tmp/tc27.tsv /tmp/tc27.docx
"""
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text):
    return '<w:p><w:r><w:t xml:space="preserve">' + escape(text) + "</w:t></w:r></w:p>"


def main(source, target):
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = []
    in_table = False
    for line in lines:
        if "\t" not in line and not in_table:
            if line.strip():
                body.append(paragraph(line))
            continue
        if not in_table:
            body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>")
            in_table = True
        if not line:
            continue
        cells = "".join("<w:tc>" + paragraph(cell) + "</w:tc>" for cell in line.split("\t"))
        body.append("<w:tr>" + cells + "</w:tr>")
    if in_table:
        body.append("</w:tbl>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="' + W +
                '"><w:body>' + "".join(body) + "<w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="'
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", document)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
