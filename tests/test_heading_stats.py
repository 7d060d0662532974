"""The heading statistics shipped with the package are the counts of the corpus shipped beside them."""

from __future__ import annotations

from importlib import resources

from policydiff.read import heading_stats as headings


def test_shipped_counts_are_the_corpus_counts() -> None:
    corpus = resources.files("policydiff.read").joinpath(headings.CORPUS).read_text(encoding="utf-8")
    assert headings.bundled_stats() == headings.HeadingStats.of(corpus)
