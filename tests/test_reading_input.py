"""Regression tests of issue 12's reading problems: bad bytes, mojibake, UTF-16 without BOM (9); every Unicode
line break (10); empty input, wrong argument types, bytes and missing paths (11)."""

from __future__ import annotations

from pathlib import Path

import pytest

import policydiff
from policydiff import samples
from policydiff.errors import ArgumentTypeError, EmptyInputError, EncodingError, NotAFileError, PolicydiffError
from policydiff.read.decoding import decode_bytes

SEED = Path(samples.path("guofa-2015-40")).read_text("utf-8")
RAW = SEED.encode("utf-8")


def _undecodable(doc: policydiff.Document) -> list[int]:
    return [a.start for a in doc.anomalies if a.kind == "undecodable-bytes"]


# 9. A few bad bytes are replaced and reported; mojibake is repaired; UTF-16 without a BOM is read.

def test_a_file_cut_in_the_middle_of_a_character_is_read_with_the_cut_reported(tmp_path: Path) -> None:
    cut = RAW[: RAW.index("指导意见".encode()) + 7]  # 指, 导 and one of the three bytes of 意
    path = tmp_path / "cut.txt"
    path.write_bytes(cut)
    doc = policydiff.load(path)
    assert doc.text.endswith("\ufffd")
    assert doc.text.endswith("指导\ufffd")
    assert _undecodable(doc) == [len(doc.text) - 1]


def test_one_bad_byte_is_replaced_and_reported_at_its_offset(tmp_path: Path) -> None:
    at = RAW.index("。".encode(), 700) + 3  # after a full stop inside a provision
    path = tmp_path / "bad.txt"
    path.write_bytes(RAW[:at] + b"\xff" + RAW[at:])
    doc = policydiff.load(path)
    offset = len(RAW[:at].decode())
    assert _undecodable(doc) == [offset]
    assert doc.text == SEED[:offset] + "\ufffd" + SEED[offset:]
    assert [s.heading for s in doc.sections] == [s.heading for s in policydiff.load(SEED).sections]


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_a_bad_byte_in_a_legacy_encoding_is_replaced(encoding: str) -> None:
    text = "國務院關於積極推進互聯網行動的指導意見\n一、總體要求\n各地區、各部門要充分認識推進工作的重要意義。\n" * 3
    data = text.encode(encoding)
    decoded = decode_bytes(data[:40] + b"\xff" + data[40:])
    assert decoded.encoding == encoding
    assert [a.kind for a in decoded.anomalies] == ["undecodable-bytes"]
    assert decoded.text[decoded.anomalies[0].start] == "\ufffd"


def test_a_file_that_is_mostly_undecodable_is_still_refused() -> None:
    with pytest.raises(EncodingError, match="not valid"):
        decode_bytes(bytes(range(128, 256)) * 4 + RAW[:300])


def test_mojibake_is_repaired_and_reported() -> None:
    mojibake = SEED.encode("utf-8").decode("cp1252", errors="replace")
    assert mojibake.startswith("å›½åŠ¡é™¢")
    doc = policydiff.load(mojibake.encode("utf-8"))
    assert doc.text.startswith("国务院关于积")  # 极 is e6 9e 81, and cp1252 has no letter for 81
    assert "mojibake-repaired" in [a.kind for a in doc.anomalies]
    exact = policydiff.load(SEED.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert exact.text == SEED


def test_mojibake_pasted_into_good_text_is_reported() -> None:
    text = SEED.replace("积极推进", "积极推进".encode().decode("cp1252", errors="replace"), 1)
    doc = policydiff.load(text)
    assert doc.text == text
    assert [a.start for a in doc.anomalies if a.kind == "mojibake"] == [text.index("ç§")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(encoding: str) -> None:
    doc = policydiff.load(SEED.encode(encoding))
    assert (doc.encoding, doc.text) == (encoding, SEED)


# 10. Every Unicode line break is a line break.

@pytest.mark.parametrize("newline", ["\r", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f"])
def test_every_unicode_line_break_gives_the_same_outline(newline: str) -> None:
    lf = policydiff.load(SEED)
    doc = policydiff.load(SEED.replace("\n", newline))
    assert doc.text == SEED.replace("\n", newline)
    assert (doc.title, doc.doc_number, doc.date) == (lf.title, lf.doc_number, lf.date)
    assert [(s.ordinal, s.label, s.heading) for s in doc.sections] == [
        (s.ordinal, s.label, s.heading) for s in lf.sections
    ]
    if newline != "\r\n":
        assert [(s.start, s.end) for s in doc.sections] == [(s.start, s.end) for s in lf.sections]


# 11. Empty input, wrong types, bytes and missing paths get the library's own errors.

@pytest.mark.parametrize("text", ["", "\xa0", " \u3000\n", "\u2028"])
def test_empty_input_is_refused_with_the_librarys_error(text: str) -> None:
    for call in (lambda: policydiff.load(text), lambda: policydiff.collate(text, text),
                 lambda: policydiff.align(text, text)):
        with pytest.raises(EmptyInputError, match=r"empty|white space"):
            call()


@pytest.mark.parametrize("value", [3, None, ["一、总则"], 2.5])
def test_a_wrong_argument_type_names_what_is_accepted(value: object) -> None:
    accepted = r"a path .* a string of text, the bytes of a file or a Document"
    with pytest.raises(ArgumentTypeError, match=accepted) as info:
        policydiff.load(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError) and isinstance(info.value, PolicydiffError)


def test_bytes_are_read_as_the_bytes_of_a_file() -> None:
    assert policydiff.load(SEED.encode("gb18030")).doc_number == "国发〔2015〕40号"
    assert policydiff.load(SEED.encode("utf-8")).text == SEED


@pytest.mark.parametrize("name", ["copy-a.docx", "dir/x", "copy-a.doc", "notes.bak", "国务院通知.pdf"])
def test_a_missing_path_is_no_such_file_not_text(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotAFileError, match="no such file"):
        policydiff.load(name)
    with pytest.raises(NotAFileError, match="no such file"):
        policydiff.collate(name, name)


def test_a_one_line_text_is_still_text() -> None:
    assert policydiff.load("一、总体要求").sections[-1].heading == "总体要求"
