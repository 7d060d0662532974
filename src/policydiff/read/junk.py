"""What web copies add to a document that is not the document: annotations, site furniture, repeated titles.

A copy taken from a document-sharing site or a portal carries pinyin after
characters (``發(fā)展``), the site's buttons (``加入VIP免费下载 立即下载``,
``还剩5页未读，继续阅读``), its summary box (``核心提示：…``) and the title printed a
second time. The text is not changed (offsets still index it): each piece found
here becomes a span that comparison and metadata skip, reported as an anomaly.

>>> text = "一、推进发(fā)展。\\n加入VIP免费下载 立即下载\\n二、加强管理。"
>>> [(text[s:e], kind) for (s, e), kind in find_junk(text)]
[('(fā)', 'pinyin'), ('加入VIP免费下载 立即下载', 'site-furniture')]
>>> [kind for _, kind in find_junk("一、推进。\\n2018-12-29 国务院6420 核心提示:推进互联网+\\n二、加强。")]
['site-furniture']
>>> [kind for _, kind in find_junk("一、推进。\\n                — 1 —\\n二、加强。\\n- 2 -")]
['page-number', 'page-number']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Span
from .patterns import LazyPattern


class _LinePattern:
    """A pattern of a whole line (``^`` and then ``body``, in MULTILINE mode), looked for at line starts only.

    ``finditer`` of ``^body`` tries every offset of the text and fails at all but the line starts; ``body``
    after a line break (``\\n`` first) is searched for in C from one line break to the next. ``body`` matches
    no line break at its start, and ends at the end of a line (``$``).

    >>> [span for span in _LinePattern("[甲乙]+$").spans("甲乙\\n丙甲\\n乙\\n", 0, 7)]
    [(0, 2), (6, 7)]
    """

    def __init__(self, body: str) -> None:
        self._first = LazyPattern(body, re.M)
        self._next = LazyPattern(f"\n({body})", re.M)

    def spans(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans of the lines (and only at their starts) that ``finditer`` of ``^body`` finds in
        ``text[start:end]``."""
        pos = start
        if start == 0 or text[start - 1] == "\n":
            first = self._first.match(text, start, end)
            if first is not None:
                yield first.span()
                pos = first.end()
        for m in self._next.finditer(text, pos, end):
            yield m.span(1)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN = LazyPattern(rf"[（(](?<=[\u4e00-\u9fff][（(])(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}[)）]")
"""A pinyin syllable with its tone mark, in brackets right after a character: ``發(fā)`` (the bracket first, so
that the search skips to brackets in C)."""

_BUTTONS = ("免费下载", "立即下载", "下载文档", "下载到电脑", "VIP", "Vip", "vip", "会员免费", "文档贡献者",
            "阅读已结束", "继续阅读", "页未读", "展开全文", "阅读全文", "收藏本页", "打印本页", "关闭窗口", "分享到",
            "扫一扫在手机")
"""What a site's buttons and notices say."""
FURNITURE = _LinePattern(
    r"[ \t\u3000\xa0]*(?![（(]?[一二三四五六七八九十\d]+[)）、.．])(?:"
    # The look ahead for a button's first character spares most lines the try of every button at 13 places.
    rf"(?=[^。；;\n]{{0,12}}[{''.join(sorted({b[0] for b in _BUTTONS}))}])[^。；;\n]{{0,12}}(?:{'|'.join(_BUTTONS)})"
    r"[^。；;\n]{0,60}"
    r"|(?:字号|字体)[:：]?\s*[【\[]?\s*(?:默认|大|超大|中|小)[^。；;\n]{0,40}"
    r"|第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页"
    r"|(?:\d{4}-\d{1,2}-\d{1,2}[^。；;\n]{0,20}?\s)?"  # a portal's date and channel before its summary box
    r"[【\[]?(?:核心提示|内容提要|摘要|导读|责任编辑|来源|浏览次数|点击数|发布时间)[】\]]?[:：][^\n]{0,300}"
    r")$"
)
"""A whole line of a site's furniture: download buttons, font-size switches, page counters, a summary box."""

