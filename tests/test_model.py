"""The boundary types: frozen, with one Span type and one way to name a section."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

import policydiff
from policydiff import samples
from policydiff.model import Document, Span


@pytest.fixture(scope="module")
def collation(copy_a: Document, copy_b: Document) -> policydiff.Collation:
    return policydiff.collate(copy_a, copy_b)


@pytest.fixture(scope="module")
def alignment(national: Document, copy_b: Document) -> policydiff.Alignment:
    return policydiff.align(national, copy_b)


@pytest.fixture(scope="module")
def results(copy_a: Document, collation: policydiff.Collation, alignment: policydiff.Alignment) -> dict[str, Any]:
    return {
        "document": copy_a,
        "section": copy_a.section(3, 2, 8),
        "outside": copy_a.outside[0],
        "variant": collation.variants[0],
        "collation": collation,
        "alignment": alignment,
        "local section": alignment.sections[0],
    }


@pytest.mark.parametrize(
    "name", ["document", "section", "outside", "variant", "collation", "alignment", "local section"]
)
def test_results_are_frozen(name: str, results: dict[str, Any]) -> None:
    value = results[name]
    for f in dataclasses.fields(value):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, f.name, getattr(value, f.name))


def test_documents_of_a_bundle_share_no_mutable_list() -> None:
    docs = policydiff.load_all(samples.path("jingfa-2017-27"))
    assert len(docs) > 2
    for doc in docs:
        for f in dataclasses.fields(doc):
            assert not isinstance(getattr(doc, f.name), (list, dict, set)), f.name
        assert isinstance(doc.outside, tuple)


def test_collation_witnesses_are_a_tuple(collation: policydiff.Collation) -> None:
    assert isinstance(collation.witnesses, tuple)


def test_spans_are_spans(copy_b: Document, collation: policydiff.Collation, alignment: policydiff.Alignment) -> None:
    assert isinstance(copy_b.body, Span) and isinstance(copy_b.title_span, Span)
    assert all(isinstance(s.heading_span, Span) for s in copy_b.sections if s.heading_span is not None)
    slots = [r.slot for v in collation.variants for r in v.readings.values() if r.slot is not None]
    assert all(isinstance(s, Span) for s in slots)
    assert all(isinstance(s.span, Span) for s in alignment.sections)
    passage = alignment.passages[0]
    spans = (passage.local, passage.national, passage.local_canon, passage.national_canon)
    assert all(isinstance(s, Span) for s in spans)
    assert copy_b.body == (copy_b.body.start, copy_b.body.end)


def test_document_section_takes_both_forms(copy_b: Document) -> None:
    assert copy_b.section(3, 2, 8) == copy_b.section((3, 2, 8)) == copy_b.section([3, 2, 8])
    assert copy_b.section(0) is copy_b.sections[0]


def test_alignment_section_takes_both_forms(alignment: policydiff.Alignment) -> None:
    assert alignment.section(4, 9) == alignment.section((4, 9))
    assert alignment.national_section(3, 3) == alignment.national_section((3, 3))
    with pytest.raises(KeyError, match="no local section 99"):
        alignment.section(99)


@pytest.mark.parametrize("args", [(), ((3, 2), 8), ("3",), (3.0,)])
def test_section_rejects_other_arguments(copy_b: Document, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        copy_b.section(*args)


def test_section_agencies_are_made_once_and_pickle(copy_b: Document) -> None:
    section = next(s for s in copy_b.sections if s.notes)
    assert section.lead is section.lead and section.responsible is section.responsible
    again = pickle.loads(pickle.dumps(section))
    assert again == section and hash(again) == hash(section)
    assert (again.lead, again.responsible) == (section.lead, section.responsible)
    assert dataclasses.replace(section, notes=()).lead == []
