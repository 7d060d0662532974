"""Benchmark: ``policydiff corpus`` against a plain loop of ``policydiff.align`` + ``write_html``, and its accuracy.

Writes a synthetic corpus (``synthetic.py``): 1 national document against
``--locals`` local plans of about 10 K characters and ``--unrelated`` unrelated
documents. Then, in the same run:

* ``policydiff corpus NATIONAL corpus/ -o out`` end to end (a fresh cache; the
  corpus report, a pair report per implementing document, tables, JSON), for the
  first ``--small`` locals (with their share of unrelated documents) and for all;
  wall time, and the peak memory of all its processes together (summed RSS of the
  command and its children, sampled every 0.2 s);
* the loop: for every one of the input documents, ``policydiff.align(national_path,
  path)`` and ``write_html``, each call on its own, in one fresh interpreter.

It prints the times per input document, their ratio (the target is at least 3×),
and the accuracy of each run against the truth (discovery precision and recall,
matrix cells, horizontal-diffusion pair recall, the decoy).

With ``--ceiling N`` it also measures, in this process and in processor time, over
every N-th input: the loop's work (``align(national_path, path)`` and the report),
and the work no engine can leave out for an implementing document (reading it,
aligning it with the national document prepared once, rendering its report; then
also its alignment with its parent). The best ratio any corpus engine could reach
on this machine is the number of cores times the loop's work over that share: one
that did nothing else (no discovery, no profiles, no packing, no scheduling) and
kept every core busy.

    PYTHONPATH=src python benchmarks/bench_corpus.py [--locals 1000] [--unrelated 500] [--small 100]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

import synthetic

SRC = Path(__file__).resolve().parents[1] / "src"
LOOP = """
import sys, pathlib, policydiff
national, out = sys.argv[1], pathlib.Path(sys.argv[2])
for n, path in enumerate(pathlib.Path(sys.argv[3]).read_text("utf-8").splitlines()):
    try:
        result = policydiff.align(national, path)
    except Exception:  # a file it cannot read or align is skipped, as policydiff corpus lists it
        continue
    result.write_html(out / f"{n}.html")
"""


def measured(command: list[str]) -> tuple[float, int]:
    """Run ``command``; return its wall time and the peak of the summed RSS of it and its children."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    parent = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    if process.returncode != 0:
        raise SystemExit(f"{command[:4]} failed with status {process.returncode}")
    return time.perf_counter() - start, peak


def subset(source: Path, target: Path, locals_: int, unrelated: int) -> None:
    """A smaller corpus: the first ``locals_`` local plans (with the provinces they cite) and ``unrelated`` others."""
    target.mkdir(parents=True)
    files = sorted(source.iterdir())
    keep = [f for f in files if f.name.startswith("local-")][:locals_]
    keep += [f for f in files if f.name.startswith("other-")][:unrelated]
    keep += [f for f in files if not f.name.startswith(("local-", "other-"))]
    for f in keep:
        os.symlink(f, target / f.name)


def corpus_run(national: str, folder: Path, out: Path, truth: synthetic.Truth) -> dict[str, float]:
    seconds, peak = measured([sys.executable, "-m", "policydiff", "corpus", national, str(folder), "-o", str(out),
                              "-q"])
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    inputs = len(data["documents"])
    resolved = _resolved(data, folder)
    score = synthetic.score(resolved, truth.within({d["id"] for d in resolved["documents"]}))
    return {"seconds": seconds, "peak_mb": peak / 2**20, "inputs": inputs, "per_doc": seconds / inputs, **score}


