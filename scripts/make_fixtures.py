#!/usr/bin/env python3
"""Writes the Word and PDF test fixtures of tests/fixtures/docs/ from one release we
wrote ourselves (RELEASE below), so the tests can check that the same release as .txt,
.docx and .pdf gives the same facts. The generated files are committed: CI needs neither
Python packages nor fonts.

Needs: python3, fpdf2 (`pip install fpdf2`, for the PDFs; it embeds a subset of the
font), Pillow (comes with fpdf2) and a CJK TrueType font: WenQuanYi Micro Hei from
Debian's fonts-wqy-microhei (`apt-get install fonts-wqy-microhei`), or pass another
with --font. The .docx files are written with zipfile from WordprocessingML by hand.

    python3 scripts/make_fixtures.py [--font PATH] [--out tests/fixtures/docs]

Files:
  release.txt        the release as plain text (the table as space-separated columns)
  release.docx       the same release: heading, paragraphs (a word split over runs),
                     the table as a Word table, title in docProps/core.xml
  release.pdf        the same release on two pages with a running header, page numbers,
                     paragraphs wrapped inside sentences and the table as aligned columns
  two_column.pdf     the paragraphs in two columns under a full-width headline
  scanned.pdf        one page holding only an image (no text layer)
  encrypted.pdf      the release with a user password
  truncated.docx     release.docx cut in half
  truncated.pdf      release.pdf cut in half
  bomb.docx          a word/document.xml of 80 MiB of blanks, deflated to a few KiB
"""

import argparse
import io
import os
import zipfile

TITLE = "示例县2025年经济运行情况通报"
HEADER = "示例县统计局"
DATE_LINE = "发布时间：2026年1月20日"

# Our own sentences (no text from the web).
PARAGRAPHS = [
    "2025年，示例县全年完成地区生产总值358.6亿元，同比增长6.2%。其中，第一产业增加值"
    "42.3亿元，增长3.1%；第二产业增加值151.8亿元，增长7.4%；第三产业增加值164.5亿元，"
    "增长5.9%。",
    "全县规模以上工业企业达到126家，全年新增23家。全县粮食总产量达到21.5万吨，比上年增加"
    "0.8万吨。城镇新增就业5600人，城镇调查失业率控制在5.1%以内。",
    "全年固定资产投资完成212.4亿元，增长9.8%，其中产业项目完成投资98.2亿元，基础设施投资"
    "完成61.7亿元，民生项目投资完成52.5亿元。全县共实施省市重点项目47个，年度计划投资完成率"
    "达到108.6%。",
    "全年接待游客812万人次，实现旅游收入86.4亿元，分别增长12.3%和15.1%。全县新建5G基站"
    "320个，新增充电桩1450个。",
]

TABLE = [
    ["指标", "2024年", "2025年", "增速（%）"],
    ["地区生产总值（亿元）", "337.7", "358.6", "6.2"],
    ["固定资产投资（亿元）", "193.4", "212.4", "9.8"],
    ["粮食总产量（万吨）", "20.7", "21.5", "3.9"],
]
TABLE_INTRO = "主要指标如下表。"


def release_txt():
    lines = [TITLE, DATE_LINE, ""]
    for p in PARAGRAPHS[:2]:
        lines += [p, ""]
    lines += [TABLE_INTRO, ""]
    lines += ["  ".join(row) for row in TABLE]
    lines.append("")
    for p in PARAGRAPHS[2:]:
        lines += [p, ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text):
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(text, style=None, split=False):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    if split and len(text) > 10:
        # One word over two runs, as Word writes it after an edit.
        runs = run(text[:7]) + '<w:r><w:rPr><w:b/></w:rPr><w:t>' + esc(text[7:11]) + "</w:t></w:r>" + run(text[11:])
    else:
        runs = run(text)
    return f"<w:p>{ppr}{runs}</w:p>"


