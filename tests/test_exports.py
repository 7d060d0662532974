"""The CSV and Markdown the commands write carry a document's text as text: no formula a spreadsheet would run,
no markup a Markdown viewer would render."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import policydiff
from policydiff.cli import main
from policydiff.report.sheets import FORMULA_STARTS

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
        _no_formula(_cells(table.read_text(encoding="utf-8-sig")))
