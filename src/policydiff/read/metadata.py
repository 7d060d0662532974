"""Document metadata: dates of issue and the issuing bodies.

Numbers and citations are in :mod:`policydiff.read.numbers`, titles in
:mod:`policydiff.read.titles`.

>>> parse_date("二〇一一年七月二十一日").iso
'2011-07-21'
>>> signature_issuers("国务院办公厅　中央军委办公厅")
['国务院办公厅', '中央军委办公厅']
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..script import simplified
from .numbering import cn_number
from .patterns import LazyPattern

_CN_YEAR = "〇零○Ｏ0一二三四五六七八九"
_CN_NUM = "一二三四五六七八九十〇零"
_DATE = LazyPattern(
    rf"(?P<y>(?:19|20)\d\d|[{_CN_YEAR}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*"
    rf"(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日"
)
_LOOSE_DATE = LazyPattern(
    rf"(?P<y>(?:19|20)\d\d)\s*年?\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日?"
)

_PROVINCES = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
    "蒙": "内蒙古自治区", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
    "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省",
    "川": "四川省", "黔": "贵州省", "云": "云南省", "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省",
    "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
}
_NATIONAL = {
    "国发": "国务院", "国函": "国务院", "国办发": "国务院办公厅", "国办函": "国务院办公厅",
    "国办发明电": "国务院办公厅", "国发明电": "国务院", "中发": "中共中央 国务院", "中办发": "中共中央办公厅",
    "国令": "国务院",
}
_BODY = (r"(?:国务院(?:办公厅)?|中共中央(?:办公厅)?|中央军委(?:办公厅)?|全国人大常委会|"
         r"中共[\u4e00-\u9fff]{2,12}委员?会?|[\u4e00-\u9fff]{2,14}(?:人民政府|人民政府办公厅|委员会|办公室|办公厅|"
         r"总局|总署|厅|局|委|部|署|院|会|行|办))")
_ISSUER = LazyPattern(f"^{_BODY}$")
_ENTITY = LazyPattern(r"&[a-zA-Z]{1,8};?|&#\d{1,6};?")
"""Left-over HTML entities (``&nbsp;``, ``&sp;``) in a signature line."""
_SEPARATORS = LazyPattern(r"[\s、，,]+")
_TITLE_HEAD = LazyPattern(rf"^(?P<issuers>{_BODY}(?:[、和与及]{_BODY})*)(?:关于|对|转发|批转|印发)")
_FORWARDED = LazyPattern(rf"^(?P<forwarder>{_BODY})(?:转发|批转)(?P<source>{_BODY}(?:[、和与及]{_BODY})*)(?=关于|《|$)")


class DateReading(NamedTuple):
    """A date read from the text."""

    iso: str | None
    """``YYYY-MM-DD``, or None if the date is impossible."""
    text: str
    """The date as written."""
    start: int
    """Where it is."""
    regular: bool
    """False when it was read from an irregular form such as ``2015七月1``."""


def parse_date(text: str, *, offset: int = 0) -> DateReading | None:
    """The first date written in ``text``, strictly (年月日) or loosely (``2015七月1``).

    >>> parse_date("2016年1月9日").iso
    '2016-01-09'
    >>> r = parse_date("2015七月1"); (r.iso, r.regular)
    ('2015-07-01', False)
    """
    m = _DATE.search(text)
    regular = m is not None
    if m is None:
        m = _LOOSE_DATE.search(text)
        if m is None:
            return None
    year = int(m["y"]) if m["y"].isdigit() else int("".join(str(_year_digit(c)) for c in m["y"]))
    try:
        iso = dt.date(year, cn_number(m["m"]), cn_number(m["d"])).isoformat()
    except ValueError:
        iso = None
    return DateReading(iso=iso, text=m.group(), start=offset + m.start(), regular=regular)


def field_date(value: str) -> str | None:
    """The ISO date of a metadata field's value (a web page's 成文日期), as a document writes it (年月日) or in
    figures (``2015-04-08``, ``2015/4/8``, ``2015.04.08``, a time after it or not), which sites use.

    >>> field_date("2015-04-08"), field_date("2015/4/8 10:30"), field_date("2015年04月08日"), field_date("2015-13-01")
    ('2015-04-08', '2015-04-08', '2015-04-08', None)
    """
    written = parse_date(value)
    if written is not None:
        return written.iso
    m = _FIGURES_DATE.search(value)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


_FIGURES_DATE = LazyPattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")


def _year_digit(ch: str) -> int:
    return 0 if ch in "〇零○Ｏ0" else cn_number(ch)


def signature_issuers(line: str) -> list[str]:
    """The issuing bodies signed on one line (joint issuers are spaced apart), or [] if it is no signature.

    >>> signature_issuers("北京市人民政府"), signature_issuers("总理　李克强"), signature_issuers("国务院办公厅 &sp;")
    (['北京市人民政府'], [], ['国务院办公厅'])
    """
    parts = [p for p in _SEPARATORS.split(_ENTITY.sub(" ", simplified(line))) if p]
    return parts if parts and all(_ISSUER.match(p) for p in parts) else []


def is_issuer_line(line: str) -> bool:
    """Whether a line is an issuer's signature such as ``北京市人民政府``."""
    return bool(signature_issuers(line))


