"""Benchmark: a loop of ``align`` over 1,000 local documents, the national one prepared once, against 88a581f.

Writes local implementations of 国发〔2015〕40号 with ``synthetic.py`` at several
sizes, keeps those of 3 to 17 K characters as plain text (so that both versions
read the same text), then runs, in the same run and each in a fresh interpreter:

* the baseline: ``policydiff.align(national, doc)`` for every document, on a
  ``git worktree`` of the baseline commit (made under ``/tmp`` if missing), with
  ``PYTHONPATH`` pointing at its ``src``; the documents it raises on are left
  out of both loops;
* this checkout: ``policydiff.prepare(national)`` once, then
  ``policydiff.align(prepared, doc)`` for the same documents.

Documents are read before the clock starts; each loop counts the time of every
alignment of a document the baseline aligns, and the preparation. It prints the
median of ``--runs`` loops of each (with the spread) and their ratio; the target
is at least 3×.

    PYTHONPATH=src python benchmarks/bench_align_loop.py [--documents 1000] [--runs 3] [--baseline 88a581f]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import policydiff

import synthetic

ROOT = Path(__file__).resolve().parents[1]
LOOP = """
import json, sys, time, pathlib, policydiff
mode, national_path, listing, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
paths = pathlib.Path(listing).read_text("utf-8").splitlines()
national = policydiff.load(national_path)
docs = [policydiff.load(p) for p in paths]
policydiff.align(national, docs[0])
failed, times = set(), []
for run in range(runs):
    clock = time.perf_counter
    start = clock()
    target = policydiff.prepare(national) if mode == "prepared" else national
    total = clock() - start
    for n, doc in enumerate(docs):
        if n in failed:
            continue
        start = clock()
        try:
            policydiff.align(target, doc)
        except Exception:  # the baseline's failures are left out of both loops
            if mode == "prepared":
                raise
            failed.add(n)
            continue
        total += clock() - start
    times.append(total)
print(json.dumps({"times": times, "ok": [p for n, p in enumerate(paths) if n not in failed]}))
"""


def documents(folder: Path, count: int) -> list[Path]:
    """``count`` local documents of 3 to 17 K characters as text files in ``folder``, sizes spread evenly."""
    sizes = range(2000, 16001, 2000)
    kept: list[tuple[int, int, Path]] = []
    batch = 6  # the generator numbers at most twenty provisions a part: small corpora, many seeds
    for size in sizes:
        for seed in range(-(-(count // len(sizes) + 2) // batch)):
            made = folder / f"size-{size}-{seed}"
            truth = synthetic.generate(made, locals_=batch, unrelated=0, seed=seed, size=size)
            for k, path in enumerate(sorted(truth.parents)):
                text = policydiff.load(path).text
                if 3000 <= len(text) <= 17000:
                    target = folder / f"local-{size}-{seed}-{Path(path).stem}.txt"
                    target.write_text(text, encoding="utf-8")
                    kept.append((seed * batch + k, size, target))
    return [path for _, _, path in sorted(kept)[:count]]  # the sizes taken in turn


def loop(src: Path, mode: str, national: Path, paths: list[Path], runs: int, work: Path) -> dict[str, list[Any]]:
    """Run the loop in a fresh interpreter on the package in ``src``."""
    listing = work / f"{mode}.txt"
    listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", LOOP, mode, str(national), str(listing), str(runs)],
                         env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True, text=True, check=True)
    result: dict[str, list[Any]] = json.loads(out.stdout.splitlines()[-1])
    return result


def worktree(commit: str) -> Path:
    """A git worktree of ``commit`` under /tmp, made if missing."""
    path = Path(tempfile.gettempdir()) / f"pd-{commit}"
    if not (path / "src").is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), commit], check=True,
                       capture_output=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", default="88a581f")
    args = parser.parse_args()
    base = worktree(args.baseline)
    with tempfile.TemporaryDirectory(prefix="bench-align-loop-") as tmp:
        work = Path(tmp)
        paths = documents(work, args.documents)
        national = work / "national.txt"
        national.write_text(policydiff.samples.text("guofa-2015-40"), encoding="utf-8")
        sizes = [len(p.read_text(encoding="utf-8")) for p in paths]
        print(f"{len(paths)} local documents of {min(sizes)} to {max(sizes)} characters "
              f"(median {statistics.median(sizes):.0f})", flush=True)
        theirs = loop(base / "src", "plain", national, paths, args.runs, work)
        ok = [Path(p) for p in theirs["ok"]]
        print(f"{args.baseline} aligns {len(ok)} of them without raising", flush=True)
        ours = loop(ROOT / "src", "prepared", national, ok, args.runs, work)
    for name, r in ((args.baseline, theirs), ("prepared", ours)):
        t = r["times"]
        print(f"{name:>9}: median {statistics.median(t):7.1f} s over {len(t)} runs (spread {min(t):.1f}–{max(t):.1f} s)"
              f", {statistics.median(t) / len(ok) * 1000:.1f} ms a document")
    ratio = statistics.median(theirs["times"]) / statistics.median(ours["times"])
    print(f"ratio {args.baseline} / prepared: {ratio:.2f}x (target ≥ 3)")


if __name__ == "__main__":
    main()
