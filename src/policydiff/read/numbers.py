"""Document numbers (文号) in every written form, and the documents a text cites.

A number is written ``prefix〔year〕serial号`` with any of the brackets 〔〕 [] 【】 （）
［］ ﹝﹞, spaces anywhere, in either script (``國發〔2015〕40號``). Its *canonical* form is
simplified, without spaces, with 〔〕 around the year. An order (令) is numbered
``第706号`` under its heading ``中华人民共和国国务院令``; its canonical form is the
order's name and number, ``国令第706号`` for the State Council. Announcements (公告,
通告) and orders cited in a text are numbered by the issuer's name, the kind and a
serial in the year: ``国家税务总局公告2021年第5号``, ``财政部令第102号``, also written
``国家发展改革委2018年第16号令``; their canonical form is ``issuer kind year第serial号``,
without spaces (``财政部 税务总局公告`` → ``财政部税务总局公告``).

>>> canonical_doc_number("國發 [2015] 40號")
'国发〔2015〕40号'
>>> [n.canonical for n in find_doc_numbers("根据国办发明电〔2020〕1号和浙政发（2016）2号")]
['国办发明电〔2020〕1号', '浙政发〔2016〕2号']
>>> [n.canonical for n in find_doc_numbers("执行财政部 税务总局公告2019年第39号和国家发展改革委第16号令")]
['财政部税务总局公告2019年第39号', '国家发展改革委令第16号']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Citation
from ..script import simplified
from .lines import squeezed
from .patterns import LazyPattern

_SP = r"[ \t\u3000\xa0]*"
_OPEN = re.escape("〔[【（(［﹝")
_CLOSE = re.escape("〕]】）)］﹞")
DOC_NUMBER = LazyPattern(
    rf"(?P<prefix>[\u4e00-\u9fff]{{1,12}}?){_SP}[{_OPEN}]{_SP}(?P<year>(?:19|20)\d\d){_SP}[{_CLOSE}]"
    rf"{_SP}(?:第{_SP})?(?P<serial>\d{{1,5}}){_SP}[号號]"
)
"""A document number with a year, as written (either script, any bracket, spaces allowed)."""
_NUMBER_TAIL = LazyPattern(rf"[{_OPEN}]{_SP}(?:19|20)\d\d{_SP}[{_CLOSE}]{_SP}(?:第{_SP})?\d{{1,5}}{_SP}[号號]")
"""What follows the issuer's prefix in :data:`DOC_NUMBER`, from its bracket (a search skips to brackets in C)."""
_PREFIX = 12
"""The longest prefix of :data:`DOC_NUMBER`."""

_ISSUED = LazyPattern(
    rf"(?P<kind>公告|通告|令){_SP}(?:(?P<year>(?:19|20)\d\d){_SP}年{_SP})?第{_SP}(?P<serial>\d{{1,5}}){_SP}[号號]"
    rf"|第{_SP}(?P<serial2>\d{{1,5}}){_SP}[号號](?P<kind2>公告|通告|令)"
)
"""The part of an announcement's or order's number after the issuer's name: ``公告2021年第5号``, ``第16号令``."""
_HAN = r"(?![号號])[\u4e00-\u9fff]"
_ISSUER = LazyPattern(
    rf"(?P<name>{_HAN}(?:{_HAN}|[ \u3000](?={_HAN})){{1,39}})(?:(?P<year>(?:19|20)\d\d){_SP}年{_SP})?$"
)
"""The issuer's name just before it (not past an earlier number's 号), joint issuers spaced (``财政部 税务总局``),
and for ``…第16号令`` the year (``国家发展改革委2018年``)."""

ORDER_HEAD = LazyPattern(
    r"^(?:中华人民共和国|中華人民共和國)?(?P<body>[\u4e00-\u9fff]{2,20}?)[令]$"
)
"""The heading of an order: ``中华人民共和国国务院令``, ``北京市人民政府令``."""

ORDER_NUMBER = LazyPattern(rf"^(?:(?P<year>(?:19|20)\d\d){_SP}年{_SP})?第{_SP}(?P<serial>\d{{1,5}}){_SP}[号號]$")
"""The number line under an order's heading: ``第706号`` or ``2019年第1号``."""

