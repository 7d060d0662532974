"""Normalisation: each fold, each switch, and the offset map back to the surface."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydiff.normalize import Folds, Normalized, comparison_text, normalize


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("，（）０Ａ；：", ",()0A;:"),
        ("互联网 ＋\u3000行动\n\t计划\u200b", "互联网+行动计划"),
        ("京政发[2016]4号", "京政发[2016]4号"),
        ("京政发〔2016〕4号", "京政发[2016]4号"),
        ("京政发【2016】4号", "京政发[2016]4号"),
        ("京政发［2016］4号", "京政发[2016]4号"),
        ("“互联网+”‘双引擎’「一」", "\"互联网+\"'双引擎'\"一\""),
        ("北京—津冀 –— －", "北京-津冀---"),
        ("⼈⺠⾏⽅⼯", "人民行方工"),  # radicals, as text copied out of a PDF has them
    ],
)
def test_folds(surface: str, expected: str) -> None:
    assert normalize(surface).text == expected


@pytest.mark.parametrize(
    ("fold", "surface"),
    [("width", "，"), ("whitespace", "a b"), ("brackets", "〔〕"), ("quotes", "“”"), ("dashes", "—")],
)
def test_each_fold_can_be_switched_off(fold: str, surface: str) -> None:
    assert normalize(surface, folds=Folds(**{fold: False})).text == surface
    assert normalize(surface).text != surface


def test_radicals_copied_out_of_a_pdf_are_formatting_in_a_collation() -> None:
    from policydiff import collate, samples

    text = samples.text("jingzhengfa-2016-4-b")
    copied = text.replace("人", "⼈").replace("行", "⾏").replace("民", "⺠")
    assert collate(text, copied).summary["content"] == 0  # the readings stay as written: formatting variants
    assert collate(text, copied, folds=Folds(width=False)).summary["content"] > 0


def test_script_fold_is_off_by_default_and_folds_traditional() -> None:
    assert normalize("國務院關於").text == "國務院關於"
    assert normalize("國務院關於", folds=Folds(script=True)).text == "国务院关于"


def test_range_offsets_index_the_whole_surface() -> None:
    n = normalize("前言 一、总则", start=3)
    assert n.text == "一、总则"
    assert n.surface_span(0, 2) == (3, 5)


surface_text = st.text(
    alphabet=st.sampled_from(list("互联网+行动，。（）()〔〕[]“”\"—- \u3000\n\tＡA０0國務院\u200b")), max_size=80
)


@given(surface_text, st.booleans())
def test_every_normalised_character_maps_back_in_order(surface: str, script: bool) -> None:
    n = normalize(surface, folds=Folds(script=script))
    assert len(n.offsets) == len(n.text)
    assert list(n.offsets) == sorted(set(n.offsets))
    for i in range(len(n.text)):
        s, e = n.surface_span(i, i + 1)
        assert e == s + 1
        assert normalize(surface[s:e], folds=Folds(script=script)).text == n.text[i]


@given(surface_text, st.data())
def test_spans_of_consecutive_pieces_do_not_overlap(surface: str, data: st.DataObject) -> None:
    n = normalize(surface)
    cuts = sorted([*data.draw(st.lists(st.integers(0, len(n.text)), max_size=5)), 0, len(n.text)])
    spans = [n.surface_span(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2


@given(surface_text, st.booleans())
def test_seeded_properties_match_their_definitions(surface: str, script: bool) -> None:
    """normalize() fills kept, gaps and folded as by-products; a bare Normalized computes them from offsets."""
    n = normalize(surface, folds=Folds(script=script))
    bare = Normalized(n.text, n.surface, n.offsets)
    assert n.kept == bare.kept == "".join(surface[o] for o in n.offsets)
    assert n.gaps == bare.gaps
    assert n.folded == bare.folded


@given(surface_text, st.data())
def test_the_comparison_text_alone_is_the_comparison_form(surface: str, data: st.DataObject) -> None:
    folds = Folds(**{f: data.draw(st.booleans()) for f in ("width", "whitespace", "quotes", "dashes", "script")})
    start = data.draw(st.integers(0, len(surface)))
    end = data.draw(st.integers(start, len(surface)))
    assert comparison_text(surface, start=start, end=end, folds=folds) == normalize(
        surface, start=start, end=end, folds=folds).text
