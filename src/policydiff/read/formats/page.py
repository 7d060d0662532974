"""What a government site says about the document it shows: its metadata table and its meta tags.

gov.cn and many provincial sites put a table above the document (索引号, 发文机关,
成文日期, …). Sites built to the State Council's guidelines for government websites
(政府网站发展指引, 2017) also name the site, the article and its source in the
page's ``<meta>`` tags (``SiteName``, ``SiteIDCode``, ``ArticleTitle``, ``PubDate``,
``ContentSource``). Both are read into one :class:`PageMetadata`; the table wins
where both give a value.
"""

from __future__ import annotations

import re
from typing import Any

from ...model import PageMetadata
from ..patterns import LazyPattern

HtmlElement = Any
"""An element of lxml's HTML tree."""

_SPACE = LazyPattern(r"[ \t\n\r\f]+")
_LABELS = {
    "索引号": "index_number", "信息索引号": "index_number", "主题分类": "topic", "分类": "topic", "信息分类": "topic",
    "发文机关": "issuer", "发布机构": "issuer", "发文单位": "issuer", "发布单位": "issuer",
    "成文日期": "date_written", "发文日期": "date_written", "成文时间": "date_written",
    "标题": "title", "名称": "title", "发文字号": "doc_number", "文号": "doc_number",
    "发布日期": "published", "发布时间": "published", "公开日期": "published", "公开时间": "published",
}
"""The labels of a site's metadata table, and the field each fills."""
_MIN_TABLE_LABELS = 3
"""A table is the site's metadata table when it has at least this many different labels."""
_META_NAMES = {
    "sitename": "site", "siteidcode": "site_code", "articletitle": "title", "pubdate": "published",
    "contentsource": "source",
}
"""The ``<meta name>`` of the government website guidelines (compared in lower case), and the field each fills."""


def read_page_metadata(root: HtmlElement) -> PageMetadata | None:
    """The site's metadata, from its table (taken out of the page) and its meta tags, or None when it has neither.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring(
    ...     "<html><head><meta name='SiteName' content='北京市政府'><meta name='PubDate' content='2016-01-13 09:00'>"
    ...     "</head><body><p>正文</p></body></html>")
    >>> meta = read_page_metadata(page)
    >>> meta.site, meta.published
    ('北京市政府', '2016-01-13 09:00')
    """
    table = _read_table(root) or _read_list(root)
    tags = _read_meta_tags(root)
    if table is None and not tags:
        return None
    fields = {**tags, **{k: v for k, v in (table or {}).items() if k != "labels"}}
    labels = table["labels"] if table else ()
    return PageMetadata(**fields, labels=labels)


def _read_meta_tags(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        field = _META_NAMES.get((meta.get("name") or "").strip().lower())
        value = _SPACE.sub(" ", meta.get("content") or "").strip()
        if field and value and field not in found:
            found[field] = value
    return found


def _read_list(root: HtmlElement) -> dict[str, Any] | None:
    """The metadata as a description list (``<dt>发文机关</dt><dd>…</dd>``), the list taken out of the page."""
    for listing in root.iter("dl"):
        found = _fields([(term, term.getnext()) for term in listing.iter("dt")])
        if found is not None:
            listing.drop_tree()
            return found[0]
    return None


def _read_table(root: HtmlElement) -> dict[str, Any] | None:
    """The metadata table's fields (and its ``labels``), its rows taken out of the page."""
    for table in root.iter("table"):
        found = _fields([(cell, cell.getnext()) for cell in table.iter("td", "th") if cell.getparent() is not None])
        if found is not None:
            for row in dict.fromkeys(cell.getparent() for cell in found[1]):
                row.drop_tree()
            return found[0]
    return None


def _fields(cells: list[tuple[HtmlElement, HtmlElement | None]]) -> tuple[dict[str, Any], list[HtmlElement]] | None:
    """The fields (and ``labels``) that (label, value) elements give, and the label elements used; None when they
    name fewer than :data:`_MIN_TABLE_LABELS` fields. A value that is itself a label is none (名称 | 分类 |
    发布单位 heading a table of documents)."""
    pairs, used = [], []
    for cell, value in cells:
        label = _label(cell)
        if label in _LABELS and value is not None and _label(value) not in _LABELS:
            pairs.append((label, _SPACE.sub(" ", value.text_content()).strip()))
            used.append(cell)
    if len({_LABELS[label] for label, _ in pairs}) < _MIN_TABLE_LABELS:
        return None
    fields: dict[str, Any] = {_LABELS[label]: value for label, value in reversed(pairs) if value}
    return {**fields, "labels": tuple(pairs)}, used


def _label(element: HtmlElement) -> str:
    return re.sub(r"[\s\u3000：:]", "", element.text_content())
