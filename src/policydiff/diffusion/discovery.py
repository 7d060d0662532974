"""Discovery: which documents of a corpus implement the national one, and why.

A document *implements* the national document when it cites its number
(国发〔2015〕40号, in any written form; 国发〔2017〕40号, another year's document with
the same serial number, is not it), or its title (with no number, or with the
right one), or cites a corpus document that implements it (东营 → 鲁政发〔2016〕14号 →
国发〔2015〕40号), or reuses at least ``Settings.reuse`` of its text beyond
boilerplate (the index's share, :mod:`policydiff.diffusion.index`). It is a
*copy* when it carries the national number or title as its own, or shares
``Settings.copy`` of the text both ways. Its *parent* is the document it
implements directly: the lowest corpus document it cites that implements the
national one, else the national document.

>>> number_parts("国发〔2015〕40号")
('国发', '2015', '40')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Document
from ..normalize import Folds, normalize
from .result import CorpusDocument, Evidence, Settings, national_id
from .tasks import Profile, Unreadable

PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
"""The provincial-level divisions, by the short names their bodies' names begin with."""

SCRIPT_FOLDS = Folds(script=True)
"""How titles are compared: normalised, in simplified script."""

_NATIONAL_BODIES = re.compile(r"^(?:国务院|中共中央|全国|国家|中华人民共和国|[\u4e00-\u9fff]{1,8}部(?:办公厅)?$)")
_NUMBER = re.compile(r"^(?P<prefix>.+)〔(?P<year>\d{4})〕(?P<serial>\d+)号$")


def number_parts(number: str) -> tuple[str, str, str] | None:
    """A canonical number's prefix, year and serial number, or None."""
    m = _NUMBER.match(number)
    return (m["prefix"], m["year"], m["serial"]) if m else None


def known_number(cited: str, known: set[str | None]) -> str:
    """A cited number as one of the ``known`` numbers it ends with, if any: the reader may keep words of the
    sentence before a number in its prefix (为贯彻落实国发〔2015〕40号).

    >>> known_number("为贯彻落实国发〔2015〕40号", {"国发〔2015〕40号"}), known_number("鲁政发〔2016〕14号", set())
    ('国发〔2015〕40号', '鲁政发〔2016〕14号')
    """
    return next((cited[k:] for k in range(len(cited)) if cited[k:] in known), cited)


def level(issuer: str | None, title: str | None) -> str:
    """The level of government of a document, from its issuer (else its title).

    >>> level("山东省人民政府", None), level("东营市人民政府", None), level("国务院", None), level(None, None)
    ('provincial', 'municipal', 'national', 'other')
    """
    name = issuer or title or ""
    if _NATIONAL_BODIES.match(name):
        return "national"
    short = re.match(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|自治区|特别行政区|维吾尔|壮族|回族)", name)
    if short and short[1] in PROVINCES:
        return "provincial"
    return "municipal" if re.match(r"^[\u4e00-\u9fff]{2,8}?(?:市|州|盟|地区|县|区)", name) else "other"


def title_key(title: str | None) -> str:
    """A title in the form citations are matched on: normalised, white space and quotes left out."""
    return re.sub(r"[\s\"'《》]", "", normalize(title or "", folds=SCRIPT_FOLDS).text)


def promising(national: Document, national_grams: int, settings: Settings) -> Callable[[Profile], bool]:
    """Whether a document implements the national one by what it holds itself (it cites its number or title, or
    reuses its text), as :func:`discover` will find: its alignment may start before the whole corpus is read.

    Documents that implement it only through another corpus document are found by :func:`discover` alone.
    """
    top, own_title, known = national_id(national), title_key(national.title), {national.doc_number}

    def implements(p: Profile) -> bool:
        p = replace(p, numbers=tuple(known_number(n, known) for n in p.numbers))
        evidence = _direct(p, national, own_title, national_grams, top, settings)
        return not (evidence and evidence[0].code == "copy") and _implements(evidence)

    return implements


