#!/usr/bin/env python3
"""Writes the small PDFs the ingest tests read (run once; the output is committed).

A hand-written PDF 1.4 with the standard Helvetica font, two pages, a running
header and a "Page N of 2" footer, and a word hyphenated across a line break.
The article is invented for the tests.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = "Ethiopia and Tigray Forces Agree Truce Monitoring Plan"
PAGES = [
    [
        ("F2", 16, TITLE),
        ("F1", 11, ""),
        ("F1", 11, "ADDIS ABABA, Nov. 12 (Conflict Watch) - Delegations of the federal"),
        ("F1", 11, "government and the Tigray People's Liberation Front agreed on Saturday"),
        ("F1", 11, "in Nairobi on a plan to monitor the truce signed in Pretoria ten days"),
        ("F1", 11, "earlier, African Union mediators said."),
        ("F1", 11, ""),
        ("F1", 11, "Under the plan, a team of African Union observers will be deployed to"),
        ("F1", 11, "Mekelle within a week, and heavy weapons held by Tigrayan fighters will"),
        ("F1", 11, "be handed over in stages as federal troops withdraw. The negoti-"),
        ("F1", 11, "ations were the first held since the fighting stopped."),
    ],
    [
        ("F1", 11, "Aid agencies said trucks carrying food and medicine had reached the"),
        ("F1", 11, "region's capital for the first time in months, although fuel and cash"),
        ("F1", 11, "remained scarce."),
        ("F1", 11, ""),
        ("F1", 11, "Eritrean forces, which fought alongside the federal army, were not party"),
        ("F1", 11, "to the agreement, and residents of border towns reported that they had"),
        ("F1", 11, "not withdrawn."),
    ],
]
HEADER = "CONFLICT WATCH WEEKLY BRIEFING"


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(lines, number, total):
    out = ["BT", "/F1 9 Tf", "72 760 Td", "(%s) Tj" % escape(HEADER), "ET", "BT", "72 720 Td"]
    for font, size, text in lines:
        out.append("/%s %d Tf" % (font, size))
        if text:
            out.append("(%s) Tj" % escape(text))
        out.append("0 -%d Td" % (size + 4))
    out.append("ET")
    out += ["BT", "/F1 9 Tf", "280 40 Td", "(Page %d of %d) Tj" % (number, total), "ET"]
    return "\n".join(out).encode("latin-1")


def write_pdf(path, pages, info):
    objects = []  # (number, bytes)

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, lines in enumerate(pages):
        stream = page_stream(lines, i + 1, len(pages))
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                    "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                    % (pages_obj, content, font1, font2)).encode())
        kids.append(page)
    objects[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode()
    objects[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                              % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info_obj = add(("<< " + " ".join("/%s (%s)" % (k, escape(v)) for k, v in info.items()) + " >>").encode("latin-1"))

    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % offset
    data += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
             % (len(objects) + 1, catalog, info_obj, xref))
    with open(path, "wb") as f:
        f.write(data)


write_pdf(os.path.join(HERE, "ethiopia-truce.pdf"), PAGES,
          {"Title": TITLE, "Producer": "make_pdf.py", "CreationDate": "D:20240105120000Z"})
# A title field that is only a file name must not become the article title.
write_pdf(os.path.join(HERE, "filename-title.pdf"), PAGES[1:],
          {"Title": "Microsoft Word - draft3.docx", "CreationDate": "D:20240105120000Z"})
