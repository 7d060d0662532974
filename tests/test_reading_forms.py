"""One document, however it comes: the seeds as HTML, Word and PDF made from their text, and in traditional script.

Each form must give the same outline (ordinals, labels and headings) and the same
metadata as the plain text; a traditional copy (OpenCC s2t) the same canonical
numbers, dates and outline, its labels and headings folded back with t2s.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import opencc
import pytest
from printing import print_to_pdf

import policydiff
from policydiff import samples
from policydiff.model import Document
from policydiff.read import read_file

T2S = opencc.OpenCC("t2s")


def shape(documents: list[Document], *, fold: bool = False) -> list[tuple[Any, ...]]:
    """What must not change between the forms of one file: metadata and the outline of every document.

    With ``fold`` (a traditional copy against a simplified one), labels and headings are compared folded back
    with t2s, and titles are left out: t2s does not undo every s2t (覆函 stays 覆函, not 复函).
    """
    same = T2S.convert if fold else str

    def heading(s: Any) -> str:
        return same(s.heading or "")

    return [
        (d.kind, None if fold else d.title, d.doc_number, d.issuer, d.date,
         [(s.ordinal, same(s.label), heading(s)) for s in d.sections])
        for d in documents
    ]


def lines_of(name: str) -> list[str]:
    return [line.strip(" \t\u3000\xa0\r") for line in samples.text(name).split("\n") if line.strip(" \t\u3000\xa0\r")]


def as_html(name: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines_of(name))
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{name}</title></head><body>{body}</body></html>"


def as_text(name: str) -> str:
    return "\n".join(lines_of(name)) + "\n"


@pytest.mark.parametrize("name", samples.names())
def test_html_gives_the_outline_and_metadata_of_the_text(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.html"
    path.write_text(as_html(name), encoding="utf-8")
    documents = policydiff.load_all(path)
    assert documents[0].source_format == "html"
    assert shape(documents) == shape(policydiff.load_all(as_text(name)))


@pytest.mark.parametrize("name", samples.names())
def test_docx_gives_the_outline_and_metadata_of_the_text(name: str, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in lines_of(name):
        document.add_paragraph(line)
    path = tmp_path / f"{name}.docx"
    document.save(str(path))
    documents = policydiff.load_all(path)
    assert documents[0].source_format == "docx"
    assert shape(documents) == shape(policydiff.load_all(as_text(name)))


@pytest.mark.parametrize("name", samples.names())
def test_pdf_gives_the_outline_and_metadata_of_the_text(name: str, tmp_path: Path) -> None:
    page = as_html(name).replace(
        "</head>", "<style>@page { size: A4; margin: 25mm; @bottom-center { content: '— ' counter(page) ' —'; } }"
        " body { font-size: 12pt; } p { margin: 0; text-indent: 2em; }</style></head>")
    documents = policydiff.load_all(print_to_pdf(tmp_path, page))
    assert documents[0].source_format == "pdf"
    assert shape(documents) == shape(policydiff.load_all(as_text(name)))


@pytest.mark.parametrize("name", samples.names())
def test_traditional_script_gives_the_same_numbers_dates_and_outline(name: str) -> None:
    text = samples.text(name)
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    assert shape(policydiff.load_all(traditional), fold=True) == shape(policydiff.load_all(text), fold=True)


_PRINTED = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; }
p { text-indent: 2em; margin: 0 }
</style></head><body>{}</body></html>"""


def test_a_printed_paragraph_is_one_paragraph_whatever_its_lines_end_with(tmp_path: Path) -> None:
    """Justified Chinese lines end a character or two apart (a mark may not open a line); each runs on."""
    body = samples.text("jingzhengfa-2016-4-b")
    paragraphs = [p for p in body.split("\n") if len(p) > 100][:12]
    pdf = print_to_pdf(tmp_path, _PRINTED.replace("{}", "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)))
    lines = read_file(pdf).text.split("\n")
    assert lines == paragraphs
