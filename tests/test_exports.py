"""The CSV and Markdown the commands write carry a document's text and ids as text: no formula a spreadsheet
would run, no markup a Markdown viewer would render."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import policydiff
from policydiff.cli import main
from policydiff.report.sheets import FORMULA_STARTS

from test_reports import hostile_text

NATIONAL = ("国务院关于推进某事的意见\n国发〔2015〕40号\n一、=1+1总体要求\n加强基础设施建设，推进工作。\n"
            "二、-重点行动<script>\n推进创业创新，发展服务体系。\n")
LOCAL = ("北京市人民政府关于落实某事的意见\n京政发〔2016〕4号\n一、=1+1总体要求\n加强基础设施建设，推进工作，完善。\n"
         "二、+地方行动|x\n推进创业创新，发展服务体系，建立机制。\n三、@新增任务\n新增一项工作任务。\n")
COPY_A = "一、总体要求\n坚持开放共享。营造开放包容的发展环境。\n二、重点行动\n充分发挥互联网的创新作用。\n"
COPY_B = ("一、总体要求\n坚持开放=cmd|' /C calc'!A0共享。营造开放包容的发展环境。\n二、重点行动\n"
          "充分发挥互联网的@SUM(1+1)创新作用。\n")


def _write(folder: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(folder / f"{name}.txt"))
    return paths


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _no_formula(cells: list[str]) -> None:
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


@pytest.mark.parametrize("table", [[], ["--table"]])
def test_collate_csv_writes_no_formula(tmp_path: Path, table: list[str]) -> None:
    result = CliRunner().invoke(main, ["collate", *_write(tmp_path, a=COPY_A, b=COPY_B), "--format", "csv", *table])
    assert result.exit_code == 1, result.output
    cells = _cells(result.stdout)
    _no_formula(cells)
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(1+1)" in cells


def test_collate_csv_keeps_its_figures_numbers(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["collate", *_write(tmp_path, a=COPY_A, b=COPY_B), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(float(r["confidence"]) >= 0 for r in rows)


def test_align_csv_writes_no_formula_and_its_frame_keeps_the_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["align", *_write(tmp_path, n=NATIONAL, l=LOCAL), "--format", "csv"])
    assert result.exit_code == 0, result.output
    cells = _cells(result.stdout)
    _no_formula(cells)
    assert {"'=1+1总体要求", "'+地方行动|x", "'@新增任务", "'-重点行动<script>"} <= set(cells)
    frame = policydiff.align(NATIONAL, LOCAL).to_frame()
    assert "=1+1总体要求" in set(frame["heading"]) and frame["coverage"].dtype == float


def test_corpus_tables_write_no_formula(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask")
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, national=NATIONAL, **{"=HYPERLINK(1)": LOCAL})
    result = CliRunner().invoke(main, ["corpus", "national.txt", "=HYPERLINK(1).txt", "-o", "out",
                                       "--scheduler", "synchronous", "-q"])
    assert result.exit_code == 0, result.output
    documents = (tmp_path / "out" / "tables" / "documents.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1).txt" in _cells(documents)
    for table in (tmp_path / "out" / "tables").glob("*.csv"):
        assert table.read_bytes().startswith(b"\xef\xbb\xbfid," if table.name == "documents.csv" else b"\xef\xbb\xbf")
        _no_formula(_cells(table.read_text(encoding="utf-8-sig")))


def _raw(markdown: str, chars: str) -> list[str]:
    """The lines of ``markdown`` with one of ``chars`` not escaped by a backslash."""
    return [line for line in markdown.splitlines() if re.search(rf"(?<!\\)[{re.escape(chars)}]", line)]


def _table_widths(markdown: str) -> set[int]:
    """How many cells each row of each table has (unescaped ``|`` less one), by table."""
    return {len(re.findall(r"(?<!\\)\|", line)) - 1 for line in markdown.splitlines() if line.startswith("|")}


def test_align_markdown_shows_markup_as_text(tmp_path: Path) -> None:
    national = hostile_text().replace("二、主要任务", "二、主要*任务*|管道")
    local = hostile_text("甲").replace("北京市", "天津市")
    paths = _write(tmp_path, **{"n<img src=x onerror=alert(9)>": national, "l": local})
    result = CliRunner().invoke(main, ["align", *paths])
    assert result.exit_code == 0, result.output
    title = result.stdout.splitlines()[0]
    assert title.startswith("# ") and "n\\<img src=x onerror=alert(9)\\>.txt ↔" in title, title
    assert not _raw(result.stdout, "<>*")
    assert "主要\\*任务\\*\\|管道" in result.stdout


def test_collate_markdown_shows_markup_in_readings_reasons_and_ids_as_text(tmp_path: Path) -> None:
    a, b = _write(tmp_path, a=hostile_text(), b=hostile_text("<i>甲</i>*"))
    result = CliRunner().invoke(main, ["collate", a, b, "--name", "<b>A</b>", "--name", "B|x*", "--whole"])
    assert result.exit_code == 1, result.output
    assert not _raw(result.stdout, "<>")
    assert "B|x*" not in result.stdout and "**\\<b\\>A\\</b\\>**" in result.stdout
    tables = result.stdout.split("## Alignment table")[1].split("## Families")[0]
    assert len(_table_widths(tables)) == 1


@pytest.mark.parametrize("command", ["collate", "align"])
def test_a_csv_file_starts_with_a_bom_and_standard_output_does_not(tmp_path: Path, command: str) -> None:
    inputs = _write(tmp_path, a=COPY_A, b=COPY_B) if command == "collate" else _write(tmp_path, n=NATIONAL, l=LOCAL)
    to_file = CliRunner().invoke(main, [command, *inputs, "-o", str(tmp_path / "out.csv")])
    to_stdout = CliRunner().invoke(main, [command, *inputs, "--format", "csv"])
    assert to_file.exit_code == to_stdout.exit_code and to_file.exit_code in (0, 1), to_file.output
    written = (tmp_path / "out.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbf") and not to_stdout.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert written.decode("utf-8-sig") == to_stdout.stdout
    pandas = pytest.importorskip("pandas")
    assert list(pandas.read_csv(tmp_path / "out.csv", encoding="utf-8-sig").columns)[:2] in (["id", "category"],
                                                                                             ["side", "ordinal"])