def table_xml():
    rows = []
    for row in TABLE:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>' for c in row
        )
        rows.append(f"<w:tr>{cells}</w:tr>")
    return "<w:tbl><w:tblPr/>" + "".join(rows) + "</w:tbl>"


def docx_bytes(document_xml=None):
    if document_xml is None:
        body = [para(TITLE, style="Heading1"), para(DATE_LINE)]
        body += [para(p, split=True) for p in PARAGRAPHS[:2]]
        body += [para(TABLE_INTRO), table_xml()]
        body += [para(p) for p in PARAGRAPHS[2:]]
        # A deleted word (tracked change) and a field code: neither is text.
        body.append(
            '<w:p><w:del w:id="1" w:author="x"><w:r><w:delText>删除的999亿元</w:delText></w:r></w:del>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>'
        )
        document_xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body)
            + "<w:sectPr/></w:body></w:document>"
        )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{esc(TITLE)}</dc:title></cp:coreProperties>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("docProps/core.xml", core),
            ("word/document.xml", document_xml),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def bomb_docx():
    blanks = " " * (80 * 1024 * 1024)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t>{blanks}</w:t></w:r></w:p></w:body></w:document>'
    return docx_bytes(xml)


# ---------------------------------------------------------------- pdf


def new_pdf(font, header=True):
    from fpdf import FPDF

    class Release(FPDF):
        def header(self):
            if header:
                self.set_font("cjk", size=9)
                self.cell(0, 8, HEADER, align="C")
                self.ln(12)

        def footer(self):
            if header:
                self.set_y(-15)
                self.set_font("cjk", size=9)
                self.cell(0, 8, f"第 {self.page_no()} 页", align="C")

    pdf = Release(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 20))
    pdf.add_font("cjk", fname=font)
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=20)
    return pdf


def release_pdf(font, encrypt=False):
    pdf = new_pdf(font)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.multi_cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=12)
    pdf.multi_cell(0, 8, DATE_LINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in PARAGRAPHS[:2]:
        # A paragraph: first line indented two full-width spaces, wrapped at the margin.
        pdf.multi_cell(0, 8, "\u3000\u3000" + p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.multi_cell(0, 8, "\u3000\u3000" + TABLE_INTRO, new_x="LMARGIN", new_y="NEXT")
    widths = [62, 38, 38, 38]
    for row in TABLE:
        for w, c in zip(widths, row):
            pdf.cell(w, 9, c, border=1)
        pdf.ln(9)
    pdf.add_page()
    for p in PARAGRAPHS[2:]:
        pdf.multi_cell(0, 8, "\u3000\u3000" + p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def two_column_pdf(font):
    pdf = new_pdf(font, header=False)
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.multi_cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=11)
    top = pdf.get_y() + 4
    col_w, gap = 85, 10
    for i, paras in enumerate([PARAGRAPHS[:2], PARAGRAPHS[2:]]):
        x = pdf.l_margin + i * (col_w + gap)
        pdf.set_xy(x, top)
        for p in paras:
            pdf.set_x(x)
            pdf.multi_cell(col_w, 7, "\u3000\u3000" + p, align="J", new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
            pdf.ln(2)
    return bytes(pdf.output())


def scanned_pdf():
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("L", (200, 100), 255)
    for x in range(20, 180):
        for y in (30, 50, 70):
            img.putpixel((x, y), 0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 20))
    pdf.add_page()
    pdf.image(buf, x=10, y=10, w=150)
    return bytes(pdf.output())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--font", default="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "docs"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(a.out, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    write("release.txt", release_txt())
    docx = docx_bytes()
    write("release.docx", docx)
    write("truncated.docx", docx[: len(docx) // 2])
    write("bomb.docx", bomb_docx())
    pdf = release_pdf(a.font)
    write("release.pdf", pdf)
    write("truncated.pdf", pdf[: len(pdf) // 2])
    write("encrypted.pdf", release_pdf(a.font, encrypt=True))
    write("two_column.pdf", two_column_pdf(a.font))
    write("scanned.pdf", scanned_pdf())


if __name__ == "__main__":
    main()
