"""Character diffs of long texts in near-linear time, in one opcode shape.

Unique k-grams shared by both texts are anchors; the longest chain of anchors
in the same order splits the texts into small gaps, and only the gaps are
diffed character by character (diff-match-patch). The output is a list of
:class:`Opcode`, compatible with :meth:`difflib.SequenceMatcher.get_opcodes`,
so nothing downstream knows which engine ran.

>>> [tuple(op) for op in diff("互联网+金融服务", "互联网金融服务")]
[('equal', 0, 3, 0, 3), ('delete', 3, 4, 3, 3), ('equal', 4, 8, 3, 7)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import diff_match_patch

ANCHOR = 8
"""Length of the k-grams used as anchors."""


@dataclass(frozen=True)
class Opcode:
    """One step of an alignment: ``a[a_start:a_end]`` becomes ``b[b_start:b_end]``."""

    tag: str
    """``equal``, ``replace``, ``delete`` or ``insert``."""
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def __iter__(self) -> Iterator[str | int]:
        return iter((self.tag, self.a_start, self.a_end, self.b_start, self.b_end))


def diff(a: str, b: str, *, anchor: int = ANCHOR) -> list[Opcode]:
    """The opcodes that turn ``a`` into ``b``.

    >>> [tuple(op) for op in diff("abc", "abxc")]
    [('equal', 0, 2, 0, 2), ('insert', 2, 2, 2, 3), ('equal', 2, 3, 3, 4)]
    """
    ops: list[Opcode] = []
    pa = pb = 0
    for sa, sb, length in _anchor_runs(a, b, anchor):
        ops.extend(_gap(a, b, pa, sa, pb, sb))
        ops.append(Opcode("equal", sa, sa + length, sb, sb + length))
        pa, pb = sa + length, sb + length
    ops.extend(_gap(a, b, pa, len(a), pb, len(b)))
    return _merge(ops)


def apply(ops: list[Opcode], a: str, b: str) -> str:
    """Rebuild ``b`` from ``a`` and the opcodes (a check that they are right).

    >>> apply(diff("互联网+金融", "互联网金融服务"), "互联网+金融", "互联网金融服务")
    '互联网金融服务'
    """
    return "".join(a[o.a_start : o.a_end] if o.tag == "equal" else b[o.b_start : o.b_end] for o in ops)


def _anchor_runs(a: str, b: str, k: int) -> list[tuple[int, int, int]]:
    """Maximal common runs ``(a_pos, b_pos, length)`` along the longest ordered chain of unique k-grams."""
    if len(a) < k or len(b) < k:
        return []
    ua, ub = _unique_kgrams(a, k), _unique_kgrams(b, k)
    pairs = sorted((pos, ub[g]) for g, pos in ua.items() if g in ub)
    chain = _longest_increasing(pairs)
    runs: list[tuple[int, int, int]] = []
    for sa, sb in chain:
        if runs and (sa < runs[-1][0] + runs[-1][2] or sb < runs[-1][1] + runs[-1][2]):
            continue
        lo = 0
        floor_a = runs[-1][0] + runs[-1][2] if runs else 0
        floor_b = runs[-1][1] + runs[-1][2] if runs else 0
        while sa - lo - 1 >= floor_a and sb - lo - 1 >= floor_b and a[sa - lo - 1] == b[sb - lo - 1]:
            lo += 1
        length = k
        while sa + length < len(a) and sb + length < len(b) and a[sa + length] == b[sb + length]:
            length += 1
        runs.append((sa - lo, sb - lo, length + lo))
    return runs


def _unique_kgrams(s: str, k: int) -> dict[str, int]:
    seen: dict[str, int] = {}
    dup: set[str] = set()
    for i in range(len(s) - k + 1):
        g = s[i : i + k]
        if g in seen:
            dup.add(g)
        else:
            seen[g] = i
    for g in dup:
        del seen[g]
    return seen


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both coordinates (patience sorting)."""
    tails: list[int] = []
    tail_index: list[int] = []
    prev = [-1] * len(pairs)
    for i, (_, pb) in enumerate(pairs):
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


@lru_cache(maxsize=1)
def _engine() -> diff_match_patch.diff_match_patch:
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 2.0
    return engine


def _gap(a: str, b: str, a0: int, a1: int, b0: int, b1: int) -> list[Opcode]:
    """Character opcodes for the gap ``a[a0:a1]`` against ``b[b0:b1]``."""
    if a0 == a1 and b0 == b1:
        return []
    if a0 == a1:
        return [Opcode("insert", a0, a0, b0, b1)]
    if b0 == b1:
        return [Opcode("delete", a0, a1, b0, b0)]
    ops = []
    pa, pb = a0, b0
    for op, chunk in _engine().diff_main(a[a0:a1], b[b0:b1], False):
        n = len(chunk)
        if op == 0:
            ops.append(Opcode("equal", pa, pa + n, pb, pb + n))
            pa, pb = pa + n, pb + n
        elif op == -1:
            ops.append(Opcode("delete", pa, pa + n, pb, pb))
            pa += n
        else:
            ops.append(Opcode("insert", pa, pa, pb, pb + n))
            pb += n
    return ops


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
