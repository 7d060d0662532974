"""Reading speed per format on the development corpus, and the cost of each format as a ratio to plain text.

Run by hand from the repository root: ``PYTHONPATH=src python benchmarks/bench_read.py [--rounds N]``.

The 20 documents of ``../shared/corpus/govcn-dev`` are read four ways: the page's
HTML (with the site's metadata table), the document's own HTML block, a Word
``.docx`` and a PDF made from the block's text at benchmark time (python-docx;
headless Chromium's print-to-pdf), and that plain text. Every format is timed in
the same run, taking turns round by round, so that the ratios to text hold on a
noisy machine; the figures are medians over the rounds, with the fastest round.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from timing import interleaved

import policydiff

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "govcn-dev"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def plain_text(path: Path) -> str:
    """The text of an HTML file as lxml gives it, with ``<br>``, ``<p>`` and ``<tr>`` as line breaks."""
    import lxml.html

    root = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    for element in root.iter("br", "p", "tr"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def make_docx(lines: list[str], out: Path) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(out))


def make_pdf(lines: list[str], out: Path, work: Path) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    source = work / f"{out.stem}.html"
    source.write_text(f"<!doctype html><meta charset='utf-8'><style>p{{margin:0}}</style>{body}", encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={work / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={out}", source.as_uri()],
        check=True, capture_output=True, timeout=180,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of reading every file of every format")
    rounds = parser.parse_args().rounds
    if not CORPUS.exists():
        sys.exit(f"the development corpus is not at {CORPUS}")
    work = Path(tempfile.mkdtemp(prefix="bench-read-"))
    files: dict[str, list[Path]] = {"text": [], "content html": [], "page html": [], "docx": [], "pdf": []}
    for content in sorted(CORPUS.glob("*.content.html")):
        number = content.name.split(".")[0]
        text = plain_text(content)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        (work / f"{number}.txt").write_text(text, encoding="utf-8")
        files["text"].append(work / f"{number}.txt")
        files["content html"].append(content)
        files["page html"].append(CORPUS / f"{number}.page.html")
        make_docx(lines, work / f"{number}.docx")
        files["docx"].append(work / f"{number}.docx")
        make_pdf(lines, work / f"{number}.pdf", work)
        files["pdf"].append(work / f"{number}.pdf")
    characters = sum(len(p.read_text(encoding="utf-8")) for p in files["text"])
    readers: dict[str, Callable[[], object]] = {
        name: (lambda paths=paths: [policydiff.load_all(p) for p in paths]) for name, paths in files.items()
    }
    for read in readers.values():
        read()  # warm up: imports, the heading statistics, the script table
    times = interleaved(readers, rounds=rounds)
    text_median = times["text"][0]
    count = len(files["text"])
    print(f"{count} documents of {CORPUS.name}, {characters:,} characters of text; medians of {rounds} rounds")
    print(f"{'format':<14} {'docs/s':>8} {'ms/doc':>8} {'fastest ms/doc':>15} {'× text':>8}")
    for name, (median, fastest) in times.items():
        print(f"{name:<14} {count / median:8.1f} {median / count * 1000:8.2f} {fastest / count * 1000:15.2f}"
              f" {median / text_median:8.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
