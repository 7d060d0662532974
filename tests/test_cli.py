"""The command line, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from policydiff import samples
from policydiff.cli import main

B = str(samples.path("jingzhengfa-2016-4-b"))


def test_outline_text() -> None:
    result = CliRunner().invoke(main, ["outline", B])
    assert result.exit_code == 0
    assert "京政发〔2016〕4号 · 北京市人民政府 · 2016-01-09" in result.output
    assert "\n      8.“互联网+”公共安全  [牵头: —; 负责: 市公安局" in result.output


def test_outline_json_follows_the_contract() -> None:
    result = CliRunner().invoke(main, ["outline", B, "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.output)["documents"][0]
    for key in ("title", "doc_number", "issuer", "date", "cites", "body", "sections", "anomalies"):
        assert key in doc
    section = doc["sections"][1]
    for key in ("ordinal", "label", "level", "heading", "heading_certain", "start", "end", "lead", "responsible"):
        assert key in section
    assert doc["sections"][0]["ordinal"] == [0]


def test_outline_html_to_file(tmp_path: Path) -> None:
    out = tmp_path / "b.html"
    result = CliRunner().invoke(main, ["outline", B, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="d1-s-4-9"' in html
    assert not list(tmp_path.glob(".b.html.*"))


def test_outline_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["outline", "-"], input=samples.text("guofa-2015-40").encode())
    assert result.exit_code == 0 and "(六)加强引导和支持" in result.output


def test_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "plain.txt").write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    for target, words in [("empty.txt", "empty"), ("image.png", "PNG"), (".", "directory"), ("plain.txt", "numbered headings")]:
        result = CliRunner().invoke(main, ["outline", str(tmp_path / target)])
        assert result.exit_code == 2, (target, result.output)
        assert words in result.output and "Traceback" not in result.output
        assert result.output.count("\n") == 1


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_text(samples.text("guofa-2015-40"), encoding="utf-8")
    result = CliRunner().invoke(main, ["outline", str(source), "-o", str(source)])
    assert result.exit_code == 2 and "input" in result.output
    assert source.read_text(encoding="utf-8") == samples.text("guofa-2015-40")


def test_demo_writes_reports_and_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for name in samples.names():
        assert f'href="outline-{name}.html"' in index
        assert (tmp_path / f"outline-{name}.html").stat().st_size > 10_000


def test_version_and_help() -> None:
    assert "policydiff" in CliRunner().invoke(main, ["--version"]).output
    assert "Example" in CliRunner().invoke(main, ["outline", "--help"]).output


def test_hostile_text_is_escaped() -> None:
    hostile = '北京市关于<script>alert(1)</script>的实施意见\n一、"><img src=x onerror=alert(1)>{{ 7*7 }}\n内容。'
    result = CliRunner().invoke(main, ["outline", "-", "--format", "html"], input=hostile.encode())
    assert result.exit_code == 0
    assert "<script>alert(1)" not in result.output and "<img src=x" not in result.output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.output and "{{ 7*7 }}" in result.output
