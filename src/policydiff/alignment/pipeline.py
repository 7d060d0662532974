"""National ↔ local alignment: which local provisions are inherited, localized or new.

Two levels. Passages (:mod:`policydiff.passages`): text reuse found anywhere,
with localisation swaps treated as equal and slogans left out. Sections: every
local section is scored against every national section on four kinds of
evidence, combined with the weights of :class:`Thresholds`:

* shared passages between the two sections' own text (agency notes and slogans left out);
  the evidence starts above ``passage`` characters, so that one shared name
  (中关村国家自主创新示范区) counts for almost nothing,
* heading similarity (:func:`heading_similarity`; none for frame headings such as 指导思想,
  half for stock ones such as 加强组织领导, see :mod:`policydiff.localize`),
* body similarity (TF-IDF cosine of character bigrams; for a national section with
  subsections, also of the whole group, so that a local section condensing a group counts),
* order (closeness of their relative places in the two documents; a tie-breaker only,
  since local documents reorder and add whole chapters).

Every national section scoring at least ``match`` is a counterpart; one local
section may have several and the other way round. Labels:

* ``inherited``: a counterpart, and coverage ≥ ``inherited``;
* ``localized``: a counterpart, lower coverage;
* ``new``: no counterpart.

A section with subsections but (almost) no text of its own takes its label
from its subsections. A national section is ``implemented`` when some local
section (or one of its subsections') counts it as a counterpart, else
``dropped``, with its best partial match.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from .result import (
    Alignment,
    LocalSection,
    Match,
    NationalSection,
    SharedSpan,
    Substitution,
    Thresholds,
    ordinal_label,
)
from ..model import Document, Section, Span
from ..normalize import normalize
from ..read import Source, load
from .localization import canonical, heading_weight
from .passages import Comparand, Edit, Passage, comparand, find_passages

__all__ = ["Alignment", "Thresholds", "align", "heading_similarity"]

FROM_SUBSECTIONS = "from subsections"
"""How the rule of a section labelled from its subsections begins."""


def align(national: Source, local: Source, *, thresholds: Thresholds = Thresholds()) -> Alignment:
    """Align a national document with a local one.

    Accepts paths, texts or :class:`~policydiff.model.Document` objects.

    >>> import policydiff
    >>> from policydiff import samples
    >>> result = align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
    >>> result.section((4, 4)).matches[0].ordinal
    (3, 3)
    >>> result.section((2, 2)).label
    'new'
    """
    nat_doc, loc_doc = load(national), load(local)
    nat, loc = comparand(nat_doc), comparand(loc_doc)
    t = thresholds
    passages = find_passages(nat, loc, seed=t.seed, max_gap=t.max_gap, min_shared=t.passage)
    bigrams = _body_vectors(nat, loc)
    headings = {("n", s.ordinal): _heading_key(s) for s in nat_doc.sections}
    headings.update({("l", s.ordinal): _heading_key(s) for s in loc_doc.sections})
    scores: dict[tuple[int, ...], list[Match]] = {}
    coverage: dict[tuple[int, ...], float] = {}
    for i, ls in enumerate(loc_doc.sections):
        coverage[ls.ordinal] = _coverage(loc, ls, passages)
        row = []
        for j, ns in enumerate(nat_doc.sections):
            order = 1 - abs(i / len(loc_doc.sections) - j / len(nat_doc.sections))
            row.append(_score(nat, loc, ns, ls, passages, bigrams, headings, order, t))
        scores[ls.ordinal] = sorted(row, key=lambda m: -m.score)
    sections = _label_local(loc_doc, loc, scores, coverage, t)
    containers = {s.ordinal for s in sections if s.rule.startswith(FROM_SUBSECTIONS)}
    national_sections = _status_national(nat_doc, sections, scores, containers, t)
    return Alignment(
        national=nat_doc, local=loc_doc, sections=tuple(sections), national_sections=tuple(national_sections),
        passages=tuple(passages), substitutions=tuple(_substitutions(passages, nat_doc.text, loc_doc.text)), thresholds=t,
    )


def heading_similarity(a: str, b: str) -> float:
    """Similarity of two headings, 0 to 1: the Indel ratio of their character-bigram sequences.

    Bigrams rather than characters, so that sharing 加强 or 建设 alone counts for
    little; as sequences (rapidfuzz's ``fuzz.ratio`` on lists), so that shared
    bigrams must come in the same order. Single-character headings compare by characters.

    >>> heading_similarity("加强组织领导", "加强组织领导"), round(heading_similarity("夯实产业发展基础", "夯实发展基础"), 2)
    (1.0, 0.67)
    >>> heading_similarity("加快城市副中心建设", "加强智力建设") < 0.2
    True
    """
    if not a or not b:
        return 0.0
    n = 2 if min(len(a), len(b)) > 1 else 1
    return fuzz.ratio([a[i : i + n] for i in range(len(a) - n + 1)], [b[i : i + n] for i in range(len(b) - n + 1)]) / 100


def _heading_key(section: Section) -> str:
    return canonical(normalize(section.heading or "").text).text


def _body_vectors(nat: Comparand, loc: Comparand) -> dict[tuple[str, tuple[int, ...]], dict[str, float]]:
    """Each section's character bigrams as a unit TF-IDF vector (slogans and punctuation left out).

    Keys are ``("n", ordinal)`` and ``("l", ordinal)`` for a section's own text, and
    ``("N", ordinal)`` for a national section with subsections taken whole, so that a
    local section that condenses a national group (加强智力建设 and its four items)
    can be recognised. Document frequency counts the own-text sections of both
    documents: wording every section uses (推进, 建设) weighs little, a rare shared
    term (光纤, 北斗) much.
    """
    counts: dict[tuple[str, tuple[int, ...]], Counter[str]] = {}
    for side, comp in (("n", nat), ("l", loc)):
        text, slogan = comp.canon.text, comp.formulaic
        for ordinal, (s, e) in comp.ranges.items():
            counts[side, ordinal] = Counter(
                text[k : k + 2] for k in range(s, e - 1)
                if not (slogan[k] or slogan[k + 1]) and _wordlike(text[k]) and _wordlike(text[k + 1])
            )
    frequency = Counter(g for grams in counts.values() for g in grams)
    idf = {g: math.log(len(counts) / n) for g, n in frequency.items()}
    for parent in nat.ranges:
        children = [counts["n", o] for o in nat.ranges if _is_child(o, parent, deep=True)]
        if children:
            counts["N", parent] = sum(children, counts["n", parent])
    return {key: _unit({g: (1 + math.log(n)) * idf[g] for g, n in grams.items()}) for key, grams in counts.items()}


def _wordlike(char: str) -> bool:
    return char.isalnum() or ord(char) >= 0xE000


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {g: x / norm for g, x in vector.items() if x} if norm else {}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[g] * b[g] for g in a.keys() & b.keys())


def _substantive(comp: Comparand, start: int, end: int) -> int:
    """Canonical characters in ``[start, end)`` outside formulaic slogans."""
    return (end - start) - sum(comp.formulaic[start:end])


def _coverage(loc: Comparand, section: Section, passages: list[Passage]) -> float:
    s, e = loc.ranges[section.ordinal]
    size = _substantive(loc, s, e)
    if size <= 0:
        return 0.0
    covered = sum(_substantive(loc, max(p.local_canon[0], s), min(p.local_canon[1], e))
                  for p in passages if p.local_canon[0] < e and s < p.local_canon[1])
    return min(1.0, covered / size)


def _shared(nat: Comparand, loc: Comparand, ns: Section, ls: Section,
            passages: Iterable[Passage]) -> tuple[list[SharedSpan], int]:
    """The pieces of passages whose local side is in ``ls`` and national side in ``ns``."""
    l0, l1 = loc.ranges[ls.ordinal]
    n0, n1 = nat.ranges[ns.ordinal]
    pieces, chars = [], 0
    for p in passages:
        a, b = max(p.local_canon[0], l0), min(p.local_canon[1], l1)
        if a >= b:
            continue
        shift = p.national_canon[0] - p.local_canon[0]
        x, y = max(a + shift, n0, p.national_canon[0]), min(b + shift, n1, p.national_canon[1])
        if x >= y:
            continue
        a, b = x - shift, y - shift
        chars += _substantive(loc, a, b)
        lspan = loc.norm.surface_span(*loc.canon.norm_span(a, b))
        nspan = nat.norm.surface_span(*nat.canon.norm_span(x, y))
        edits = tuple(e for e in p.edits if lspan[0] <= e.local[0] <= lspan[1] and nspan[0] <= e.national[0] <= nspan[1])
        pieces.append(SharedSpan(local=lspan, national=nspan, edits=edits))
    return pieces, chars


def _score(nat: Comparand, loc: Comparand, ns: Section, ls: Section, passages: list[Passage],
           bigrams: dict[tuple[str, tuple[int, ...]], dict[str, float]], headings: dict[tuple[str, tuple[int, ...]], str],
           order: float, t: Thresholds) -> Match:
    shared, chars = _shared(nat, loc, ns, ls, passages)
    hn, hl = headings["n", ns.ordinal], headings["l", ls.ordinal]
    heading = heading_similarity(hn, hl)
    local = bigrams["l", ls.ordinal]
    own, whole = _cosine(bigrams["n", ns.ordinal], local), _cosine(bigrams.get(("N", ns.ordinal), {}), local)
    body = max(own, whole)
    weight = t.w_heading * min(heading_weight(ns.heading), heading_weight(ls.heading))
    parts = {
        "shared passages": t.w_passage * _ramp(chars, t.passage, t.full_shared),
        "heading": weight * heading,
        "body" if own >= whole else "body with subsections": t.w_body * min(1.0, body / t.body_full),
        "order": t.w_order * order,
    }
    evidence = max(parts, key=lambda k: parts[k])
    return Match(
        ordinal=ns.ordinal, heading=ns.heading, score=sum(parts.values()), shared=tuple(shared),
        shared_chars=chars, heading_similarity=heading, body_similarity=body, order=order, evidence=evidence,
    )


def _ramp(value: float, low: float, high: float) -> float:
    """0 up to ``low``, 1 from ``high``, linear between."""
    return min(1.0, max(0.0, (value - low) / (high - low)))


def _label_local(doc: Document, loc: Comparand, scores: dict[tuple[int, ...], list[Match]],
                 coverage: dict[tuple[int, ...], float], t: Thresholds) -> list[LocalSection]:
    by_ordinal: dict[tuple[int, ...], LocalSection] = {}
    for section in reversed(doc.sections):
        matches = tuple(m for m in scores[section.ordinal] if m.score >= t.match)
        cov = coverage[section.ordinal]
        children = [by_ordinal[s.ordinal] for s in doc.sections if _is_child(s.ordinal, section.ordinal)]
        if children and _substantive(loc, *loc.ranges[section.ordinal]) < t.container:
            label, rule = _from_children(children, t)
        elif matches and cov >= t.inherited:
            label, rule = "inherited", f"coverage {cov:.2f} ≥ {t.inherited} with a counterpart"
        elif matches:
            best = matches[0]
            label = "localized"
            rule = (f"counterpart {ordinal_label(best.ordinal)} scores {best.score:.2f} ≥ {t.match} "
                    f"(strongest evidence: {best.evidence}); coverage {cov:.2f} < {t.inherited}")
        else:
            best_score = scores[section.ordinal][0].score if scores[section.ordinal] else 0.0
            label, rule = "new", f"no national section scores ≥ {t.match} (best {best_score:.2f})"
        by_ordinal[section.ordinal] = LocalSection(
            ordinal=section.ordinal, heading=section.heading, label=label, coverage=cov, matches=matches,
            rule=rule, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        )
    return [by_ordinal[s.ordinal] for s in doc.sections]


def _from_children(children: list[LocalSection], t: Thresholds) -> tuple[str, str]:
    sizes = {"inherited": 0, "localized": 0, "new": 0}
    for child in children:
        sizes[child.label] += max(1, child.span[1] - child.span[0])
    total = sum(sizes.values())
    described = ", ".join(f"{k} {v / total:.0%}" for k, v in sizes.items() if v)
    if sizes["inherited"] / total >= t.inherited:
        return "inherited", f"{FROM_SUBSECTIONS} ({described})"
    if (sizes["inherited"] + sizes["localized"]) / total >= 0.5:
        return "localized", f"{FROM_SUBSECTIONS} ({described})"
    return "new", f"{FROM_SUBSECTIONS} ({described})"


def _status_national(doc: Document, sections: list[LocalSection], scores: dict[tuple[int, ...], list[Match]],
                     containers: set[tuple[int, ...]], t: Thresholds) -> list[NationalSection]:
    """Implemented or dropped; a dropped section's closest local section is never a mere container."""
    matched: dict[tuple[int, ...], list[tuple[int, ...]]] = {s.ordinal: [] for s in doc.sections}
    for local in sections:
        for m in local.matches:
            matched[m.ordinal].append(local.ordinal)
    result = []
    for section in doc.sections:
        direct = matched[section.ordinal]
        via = [o for s in doc.sections if _is_child(s.ordinal, section.ordinal, deep=True) for o in matched[s.ordinal]]
        best = None
        if direct:
            status, rule = "implemented", f"counterpart of {', '.join(map(ordinal_label, direct))}"
        elif via:
            status, rule = "implemented", f"through its subsections ({', '.join(sorted(set(map(ordinal_label, via))))})"
        else:
            status = "dropped"
            candidates = [(m, lo) for lo, row in scores.items() if lo not in containers
                          for m in row if m.ordinal == section.ordinal]
            if candidates:
                m, lo = max(candidates, key=lambda c: c[0].score)
                best = replace(m, ordinal=lo, heading=next(s.heading for s in sections if s.ordinal == lo))
                rule = f"no local section scores ≥ {t.match}; closest {ordinal_label(lo)} at {m.score:.2f}"
            else:
                rule = "the local document has no section to compare"
        result.append(NationalSection(
            ordinal=section.ordinal, heading=section.heading, status=status, matched_by=tuple(direct),
            rule=rule, best=best, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        ))
    return result


def _substitutions(passages: list[Passage], national: str, local: str) -> list[Substitution]:
    """The edits inside shared passages as whole wordings, counted, most frequent first.

    Edits a few characters apart are one change (工业和信息化部 → 市经济信息化委,
    not 工业和 → 市经济 and 部 → 委), and a one-character substitution takes the
    character before it on both sides (全国 → 全市, not 国 → 市).
    """
    counts: Counter[tuple[str, str]] = Counter()
    for p in passages:
        for nat_span, loc_span in _merged_edits(p.edits, national, local):
            n, lo = (normalize(text[a:b]).text for text, (a, b) in ((national, nat_span), (local, loc_span)))
            if len(n) == len(lo) == 1 and nat_span[0] > 0 and loc_span[0] > 0 and national[nat_span[0] - 1] == local[loc_span[0] - 1]:
                n, lo = national[nat_span[0] - 1] + n, local[loc_span[0] - 1] + lo
            counts[n, lo] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return [Substitution(national=n, local=lo, count=c) for (n, lo), c in ranked]


def _merged_edits(edits: Iterable[Edit], national: str, local: str, gap: int = 3) -> list[tuple[Span, Span]]:
    """Surface spans of the edits, joining those at most ``gap`` characters apart on both sides."""
    merged: list[tuple[Span, Span]] = []
    for e in edits:
        if merged:
            (ns, ne), (ls, le) = merged[-1]
            if len(normalize(national[ne:e.national[0]]).text) <= gap and len(normalize(local[le:e.local[0]]).text) <= gap:
                merged[-1] = (Span(ns, e.national.end), Span(ls, e.local.end))
                continue
        merged.append((e.national, e.local))
    return merged


def _is_child(ordinal: tuple[int, ...], parent: tuple[int, ...], *, deep: bool = False) -> bool:
    if parent == (0,) or ordinal == (0,) or len(ordinal) <= len(parent) or ordinal[: len(parent)] != parent:
        return False
    return deep or len(ordinal) == len(parent) + 1

