"""From aligned witnesses to the apparatus: variants with readings, categories, sections and verdicts.

>>> from policydiff import collate
>>> c = collate("一、总体要求\\n到2018年，创业活跃。", "一、总体要求\\n到２０１８年, 创业活跃。", bodies=False)
>>> c.summary["content"], c.summary["formatting"]
(0, 2)
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from ..model import Ordinal
from ..normalize import Normalized
from .engine import (
    NormSpan,
    Region,
    WitnessMap,
    content_regions,
    is_punctuation,
    is_transposition,
    region,
    touches,
)
from .layout import layout_differences
from .moves import moves
from .outside import LONG_BLOCK, Outside, skipped
from .readings import reading_at, readings_over
from .result import Reading, Variant, Witness, made
from .rules.parts import TRUNCATED
from .verdicts import Corpus, verdict

_HEADING_END = set("。:;.")
Key = tuple[float, ...]
"""Where a variant sorts: ``(0, start, end, rank)`` in base coordinates."""


class Apparatus:
    """The variants of a collation in text order, with ids ``v1``, ``v2``, …

    Formatting variants are many and rarely listed: they are counted at once and
    built only when asked for.
    """

    def __init__(self, keyed: list[tuple[Key, Variant]], formatting: list[NormSpan],
                 witnesses: list[Witness], alignments: list[WitnessMap], sectioner: _Sectioner) -> None:
        keyed.sort(key=lambda kv: kv[0])
        self._keys = [k for k, _ in keyed]
        self._formatting = formatting
        self._formatting_keys: list[Key] = [(0, s, e, 2) for s, e in formatting]
        self._witnesses, self._alignments, self._sectioner = witnesses, alignments, sectioner
        self._all: list[Variant] | None = None
        self.listed = [
            v.but(id=f"v{n + bisect.bisect_left(self._formatting_keys, key) + 1}",
                  section=None if v.category == "extraneous" else sectioner.section_of(v.readings))
            for n, (key, v) in enumerate(keyed)
        ]
        """Every variant but the formatting ones."""

    @property
    def formatting_count(self) -> int:
        """How many formatting variants there are."""
        return len(self._formatting_keys)

    def all(self) -> list[Variant]:
        """Every variant, formatting included (built on first call)."""
        if self._all is None:
            built = []
            for n, ((s, e), key) in enumerate(zip(self._formatting, self._formatting_keys)):
                readings = readings_over(region(s, e, self._alignments), self._witnesses)
                vid = f"v{n + bisect.bisect_left(self._keys, key) + 1}"
                built.append(made(Variant, id=vid, category="formatting", kind="substitution", readings=readings,
                                  section=self._sectioner.section_of(readings), reason_code="formatting"))
            self._all = sorted(self.listed + built, key=lambda v: int(v.id[1:]))
        return self._all


def build(
    witnesses: list[Witness], texts: list[Normalized], alignments: list[WitnessMap], base: int, rank: list[str],
    *, outside: Outside,
) -> Apparatus:
    """Every variant between the witnesses' bodies: content, punctuation, moves, structure, formatting, junk.

    ``outside`` is the material outside the bodies (reported by :func:`.outside.extraneous`): a long
    block that one copy has in its body and another outside it is an ``extraneous`` variant here.
    """
    regions = [piece for r in content_regions(texts, alignments) for piece in _split_closing(r, witnesses)]
    corpus = Corpus([w.simplified for w in witnesses], [w.id for w in witnesses])
    moved, unmoved = moves(texts, regions)
    keyed: list[tuple[Key, Variant]] = [((0, x.start, x.end, 0), _moved_variant(x, y, witnesses)) for x, y in moved]
    for r in unmoved:
        keyed.append(((0, r.start, r.end, 0), _content_variant(r, witnesses, rank, corpus, outside)))
    outline = structured_witness(witnesses, rank)
    structure = _structure_regions(witnesses, alignments, regions, outline)
    for r, note in structure:
        keyed.append(((0, r.start, r.end, 1), _plain_variant(r, witnesses, "structure", note, "heading-layout")))
    paragraphs, formatting = layout_differences(texts, alignments, base, regions + [r for r, _ in structure])
    for r in paragraphs:
        note = _paragraph_note(r, witnesses)
        keyed.append(((0, r.start, r.end, 1), _plain_variant(r, witnesses, "structure", note, "paragraph")))
    keyed.extend(skipped(witnesses, alignments))
    return Apparatus(keyed, formatting, witnesses, alignments, _Sectioner(witnesses[outline]))


def _split_closing(r: Region, witnesses: list[Witness]) -> list[Region]:
    """Split an addition that runs into a witness's closing block (issuer and date) in two."""
    for k, w in enumerate(witnesses):
        closing = w.document.closing
        i, j = r.spans[k]
        if closing is None or i == j or j - i >= TRUNCATED or any(a != b for n, (a, b) in enumerate(r.spans) if n != k):
            continue
        cut = w.norm.index_at(closing[0])
        if i < cut < j:
            first = tuple((i, cut) if n == k else s for n, s in enumerate(r.spans))
            second = tuple((cut, j) if n == k else s for n, s in enumerate(r.spans))
            return [Region(r.start, r.end, first), Region(r.end, r.end, second)]
    return [r]


