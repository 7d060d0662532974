"""A real wheel, installed in a fresh virtual environment, ships templates, samples, schemas, the heading corpus
and the language model."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from policydiff.report.contract import CONTRACTS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_the_demo(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True,
    )
    wheel = next((tmp_path / "dist").glob("policydiff-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "policydiff/templates/base.html" in names and "policydiff/templates/outline.html" in names
    assert "policydiff/templates/compiled/jinja2-version.txt" in names  # the templates compiled to Python
    assert "policydiff/samples/guofa-2015-40.txt" in names and "policydiff/py.typed" in names
    assert all(f"policydiff/report/schemas/{c}.schema.json" in names for c in CONTRACTS)
    assert "policydiff/read/data/heading-corpus.txt" in names
    assert "policydiff/read/data/heading-stats.marshal" in names
    model = zipfile.ZipFile(wheel).getinfo("policydiff/collation/data/language-model.bin")
    assert model.compress_size <= 5_000_000  # the language model adds at most 5 MB to the wheel
    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    titles = subprocess.run(
        [str(python), "-c", "from policydiff.report.contract import CONTRACTS, schema; "
                            "print(*(schema(c)['title'] for c in CONTRACTS), sep=',')"],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    ).stdout
    assert titles.strip() == ",".join(f"policydiff {c}" for c in CONTRACTS)
    out = tmp_path / "reports"
    demo = subprocess.run([str(env / "bin" / "policydiff"), "demo", "-o", str(out)], check=True, cwd=tmp_path,
                          capture_output=True, text=True)
    assert (out / "index.html").exists() and (out / "outline-jingfa-2017-27.html").exists()
    assert 'corpus report is left out' in demo.stderr and 'policydiff[corpus]' in demo.stderr
    national = str(ROOT / "src" / "policydiff" / "samples" / "guofa-2015-40.txt")
    corpus = subprocess.run([str(env / "bin" / "policydiff"), "corpus", national, national], cwd=tmp_path,
                            capture_output=True, text=True)
    assert corpus.returncode == 2 and corpus.stderr.count("\n") == 1 and 'policydiff[corpus]' in corpus.stderr