_LEADING_WORDS = LazyPattern(
    "^(?:根据|依据|按照|参照|依照|遵照|遵循|对照|结合|通过|执行|贯彻|落实|实施|学习|印发|转发|下发|废止|代替|替代"
    "|认真|全面|深入|切实|进一步|继续|同时|关于|对于|现|为|好|了|按|据|依|见|和|及|与|或|并|即|以|的|对|由|将|在|于"
    "|文件|号文)+"
)
"""Words that run into a number's prefix in a sentence (``根据国发〔2015〕40号``): not part of it."""

_ORDER_SHORT = {"国务院": "国令"}
"""Order names abbreviated in their canonical form (国务院令第706号 is written 国令第706号)."""


class DocNumber(NamedTuple):
    """A document number found in a text."""

    canonical: str
    """Simplified, no spaces, 〔〕 around the year: ``国发〔2015〕40号``."""
    written: str
    """As the text writes it."""
    start: int
    """Where it starts."""
    end: int
    """Where it ends."""


def canonical_doc_number(number: str) -> str:
    """The canonical form of a number with a year (unchanged if it is none).

    >>> canonical_doc_number("京政发 〔2016〕 4 号"), canonical_doc_number("浙政發（2016）2號")
    ('京政发〔2016〕4号', '浙政发〔2016〕2号')
    """
    m = DOC_NUMBER.search(number)
    if m is None:
        issued = _issued(number, 0, len(number))
        return issued[0].canonical if issued else number
    return f"{_prefix(m['prefix'])}〔{m['year']}〕{int(m['serial'])}号"


def find_doc_numbers(text: str, start: int = 0, end: int | None = None) -> list[DocNumber]:
    """Every number with a year in ``text[start:end]``, in order (words of the sentence before it left out)."""
    end = len(text) if end is None else end
    found = []
    for m in doc_number_matches(text, start, end):
        cut = len(m["prefix"]) - len(_prefix(m["prefix"]))
        found.append(DocNumber(canonical_doc_number(m.group()[cut:]), m.group()[cut:], m.start() + cut, m.end()))
    return sorted(found + _issued(text, start, end), key=lambda n: n.start)


def doc_number_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`DOC_NUMBER` in ``text[start:end]``, those its ``finditer`` finds, found from their
    brackets: ``finditer`` tries the pattern at every ideograph (most of a text), this only before a bracket
    that a year and a number follow, at the first ideograph of the prefix that reaches it.

    >>> [m.group() for m in doc_number_matches("根据国办发明电〔2020〕1号和浙政发 （2016）2号")]
    ['根据国办发明电〔2020〕1号', '和浙政发 （2016）2号']
    """
    end = len(text) if end is None else end
    pos = start
    while (tail := _NUMBER_TAIL.search(text, pos, end)) is not None:
        stop = tail.start()
        while stop > pos and text[stop - 1] in _SPACES:
            stop -= 1
        first = stop
        while first > max(pos, stop - _PREFIX) and "\u4e00" <= text[first - 1] <= "\u9fff":
            first -= 1
        m = DOC_NUMBER.match(text, first, end) if first < stop else None
        if m is None:  # no ideograph before the bracket
            pos = tail.start() + 1
            continue
        yield m
        pos = m.end()


_SPACES = " \t\u3000\xa0"


def _issued(text: str, start: int, end: int) -> list[DocNumber]:
    """The numbers of announcements and orders in ``text[start:end]`` (``国家税务总局公告2021年第5号``)."""
    found = []
    for m in _ISSUED.finditer(text, start, end):
        name = _ISSUER.search(text, max(start, m.start() - 50), m.start())
        trimmed = _LEADING_WORDS.sub("", simplified(name["name"])) if name else ""
        if name is None or not trimmed:
            continue
        issuer = squeezed(trimmed)
        issuer = issuer.removeprefix("中华人民共和国") if len(issuer) > 9 else issuer
        kind, year, serial = m["kind"] or m["kind2"], m["year"] or name["year"], m["serial"] or m["serial2"]
        issuer = _ORDER_SHORT.get(issuer, issuer + kind) if kind == "令" else issuer + kind
        begin = name.end("name") - len(trimmed)
        canonical = f"{issuer}{year + '年' if year else ''}第{int(serial)}号"
        found.append(DocNumber(canonical, text[begin : m.end()], begin, m.end()))
    return found


def _prefix(written: str) -> str:
    """A number's prefix in simplified script, without the words of a sentence that run into it."""
    prefix = simplified(written)
    trimmed = _LEADING_WORDS.sub("", prefix)
    return trimmed if trimmed else prefix


