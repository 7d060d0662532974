"""Decoding: encodings recognised, offsets as decoded, bad input refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

import policydiff
from policydiff import samples
from policydiff.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    NotAFileError,
    PolicydiffError,
)
from policydiff.read import decoding as io
from policydiff.read import read_file

B_TEXT = samples.text("jingzhengfa-2016-4-b")


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_encodings_give_the_same_text(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / f"b-{encoding}.txt"
    path.write_bytes(B_TEXT.encode(encoding))
    decoded = read_file(path)
    assert decoded.encoding == expected
    assert decoded.text == B_TEXT
    expected = policydiff.load(samples.path("jingzhengfa-2016-4-b")).to_dict()["sections"]
    assert policydiff.load(path).to_dict()["sections"] == expected


def test_big5_traditional_text(tmp_path: Path) -> None:
    import opencc

    traditional = opencc.OpenCC("s2tw").convert(B_TEXT)
    path = tmp_path / "b-big5.txt"
    path.write_bytes(traditional.encode("big5", errors="strict"))
    decoded = read_file(path)
    assert decoded.encoding == "big5"
    assert decoded.text == traditional


def test_crlf_is_kept_so_offsets_index_the_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、总则\r\n内容。\r\n".encode())
    assert read_file(path).text == "一、总则\r\n内容。\r\n"


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\n ", EmptyInputError, "white space"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), BinaryInputError, "PNG"),
        (b"abc\x00def\x00", BinaryInputError, "NUL"),
        (bytes(range(128, 256)) * 4, EncodingError, "not valid"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error(tmp_path: Path, content: bytes, error: type, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        policydiff.load(path)
    assert str(path) in str(info.value) and words in str(info.value)
    assert isinstance(info.value, PolicydiffError)


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAFileError, match="directory"):
        policydiff.load(tmp_path)
    with pytest.raises(NotAFileError, match="no such file"):
        policydiff.load(str(tmp_path / "missing.txt"))


def test_huge_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_bytes(B_TEXT.encode())
    with pytest.raises(InputTooLargeError, match="MiB"):
        read_file(path)
