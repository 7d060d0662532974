"""The command line, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policydiff import samples
from policydiff.cli import main

A = str(samples.path("jingzhengfa-2016-4-a"))
B = str(samples.path("jingzhengfa-2016-4-b"))
NATIONAL = str(samples.path("guofa-2015-40"))


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


def test_the_output_files_suffix_names_the_format_unless_format_is_given(tmp_path: Path) -> None:
    runs = [(["outline", B], "outline.html", "<!DOCTYPE html>"), (["outline", B], "outline.JSON", "{"),
            (["collate", A, B], "collation.csv", "id,"), (["collate", A, B], "collation.htm", "<!DOCTYPE html>"),
            (["align", NATIONAL, B], "alignment.json", "{"), (["align", NATIONAL, B], "alignment.markdown", "# "),
            (["align", NATIONAL, B, "--format", "md"], "alignment.html", "# "),
            (["collate", A, B, "--format", "md"], "collation.parquet", "# "), (["outline", B], "outline.txt", "北京市")]
    for args, name, start in runs:
        out = tmp_path / name
        result = CliRunner().invoke(main, [*args, "-o", str(out)])
        assert result.exit_code in (0, 1), result.output
        assert out.read_text(encoding="utf-8-sig").startswith(start), (args, name)


@pytest.mark.parametrize(("args", "name", "words"), [
    (["collate", A, B], "c.parquet", "'.parquet' names no format"), (["collate", A, B], "x.xyz", "'.xyz'"),
    (["collate", A, B], "report", "no suffix"), (["align", NATIONAL, B], "a.txt", "align writes md, json, csv or html"),
    (["outline", B], "o.csv", "outline writes text, json or html, not csv"), (["outline", B], "o.md", "not md"),
])
def test_a_suffix_that_names_no_format_of_the_command_is_a_usage_error(tmp_path: Path, args: list[str], name: str,
                                                                        words: str) -> None:
    result = CliRunner().invoke(main, [*args, "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert words in result.output and "--format" in result.output
    assert not list(tmp_path.iterdir())

def test_outline_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["outline", "-"], input=samples.text("guofa-2015-40").encode())
    assert result.exit_code == 0 and "(六)加强引导和支持" in result.output


def test_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "plain.txt").write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    cases = [("empty.txt", "empty"), ("image.png", "PNG"), (".", "directory"), ("plain.txt", "numbered headings")]
    for target, words in cases:
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
    for report in ("collation", "alignment"):
        assert f'href="{report}.html"' in index
        assert (tmp_path / f"{report}.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "11 处文字异文" in index and "新增 new" in index
    assert oct((tmp_path / "index.html").stat().st_mode & 0o777) != oct(0o600)


def test_collate_exit_codes_and_formats(tmp_path: Path) -> None:
    differing = CliRunner().invoke(main, ["collate", A, B, "--format", "json"])
    assert differing.exit_code == 1, differing.output
    data = json.loads(differing.output)
    assert data["summary"]["content"] == 11
    assert all(v["category"] != "formatting" for v in data["variants"])
    everything = json.loads(CliRunner().invoke(main, ["collate", A, B, "--format", "json", "--all"]).output)
    assert sum(v["category"] == "formatting" for v in everything["variants"]) == data["summary"]["formatting"]
    same = CliRunner().invoke(main, ["collate", B, B])
    assert same.exit_code == 0, same.output
    named = CliRunner().invoke(main, ["collate", A, "-", "--name", "甲", "--name", "乙"],
                               input=samples.text("jingzhengfa-2016-4-b").encode())
    assert named.exit_code == 1 and "乙 preferred" in named.output.replace("*", "")
    out = tmp_path / "c.html"
    assert CliRunner().invoke(main, ["collate", A, B, "--format", "html", "-o", str(out)]).exit_code == 1
    assert 'data-category="content"' in out.read_text(encoding="utf-8")


def test_title_only_local_document_aligns() -> None:
    title = "北京市关于积极推进“互联网+”行动的实施意见\n"
    result = CliRunner().invoke(main, ["align", NATIONAL, "-"], input=title.encode())
    assert result.exit_code == 0, result.output
    assert "dropped" in result.output


def test_collate_reads_one_line_stdin_as_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("促进众包、众创、众筹、众扶等新模式发展。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["collate", "-", str(tmp_path / "a.txt"), "--format", "json"],
                                input="促进众包、众创、筹、众扶等新模式发展。".encode())
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["witnesses"][0]["path"] == "<stdin>"
    assert [v["readings"]["B"]["text"] for v in data["variants"] if v["category"] == "content"] == ["众"]


def test_collate_errors_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    for args in (["collate", A], ["collate", A, str(tmp_path / "empty.txt")], ["collate", A, B, "--name", "x"],
                 ["collate", "-", "-"]):
        result = CliRunner().invoke(main, args, input=b"x")
        assert result.exit_code == 2, (args, result.output)
        assert result.output.startswith("policydiff: error:") and "Traceback" not in result.output


def test_align_formats(tmp_path: Path) -> None:
    csv_out = CliRunner().invoke(main, ["align", NATIONAL, B, "--format", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    rows = csv_out.output.splitlines()
    assert rows[0].startswith("side,ordinal,heading")
    assert any(r.startswith("local,2/2,") and ",new," in r for r in rows)
    data = json.loads(CliRunner().invoke(main, ["align", NATIONAL, B, "--format", "json"]).output)
    assert {"national", "local", "sections", "national_sections", "summary"} <= data.keys()
    strict_run = CliRunner().invoke(main, ["align", NATIONAL, B, "--format", "json", "--set", "match=0.99"])
    strict = json.loads(strict_run.output)
    assert strict["summary"]["labels"]["new"] > data["summary"]["labels"]["new"]
    out = tmp_path / "a.html"
    assert CliRunner().invoke(main, ["align", NATIONAL, B, "--format", "html", "-o", str(out)]).exit_code == 0
    assert 'data-label="new"' in out.read_text(encoding="utf-8")


def test_align_errors_exit_2(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    for args, words in ((["align", NATIONAL, str(tmp_path / "plain.txt")], "numbered headings"),
                        (["align", NATIONAL, B, "--set", "nope=1"], "NAME=VALUE"),
                        (["align", NATIONAL, B, "--set", "__class__=x"], "NAME=VALUE"),
                        (["align", NATIONAL, B, "--set", "passage=40"], "passage < full_shared"),
                        (["align", NATIONAL, B, "--set", "match=nan"], "finite"),
                        (["align", NATIONAL, B, "-o", str(tmp_path / "plain.txt" / "x.md")], "cannot write"),
                        (["align", NATIONAL, B, "--set", "seed=x"], "not a valid int")):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert words in result.output and result.output.count("\n") == 1


def test_version_and_help() -> None:
    assert "policydiff" in CliRunner().invoke(main, ["--version"]).output
    for command in ([], ["outline"], ["collate"], ["align"], ["demo"]):
        assert "Example" in CliRunner().invoke(main, [*command, "--help"]).output, command


def test_messages_go_to_stderr_and_quiet_silences_them(tmp_path: Path) -> None:
    runner = CliRunner()
    loud = runner.invoke(main, ["collate", A, B, "--format", "json", "-o", str(tmp_path / "c.json")])
    assert loud.stdout == "" and "wrote" in loud.stderr and "11 content" in loud.stderr
    quiet = runner.invoke(main, ["align", NATIONAL, B, "-q", "-o", str(tmp_path / "a.md")])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith("#")


def test_hostile_text_is_escaped() -> None:
    hostile = '北京市关于<script>alert(1)</script>的实施意见\n一、"><img src=x onerror=alert(1)>{{ 7*7 }}\n内容。'
    result = CliRunner().invoke(main, ["outline", "-", "--format", "html"], input=hostile.encode())
    assert result.exit_code == 0
    assert "<script>alert(1)" not in result.output and "<img src=x" not in result.output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.output and "{{ 7*7 }}" in result.output
