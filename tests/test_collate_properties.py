"""Hypothesis invariants of collation, on pieces of the real seed text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policydiff import samples
from policydiff.collation import collate

SEED = Path(samples.path("jingzhengfa-2016-4-b")).read_text("utf-8")
FLAT = re.sub(r"\s", "", SEED)
WORDING = ("content", "punctuation")
RARE = "龘靐齉爩鱻麤"  # never in the seed, so an inserted or substituted one cannot be aligned away
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def pieces(draw: st.DrawFn, source: str = SEED) -> str:
    start = draw(st.integers(0, len(source) - 400))
    length = draw(st.integers(60, 400))
    return source[start : start + length] + "\n"


_WIDE = {c: chr(ord(c) + 0xFEE0) for c in ",:;()!?0123456789"}


@st.composite
def reformatted(draw: st.DrawFn, text: str) -> str:
    out = []
    for c in text:
        if c in _WIDE and draw(st.booleans()):
            c = _WIDE[c]
        out.append(c)
        if c != "\n" and draw(st.integers(0, 9)) == 0:
            out.append(draw(st.sampled_from([" ", "\n", "\u3000", "\n\n", "  "])))
    return "".join(out)


@PROPERTY
@given(pieces())
def test_self_collation_is_empty(text: str) -> None:
    assert collate(text, text, bodies=False).variants == []


@PROPERTY
@given(st.data())
def test_formatting_only_rewrite_has_no_wording_variants(data: st.DataObject) -> None:
    text = data.draw(pieces())
    other = data.draw(reformatted(text))
    c = collate(text, other, bodies=False)
    assert [v for v in c.variants if v.category in WORDING] == []


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str, list[int]]:
    """A piece of flat text, a copy with k edits at least 10 characters apart, and where they are."""
    text = draw(pieces(FLAT))[:-1]
    k = draw(st.integers(1, max(1, len(text) // 40)))
    slots = sorted(draw(st.sets(st.integers(1, len(text) // 11 - 1), min_size=k, max_size=k)))
    places = [s * 11 for s in slots]
    out, prev = [], 0
    for p in places:
        out.append(text[prev:p])
        op = draw(st.sampled_from(["replace", "delete", "insert"]))
        mark = draw(st.sampled_from(RARE))
        if op == "replace":
            out.append(mark)
            prev = p + 1
        elif op == "delete":
            prev = p + 1
        else:
            out.append(mark)
            prev = p
    out.append(text[prev:])
    return text + "\n", "".join(out) + "\n", places


@PROPERTY
@given(edited())
def test_random_edits_are_all_found_in_place(case: tuple[str, str, list[int]]) -> None:
    original, copy, places = case
    c = collate(original, copy, bodies=False)
    wording = [v for v in c.variants if v.category in WORDING]
    assert len(wording) == len(places)
    for v, p in zip(wording, places):
        r = v.readings["A"]
        # a deleted character may be reported one step away when its neighbour is the same character
        assert r.start - 2 <= p <= r.end + 1, (p, r)


@PROPERTY
@given(st.data())
def test_swapping_copies_swaps_readings(data: st.DataObject) -> None:
    a = data.draw(pieces())
    b = data.draw(reformatted(a))
    if data.draw(st.booleans()):
        _, b, _ = data.draw(edited())
    ab = collate(a, b, bodies=False).to_dict(formatting=True)["variants"]
    ba = collate(b, a, bodies=False).to_dict(formatting=True)["variants"]
    assert len(ab) == len(ba)
    for x, y in zip(ab, ba):
        assert x["readings"]["A"] == y["readings"]["B"] and x["readings"]["B"] == y["readings"]["A"]
        assert x["category"] == y["category"] and x["section"] == y["section"]
        swapped = {"addition": "omission", "omission": "addition"}.get(x["kind"], x["kind"])
        assert y["kind"] == swapped


@PROPERTY
@given(edited(), st.data())
def test_offsets_cut_each_reading(case: tuple[str, str, list[int]], data: st.DataObject) -> None:
    original, copy, _ = case
    copy = data.draw(reformatted(copy))
    c = collate(original, copy, bodies=False)
    texts = {w.id: w.text for w in c.witnesses}
    for v in c.variants:
        for wid, r in v.readings.items():
            assert texts[wid][r.start : r.end] == r.text
            assert 0 <= r.start <= r.end <= len(texts[wid])
