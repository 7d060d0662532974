"""One reader per format: HTML pages, Word .docx, PDF, plain text; refusals that say what to do.

Every file is made at test time; the gov.cn pages are read from ../shared/corpus.
"""

from __future__ import annotations

import html
import io
import json
import re
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from printing import print_to_pdf

import policydiff
from policydiff import samples
from policydiff.cli import main
from policydiff.errors import (
    EncryptedInputError,
    NoDocumentError,
    NoTextLayerError,
    PolicydiffError,
    UnsupportedFormatError,
)
from policydiff.read import Extracted, extract, read_file
from policydiff.read.formats.docx import format_number

CORPUS = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "govcn-dev"
SEED_LINES = [line.strip() for line in samples.text("jingzhengfa-2016-4-b").splitlines() if line.strip()]
TITLE = "北京市人民政府关于积极推进“互联网+”行动的实施意见"


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


# --- HTML: the gov.cn corpus ---------------------------------------------------------------------------------


def _corpus() -> list[dict[str, str]]:
    if not (CORPUS / "metadata.json").exists():
        pytest.skip(f"the gov.cn development corpus is not at {CORPUS.resolve()} (it lives in ../shared/corpus)")
    entries: list[dict[str, str]] = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    return entries


def _paragraphs(content_file: Path) -> list[str]:
    """The document's own paragraphs, read independently of the reader: the <p>s of the content block."""
    import lxml.html

    root = lxml.html.document_fromstring(content_file.read_text(encoding="utf-8"))
    block = root.get_element_by_id("UCAP-CONTENT")
    return [p for p in (_flat(e.text_content()) for e in block.iter("p")) if p]


def _iso(date: str) -> str:
    year, month, day = (int(n) for n in re.findall(r"\d+", date))
    return f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize("kind", ["page", "content"])
def test_govcn_pages_give_the_document_and_the_metadata_table(kind: str) -> None:
    for entry in _corpus():
        path = CORPUS / f"{entry['file']}.{kind}.html"
        extracted = read_file(path)
        flat = _flat(extracted.text)
        paragraphs = _paragraphs(CORPUS / f"{entry['file']}.content.html")
        assert extracted.source_format == "html" and extracted.source == str(path)
        assert _flat(entry["title"]) in flat or entry["title"] in paragraphs[0], path
        assert paragraphs[1] in flat and paragraphs[-1] in flat, path
        for label in ("索引号", "主题分类", "发文机关：", "成文日期", "发布日期", "扫一扫在手机打开当前页"):
            assert label not in extracted.text, (path, label)
        metadata = extracted.page_metadata
        if kind == "content":
            assert metadata is None
            continue
        assert metadata is not None, path
        assert (metadata.title, metadata.doc_number, metadata.issuer) == (
            entry["title"], entry["doc_number"], entry["issuer"]), path
        assert metadata.date_written is not None and _iso(metadata.date_written) == entry["date"], path
        assert metadata.published == entry["published"] and metadata.topic == entry["topic"], path
        assert metadata.index_number and ("索引号", metadata.index_number) in metadata.labels


def test_title_broken_by_br_keeps_its_line_break() -> None:
    entry = _corpus()[0]
    text = read_file(CORPUS / f"{entry['file']}.content.html").text
    first, second = text.splitlines()[:2]
    assert first + second == entry["title"]


# --- HTML: a whole page with the site around the document --------------------------------------------------------


