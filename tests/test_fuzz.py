"""The fuzz suite: random mixes of document text, numbering, punctuation, brackets, line breaks and control
characters through ``load``, ``collate`` and ``align``.

They raise only the library's own errors, keep every offset exact, find nothing between a text and itself and at
least the edits made between a text and an edited copy. Each example takes well under a second; under the ``ci``
profile (``CI`` set, see conftest.py) hypothesis is derandomised and has no deadline, so the suite cannot flake.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import policydiff
from policydiff import samples
from policydiff.collation.result import Collation
from policydiff.errors import PolicydiffError
from policydiff.model import Document
from policydiff.script import simplified

FUZZ = settings(max_examples=100)
SEEDS = [Path(samples.path(n)).read_text("utf-8") for n in ("guofa-2015-40", "jingzhengfa-2016-4-b", "jingfa-2017-27")]
LINES = [line for seed in SEEDS for line in seed.splitlines() if line.strip()]
TITLES = [*(seed.splitlines()[0] for seed in SEEDS), "国务院关于推进某项工作的指导意见",
          "某市人民政府办公厅关于印发某方案的通知"]
BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f", "\n\n", "\x1c"]
CONTROLS = ["\x00", "\x07", "\x1b", "\x1b[31m", "\t", "\u200b", "\ufeff", "\ufffd", "\xa0", "\u3000", "\x7f", "\ud800"]
PUNCTUATION = [*"，。；：、！？,.;:!?（）()【】[]《》〈〉〔〕“”‘’\"'—…·", "——", "……"]
RARE = [c for c in "龘靐齉爩鱻麤曌" if simplified(c) == c]
DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """``n`` (1-999) in Chinese numerals, as documents number their items: 十二, 一百二十, 一百零五."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    head = f"{DIGITS[hundreds]}百" if hundreds else ""
    tens_written = ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十" if tens else ""
    gap = "零" if hundreds and units and not tens else ""
    return head + tens_written + gap + (DIGITS[units] if units else "")


NUMBERING = st.integers(1, 200).flatmap(lambda n: st.sampled_from([
    f"{chinese(n)}、", f"（{chinese(n)}）", f"({chinese(n)})", f"{n}.", f"{n}．", f"{n}、", f"（{n}）", f"({n})",
    f"第{chinese(n)}条", f"第{chinese(n)}章",
]))


@st.composite
def pieces(draw: st.DrawFn) -> str:
    line = draw(st.sampled_from(LINES))
    start = draw(st.integers(0, max(0, len(line) - 1)))
    return line[start : start + draw(st.integers(1, 120))]


