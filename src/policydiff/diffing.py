"""Character diffs of long texts in near-linear time, in one opcode shape.

The texts are aligned coarse to fine. Common prefix and suffix are set aside;
then sentences found exactly once in each text are anchors, and the longest
chain of them in the same order splits the texts into gaps. Inside a gap the
anchors are k-grams found once on each side, and only the small gaps left
between those are diffed character by character (rapidfuzz's bit-parallel
Indel alignment, in C). No step is quadratic in the length of the texts: the
character diff only ever sees gaps of bounded size. A gap too large for it
with no unique anchor (a repetitive text) is split at a k-gram near its middle
found nearest the same place in the other text; a gap that shares not even that
is reported as replaced, and :func:`diff_texts` names it (``Diff.coarse``).

The output is a list of :class:`Opcode`, compatible with
:meth:`difflib.SequenceMatcher.get_opcodes`, so nothing downstream knows which
engine ran.

>>> [tuple(op) for op in diff("互联网+金融服务", "互联网金融服务")]
[('equal', 0, 3, 0, 3), ('delete', 3, 4, 3, 3), ('equal', 4, 8, 3, 7)]
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

from rapidfuzz.distance import Indel

ANCHOR = 8
"""Length of the k-grams used as anchors, and the shortest sentence used as one."""

CHAR_DIFF_LIMIT = 4_000_000
"""Largest gap (product of its two lengths) that is diffed character by character."""

FRESH = 100_000
"""Gaps between anchors of a text longer than this try every level again (repeated parts' sentences)."""

_SENTENCE = re.compile(r"[^。;；!！?？\n]+[。;；!！?？\n]*|[。;；!！?？\n]+")

Run = tuple[int, int, int]
"""A common stretch ``(a_start, b_start, length)``."""


class Opcode(NamedTuple):
    """One step of an alignment: ``a[a_start:a_end]`` becomes ``b[b_start:b_end]`` (a tuple, as in difflib)."""

    tag: str
    """``equal``, ``replace``, ``delete`` or ``insert``."""
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def swapped(self) -> Opcode:
        """The same step seen from ``b`` to ``a``.

        >>> tuple(Opcode("delete", 3, 4, 3, 3).swapped())
        ('insert', 3, 3, 3, 4)
        """
        tag = {"delete": "insert", "insert": "delete"}.get(self.tag, self.tag)
        return Opcode(tag, self.b_start, self.b_end, self.a_start, self.a_end)


class Diff(NamedTuple):
    """The opcodes between two texts, and where they are coarse."""

    ops: list[Opcode]
    """The opcodes that turn ``a`` into ``b``."""
    coarse: list[Opcode]
    """The gaps too large for the character diff that shared no anchor, each reported whole as one ``replace``."""


def diff_texts(a: str, b: str, *, anchor: int = ANCHOR) -> Diff:
    """The opcodes that turn ``a`` into ``b`` (as :func:`diff`), with the gaps reported whole.

    >>> d = diff_texts("互联网+金融", "互联网金融")
    >>> len(d.ops), d.coarse
    (3, [])
    """
    if b < a:
        swapped = diff_texts(b, a, anchor=anchor)
        return Diff([op.swapped() for op in swapped.ops], [op.swapped() for op in swapped.coarse])
    aligner = _Aligner(a, b, anchor, [])
    aligner.align(0, len(a), 0, len(b), 0)
    return Diff(_merge(aligner.out), aligner.coarse)


def diff(a: str, b: str, *, anchor: int = ANCHOR) -> list[Opcode]:
    """The opcodes that turn ``a`` into ``b``.

    Where several alignments are equally good, the anchors and the character
    diff choose by which text comes first; so the texts are always aligned from
    the lesser (in string order) to the greater, and the opcodes swapped when
    ``a`` is the greater. ``diff(b, a)`` is then exactly ``diff(a, b)`` with each
    opcode swapped, inserts becoming deletes.

    >>> [tuple(op) for op in diff("abc", "abxc")]
    [('equal', 0, 2, 0, 2), ('insert', 2, 2, 2, 3), ('equal', 2, 3, 3, 4)]
    >>> diff("abxc", "abc") == [op.swapped() for op in diff("abc", "abxc")]
    True
    """
    return diff_texts(a, b, anchor=anchor).ops


def apply(ops: list[Opcode], a: str, b: str) -> str:
    """Rebuild ``b`` from ``a`` and the opcodes (a check that they are right).

    >>> apply(diff("互联网+金融", "互联网金融服务"), "互联网+金融", "互联网金融服务")
    '互联网金融服务'
    """
    return "".join(a[o.a_start : o.a_end] if o.tag == "equal" else b[o.b_start : o.b_end] for o in ops)


class _Aligner:
    """Aligns ``a`` with ``b`` gap by gap, appending opcodes in order to ``out``."""

    def __init__(self, a: str, b: str, k: int, out: list[Opcode]) -> None:
        self.a, self.b, self.k, self.out = a, b, k, out
        self.coarse: list[Opcode] = []

    def align(self, a0: int, a1: int, b0: int, b1: int, depth: int) -> None:
        """Align ``a[a0:a1]`` with ``b[b0:b1]``; ``depth`` is the finest anchor level already tried."""
        head = _common_prefix(self.a, self.b, a0, a1, b0, b1)
        tail = _common_suffix(self.a, self.b, a0 + head, a1, b0 + head, b1)
        self._equal(a0, b0, head)
        self._middle(a0 + head, a1 - tail, b0 + head, b1 - tail, depth)
        self._equal(a1 - tail, b1 - tail, tail)

    def _middle(self, a0: int, a1: int, b0: int, b1: int, depth: int) -> None:
        if a0 == a1 or b0 == b1:
            self.out.append(Opcode(_tag(a0, a1, b0, b1), a0, a1, b0, b1))
            return
        small = (a1 - a0) * (b1 - b0) <= CHAR_DIFF_LIMIT
        for level in range(depth, 3):
            if level == 2 and small:
                break
            runs = self._anchors(level, a0, a1, b0, b1)
            if runs:
                self._between(runs, a0, a1, b0, b1, 0 if a1 - a0 > FRESH else level + 1)
                return
        if small:
            self._characters(a0, a1, b0, b1)
            return
        run = self._in_step(a0, a1, b0, b1)
        if run:
            return self._between([run], a0, a1, b0, b1, 0)
        self.coarse.append(Opcode("replace", a0, a1, b0, b1))
        self.out.append(self.coarse[-1])

    def _in_step(self, a0: int, a1: int, b0: int, b1: int) -> Run | None:
        """A k-gram near the middle of ``a[a0:a1]`` found in ``b[b0:b1]`` nearest where it would be in step.

        Repetitive texts have no unique anchor; this one splits the gap in two
        wherever the texts still run in step, so each half can find its own.
        """
        k, la, lb = 4 * self.k, a1 - a0, b1 - b0
        window = lb // 8 + 4 * k
        middles = (a0 + la // 2 + j * k for j in (0, 1, -1, 2, -2, 3, -3, 4, -4))
        for m in (m for m in middles if a0 <= m <= a1 - k):
            gram, expected = self.a[m : m + k], b0 + (m - a0) * lb // la
            found = [p for p in (self.b.find(gram, max(b0, expected), min(b1, expected + window + k)),
                                 self.b.rfind(gram, max(b0, expected - window), min(b1, expected + k))) if p >= 0]
            if found:
                return (m, min(found, key=lambda p: abs(p - expected)), k)
        return None

    def _anchors(self, level: int, a0: int, a1: int, b0: int, b1: int) -> list[Run]:
        """Level 0: unique sentences; 1: unique k-grams; 2: unique k/2-grams (large gaps only)."""
        if level == 0:
            pairs = _shared(_sentences(self.a, a0, a1, self.k), _sentences(self.b, b0, b1, self.k))
        else:
            k = self.k if level == 1 else max(2, self.k // 2)
            pairs = _shared(_kgrams(self.a, a0, a1, k), _kgrams(self.b, b0, b1, k))
        return _runs(_longest_increasing(pairs))

    def _between(self, runs: list[Run], a0: int, a1: int, b0: int, b1: int, depth: int) -> None:
        pa, pb = a0, b0
        for sa, sb, n in runs:
            self.align(pa, sa, pb, sb, depth)
            self._equal(sa, sb, n)
            pa, pb = sa + n, sb + n
        self.align(pa, a1, pb, b1, depth)

    def _characters(self, a0: int, a1: int, b0: int, b1: int) -> None:
        for op in Indel.opcodes(self.a[a0:a1], self.b[b0:b1]):
            self.out.append(Opcode(op.tag, a0 + op.src_start, a0 + op.src_end, b0 + op.dest_start, b0 + op.dest_end))

    def _equal(self, a0: int, b0: int, n: int) -> None:
        if n:
            self.out.append(Opcode("equal", a0, a0 + n, b0, b0 + n))


def _common_prefix(a: str, b: str, a0: int, a1: int, b0: int, b1: int) -> int:
    """Length of the common prefix of ``a[a0:a1]`` and ``b[b0:b1]``.

    >>> _common_prefix("abcx", "abcy", 0, 4, 0, 4)
    3
    """
    return _longest_run(min(a1 - a0, b1 - b0), lambda lo, hi: a.startswith(b[b0 + lo : b0 + hi], a0 + lo))


def _common_suffix(a: str, b: str, a0: int, a1: int, b0: int, b1: int) -> int:
    """Length of the common suffix of ``a[a0:a1]`` and ``b[b0:b1]``.

    >>> _common_suffix("xabc", "yabc", 0, 4, 0, 4)
    3
    """
    return _longest_run(min(a1 - a0, b1 - b0), lambda lo, hi: a.endswith(b[b1 - hi : b1 - lo], a0, a1 - lo))


def _longest_run(limit: int, same: Callable[[int, int], bool]) -> int:
    """The largest ``n <= limit`` with ``same(0, n)``, given ``same(lo, hi)`` compares characters lo..hi.

    Galloping then bisection: a long common run costs a few C-level comparisons.
    """
    lo, step = 0, 16
    while lo < limit:
        hi = min(lo + step, limit)
        if not same(lo, hi):
            break
        lo, step = hi, step * 2
    else:
        return limit
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if same(lo, mid):
            lo = mid
        else:
            hi = mid
    return lo


def _sentences(s: str, start: int, end: int, shortest: int) -> dict[str, int]:
    """Sentences of ``s[start:end]`` (cut after 。；！？ and line ends) found once, by position."""
    tokens = _SENTENCE.findall(s, start, end)
    starts = list(accumulate(map(len, tokens), initial=start))
    starts.pop()  # the end of the last sentence
    return {t: p for t, p in _once(tokens, reversed(tokens), starts).items() if len(t) >= shortest}


def _kgrams(s: str, start: int, end: int, k: int) -> dict[str, int]:
    """The k-grams of ``s[start:end]`` found once, by position (cut twice, never all kept at once)."""
    starts, ends = range(start, end - k + 1), range(start + k, end + 1)
    cut = s.__getitem__
    return _once(map(cut, map(slice, starts, ends)), map(cut, map(slice, reversed(starts), reversed(ends))), starts)


def _once(tokens: Iterable[str], backwards: Iterable[str], starts: Sequence[int]) -> dict[str, int]:
    """The tokens found once, by position (``starts[i]``: the i-th token's; ``backwards``: the tokens reversed)."""
    last = dict(zip(tokens, starts))
    first = dict(zip(backwards, reversed(starts)))
    return {t: p for t, p in first.items() if last[t] == p}


def _shared(ua: dict[str, int], ub: dict[str, int]) -> list[Run]:
    """Tokens found once on each side, as runs sorted by their position in ``a``."""
    return sorted((pos, ub[t], len(t)) for t, pos in ua.items() if t in ub)


def _longest_increasing(pairs: list[Run]) -> list[Run]:
    """The longest chain of runs increasing in both positions (patience sorting).

    ``pairs`` are sorted by their position in ``a``; when their positions in ``b``
    increase as well, as they do between copies in the same order, they are the chain.
    """
    b_positions = [pb for _, pb, _ in pairs]
    if all(map(operator.lt, b_positions, b_positions[1:])):
        return pairs
    tails: list[int] = []
    tail_index: list[int] = []
    prev = [-1] * len(pairs)
    for i, (_, pb, _) in enumerate(pairs):
        j = bisect.bisect_left(tails, pb)
        if j == len(tails):
            tails.append(pb)
            tail_index.append(i)
        else:
            tails[j] = pb
            tail_index[j] = i
        prev[i] = tail_index[j - 1] if j else -1
    chain = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(pairs[i])
        i = prev[i]
    return chain[::-1]


def _runs(chain: list[Run]) -> list[Run]:
    """Join overlapping anchors on one diagonal into runs; drop those that cross the previous run."""
    runs: list[Run] = []
    for sa, sb, n in chain:
        if runs:
            ra, rb, rn = runs[-1]
            if sa - ra == sb - rb and sa <= ra + rn:
                runs[-1] = (ra, rb, max(rn, sa + n - ra))
                continue
            if sa < ra + rn or sb < rb + rn:
                continue
        runs.append((sa, sb, n))
    return runs


def _merge(ops: list[Opcode]) -> list[Opcode]:
    """Join neighbours of the same tag; a delete next to an insert becomes a replace."""
    merged: list[Opcode] = []
    for op in ops:
        if op.a_start == op.a_end and op.b_start == op.b_end:
            continue
        if merged:
            last = merged[-1]
            if last.tag == op.tag == "equal" or (last.tag != "equal" and op.tag != "equal"):
                tag = "equal" if op.tag == "equal" else _tag(last.a_start, op.a_end, last.b_start, op.b_end)
                merged[-1] = Opcode(tag, last.a_start, op.a_end, last.b_start, op.b_end)
                continue
        merged.append(op)
    return merged


def _tag(a0: int, a1: int, b0: int, b1: int) -> str:
    if a0 == a1:
        return "insert"
    if b0 == b1:
        return "delete"
    return "replace"
