"""Hypothesis invariants of the character diff, on CJK text: real seed pieces with edits, and small alphabets."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from policydiff import samples
from policydiff.diffing import ANCHOR, Opcode, apply, diff

SEED = samples.text("jingzhengfa-2016-4-b")
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = "互联网加强推进的发展服务"  # few characters: many equally good alignments to choose from
MARKS = "。；！？，、\n"  # sentence ends among them
RARE = "龘靐齉爩鱻麤"  # never in the seed nor in FEW
MOVED = ("？联们他上展一有不不要要网他一强国展，们，加、作？进为为",
         "？联展，们，加、作？进一有不不要要网他一为为们他上展强国")
"""A pair whose two directions once chose different anchors, and so different numbers of edits."""

few_text = st.text(st.sampled_from(FEW + MARKS), max_size=80)
cjk_char = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@st.composite
def seed_piece(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(SEED) - 50))
    return SEED[start : start + draw(st.integers(0, 600))]


@st.composite
def edited(draw: st.DrawFn, text: st.SearchStrategy[str]) -> tuple[str, str]:
    """A text and a copy with a few insertions, deletions, substitutions, moves and repeats."""
    a = draw(text)
    b = a
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(b)))
        j = draw(st.integers(i, min(len(b), i + 40)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "move", "repeat"]))
        new = draw(st.text(st.one_of(cjk_char, st.sampled_from(FEW + MARKS)), min_size=1, max_size=20))
        if kind == "insert":
            b = b[:i] + new + b[i:]
        elif kind == "delete":
            b = b[:i] + b[j:]
        elif kind == "replace":
            b = b[:i] + new + b[j:]
        else:
            rest = b if kind == "repeat" else b[:i] + b[j:]
            k = draw(st.integers(0, len(rest)))
            b = rest[:k] + b[i:j] + rest[k:]
    return (b, a) if draw(st.booleans()) else (a, b)


pairs = st.one_of(edited(seed_piece()), edited(few_text), st.tuples(few_text, few_text))


@st.composite
def without_anchors(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a densely edited copy: a rare character at least every ``ANCHOR - 1`` characters.

    No run of ``ANCHOR`` characters is common to both, so neither is a sentence
    (a sentence is an anchor only when it is ``ANCHOR`` characters or longer).
    """
    a = draw(st.one_of(seed_piece(), few_text).map(lambda s: s[:150]))
    out, kept = [], 0
    for c in a:
        choice = draw(st.sampled_from(["keep", "keep", "keep", "drop", "swap"]))
        if choice == "keep":
            out.append(c)
            kept += 1
        elif choice == "swap":
            out.append(draw(st.sampled_from(FEW + MARKS)))
            kept += 1
        if kept == ANCHOR - 1 or (choice != "keep" and draw(st.booleans())):
            out.append(draw(st.sampled_from(RARE)))
            kept = 0
    b = "".join(out)
    return (b, a) if draw(st.booleans()) else (a, b)


def edit_count(ops: list[Opcode]) -> int:
    """Characters deleted plus characters inserted (a replace is both)."""
    return sum((o.a_end - o.a_start) + (o.b_end - o.b_start) for o in ops if o.tag != "equal")


def _shares_a_run(a: str, b: str, n: int) -> bool:
    return bool({a[i : i + n] for i in range(len(a) - n + 1)} & {b[i : i + n] for i in range(len(b) - n + 1)})


@PROPERTY
@given(pairs)
def test_opcodes_tile_both_texts_and_rebuild_b(pair: tuple[str, str]) -> None:
    a, b = pair
    ops = diff(a, b)
    assert apply(ops, a, b) == b
    assert [0] + [o.a_end for o in ops] == [o.a_start for o in ops] + [len(a)]
    assert [0] + [o.b_end for o in ops] == [o.b_start for o in ops] + [len(b)]
    for o in ops:
        assert o.a_end > o.a_start or o.b_end > o.b_start
        if o.tag == "equal":
            assert a[o.a_start : o.a_end] == b[o.b_start : o.b_end]
        else:
            assert o.tag == ("insert" if o.a_end == o.a_start else "delete" if o.b_end == o.b_start else "replace")
    assert all(x.tag != y.tag for x, y in itertools.pairwise(ops))


@PROPERTY
@given(pairs)
def test_edit_count_is_never_below_the_exact_distance(pair: tuple[str, str]) -> None:
    a, b = pair
    assert edit_count(diff(a, b)) >= Indel.distance(a, b)


@PROPERTY
@given(without_anchors())
def test_edit_count_is_exact_without_anchors(pair: tuple[str, str]) -> None:
    a, b = pair
    assert not _shares_a_run(a, b, ANCHOR)
    assert edit_count(diff(a, b)) == Indel.distance(a, b)


@PROPERTY
@given(pairs)
@example(MOVED)
@example(("。一", "一。"))
def test_swapping_the_texts_swaps_the_opcodes(pair: tuple[str, str]) -> None:
    a, b = pair
    assert diff(b, a) == [op.swapped() for op in diff(a, b)]


@PROPERTY
@given(st.one_of(seed_piece(), few_text))
def test_a_text_against_itself_is_one_equal(text: str) -> None:
    assert diff(text, text) == ([Opcode("equal", 0, len(text), 0, len(text))] if text else [])
