"""A document aligned with itself: every section inherited, every national section implemented."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import policydiff
from policydiff import samples
from policydiff.model import Document

SENTENCE = re.compile(r"[一-鿿“][一-鿿，,、；“”]{11,79}。")
NUMERALS = "一二三四五六七八九十"
SENTENCES = sorted({s for name in samples.names() for s in SENTENCE.findall(samples.text(name))
                    if s[0] not in NUMERALS + "第"})
"""Distinct sentences of the seeds, without brackets, digits or a leading number, to build documents from."""


def _assert_self_aligned(doc: Document | str) -> None:
    result = policydiff.align(doc, doc)
    assert result.sections and {s.label for s in result.sections} == {"inherited"}
    assert result.national_sections and {n.status for n in result.national_sections} == {"implemented"}


SEED_DOCUMENTS = [
    pytest.param(doc, id=f"{name}-{i}")
    for name in samples.names() for i, doc in enumerate(policydiff.load_all(samples.path(name)))
]


@pytest.mark.parametrize("doc", SEED_DOCUMENTS)
def test_every_seed_document_aligned_with_itself(doc: Document) -> None:
    _assert_self_aligned(doc)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, ...]]]:
    """A title, then numbered parts of numbered sections, each with its own sentences of the seeds; and its outline."""
    shape = draw(st.lists(st.integers(0, 3), min_size=1, max_size=5))
    needed = 2 * len(shape) + 3 * sum(shape)
    sentences = iter(draw(st.lists(st.sampled_from(SENTENCES), min_size=needed, max_size=needed, unique=True)))
    lines = ["北京市人民政府关于推进重点工作的实施意见"]
    ordinals: list[tuple[int, ...]] = []
    for i, subsections in enumerate(shape):
        lines += [f"{NUMERALS[i]}、{next(sentences)[:12]}", next(sentences)]
        ordinals.append((i + 1,))
        for j in range(subsections):
            lines += [f"（{NUMERALS[j]}）{next(sentences)[:14]}", next(sentences) + next(sentences)]
            ordinals.append((i + 1, j + 1))
    return "\n".join(lines) + "\n", ordinals


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_document_aligned_with_itself(document: tuple[str, list[tuple[int, ...]]]) -> None:
    text, ordinals = document
    doc = policydiff.load(text)
    assume([s.ordinal for s in doc.sections if s.ordinal != (0,)] == ordinals)  # read as it was written
    _assert_self_aligned(doc)


def test_repeated_heading_number_aligned_with_itself() -> None:
    """A repeated 一、 continues the count (ordinal 2, label as written), with an anomaly; align no longer fails."""
    text = ("关于推进工作的意见\n一、总体要求\n坚持创新驱动发展。\n"
            "（一）加强基础设施建设\n加快推进宽带普及和提速降费工作。\n"
            "一、主要任务\n完善配套政策，优化营商环境。\n")
    doc = policydiff.load(text)
    assert [(s.ordinal, s.label) for s in doc.sections] == [((1,), "一、"), ((1, 1), "（一）"), ((2,), "一、")]
    assert [a.kind for a in doc.anomalies if a.kind.startswith("numbering")] == ["numbering-repeat"]
    _assert_self_aligned(text)


NATIONAL = policydiff.load(samples.path("guofa-2015-40"))
PIECES = [(s.label, doc.text[s.start : s.own_end]) for name in samples.names()
          for doc in policydiff.load_all(samples.path(name)) for s in doc.sections if s.ordinal != (0,)]
"""Every numbered section's own text in the seeds and the 003 bundle, with its label, to build local documents from."""
BUNDLE_PIECES = [p for p in PIECES if p[1] in samples.text("jingfa-2017-27")]


@st.composite
def local_documents(draw: st.DrawFn) -> str:
    """A document of seed sections: some dropped, some moved, some added, numbers repeated, characters edited."""
    start = draw(st.integers(0, len(BUNDLE_PIECES) - 1))
    run = BUNDLE_PIECES[start : start + draw(st.integers(1, 30))]
    kept = draw(st.lists(st.sampled_from(range(len(run))), min_size=1, max_size=len(run), unique=True))
    pieces = [run[i] for i in (kept if draw(st.booleans()) else sorted(kept))]
    for _ in range(draw(st.integers(0, 3))):
        pieces.insert(draw(st.integers(0, len(pieces))), draw(st.sampled_from(PIECES)))
    texts = []
    for n, (label, text) in enumerate(pieces):
        if n and draw(st.integers(0, 9)) == 0:
            text = pieces[n - 1][0] + text[len(label) :]  # the number of the section before, repeated
        texts.append(text)
    body = "北京市关于推进重点产业发展的实施意见\n" + "\n".join(texts)
    for _ in range(draw(st.integers(0, 5))):
        p = draw(st.integers(0, len(body) - 1))
        body = body[:p] + draw(st.sampled_from("国市三、（）1.。\n")) + body[p + 1 :]
    return body


@settings(max_examples=200, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(local_documents())
def test_national_seed_aligned_with_edited_local_documents_never_raises(text: str) -> None:
    """Issue 12, problem 0: a fifth of such documents raised KeyError; now every one aligns, ordinals unique."""
    doc = policydiff.load(text)
    ordinals = [s.ordinal for s in doc.sections]
    assert len(ordinals) == len(set(ordinals))
    assert len({s.anchor for s in doc.sections}) == len(doc.sections)
    result = policydiff.align(NATIONAL, doc)
    assert [s.ordinal for s in result.sections] == ordinals
