"""The alignment table: every real variant as a variant location, the readings grouped; and the common text.

The witnesses are aligned to one centre chosen from the texts alone (the copy
closest to all the others, :mod:`.engine`), whose long shared stretches anchor
every pairwise diff; a location is one content or punctuation variant, so it
spans no more than the place where the copies differ. At a location the copies
are grouped by their reading in the comparison form (with script folding, 鼓励
and 鼓勵 are one reading); the largest group is the common text's reading, a tie
going to the reading the verdict prefers, then to the most central copy's.

>>> from policydiff import collate
>>> c = collate("推进互联网+发展。", "推进互联网+发展。", "推进互联网发展。", bodies=False)
>>> [(x.id, x.groups, x.variants) for x in c.locations]
[('L1', (('A', 'B'), ('C',)), ('v1',))]
>>> c.reconstructions[0].text
'推进互联网+发展。'
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache

from ..script import mainland, text_table
from .result import Location, Part, Reconstruction, Variant, Witness

REAL = ("content", "punctuation")
"""The categories of variant that are variant locations (the others are layout or outside the text)."""

_CORE = 2
"""Characters of context on either side of the common reading that a converter-only difference must keep."""


def locations(variants: Sequence[Variant], parts: Sequence[Part]) -> tuple[Location, ...]:
    """The content and punctuation variants as variant locations, ``L1``, ``L2``, … in text order."""
    out: list[Location] = []
    for v in (v for v in variants if v.category in REAL):
        part = parts[v.document]
        present = {w.id: w for w in part.witnesses}
        grouped: dict[str, list[str]] = {}
        for wid in sorted(present):
            r = v.readings[wid]
            grouped.setdefault(_key(present[wid], r.start, r.end), []).append(wid)
        order = {wid: n for n, wid in enumerate(part.rank)}
        groups = sorted(grouped.values(), key=lambda g: (-len(g), g))
        best = min(range(len(groups)), key=lambda n: (-len(groups[n]), v.preferred not in groups[n],
                                                       min(order.get(w, len(order)) for w in groups[n])))
        out.append(Location(f"L{len(out) + 1}", v.readings, tuple(map(tuple, groups)), (v.id,), best,
                            _converter_only(v, groups[best], present), v.document))
    return tuple(out)


def _key(w: Witness, start: int, end: int) -> str:
    """The reading's comparison form (what groups readings): folded as the collation folds."""
    return w.norm.text[w.norm.index_at(start) : w.norm.index_at(end)]


def _converter_only(v: Variant, common: Sequence[str], present: Collection[str]) -> bool:
    """Whether every copy's reading, in its context, is the common reading converted to simplified mainland usage.

    The common reading with two characters of context on either side, converted
    (:func:`policydiff.script.mainland`), must stand in every copy's converted
    reading and context: then the copies differ only in script or regional
    vocabulary (互联网 / 網際網路), which a converter makes.
    """
    if len(present) < 2 or any(r.slot is not None for r in v.readings.values()):
        return False
    r = v.readings[common[0]]
    core = mainland(r.before[-_CORE:] + r.text + r.after[:_CORE])
    return all(core in mainland(x.before + x.text + x.after) for wid, x in v.readings.items() if wid in present)


def reconstructions(table: Sequence[Location], parts: Sequence[Part]) -> tuple[Reconstruction, ...]:
    """The common text of each part that two or more copies have: the base's text, the majority reading at every
    location."""
    out = []
    for k, part in enumerate(parts):
        if len(part.witnesses) < 2:
            continue
        base = next(w for w in part.witnesses if w.id == part.base)
        here = sorted((x for x in table if x.document == k), key=lambda x: x.readings[base.id].start)
        out.append(Reconstruction(k, base.id, tuple(_pieces(base, here, part.rank))))
    return tuple(out)


def _pieces(base: Witness, table: Sequence[Location], rank: Sequence[str]) -> list[tuple[str, str | None]]:
    """The base's body cut at the locations, each location's reading replaced by the majority's."""
    text, (at, end) = base.text, base.body
    body = text[at:end]

    @cache
    def traditional() -> bool:
        """Whether the base's body is in traditional script: asked only where the base lacks the common reading
        and the copies that have it differ in script (it encodes the whole body)."""
        return bool(text_table(body))

    order = {wid: n for n, wid in enumerate(rank)}
    pieces: list[tuple[str, str | None]] = []
    for x in table:
        own = x.readings[base.id]
        if own.start < at:
            continue
        group = x.groups[x.majority]
        # the base's own reading if it has the majority's, else the most central in the base's script
        if base.id in group:
            common = base.id
        else:
            script = {w: bool(text_table(x.readings[w].text)) for w in group}
            # The base's script tells the readings apart only where they differ in script.
            differ = len(set(script.values())) > 1
            common = min(group, key=lambda w: (differ and script[w] != traditional(), order.get(w, len(order))))
        pieces += [(text[at : own.start], None), (x.readings[common].text, x.id)]
        at = own.end
    pieces.append((text[at:end], None))
    return [p for p in pieces if p[0] or p[1]]


def departures(x: Location) -> Mapping[str, str]:
    """The copies that depart from the common reading at a location, with their readings.

    >>> from policydiff import collate
    >>> c = collate("推进互联网+发展。", "推进互联网+发展。", "推进互联网发展。", bodies=False)
    >>> dict(departures(c.locations[0]))
    {'C': ''}
    """
    majority = set(x.groups[x.majority])
    return {wid: x.readings[wid].text for g in x.groups for wid in g if wid not in majority}