def order_number(heading: str, number_line: str) -> str | None:
    """The canonical number of an order from its heading and number lines, or None.

    >>> order_number("中华人民共和国国务院令", "第706号"), order_number("北京市人民政府令", "第 285 号")
    ('国令第706号', '北京市人民政府令第285号')
    >>> order_number("商务部令", "2019年第1号")
    '商务部令2019年第1号'
    """
    head = ORDER_HEAD.match(squeezed(simplified(heading)))
    number = ORDER_NUMBER.match(squeezed(number_line))
    if head is None or number is None:
        return None
    body = head["body"]
    name = _ORDER_SHORT.get(body, body + "令")
    year = f"{number['year']}年" if number["year"] else ""
    return f"{name}{year}第{int(number['serial'])}号"


def order_issuer(heading: str) -> str | None:
    """The body that issues an order, from its heading.

    >>> order_issuer("中华人民共和国国务院令")
    '国务院'
    """
    head = ORDER_HEAD.match(squeezed(simplified(heading)))
    return head["body"] if head else None


_CITED_TITLE = LazyPattern(r"《([^《》\n]{2,80})》")
"""A title cited in book-title marks."""
_CITED_NUMBER = LazyPattern(r"[ \t\u3000]*[（(]([^()（）\n]{4,40})[)）]")
"""The parenthesis right after a cited title, which may hold its number."""


def find_citations(text: str, start: int, end: int) -> list[Citation]:
    """Documents cited by title in the range, with their canonical numbers where given.

    >>> text = "落实《国务院关于积极推进“互联网+”行动的指导意见》(国发〔2015〕40号)"
    >>> [(c.title, c.doc_number) for c in find_citations(text, 0, 40)]
    [('国务院关于积极推进“互联网+”行动的指导意见', '国发〔2015〕40号')]
    >>> [c.doc_number for c in find_citations("依據《指導意見》（國發〔2015〕40號）", 0, 30)]
    ['国发〔2015〕40号']
    >>> [c.doc_number for c in find_citations("按《财政部 税务总局关于某事的公告》（2021年第11号）", 0, 40)]
    ['财政部税务总局公告2021年第11号']
    """
    found = []
    for m in _CITED_TITLE.finditer(text, start, end):
        s, e = m.start(), m.end()
        after = _CITED_NUMBER.match(text, e, end)  # from e in place: a slice of the rest of the text was quadratic
        number = _cited_number(m.group(1), after.group(1).strip()) if after else None
        if after and number:
            e = after.end()
        found.append(Citation(title=m.group(1), doc_number=number, start=s, end=e))
    return found


def _cited_number(title: str, inner: str) -> str | None:
    """The canonical number in the parenthesis after a cited title: a whole number, or the year and serial of an
    announcement or order whose title names the issuer (``《财政部 税务总局关于…的公告》（2021年第11号）``)."""
    if DOC_NUMBER.fullmatch(inner):
        return canonical_doc_number(inner)
    issued = _issued(inner, 0, len(inner))
    if issued and issued[0].start == 0 and issued[0].end == len(inner):
        return issued[0].canonical
    kind = title[-2:] if title.endswith(("公告", "通告")) else title[-1:]
    issuer, about, _ = title.partition("关于")
    if about and issuer and kind in ("公告", "通告", "令") and _BARE_SERIAL.fullmatch(inner):
        return canonical_doc_number(f"{issuer}{kind}{inner}")
    return None


_BARE_SERIAL = LazyPattern(rf"(?:(?:19|20)\d\d{_SP}年{_SP})?第{_SP}\d{{1,5}}{_SP}[号號]")