PAGE_NUMBER = _LinePattern(r"[ \t\u3000\xa0]*[-—–－‒―]{1,2}[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*[-—–－‒―]{1,2}"
                           r"[ \t\u3000\xa0\r]*$")
"""A page number that a text copy of a printed page keeps on a line of its own: ``— 1 —``, ``－ 2 －``, ``- 3 -``."""


_CONTENTS = _LinePattern(r"[ \t\u3000\xa0]*目[ \t\u3000\xa0]*录[ \t\u3000\xa0\r]*$")
_ENTRY = LazyPattern(r"[ \t\u3000\xa0]*(第[一二三四五六七八九十百零〇\d]+[编章节]|附[ \t\u3000\xa0]*则)"
                    r"[^。；;:：\n]{0,40}")
"""An entry of a table of contents: ``第一章　总则``, ``第二节 …``, ``附则``."""


def find_junk(text: str, start: int = 0, end: int | None = None, *,
              titles: tuple[str, ...] = ()) -> list[tuple[Span, str]]:
    """The spans of ``text[start:end]`` that belong to the copy, not to the document, with their kind.

    Kinds: ``pinyin`` (an annotation after a character), ``site-furniture`` (a whole line),
    ``page-number`` (a line such as ``— 1 —``), ``table-of-contents`` (目录 over chapter lines, up to
    the first chapter printed again), ``repeated-title`` (a line that repeats one of ``titles``, given
    as they are written).

    >>> find_junk("某市关于某事的通知\\n某市关于某事的通知\\n内容。", 10, titles=("某市关于某事的通知",))
    [(Span(start=10, end=19), 'repeated-title')]
    """
    end = len(text) if end is None else end
    toned = any(text.find(mark, start, end) >= 0 for mark in _TONED)  # a pinyin syllable holds one; most texts none
    found = [(Span(m.start(), m.end()), "pinyin") for m in PINYIN.finditer(text, start, end)] if toned else []
    for s, e in FURNITURE.spans(text, start, end):
        if text[s:e].strip():
            found.append((_trimmed(text, s, e), "site-furniture"))
    found += [(_trimmed(text, s, e), "page-number") for s, e in PAGE_NUMBER.spans(text, start, end)]
    found += [(span, "table-of-contents") for span in _tables_of_contents(text, start, end)]
    wanted = {_squeeze(t) for t in titles if t}
    if wanted:
        for m in re.finditer(r"[^\n]+", text[start:end]):
            if _squeeze(m.group()) in wanted:
                found.append((_trimmed(text, start + m.start(), start + m.end()), "repeated-title"))
    return sorted(found)


def _tables_of_contents(text: str, start: int, end: int) -> list[Span]:
    """The tables of contents: a 目录 line over two or more entries, up to an entry that repeats one
    (the first chapter itself) or a line that is none.

    >>> text = "目　录\\n第一章　总则\\n第二章　附则\\n\\n第一章　总则\\n第一条　内容。"
    >>> [text[s:e] for s, e in _tables_of_contents(text, 0, len(text))]
    ['目　录\\n第一章　总则\\n第二章　附则']
    """
    found = []
    for s, e in _CONTENTS.spans(text, start, end):
        labels: set[str] = set()
        pos = last = e
        while pos < end:
            stop = text.find("\n", pos + 1, end)
            stop = end if stop < 0 else stop
            line = text[pos:stop].strip("\n")
            if line.strip(" \t\u3000\xa0\r"):
                entry = _ENTRY.fullmatch(line.rstrip("\r"))
                label = _squeeze(entry.group(1)) if entry else None
                if label is None or label in labels:
                    break
                labels.add(label)
                last = stop
            pos = stop
        if len(labels) >= 2:
            found.append(_trimmed(text, s, last))
    return found


def _trimmed(text: str, s: int, e: int) -> Span:
    while s < e and text[s] in " \t\u3000\xa0\r":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\xa0\r":
        e -= 1
    return Span(s, e)


def _squeeze(line: str) -> str:
    return re.sub(r"[\s《》]+", "", line)
