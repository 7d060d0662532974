"""Document metadata: document numbers, titles, issuers, dates, addressees, citations.

>>> normalize_doc_number("京政发[2016]4号")
'京政发〔2016〕4号'
>>> parse_date("二〇一一年七月二十一日").iso
'2011-07-21'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Citation
from .numbering import cn_number

DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?)[〔\[【［(（](?P<year>(?:19|20)\d\d)[〕\]】］)）](?P<serial>\d{1,4})号"
)
_CN_YEAR = "〇零○Ｏ0一二三四五六七八九"
_CN_NUM = "一二三四五六七八九十〇零"
_DATE = re.compile(
    rf"(?P<y>(?:19|20)\d\d|[{_CN_YEAR}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*"
    rf"(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日"
)
_LOOSE_DATE = re.compile(
    rf"(?P<y>(?:19|20)\d\d)\s*年?\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日?"
)
DOC_TYPES = (
    "实施意见", "指导意见", "意见", "通知", "决定", "办法", "规定", "方案", "规划", "纲要", "细则",
    "条例", "计划", "通告", "公告", "批复", "措施", "若干措施", "指引", "意见稿", "决议", "行动计划",
)
_TITLE_TAIL = re.compile(r"(?:（[^）]{1,8}）|\([^)]{1,8}\))?$")

_PROVINCES = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
    "蒙": "内蒙古自治区", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
    "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省",
    "川": "四川省", "黔": "贵州省", "云": "云南省", "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省",
    "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
}
_ISSUER_LINE = re.compile(
    r"^(?:国务院(?:办公厅)?|中共中央(?:办公厅)?|中共[\u4e00-\u9fff]{2,12}委员?会?|"
    r"[\u4e00-\u9fff]{2,12}(?:人民政府|人民政府办公厅|委员会|办公室|厅|局|委|部))$"
)


@dataclass(frozen=True)
class DateReading:
    """A date read from the text."""

    iso: str | None
    """``YYYY-MM-DD``, or None if the date is impossible."""
    text: str
    """The date as written."""
    start: int
    """Where it is."""
    regular: bool
    """False when it was read from an irregular form such as ``2015七月1``."""


def normalize_doc_number(number: str) -> str:
    """A document number in the 〔〕 form, without spaces.

    >>> normalize_doc_number("国发 [2015] 40 号")
    '国发〔2015〕40号'
    """
    m = DOC_NUMBER.search(re.sub(r"\s+", "", number))
    if m is None:
        return number
    return f"{m['prefix']}〔{m['year']}〕{m['serial']}号"


def find_doc_numbers(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Every document number in the range: ``(normalised, start, end)``."""
    end = len(text) if end is None else end
    return [(normalize_doc_number(m.group()), m.start(), m.end()) for m in DOC_NUMBER.finditer(text, start, end)]


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


def _year_digit(ch: str) -> int:
    return 0 if ch in "〇零○Ｏ0" else cn_number(ch)


def is_title_line(line: str) -> bool:
    """Whether a line reads as the title of a document.

    >>> is_title_line("北京市关于积极推进“互联网+”行动的实施意见")
    True
    >>> is_title_line("(二)基本原则")
    False
    """
    core = title_text(line)
    if not core or len(core) > 80 or len(core) < 6:
        return False
    if re.search(r"[。；！？：:]", core) or re.match(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]", core):
        return False
    return _TITLE_TAIL.sub("", core).endswith(DOC_TYPES)


def title_text(line: str) -> str:
    """The title in a title line, without ``附:``, book-title marks or white space.

    >>> title_text("附:《北京市人民政府关于积极推进“互联网+”行动的实施意见》")
    '北京市人民政府关于积极推进“互联网+”行动的实施意见'
    """
    core = line.strip(" \t\u3000\xa0\r\n")
    core = re.sub(r"^附件?\s*\d*\s*[:：]\s*", "", core)
    if core.startswith("《") and core.endswith("》"):
        core = core[1:-1]
    return core


def issuer_from_number(doc_number: str) -> str | None:
    """The issuing body implied by a document number's prefix.

    >>> issuer_from_number("京政发〔2016〕4号")
    '北京市人民政府'
    >>> issuer_from_number("国发〔2015〕40号")
    '国务院'
    """
    prefix = doc_number.split("〔")[0]
    national = {"国发": "国务院", "国办发": "国务院办公厅", "国函": "国务院", "中发": "中共中央 国务院"}
    if prefix in national:
        return national[prefix]
    place = _PROVINCES.get(prefix[:1])
    if place is None:
        return None
    rest = prefix[1:]
    if rest in ("政发", "政"):
        return f"{place}人民政府"
    if rest in ("政办发", "政办"):
        return f"{place}人民政府办公厅"
    if rest == "发":
        party = f"中共{place[:-1]}市委" if place.endswith("市") else f"中共{place}委"
        return f"{party} {place}人民政府"
    return None


def issuer_from_title(title: str) -> str | None:
    """The issuer named at the head of a title (``国务院关于…`` → 国务院).

    >>> issuer_from_title("北京市人民政府关于积极推进“互联网+”行动的实施意见")
    '北京市人民政府'
    """
    m = re.match(r"^(.{2,30}?)关于", title)
    if m is None:
        return None
    head = m.group(1)
    return head if head.endswith(("人民政府", "国务院", "办公厅", "委员会", "委", "局", "部", "厅", "院")) else None


def is_issuer_line(line: str) -> bool:
    """Whether a line is an issuer's signature such as ``北京市人民政府``."""
    return bool(_ISSUER_LINE.match(line.strip(" \t\u3000\xa0\r\n")))


def find_citations(text: str, start: int, end: int) -> list[Citation]:
    """Documents cited by title in the range, with their numbers where given.

    >>> [(c.title, c.doc_number) for c in find_citations("落实《国务院关于积极推进“互联网+”行动的指导意见》(国发〔2015〕40号)", 0, 40)]
    [('国务院关于积极推进“互联网+”行动的指导意见', '国发〔2015〕40号')]
    """
    found = []
    for m in re.finditer(r"《([^《》\n]{2,80})》", text[start:end]):
        s, e = start + m.start(), start + m.end()
        number = None
        after = re.match(r"\s*[（(]([^()（）\n]{4,30})[)）]", text[e:end])
        if after and DOC_NUMBER.fullmatch(after.group(1).strip()):
            number = normalize_doc_number(after.group(1))
            e += after.end()
        found.append(Citation(title=m.group(1), doc_number=number, start=s, end=e))
    return found


def find_addressees(line: str) -> list[str] | None:
    """The addressees of a line such as ``各区人民政府，市政府各委、办、局，各市属机构：``.

    Returns None if the line does not open with addressees.

    >>> find_addressees("各区人民政府，市政府各委、办、局，各市属机构：为全面落实…")
    ['各区人民政府', '市政府各委、办、局', '各市属机构']
    """
    m = re.match(r"^\s*(各[^：:。\n]{2,120}?)[：:]", line)
    if m is None:
        return None
    return [part.strip() for part in re.split(r"[，,；;]", m.group(1)) if part.strip()]