def _moved_variant(x: Region, y: Region, witnesses: list[Witness]) -> Variant:
    """One variant for a block that stands at ``x`` in some witnesses and at ``y`` in the others."""
    readings = {}
    for w, here, there in zip(witnesses, x.spans, y.spans):
        own, slot = (here, there) if here[0] < here[1] else (there, here)
        readings[w.id] = reading_at(w, own, slot)
    first = sorted(w.id for w, (i, j) in zip(witnesses, x.spans) if i < j)
    second = sorted(w.id for w, (i, j) in zip(witnesses, y.spans) if i < j)
    reason = (f"The same block stands earlier in {', '.join(first)} and later in {', '.join(second)}. "
              "Undecided: nothing in the text decides which place is right.")
    return Variant("", "content", "moved", readings, reason=reason, reason_code="moved")


def _paragraph_note(r: Region, witnesses: list[Witness]) -> str:
    breaks = sorted(w.id for w, (i, j) in zip(witnesses, r.spans)
                    if any("\n" in w.norm.gaps.get(p, "") for p in range(i + 1, j)))
    joined = sorted(w.id for w in witnesses if w.id not in breaks)
    return f"A new paragraph begins here in {', '.join(breaks)}; the text runs on in {', '.join(joined)}."


def _content_variant(
    r: Region, witnesses: list[Witness], rank: list[str], corpus: Corpus, outside: Outside
) -> Variant:
    norm = {w.id: w.simplified[i:j] for w, (i, j) in zip(witnesses, r.spans)}
    readings = readings_over(r, witnesses)
    changed = "".join(norm.values())
    side = min(norm)
    first = norm[side]
    others = [t for wid, t in norm.items() if wid != side]
    if is_transposition(list(norm.values())):
        kind = "transposition"
    elif not first:
        kind = "addition"
    elif any(not o for o in others):
        kind = "omission"
    else:
        kind = "substitution"
    if any(len(t) >= LONG_BLOCK and outside.holds(t) for t in norm.values()):
        reason = "This block lies outside the body of another copy."
        return Variant("", "extraneous", kind, readings, reason=reason, reason_code="outside")
    category = "punctuation" if is_punctuation(changed) else "content"
    left = {w.id: w.simplified[max(0, i - 120) : i] for w, (i, _) in zip(witnesses, r.spans)}
    right = {w.id: w.simplified[j : j + 120] for w, (_, j) in zip(witnesses, r.spans)}
    spans = {w.id: span for w, span in zip(witnesses, r.spans)}
    judged = verdict(norm, left, right, rank, corpus=corpus, texts=corpus.bodies, spans=spans)
    if judged.reason_code == "truncation":
        kind = "truncated"
    return made(Variant, id="", category=category, kind=kind, readings=readings, preferred=judged.preferred,
                confidence=judged.confidence, reason=judged.reason, reason_code=judged.reason_code, note=judged.note)


def _plain_variant(r: Region, witnesses: list[Witness], category: str, reason: str, code: str) -> Variant:
    return made(Variant, id="", category=category, kind="substitution", readings=readings_over(r, witnesses),
                reason=reason, reason_code=code)


def _structure_regions(
    witnesses: list[Witness], alignments: list[WitnessMap], taken: list[Region], k: int
) -> list[tuple[Region, str]]:
    """Headings that stand on their own line in some copies and run into their paragraph in others, by the
    outline of witness ``k`` (:func:`structured_witness`)."""
    x = witnesses[k]
    blocked = sorted((r.start, r.end) for r in taken)
    out = []
    for s in x.document.sections:
        if s.heading_span is None or s.ordinal == (0,):
            continue
        hk = x.norm.index_at(s.heading_span[1])
        if not 0 < hk < len(x.norm.text):
            continue
        stop = alignments[k].to_base(hk) + 1
        ends = [al.to_witness(stop, after_insert=False) for al in alignments]
        own = [_stands_alone(w.norm, j - 1) for w, j in zip(witnesses, ends)]
        if len(set(own)) == 1:
            continue
        start = alignments[k].to_base(x.norm.index_at(s.start))
        if touches(blocked, start, stop):
            continue
        spans = tuple((al.to_witness(start, after_insert=True), end) for al, end in zip(alignments, ends))
        alone = ", ".join(sorted(w.id for w, o in zip(witnesses, own) if o))
        run_in = ", ".join(sorted(w.id for w, o in zip(witnesses, own) if not o))
        note = f"The heading stands on its own line in {alone} and runs into its paragraph in {run_in}."
        out.append((Region(start, stop, spans), note))
    return out


def _stands_alone(norm: Normalized, j: int) -> bool:
    """Whether a line break follows the heading that ends before comparison character ``j``."""
    if j <= 0 or j >= len(norm.text):
        return True
    if norm.text[j] in _HEADING_END and j + 1 < len(norm.text):
        j += 1
    return "\n" in norm.gaps.get(j, "")


def structured_witness(witnesses: Sequence[Witness], rank: list[str]) -> int:
    """The witness whose outline the others borrow: the most certain headings, then the rank."""
    order = {wid: n for n, wid in enumerate(rank)}
    return min(
        range(len(witnesses)),
        key=lambda n: (-sum(s.heading_certain for s in witnesses[n].document.sections), order[witnesses[n].id]),
    )


class _Sectioner:
    """Finds the enclosing section of a variant in the best-structured witness (:func:`structured_witness`)."""

    def __init__(self, witness: Witness) -> None:
        self.witness = witness
        self.sections = sorted(self.witness.document.sections, key=lambda s: s.start)
        self.starts = [s.start for s in self.sections]

    def section_of(self, readings: Mapping[str, Reading]) -> Ordinal | None:
        pos = readings[self.witness.id].start
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= pos < s.end:
                return s.ordinal
            i -= 1
        return None