def _whole_page(lines: list[str]) -> str:
    body = "\n".join(f"<p style='text-indent:2em'>{html.escape(line)}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{TITLE}_北京门户网_北京市人民政府门户网站</title>
<script>var nav = "<b>首页</b>";</script><style>p {{ margin: 0 }}</style></head>
<body>
<div class="top"><a href="/">北京门户网</a> <a href="/en">English</a> <a href="/m">无障碍</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/bs">办事服务</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政策文件</a> &gt; 正文</div>
<div class="main">
  <h1>{html.escape(TITLE)}</h1>
  <div class="info">发布时间：2016-01-25 来源：市政府办公厅
    <span>字号：<a href="#">默认</a> <a href="#">超大</a> | <a href="javascript:window.print()">打印</a></span></div>
  <div class="article">{body}</div>
  <div class="bdsharebuttonbox">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="related"><h3>相关链接</h3><ul>
    <li><a href="/1">北京市人民政府关于加快发展体育产业的实施意见</a></li>
    <li><a href="/2">北京市人民政府办公厅关于印发政务服务管理办法的通知</a></li>
    <li><a href="/3">北京市人民政府关于进一步做好就业创业工作的意见</a></li></ul></div>
</div>
<div class="footer">主办：北京市人民政府办公厅　版权所有：北京市人民政府　京ICP备05060933号</div>
</body></html>"""


FURNITURE = ("北京门户网", "English", "无障碍", "政务公开", "办事服务", "当前位置", "发布时间", "来源：市政府办公厅",
             "字号：默认 超大 | 打印", "默认", "分享到", "微信", "QQ空间", "相关链接", "体育产业",
             "政务服务管理办法", "就业创业", "主办：", "版权所有", "ICP", "<", "nav", "首页")


def test_whole_page_in_gbk_gives_the_document_without_the_site(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_whole_page(SEED_LINES).encode("gbk"))
    extracted = read_file(path)
    assert extracted.encoding == "gb18030" and extracted.page_metadata is None
    assert extracted.text.split("\n") == [TITLE, *SEED_LINES]
    for words in FURNITURE:
        assert words not in extracted.text, words
    expected = policydiff.load(samples.path("jingzhengfa-2016-4-b"))
    assert [s.label for s in policydiff.load_all(path)[-1].sections] == [s.label for s in expected.sections]


def test_a_government_sites_meta_tags_are_the_pages_metadata(tmp_path: Path) -> None:
    tags = ('<meta name="SiteName" content="北京市人民政府门户网站"><meta name="SiteIDCode" content="1100000088">'
            f'<meta name="ArticleTitle" content="{TITLE}"><meta name="PubDate" content="2016-01-25 10:00">'
            '<meta name="ContentSource" content="市政府办公厅">')
    path = tmp_path / "page.html"
    path.write_bytes(_whole_page(SEED_LINES).replace("<title>", tags + "<title>").encode("gbk"))
    page = read_file(path).page_metadata
    assert page is not None and page.labels == ()
    assert (page.site, page.site_code, page.title, page.published, page.source) == (
        "北京市人民政府门户网站", "1100000088", TITLE, "2016-01-25 10:00", "市政府办公厅")
    main_doc = policydiff.load_all(path)[0]
    assert main_doc.page == page and main_doc.title == TITLE
    assert "page-metadata-differs" not in {a.kind for a in main_doc.anomalies}
    result = CliRunner().invoke(main, ["outline", str(path), "-o", str(tmp_path / "outline.html")])
    assert result.exit_code == 0, result.output
    report = (tmp_path / "outline.html").read_text(encoding="utf-8")
    assert "北京市人民政府门户网站" in report and "1100000088" in report


def test_the_metadata_table_wins_over_the_meta_tags() -> None:
    page = ('<html><head><meta name="ArticleTitle" content="另一个标题"><meta name="SiteName" content="某网站"></head>'
            '<body><table><tr><td>标题：</td><td>某市关于某事的通知</td><td>发文字号：</td><td>某发〔2020〕1号</td></tr>'
            '<tr><td>发文机关：</td><td>某市人民政府</td></tr></table>'
            '<div><p>某市关于某事的通知</p><p>各区县：现就有关事项通知如下，请遵照执行。</p></div></body></html>')
    metadata = extract(page.encode(), source="page.html").page_metadata
    assert metadata is not None
    assert (metadata.title, metadata.site, metadata.doc_number) == ("某市关于某事的通知", "某网站", "某发〔2020〕1号")


@pytest.mark.parametrize("layout", ["dl", "table"])
def test_metadata_in_other_layouts_and_labels_is_read_and_left_out_of_the_text(layout: str) -> None:
    fields = [("信息索引号", "11510100MB1522744L/2022-01234"), ("发布机构", "某市人民政府办公厅"),
              ("发文日期", "2022年03月15日"), ("文号", "某办发〔2022〕21号"), ("公开日期", "2022年03月18日")]
    if layout == "dl":
        meta = "<dl class='gk-info'>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields) + "</dl>"
    else:
        meta = "<table>" + "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in fields) + "</table>"
    title = "某市人民政府办公厅关于印发某市优化营商环境若干措施的通知"
    page = (f"<html><body><div class='nav'>首页 政务公开</div><div class='detail'>{meta}"
            f"<div class='article-title'>{title}</div><div class='article-body'>"
            "<p>各区县政府，市政府各部门：</p><p>《某市优化营商环境若干措施》已经市政府同意，现印发给你们，请认真贯彻落实。</p>"
            "<p>某市人民政府办公厅</p><p>2022年3月15日</p></div></div></body></html>")
    extracted = extract(page.encode(), source="page.html")
    metadata = extracted.page_metadata
    assert metadata is not None
    assert (metadata.index_number, metadata.issuer, metadata.date_written, metadata.doc_number, metadata.published) == (
        tuple(v for _, v in fields))
    assert extracted.text.split("\n")[0] == title and "索引号" not in extracted.text
    assert policydiff.load_all(page.encode())[0].doc_number == "某办发〔2022〕21号"


@pytest.mark.parametrize("written", ["2015-04-08", "2015/4/8", "2015.04.08", "2015-04-08 09:30", "2015年04月08日"])
def test_the_pages_date_in_figures_dates_a_document_whose_text_has_none(written: str) -> None:
    page = ("<html><body><table><tr><td>发文机关：</td><td>国务院</td><td>发文字号：</td><td>国函〔2015〕66号</td></tr>"
            f"<tr><td>成文日期：</td><td>{written}</td></tr></table><div><p>国务院关于同意设立湖南湘江新区的批复</p>"
            "<p>湖南省人民政府：</p><p>你省关于设立湖南湘江新区的请示收悉。现批复如下：</p>"
            "<p>一、同意设立湖南湘江新区。</p><p>二、湖南湘江新区位于湘江下游西岸。</p></div></body></html>")
    document = policydiff.load_all(page.encode())[0]
    assert (document.date, dict(document.metadata_source).get("date")) == ("2015-04-08", "page")
    assert "missing-date" not in {a.kind for a in document.anomalies}


def test_a_table_of_documents_in_the_text_is_no_metadata_table() -> None:
    page = ("<html><body><div><p>某市关于公布规范性文件清单的通知</p><p>各区县：现将清单公布如下，请遵照执行。</p>"
            "<table><tr><td>序号</td><td>名称</td><td>分类</td><td>发布单位</td><td>文号</td></tr>"
            "<tr><td>1</td><td>某市某办法</td><td>规章</td><td>市政府</td><td>某发〔2020〕1号</td></tr></table>"
            "</div></body></html>")
    extracted = extract(page.encode(), source="page.html")
    assert extracted.page_metadata is None and "名称\t分类\t发布单位" in extracted.text


def test_standard_input_reads_an_html_page() -> None:
    page = _whole_page(SEED_LINES).encode("gbk")
    result = CliRunner().invoke(main, ["outline", "-"], input=page)
    assert result.exit_code == 0, result.output
    assert "(一)指导思想" in result.stdout or "指导思想" in result.stdout
    assert "分享到" not in result.stdout


def test_html_string_is_read_as_html() -> None:
    doc = policydiff.load("<p>国务院关于推进某事的指导意见</p><p>一、总体要求</p><p>内容。</p>")
    assert doc.title == "国务院关于推进某事的指导意见" and "<" not in doc.text


# --- Word .docx ------------------------------------------------------------------------------------------------

_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "(%2)"), ("decimal", "%3."))
_MARKERS = (r"[一二三四五六七八九十]+、", r"\([一二三四五六七八九十]+\)", r"\d+\.")


def _numbering_xml() -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + ('<w:lvlRestart w:val="1"/>' if i == 2 else "")  # 1. 2. … run on across (一) (二), as in the seed
        + f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate(_LEVELS)
    )
    return f'<w:abstractNum {{ns}} w:abstractNumId="907">{levels}</w:abstractNum>'


def _make_docx(path: Path, lines: list[str]) -> None:
    """A .docx with one paragraph per line, headings numbered by Word (numbering.xml), and a table at the end."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_numbering_xml().replace("{ns}", nsdecls("w"))))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="903"><w:abstractNumId w:val="907"/></w:num>'))
    for line in lines:
        level = next((i for i, marker in enumerate(_MARKERS) if re.match(marker, line)), None)
        if level is None:
            document.add_paragraph(line)
            continue
        paragraph = document.add_paragraph(re.sub(_MARKERS[level], "", line, count=1))
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="903"/></w:numPr>'))
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("指标", "目标"), ("宽带普及率", "国际领先"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(path))


def test_docx_paragraphs_tables_and_word_numbering(tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    _make_docx(path, SEED_LINES)
    assert "一、" not in _docx_xml(path), "the labels must come from numbering.xml, not from the text"
    extracted = read_file(path)
    assert extracted.source_format == "docx"
    lines = extracted.text.split("\n")
    assert lines[: len(SEED_LINES)] == SEED_LINES
    assert lines[len(SEED_LINES):] == ["指标\t目标", "宽带普及率\t国际领先"]
    expected = policydiff.load(samples.path("jingzhengfa-2016-4-b"))
    got = policydiff.load(path)
    assert [(s.label, s.heading) for s in got.sections] == [(s.label, s.heading) for s in expected.sections]


_RUN_CONTENT = ('<w:r><w:t xml:space="preserve">一 </w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t>'
                '<w:br w:type="page"/><w:noBreakHyphen/><w:cr/><w:ptab w:relativeTo="margin" w:alignment="left" '
                'w:leader="none"/><w:t/></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r>'
                '</w:del><w:ins w:id="2" w:author="a"><w:r><w:t>增</w:t></w:r></w:ins>')


def test_docx_run_text_and_style_numbering_as_python_docx_reads_them(tmp_path: Path) -> None:
    """The reader parses the package itself (formats/package.py): its text of a paragraph is python-docx's, and a
    paragraph that takes its list from its style (and the style it is based on) is numbered."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = tmp_path / "runs.docx"
    _make_docx(path, ["一、总体要求"])
    document = docx.Document(str(path))
    styles = document.styles.element
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Listed"><w:name w:val="L"/>'
                            '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="903"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Child"><w:name w:val="C"/>'
                            '<w:basedOn w:val="Listed"/></w:style>'))
    paragraph = document.add_paragraph()
    for run in parse_xml(f'<w:p {nsdecls("w")}>{_RUN_CONTENT}</w:p>'):
        paragraph._p.append(run)
    styled = document.add_paragraph("发展目标")
    styled._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="Child"/>'))
    document.save(str(path))
    runs = docx.Document(str(path)).paragraphs[-2]._p.xpath(".//w:r[not(ancestor::w:del)]")
    expected = "".join(r.text for r in runs).strip()
    assert expected == "一 \t二\n三-\n\t增"
    lines = read_file(path).text.split("\n")
    assert lines[-4:] == [*expected.split("\n"), "二、发展目标"]


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(
    ("n", "fmt", "label"),
    [(1, "chineseCounting", "一"), (11, "chineseCounting", "十一"), (20, "chineseCountingThousand", "二十"),
     (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"), (9, "upperRoman", "IX"),
     (3, "lowerLetter", "c"), (7, "decimal", "7"), (4, "decimalFullWidth", "４"), (5, "unknownFormat", "5")],
)
def test_word_number_formats(n: int, fmt: str, label: str) -> None:
    assert format_number(n, fmt) == label


# --- PDF -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in SEED_LINES)
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
      @page {{ size: A4; margin: 30mm 25mm;
        @top-center {{ content: "北京市人民政府文件"; font-size: 10pt; }}
        @bottom-center {{ content: "— " counter(page) " —"; font-size: 10pt; }}
        @bottom-right {{ content: "第" counter(page) "页"; font-size: 10pt; }} }}
      body {{ font-size: 14pt; line-height: 1.6; }} p {{ text-indent: 2em; margin: 0; text-align: justify; }}
      </style></head><body>{body}</body></html>"""
    return print_to_pdf(tmp_path_factory.mktemp("pdf"), page)


def test_pdf_lines_rejoined_into_paragraphs_without_running_headers(seed_pdf: Path) -> None:
    doc = policydiff.load(seed_pdf)  # read_file(seed_pdf).text, as the Document's text
    assert doc.encoding == "pdf"
    lines = doc.text.split("\n")
    for line in SEED_LINES:
        assert line in lines, line
    assert "北京市人民政府文件" not in doc.text and "— 2 —" not in doc.text and "第2页" not in doc.text
    assert doc.doc_number == policydiff.load(samples.path("jingzhengfa-2016-4-b")).doc_number


# --- Bad input: one error that says what to do -------------------------------------------------------------------


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A small PDF with a correct cross-reference table; object n is objects[n - 1]."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def _page(resources: bytes, content: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]


def _scanned_pdf() -> bytes:
    """A page that is one image (a grey pixel scaled to the page) and no text."""
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 " \
            b"/Length 1 >>\nstream\n\x80\nendstream"
    return _pdf([*_page(b"<< /XObject << /Im1 5 0 R >> >>", b"q 595 0 0 842 0 0 cm /Im1 Do Q"), image])


def _encrypted_pdf() -> bytes:
    """A page with text, under the standard security handler with a user password that is not empty."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [*_page(b"<< /Font << /F1 5 0 R >> >>", b"BT /F1 12 Tf 72 720 Td (secret) Tj ET"), font,
               b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (b"ab" * 32, b"cd" * 32)]
    return _pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (b"01" * 16, b"01" * 16))


def _random_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/readme.txt", "not a document")
    return buffer.getvalue()


RTF = (b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs24 "
       b"\\u22269?\\u21153?\\u-27038?\\u20851?\\u20110?\\par\n\\u22269?\\u21457?\\u12308?2015\\u12309?40\\u21495?\\par\n}")
"""An RTF file as WordPad writes one (国务院关于…, 国发〔2015〕40号): its text is in escapes."""

NAV_ONLY = ("<html><body><div class='nav'><a href='/'>首页</a><a href='/a'>政务公开</a></div>"
            "<ul>"
            + "".join(f"<li><a href='/{i}'>北京市人民政府关于第{i}项工作的通知</a></li>" for i in range(20))
            + "</ul>"
            "<div>版权所有</div></body></html>")

BAD_INPUTS = [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), UnsupportedFormatError, "Save it as .docx"),
    ("old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 1024, UnsupportedFormatError, "Save it as .docx"),
    ("locked.pdf", _encrypted_pdf(), EncryptedInputError, "without one"),
    ("scan.pdf", _scanned_pdf(), NoTextLayerError, "Run OCR"),
    ("nav.html", NAV_ONLY.encode(), NoDocumentError, "Save the page of the document itself"),
    ("photos.zip", _random_zip(), UnsupportedFormatError, "not a Word .docx"),
    ("notice.rtf", RTF, UnsupportedFormatError, "Save it as .docx or .txt"),
    ("rtf-named.txt", "\ufeff {\\rtf1\\ansi 国务院关于推进的意见\n一、总体要求}".encode(), UnsupportedFormatError,
     "RTF"),
]


@pytest.mark.parametrize(("name", "content", "error", "fix"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_unreadable_formats_raise_one_error_naming_the_fix(
    tmp_path: Path, name: str, content: bytes, error: type[PolicydiffError], fix: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as info:
        policydiff.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and fix in message and "\n" not in message
    with pytest.raises(error):
        extract(content, source="<stdin>")


@pytest.mark.parametrize(("name", "content", "error", "fix"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_cli_turns_unreadable_formats_into_one_line_and_exit_2(
    tmp_path: Path, name: str, content: bytes, error: type[PolicydiffError], fix: str
) -> None:
    path, out = tmp_path / name, tmp_path / "outline.json"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["outline", str(path), "--format", "json", "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and fix in result.stderr and "Traceback" not in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_collate_and_align_refuse_rtf_as_outline_does(tmp_path: Path) -> None:
    path = tmp_path / "notice.rtf"
    path.write_bytes(RTF)
    other = str(samples.path("guofa-2015-40"))
    for args in (["collate", other, str(path)], ["align", str(path), other], ["align", other, str(path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, (args, result.output)
        assert "RTF" in result.stderr and "Save it as .docx or .txt" in result.stderr

# --- A hostile page ------------------------------------------------------------------------------------------


def _hostile_page() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return (
        f"<!DOCTYPE html [{entities}]><html><head><script>alert('head')</script></head>"
        "<body onload=\"alert('load')\"><p>国务院关于某事的通知</p>"
        "<p>各省、自治区、直辖市人民政府：现就有关事项通知如下。<img src=x onerror=\"alert('img')\">"
        "<a href=\"javascript:alert('link')\">点此查看</a></p><p>&lol9;</p>"
        "<script>document.write('<p>alert</p>')</script><noscript><p>script</p></noscript>"
        + "<div>" * 100_000 + "深处" + "</div>" * 100_000 + "</body></html>"
    ).encode()


def test_hostile_page_is_read_as_text_only_quickly() -> None:
    page = _hostile_page()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    extracted = extract(page, source="hostile.html")
    elapsed = time.perf_counter() - started
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert elapsed < 10 and grown_mib < 500
    assert "国务院关于某事的通知" in extracted.text and "各省、自治区、直辖市人民政府" in extracted.text
    for word in ("<", "script", "alert", "javascript", "onerror", "lollol"):
        assert word not in extracted.text, word


# --- Choosing the reader ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "reader"),
    [(b"%PDF-1.7\n", "x", "pdf"), (b'<td id="UCAP-CONTENT"><p>x', "<stdin>", "html"),
     ("<tbody>\n<tr><td>国务院".encode(), "a.txt", "html"), ("国务院<b>通知".encode(), "a.htm", "html"),
     ("国务院<b>通知".encode(), "a.txt", "text"), (b"PK\x03\x04", "a.txt", "docx")],
)
def test_the_reader_is_chosen_by_content_with_the_name_as_tie_breaker(content: bytes, name: str, reader: str) -> None:
    from policydiff.read.formats import READERS

    assert next(r for r in READERS if r.sniff(content, name)).name == reader


def test_plain_text_is_read_as_today(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(samples.text("jingzhengfa-2016-4-b").encode("gb18030"))
    extracted: Any = read_file(path)
    assert isinstance(extracted, Extracted)
    assert (extracted.source_format, extracted.encoding, extracted.page_metadata) == ("text", "gb18030", None)
    assert extracted.text == samples.text("jingzhengfa-2016-4-b")


def test_importing_policydiff_loads_no_format_library() -> None:
    code = "import sys, policydiff; print(sorted(m for m in ('lxml', 'docx', 'pdfminer') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_reading_a_text_file_imports_no_other_format_reader_and_compiles_only_the_patterns_it_uses() -> None:
    code = ("import gc, sys, policydiff\n"
            "from policydiff.read.patterns import LazyPattern\n"
            "policydiff.load(policydiff.samples.path('guofa-2015-40'))\n"
            "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('policydiff.read.formats.')))\n"
            "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
            "print(0 < sum('compiled' in vars(o) for o in lazy) < len(lazy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["['base',", "'sniffing',", "'text']", "True"], result.stderr
