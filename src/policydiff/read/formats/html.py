"""HTML: the document's own block of a saved page or a fragment, without the site around it.

The page is parsed with lxml's HTML parser (which expands no entities of its
own DOCTYPE and fetches nothing). Scripts, styles, forms' controls and
navigation are dropped; a site metadata table (gov.cn's 索引号, 发文机关, …) is
read into :class:`PageMetadata` and taken out of the text; the document's block
is the element that holds most of the page's text outside links. Its text keeps
one line per block element, and a line break at each ``<br>``.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ...errors import NoDocumentError
from ...model import Anomaly
from ..decoding import decode_bytes
from ..patterns import LazyPattern
from .base import Extracted
from .page import read_page_metadata

HtmlElement = Any
"""An element of lxml's HTML tree (lxml is imported only when a page is read)."""

_BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
     "thead", "tr", "ul"]
)
_DROPPED = frozenset(
    ["applet", "audio", "button", "canvas", "datalist", "embed", "frame", "frameset", "head", "iframe", "input", "link",
     "map", "math", "meta", "nav", "noscript", "object", "option", "script", "select", "style", "svg", "template",
     "textarea", "title", "video"]
)
_CONTAINERS = frozenset(
    ["article", "blockquote", "body", "center", "dd", "div", "font", "form", "main", "section", "table", "tbody",
     "td", "th", "tr"]
)
"""Elements that may hold a document's block (a ``<p>`` or ``<span>`` is part of one)."""
_FURNITURE_NAMES = frozenset(
    ["breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "menu", "nav", "navbar", "related", "share", "sidebar"]
)
"""Tokens of an id or class that mark the site around a document."""
_KNOWN_BLOCKS = ("UCAP-CONTENT", "zoom", "Zoom", "TRS_Editor", "pages_content", "article-content")
"""Ids or classes that content management systems of government sites give the document's block."""

_SHORT_CELL = 500
"""Cells up to this many characters are data and go on their row's line; longer ones lay out a page."""
_MIN_CHARS = 20
"""The fewest letters outside links that a page's document has (a one-line reply is longer)."""

_CHARSET = LazyPattern(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_DOCTYPE_SUBSET = LazyPattern(r"\s*<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = LazyPattern(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
_SPACE = LazyPattern(r"[ \t\n\r\f]+")
_LETTER = LazyPattern(r"[\w\u2e80-\u9fff]")
_FURNITURE_LINE = LazyPattern(
    r"^[【\[]?(?:字号[：:]|分享到|打印本页|关闭窗口|扫一扫在手机打开当前页|相关链接|责任编辑[：:])"
)
_NEWLINE, _BLOCK, _CELL = "\x00", "\x02", "\x01"
"""Line breaks (of a ``<br>``; at a block's edges, where several make one) and cell breaks, while text is assembled."""
_BLOCK_EDGES = LazyPattern(f"[ {_BLOCK}]*{_BLOCK}[ {_BLOCK}]*")


class HtmlReader:
    """A saved web page or an HTML fragment, in its declared or detected encoding."""

    name = "html"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The document's text, and the site's metadata table if the page has one.

        >>> page = ("<div><a href='/'>首页</a></div>"
        ...         "<div><p>国务院关于某事的通知</p><p>各省、自治区：现就有关事项通知如下。</p></div>")
        >>> HtmlReader().read(page.encode(), source="a.html").text
        '国务院关于某事的通知\\n各省、自治区：现就有关事项通知如下。'
        """
        text, encoding, decoding = _decode(data, source)
        root = _parse(text, source)
        metadata = read_page_metadata(root)
        _drop_furniture(root)
        block = _document_block(root)
        rendered = _render(block)
        heading = _heading_before(block)
        if heading and _SPACE.sub("", heading) not in _SPACE.sub("", rendered[: 3 * len(heading)]):
            rendered = f"{heading}\n{rendered.lstrip()}"
        body = _tidy(rendered.split("\n"))
        if len(_LETTER.findall(body)) < _MIN_CHARS:
            raise _no_document(source)
        return Extracted(text=body, encoding=encoding, source=source, source_format=self.name,
                         page_metadata=metadata, anomalies=_in_body(decoding, body, encoding))


def _decode(data: bytes, source: str) -> tuple[str, str, tuple[Anomaly, ...]]:
    """The page's text in its declared charset (GB2312 and GBK read as their superset GB18030), else detected;
    and what decoding found irregular."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            if name in ("gb2312", "gbk"):
                name = "gb18030"
            return data.decode(name), name.replace("_", "-"), ()
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode_bytes(data, source=source)
    return decoded.text, decoded.encoding, decoded.anomalies


def _in_body(decoding: tuple[Anomaly, ...], body: str, encoding: str) -> tuple[Anomaly, ...]:
    """The decoding anomalies with offsets into the page's text, not its markup: a repair of the whole page, and
    an ``undecodable-bytes`` anomaly at each U+FFFD of the text when decoding put some there."""
    kept = tuple(a for a in decoding if a.kind == "mojibake-repaired")
    if not any(a.kind == "undecodable-bytes" for a in decoding):
        return kept
    message = f"bytes not valid {encoding} replaced by U+FFFD"
    return (*kept, *(Anomaly("undecodable-bytes", message, m.start()) for m in re.finditer("\ufffd+", body)))


def _no_document(source: str) -> NoDocumentError:
    return NoDocumentError(
        source,
        "the page holds no document text, only the site's navigation, links or scripts",
        "Save the page of the document itself, or copy the document's text into a .txt file",
    )


def _parse(text: str, source: str) -> HtmlElement:
    """The page's tree, with comments and processing instructions left out and no DOCTYPE subset."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True,
                                  encoding="utf-8")
    text = _DOCTYPE_SUBSET.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except lxml.etree.ParserError:
        raise _no_document(source) from None
    return root


def _drop_furniture(root: HtmlElement) -> None:
    """Take scripts, styles, forms' controls, the head and the site's navigation out of the page."""
    for element in [e for e in root.iter() if _is_dropped(e)]:
        if element.getparent() is not None:
            element.drop_tree()


def _is_dropped(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag in _DROPPED:
        return True
    names = f"{element.get('id', '')} {element.get('class', '')}".lower().replace("-", " ").replace("_", " ")
    return not _FURNITURE_NAMES.isdisjoint(names.split())


def _document_block(root: HtmlElement) -> HtmlElement:
    """A known content block with text in it, else the element that holds most of the text outside links."""
    weights = _weights(root)
    for element in root.iter():
        names = {element.get("id", "")} | set(element.get("class", "").split())
        if not names.isdisjoint(_KNOWN_BLOCKS) and weights.get(element, 0) >= _MIN_CHARS:
            return element
    body = root.find("body")
    block = root if body is None else body
    while True:
        children = [c for c in block if isinstance(c.tag, str)]
        best = max(children, key=lambda c: weights.get(c, 0), default=None)
        if best is None or best.tag not in _CONTAINERS or weights.get(best, 0) < 0.7 * weights.get(block, 0):
            break  # a paragraph that holds most of the text is one of the document's, not its block
        block = best
    _drop_link_lists(block, weights)
    return block


def _weights(root: HtmlElement) -> dict[HtmlElement, int]:
    """For each element, the letters in its text outside links."""
    from lxml import etree

    weights: dict[HtmlElement, int] = {}
    for _, element in etree.iterwalk(root, events=("end",)):
        if element.tag == "a":
            weights[element] = 0
            continue
        own = len(_LETTER.findall(element.text or ""))
        weights[element] = own + sum(weights.get(c, 0) + len(_LETTER.findall(c.tail or "")) for c in element)
    return weights


def _drop_link_lists(block: HtmlElement, weights: dict[HtmlElement, int]) -> None:
    """Take out lists of links (related documents, share buttons) that sit in the chosen block."""
    for element in list(block.iter("ul", "ol", "dl", "div", "table", "section")):
        links = element.findall(".//a")
        if element is block or element.getparent() is None or len(links) < 3:
            continue
        linked = sum(len(_LETTER.findall(a.text_content())) for a in links)
        if weights.get(element, 0) <= 0.25 * (weights.get(element, 0) + linked):
            element.drop_tree()


def _heading_before(block: HtmlElement) -> str | None:
    """The text of the nearest heading before a block that has none, within three levels up: an ``<h1>`` or
    ``<h2>``, or an element that the site's classes name a title (``<div class="article-title">``)."""
    if block.find(".//h1") is not None or block.find(".//h2") is not None:
        return None
    element: HtmlElement | None = block
    for _ in range(3):
        if element is None:
            break
        for sibling in element.itersiblings(preceding=True):
            headings = [sibling] if _is_heading(sibling) else [e for e in sibling.iterdescendants() if _is_heading(e)]
            if headings:
                text = _SPACE.sub(" ", headings[-1].text_content()).strip()
                return text if len(_LETTER.findall(text)) >= 4 else None
        element = element.getparent()
    return None


def _is_heading(element: HtmlElement) -> bool:
    if element.tag in ("h1", "h2"):
        return True
    names = f"{element.get('id', '')} {element.get('class', '')}".lower().replace("-", " ").replace("_", " ").split()
    return element.tag in _CONTAINERS and "title" in names and not element.findall(".//p")


def _render(block: HtmlElement) -> str:
    """The block's text: a line per block element and ``<br>``; a table row per line, its cells split by tabs.

    A cell of a layout table (one that holds more than a short text) keeps its lines.
    """
    from lxml import etree

    parts: list[str] = []
    flat: list[HtmlElement] = []
    for event, element in etree.iterwalk(block, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start" and tag in ("td", "th") and element is not block:  # noqa: SIM102 - a cell; then whether to flatten it
            if flat or len(element.text_content()) <= _SHORT_CELL:
                flat.append(element)
        if tag in _BLOCKS or (tag == "br" and event == "start"):
            parts.append(" " if flat else _BLOCK if tag in _BLOCKS else _NEWLINE)
        if event == "start":
            parts.append(element.text or "")
            continue
        if tag in ("td", "th"):
            parts.append(_CELL)
            if flat and flat[-1] is element:
                flat.pop()
        if element is not block:
            parts.append(element.tail or "")
    flowing = _BLOCK_EDGES.sub(_NEWLINE, _SPACE.sub(" ", _WIDE_BREAK.sub("", "".join(parts))))
    lines = flowing.replace("\xa0", " ").split(_NEWLINE)
    return "\n".join("\t".join(c.strip(" \u3000") for c in ln.split(_CELL)).strip() for ln in lines)


def _tidy(lines: list[str]) -> str:
    """The lines without the site's furniture (字号、分享到、打印本页), and with no run of blank lines."""
    kept: list[str] = []
    for line in lines:
        line = line.strip()
        if _FURNITURE_LINE.match(line) and len(line) < 60:
            continue
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")