PART = st.one_of(
    pieces(), pieces(), pieces(),
    st.tuples(NUMBERING, pieces()).map("".join),
    st.tuples(st.sampled_from(BREAKS), NUMBERING, pieces()).map("".join),
    st.sampled_from(PUNCTUATION), st.sampled_from(BREAKS), st.sampled_from(CONTROLS),
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A random document: perhaps a title line, then pieces of the seeds, numbering, punctuation, breaks."""
    title = draw(st.sampled_from(["", *TITLES]))
    head = title + draw(st.sampled_from(BREAKS)) if title else ""
    return head + "".join(draw(st.lists(PART, min_size=1, max_size=30)))


def assert_offsets(doc: Document) -> None:
    """Every span of ``doc`` indexes its text, and what it names is what the text has there."""
    text, n = doc.text, len(doc.text)

    def span(start: int, end: int) -> None:
        assert 0 <= start <= end <= n, (start, end, n)

    span(*doc.body)
    for s in doc.sections:
        span(s.start, s.end)
        span(s.body_start, s.own_end)
        assert s.start <= s.body_start and s.own_end <= s.end
        assert text[s.start : s.start + len(s.label)] == s.label
        if s.heading_span is not None:
            span(*s.heading_span)
            assert s.heading is not None and s.heading in text[s.heading_span.start : s.heading_span.end]
        for note in s.notes:
            span(note.start, note.end)
    for anomaly in doc.anomalies:
        assert 0 <= anomaly.start <= n
        if anomaly.kind == "undecodable-bytes":
            assert text[anomaly.start] == "\ufffd"
    for cite in doc.cites:
        span(cite.start, cite.end)
        assert text[cite.start + 1 : cite.start + 1 + len(cite.title)] == cite.title
    for extra in (doc.title_span, doc.closing, *doc.skipped, *(o.span for o in doc.outside)):
        if extra is not None:
            span(*extra)
    if doc.doc_number_as_written is not None:
        assert doc.doc_number_as_written in text


def assert_readings(result: Collation) -> None:
    """Every reading of every variant is the text of its witness between its offsets."""
    texts = {w.id: w.text for w in result.witnesses}
    for variant in result.variants:
        for wid, reading in variant.readings.items():
            assert 0 <= reading.start <= reading.end <= len(texts[wid])
            assert reading.text == texts[wid][reading.start : reading.end]


@FUZZ
@given(documents())
@example("\r一、总则\u2028二、附则")
@example("\ud800一、总则")
@example("")
def test_load_raises_only_policydiff_errors_and_keeps_every_offset(text: str) -> None:
    try:
        found = policydiff.load_all(text)
    except PolicydiffError:
        return
    assert found
    for doc in found:
        assert doc.text == found[0].text
        assert_offsets(doc)


@FUZZ
@given(documents(), st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8-sig"]),
       st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=4), st.booleans())
def test_damaged_bytes_raise_only_policydiff_errors(text: str, encoding: str, damage: list[tuple[float, int]],
                                                    cut: bool) -> None:
    data = bytearray(codecs.encode(text, encoding, "replace"))
    for where, byte in damage:
        data.insert(int(where * len(data)), byte)
    if cut and data:
        data = data[: len(data) * 2 // 3]
    try:
        found = policydiff.load_all(bytes(data))
    except PolicydiffError:
        return
    for doc in found:
        assert_offsets(doc)


@FUZZ
@given(documents())
def test_a_text_collated_with_itself_has_no_variants(text: str) -> None:
    try:
        result = policydiff.collate(text, text)
    except PolicydiffError:
        return
    assert result.variants == []


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str, list[int]]:
    """A document, a copy with one to three characters replaced (Chinese by a rare one, punctuation by other
    punctuation) at least ten apart, and where."""
    text = draw(documents())
    places = [i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff" or c in "，。；："]
    chosen: list[int] = []
    for i in draw(st.lists(st.sampled_from(places), min_size=1, max_size=3)) if places else []:
        if all(abs(i - j) >= 10 for j in chosen):
            chosen.append(i)
    chars = list(text)
    for i in chosen:
        marks = [m for m in (RARE if chars[i] not in "，。；：" else "，。；：") if m != chars[i] and m not in text]
        chars[i] = draw(st.sampled_from(marks or RARE))
    return text, "".join(chars), sorted(chosen)


@FUZZ
@given(edited())
def test_an_edited_copy_shows_at_least_the_edits(case: tuple[str, str, list[int]]) -> None:
    text, copy, places = case
    try:
        result = policydiff.collate(text, copy)
    except PolicydiffError:
        return
    assert_readings(result)
    a, b = result.witnesses
    for p in places:
        if not (a.body.start <= p < a.body.end and b.body.start <= p < b.body.end):
            continue
        if any(s <= p < e for s, e in (*a.document.skipped, *b.document.skipped)):
            continue
        assert any(v.category in ("content", "punctuation") and v.readings[b.id].start <= p < v.readings[b.id].end
                   for v in result.variants), (p, copy[max(0, p - 10) : p + 10])


@FUZZ
@given(documents(), documents())
@example("国", "（一）国\n一、国\n（一）国")
def test_align_raises_only_policydiff_errors(national: str, local: str) -> None:
    try:
        result = policydiff.align(national, local)
    except PolicydiffError:
        return
    n, loc = len(result.national.text), len(result.local.text)
    for passage in result.passages:
        assert 0 <= passage.national.start <= passage.national.end <= n
        assert 0 <= passage.local.start <= passage.local.end <= loc


@pytest.mark.parametrize("n, written", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"),
                                        (110, "一百一十"), (120, "一百二十"), (200, "二百")])
def test_the_numerals_the_fuzzer_writes(n: int, written: str) -> None:
    assert chinese(n) == written