def discover(national: Document, national_grams: int, found: Sequence[tuple[str, Profile | Unreadable]],
             settings: Settings) -> list[CorpusDocument]:
    """The role of every document, from its profile; ``national_grams`` is the national text's indexed n-grams."""
    top = national_id(national)
    own_title = title_key(national.title)
    read = [p for _, p in found if isinstance(p, Profile)]
    known = {national.doc_number} | {p.doc_number for p in read}
    profiles = [replace(p, numbers=tuple(dict.fromkeys(known_number(n, known) for n in p.numbers))) for p in read]
    by_profile = {p.id: p for p in profiles}
    evidence = {p.id: _direct(p, national, own_title, national_grams, top, settings) for p in profiles}
    copies = {i for i, ev in evidence.items() if ev and ev[0].code == "copy"}
    implementing = {i for i, ev in evidence.items() if i not in copies and _implements(ev)}
    by_number: dict[str, list[str]] = {}
    by_title: dict[str, list[str]] = {}
    for p in profiles:
        if p.doc_number:
            by_number.setdefault(p.doc_number, []).append(p.id)
        if p.title:
            by_title.setdefault(title_key(p.title), []).append(p.id)
    cited = {p.id: _cited(p, by_number, by_title) for p in profiles}
    changed = True
    while changed:
        changed = False
        for p in profiles:
            if p.id in copies or p.id in implementing:
                continue
            if any(c in implementing for c, _ in cited[p.id]):
                implementing.add(p.id)
                changed = True
    depth: dict[str, int] = {}
    parents = {i: _parent(i, cited, implementing, depth, set()) for i in implementing}
    out = []
    for bid, item in found:
        if isinstance(item, Unreadable):
            out.append(CorpusDocument(id=bid, source=item.source, title=None, doc_number=None, date=None, issuer=None,
                                      level="other", role="unreadable", reason=item.error, reason_code="unreadable"))
            continue
        p = by_profile[item.id]
        ev = list(evidence[p.id])
        parent = parents.get(p.id)
        if parent is not None:
            how = next(w for c, w in cited[p.id] if c == parent)
            ev.insert(0, Evidence("cites-implementing", f"引用 cites {how}, which implements "
                                  f"{national.doc_number or national.title}", parent))
        role = "copy" if p.id in copies else "implements" if p.id in implementing else "unrelated"
        if role == "unrelated":
            ev = [e for e in ev if e.code == "same-serial"] or [Evidence(
                "no-evidence", f"no citation of {national.doc_number or national.title} or of a document that "
                f"implements it, and {_share(p, national_grams):.0%} of its text")]
        out.append(CorpusDocument(
            id=p.id, source=p.source, title=p.title, doc_number=p.doc_number, date=p.date, issuer=p.issuer,
            level=level(p.issuer, p.title), role=role, reason=ev[0].detail, reason_code=ev[0].code,
            parent=(parent or top) if role != "unrelated" else None, reuse=round(_share(p, national_grams), 3),
            evidence=tuple(ev),
        ))
    return out


def _share(p: Profile, national_grams: int) -> float:
    return p.shared / national_grams if national_grams else 0.0


def _direct(p: Profile, national: Document, own_title: str, national_grams: int, top: str,
            settings: Settings) -> list[Evidence]:
    """The evidence a document holds by itself: copy, citations of the national document, reuse, decoys."""
    number, share = national.doc_number, _share(p, national_grams)
    back = p.shared / p.grams if p.grams else 0.0
    found = []
    if number and p.doc_number == number:
        found.append(Evidence("copy", f"a copy: its own number is {number}", top))
    elif own_title and title_key(p.title) == own_title:
        found.append(Evidence("copy", "a copy: its title is the national title", top))
    elif share >= settings.copy and back >= settings.copy:
        found.append(Evidence("copy", f"a copy: {share:.0%} of the national text, which is {back:.0%} of its own", top))
    if number and number in p.numbers:
        found.append(Evidence("cites-number", f"引用文号 cites {number}", top))
    titled = [t for t, n in p.citations if title_key(t) == own_title and n in (None, number)]
    if own_title and titled:
        found.append(Evidence("cites-title", f"引用标题 cites 《{titled[0]}》", top))
    if share >= settings.reuse:
        found.append(Evidence("reuse", f"文本复用 reuses {share:.0%} of the national text beyond boilerplate", top))
    mine = number_parts(number or "")
    for n in p.numbers:
        other = number_parts(n)
        if mine and other and other[0].endswith(mine[0]) and other[2] == mine[2] and other[1] != mine[1]:
            found.append(Evidence("same-serial", f"cites {n}, another year's document with the serial number of "
                                  f"{number}: not it"))
    return found


def _implements(evidence: list[Evidence]) -> bool:
    return any(e.code in ("cites-number", "cites-title", "reuse") for e in evidence)


def _cited(p: Profile, by_number: dict[str, list[str]], by_title: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The corpus documents a document cites (by number, else by title), each with how it cites it."""
    out: dict[str, str] = {}
    for n in p.numbers:
        for i in by_number.get(n, ()):
            out.setdefault(i, n)
    for t, number in p.citations:
        if number is None:
            for i in by_title.get(title_key(t), ()):
                out.setdefault(i, f"《{t}》")
    out.pop(p.id, None)
    return list(out.items())


def _parent(i: str, cited: dict[str, list[tuple[str, str]]], implementing: set[str], depth: dict[str, int],
            visiting: set[str]) -> str | None:
    """The lowest implementing corpus document ``i`` cites (deepest below the national one), else None for it."""
    visiting.add(i)
    best, best_depth = None, 0
    for c, _ in cited[i]:
        if c in implementing and c not in visiting:
            if c not in depth:
                _parent(c, cited, implementing, depth, visiting)
            if depth[c] > best_depth:
                best, best_depth = c, depth[c]
    depth[i] = best_depth + 1
    visiting.discard(i)
    return best