def _resolved(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The JSON with every document id read through the subset's symbolic links, as the truth names them."""
    text = json.dumps(data, ensure_ascii=False)
    for link in folder.iterdir():
        if link.is_symlink():
            text = text.replace(json.dumps(str(link), ensure_ascii=False)[1:-1],
                                json.dumps(str(link.resolve()), ensure_ascii=False)[1:-1])
    resolved: dict[str, Any] = json.loads(text)
    return resolved


def ceiling(truth: synthetic.Truth, folder: Path, every: int) -> None:
    """Print the best ratio of loop to corpus that the work itself allows on this machine (see the module)."""
    import policydiff
    from policydiff.alignment import prepare

    inputs = sorted(folder.iterdir())[::every]
    national = prepare(policydiff.load(truth.national))
    loop = shared = parents = 0.0
    prepared: dict[str, policydiff.Prepared] = {}  # each parent read and prepared once, for all its children
    for path in inputs:
        start = time.process_time()
        with contextlib.suppress(policydiff.PolicydiffError):  # as the loop skips what it cannot read
            policydiff.align(truth.national, path).to_html()
        loop += time.process_time() - start
        if str(path) not in truth.parents:
            continue
        start = time.process_time()
        local = policydiff.load(path)
        policydiff.align(national, local).to_html()
        shared += time.process_time() - start
        parent = truth.parents[str(path)]
        if parent != truth.national:
            start = time.process_time()
            if parent not in prepared:
                prepared[parent] = prepare(policydiff.load(parent))
            policydiff.align(prepared[parent], local)
            parents += time.process_time() - start
    cores = os.cpu_count() or 1
    print(f"ceiling over {len(inputs)} inputs (processor time): the loop {loop / len(inputs) * 1000:.1f} ms an input; "
          f"what every engine does {shared / len(inputs) * 1000:.1f} ms, with the parent pairs "
          f"{(shared + parents) / len(inputs) * 1000:.1f} ms; best ratio on {cores} cores "
          f"{cores * loop / shared:.2f}x, with the parent pairs {cores * loop / (shared + parents):.2f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locals", type=int, default=1000)
    parser.add_argument("--unrelated", type=int, default=500)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--size", type=int, default=9000, help="characters of national and own text per local plan")
    parser.add_argument("--no-loop", action="store_true", help="leave out the plain loop")
    parser.add_argument("--ceiling", type=int, metavar="N", help="also measure the best ratio, over every N-th input")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        start = time.perf_counter()
        truth = synthetic.generate(work / "full", locals_=args.locals, unrelated=args.unrelated, size=args.size)
        print(f"corpus written in {time.perf_counter() - start:.0f} s: {len(truth.parents)} implementing, "
              f"{len(truth.unrelated)} unrelated, in {work / 'full'}", flush=True)
        small = work / "small"
        subset(work / "full" / "corpus", small, args.small, args.small * args.unrelated // max(1, args.locals))
        runs = {"small": corpus_run(truth.national, small, work / "out-small", truth),
                "full": corpus_run(truth.national, work / "full" / "corpus", work / "out-full", truth)}
        for name, r in runs.items():
            print(f"corpus {name:5}: {r['inputs']:5.0f} inputs in {r['seconds']:6.1f} s, {r['per_doc'] * 1000:6.1f} ms "
                  f"per input, peak memory {r['peak_mb']:.0f} MB (all processes)", flush=True)
            print("   accuracy: " + ", ".join(f"{k} {r[k]:.3f}" for k in
                                               ("precision", "recall", "parents", "cells", "horizontal", "decoys")))
        growth = runs["full"]["seconds"] / runs["small"]["seconds"]
        print(f"growth: {growth:.1f}x the time for {runs['full']['inputs'] / runs['small']['inputs']:.1f}x the inputs")
        if not args.no_loop:
            listing = work / "inputs.txt"
            listing.write_text("\n".join(str(p) for p in sorted((work / "full" / "corpus").iterdir())), "utf-8")
            (work / "out-loop").mkdir()
            seconds, peak = measured([sys.executable, "-c", LOOP, truth.national, str(work / "out-loop"),
                                      str(listing)])
            per_doc = seconds / runs["full"]["inputs"]
            print(f"plain loop : {runs['full']['inputs']:5.0f} inputs in {seconds:6.1f} s, {per_doc * 1000:6.1f} ms "
                  f"per input, peak memory {peak / 2**20:.0f} MB", flush=True)
            print(f"ratio loop / corpus per input: {per_doc / runs['full']['per_doc']:.2f}x (target ≥ 3)")
        if args.ceiling:
            ceiling(truth, work / "full" / "corpus", args.ceiling)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