_ADOPTING_BODY = LazyPattern(r"日(?P<body>[\u4e00-\u9fff]{2,40}?)第[一二三四五六七八九十百零〇\d]+次(?:常务|全体)?会议")
_TERM = LazyPattern(r"第[一二三四五六七八九十百零〇\d]+届")


def adopting_body(note: str) -> str | None:
    """The body named in a note of adoption (``…日浙江省第十三届人民代表大会常务委员会第二十六次会议通过``),
    without its term, or None.

    >>> adopting_body("（2020年12月24日浙江省第十三届人民代表大会常务委员会第二十六次会议通过）")
    '浙江省人民代表大会常务委员会'
    >>> adopting_body("（2018年9月6日国务院第23次常务会议修订通过）"), adopting_body("（2019年1月1日起施行）")
    ('国务院', None)
    """
    m = _ADOPTING_BODY.search(simplified(note))
    return _TERM.sub("", m["body"]) if m else None


def issuer_from_number(doc_number: str) -> str | None:
    """The issuing body implied by a canonical document number's prefix.

    >>> issuer_from_number("京政发〔2016〕4号"), issuer_from_number("国办函〔2004〕71号")
    ('北京市人民政府', '国务院办公厅')
    >>> issuer_from_number("国令第706号")
    '国务院'
    """
    prefix = re.split(r"[〔第]", doc_number)[0]
    if prefix in _NATIONAL:
        return _NATIONAL[prefix]
    place = _PROVINCES.get(prefix[:1])
    if place is None:
        return None
    rest = prefix[1:]
    if rest in ("政发", "政", "政函"):
        return f"{place}人民政府"
    if rest in ("政办发", "政办", "政办函"):
        return f"{place}人民政府办公厅"
    if rest == "发":
        party = f"中共{place[:-1]}市委" if place.endswith("市") else f"中共{place}委"
        return f"{party}、{place}人民政府"
    return None


def issuers_from_title(title: str) -> list[str]:
    """The issuers named at the head of a title (``国务院办公厅、中央军委办公厅关于…``), or [].

    For a notice that forwards another body's document (``国务院办公厅转发国家教委关于…``)
    the issuer is the forwarding office.

    >>> issuers_from_title("国务院办公厅、中央军委办公厅关于加强调查和管理工作的通知")
    ['国务院办公厅', '中央军委办公厅']
    >>> issuers_from_title("国务院办公厅转发国家教委关于内地西藏班扩大规模有关问题请示的通知")
    ['国务院办公厅']
    """
    title = simplified(title)
    forwarded = _forwarding(title)
    if forwarded:
        return [forwarded["forwarder"]]
    m = _TITLE_HEAD.match(title)
    return [p for p in re.split("[、和与及]", m["issuers"]) if p] if m else []


def forwarded_from(title: str) -> str | None:
    """The body whose document a 转发 notice forwards, from its title.

    >>> forwarded_from("国务院办公厅转发国家教委关于内地西藏班扩大规模有关问题请示的通知")
    '国家教委'
    """
    m = _forwarding(simplified(title))
    return m["source"] if m else None


def _forwarding(title: str) -> re.Match[str] | None:
    """:data:`_FORWARDED` matched on a title, which it can only match when the title forwards (the check spares
    compiling it for the others)."""
    return _FORWARDED.match(title) if "转发" in title or "批转" in title else None
