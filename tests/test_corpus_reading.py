"""Documents the project was not built on: the 20 State Council documents of ``../shared/corpus/govcn-dev``.

Each is read three ways: the page's main block (with the site's metadata table),
the document's own block, and that block's plain text as lxml gives it. The first
document of the file must carry the metadata of the site's table, and every
paragraph that opens a part (一、) or an article (第X条) must be a section.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import policydiff
from policydiff.model import Document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "govcn-dev"
FORMS = ("page", "content", "text")
_PART = re.compile(r"^[ \t\u3000\xa0]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇]+条)")


def _metadata() -> list[dict[str, Any]]:
    if not (CORPUS / "metadata.json").exists():
        return []
    loaded: list[dict[str, Any]] = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    return loaded


META = _metadata()
needs_corpus = pytest.mark.skipif(not META, reason=f"the development corpus is not at {CORPUS}")


def plain_text(path: Path) -> str:
    """The text of an HTML file as lxml gives it, with ``<br>``, ``<p>`` and ``<tr>`` as line breaks."""
    import lxml.html

    root = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    for element in root.iter("br", "p", "tr"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def read(meta: dict[str, Any], form: str) -> list[Document]:
    if form == "text":
        return policydiff.load_all(plain_text(CORPUS / f"{meta['file']}.content.html"))
    return policydiff.load_all(CORPUS / f"{meta['file']}.{form}.html")


@needs_corpus
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("meta", META, ids=[m["file"] for m in META])
def test_first_document_has_the_metadata_of_the_site(meta: dict[str, Any], form: str) -> None:
    first = read(meta, form)[0]
    found = {k: getattr(first, k) for k in ("title", "doc_number", "issuer", "date")}
    assert found == {k: meta[k] for k in found}


@needs_corpus
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("meta", META, ids=[m["file"] for m in META])
def test_every_part_and_article_is_a_section(meta: dict[str, Any], form: str) -> None:
    documents = read(meta, form)
    text = documents[0].text
    starts = {s.start for d in documents for s in d.sections}
    missing = []
    for line in re.finditer(r"[^\n]+", text):
        m = _PART.match(line.group())
        if m and not any(line.start() <= s <= line.start() + len(m.group()) for s in starts):
            missing.append(line.group()[:30])
    assert not missing


@needs_corpus
@pytest.mark.parametrize("meta", META, ids=[m["file"] for m in META])
def test_no_article_has_a_heading(meta: dict[str, Any]) -> None:
    """第X条 is numbered text: 国务院令 articles open with a provision, not a heading."""
    articles = [s for d in read(meta, "content") for s in d.sections if s.style == "article"]
    assert [s.label for s in articles if s.heading is not None] == []


@needs_corpus
@pytest.mark.parametrize("meta", META, ids=[m["file"] for m in META])
def test_traditional_copies_give_the_same_numbers_dates_and_outline(meta: dict[str, Any]) -> None:
    import opencc
    from test_reading_forms import shape

    text = plain_text(CORPUS / f"{meta['file']}.content.html")
    traditional = opencc.OpenCC("s2t").convert(text)
    assert shape(policydiff.load_all(traditional), fold=True) == shape(policydiff.load_all(text), fold=True)
