"""Start-up: ``import policydiff`` loads no stage and no heavy library; views and names are found on first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import policydiff

HEAVY = ("jieba", "charset_normalizer", "jinja2", "pandas", "lxml", "opencc", "docx", "pdfminer", "dask")
"""Libraries that a program pays for only when it uses what needs them."""


def _modules_after(code: str) -> set[str]:
    """The top-level names of the modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_import_loads_no_heavy_library_and_no_stage() -> None:
    modules = _modules_after("import policydiff")
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)
    assert not {"policydiff.read", "policydiff.collation", "policydiff.alignment", "policydiff.report",
                "policydiff.samples"} & modules


def test_reading_a_text_file_in_simplified_script_needs_no_heavy_library_not_even_the_script_converter() -> None:
    modules = _modules_after("import policydiff\npolicydiff.load(policydiff.samples.path('guofa-2015-40'))")
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)
    assert "policydiff.report" not in modules


def test_a_result_finds_its_view_without_anyone_importing_the_reports() -> None:
    code = ("import sys, policydiff\n"
            "doc = policydiff.load(policydiff.samples.path('guofa-2015-40'))\n"
            "assert 'policydiff.report' not in sys.modules\n"
            "assert doc.to_dict()['kind'] == 'document' and doc.to_html().startswith('<!DOCTYPE html>')")
    assert "policydiff.report" in _modules_after(code)


def test_the_root_names_resolve() -> None:
    assert set(policydiff._HOME) | {"__version__", "report", "samples"} == set(policydiff.__all__)
    for name in policydiff.__all__:
        assert getattr(policydiff, name) is not None
    assert policydiff.collate is policydiff.collation.collate and "collate" in dir(policydiff)


def test_the_verdicts_segment_words_without_jieba() -> None:
    modules = _modules_after("import policydiff\nfrom policydiff import samples\n"
                             "c = policydiff.collate(samples.path('jingzhengfa-2016-4-a'), "
                             "samples.path('jingzhengfa-2016-4-b'))\n"
                             "assert c.summary['content'] == 11")
    assert "jieba" not in {m.split(".")[0] for m in modules} and "policydiff.words" in modules


def _command(*args: str) -> str:
    """Code that runs ``policydiff ARGS`` in the probing interpreter (without leaving it)."""
    return f"from policydiff.cli import main\nmain({list(args)!r}, standalone_mode=False)"


def test_each_command_loads_only_its_own_stage(tmp_path: Path) -> None:
    a, b = (str(policydiff.samples.path(f"jingzhengfa-2016-4-{x}")) for x in "ab")
    national = str(policydiff.samples.path("guofa-2015-40"))
    collating = _modules_after(_command("collate", a, b, "--format", "html", "-q", "-o", str(tmp_path / "x.html")))
    assert "policydiff.collation" in collating and "policydiff.report.collation" in collating
    assert not {"policydiff.alignment", "policydiff.diffusion", "policydiff.report.frames"} & collating
    aligning = _modules_after(_command("align", national, b, "--format", "html", "-q", "-o", str(tmp_path / "y.html")))
    assert "policydiff.alignment" in aligning and "policydiff.report.alignment" in aligning
    assert not {"policydiff.collation", "policydiff.diffusion", "policydiff.report.collation"} & aligning
    assert not {"policydiff.read", "jinja2"} & _modules_after(_command("--help"))
