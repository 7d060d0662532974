"""Speed of policydiff.collate against difflib and diff-match-patch, and its growth with size.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_collate.py

It prints one table. Not part of the test suite.
"""

from __future__ import annotations

import difflib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import diff_match_patch

import policydiff
from policydiff.collate import collate
from policydiff.normalize import normalize

A_PATH = policydiff.samples.path("jingzhengfa-2016-4-a")
B_PATH = policydiff.samples.path("jingzhengfa-2016-4-b")
RARE = "龘靐齉爩鱻麤"


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bodies() -> tuple[str, str]:
    a, b = policydiff.load(A_PATH), policydiff.load(B_PATH)
    return (normalize(a.text, start=a.body[0], end=a.body[1]).text,
            normalize(b.text, start=b.body[0], end=b.body[1]).text)


def big_pair(target_bytes: int, seed: int = 7) -> tuple[str, str]:
    """Seed bodies repeated, each repetition numbered and given a few edits of its own."""
    rng = random.Random(seed)
    a, b = (policydiff.load(p) for p in (A_PATH, B_PATH))
    body_a, body_b = a.body_text, b.body_text
    parts_a, parts_b, size, n = [], [], 0, 0
    while size < target_bytes:
        n += 1
        chunk = list(body_b)
        for _ in range(6):
            p = rng.randrange(len(chunk))
            chunk[p] = rng.choice(RARE)
        parts_a.append(f"第{n}部分\n{body_a}\n")
        parts_b.append(f"第{n}部分\n{''.join(chunk)}\n")
        size += len(parts_a[-1].encode("utf-8"))
    return "".join(parts_a), "".join(parts_b)


def run_child(code: str) -> tuple[float, float]:
    """Run ``code`` in a fresh interpreter; its wall time and peak RSS in MB."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    wrapper = (
        "import resource, time, json\nstart = time.perf_counter()\n" + code +
        "\nprint(json.dumps([time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], env=env, capture_output=True, text=True, check=True)
    seconds, rss = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, rss


def main() -> None:
    rows: list[tuple[str, str]] = []
    na, nb = bodies()
    collate(A_PATH, B_PATH)  # warm caches (jieba dictionary, templates)
    t_pd = median_time(lambda: collate(A_PATH, B_PATH))
    docs = policydiff.load(A_PATH), policydiff.load(B_PATH)
    t_core = median_time(lambda: collate(*docs))
    t_difflib = median_time(lambda: difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes(), 3)
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0
    t_dmp = median_time(lambda: engine.diff_main(na, nb, False), 3)
    rows += [
        ("seed pair, normalised bodies (chars)", f"{len(na)} / {len(nb)}"),
        ("policydiff.collate from paths (load + align + verdicts)", f"{t_pd * 1000:.1f} ms"),
        ("policydiff.collate from loaded Documents", f"{t_core * 1000:.1f} ms"),
        ("difflib.SequenceMatcher, char level, autojunk off",
         f"{t_difflib * 1000:.1f} ms ({t_difflib / t_pd:.1f}x from paths, {t_difflib / t_core:.1f}x from Documents)"),
        ("diff-match-patch diff_main, no timeout",
         f"{t_dmp * 1000:.1f} ms ({t_dmp / t_pd:.2f}x from paths, {t_dmp / t_core:.2f}x from Documents)"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "collation.html"
        code = (f"from policydiff.collate import collate\n"
                f"collate({str(A_PATH)!r}, {str(B_PATH)!r}).write_html({str(out)!r})")
        runs = [run_child(code) for _ in range(5)]
        rows.append(("end to end, fresh process, HTML written (median of 5)",
                     f"{statistics.median(r[0] for r in runs):.2f} s in-script; peak RSS {max(r[1] for r in runs):.0f} MB"))
        for label, size in (("100 KB", 100_000), ("1 MB", 1_000_000)):
            a, b = big_pair(size)
            pa, pb = Path(tmp) / f"a{size}.txt", Path(tmp) / f"b{size}.txt"
            pa.write_text(a, "utf-8")
            pb.write_text(b, "utf-8")
            code = (f"from policydiff.collate import collate\n"
                    f"c = collate({str(pa)!r}, {str(pb)!r}, bodies=False)\n"
                    f"assert c.summary['content'] > 0")
            seconds, rss = run_child(code)
            rows.append((f"{label} pair ({len(a)} chars), collate in a fresh process", f"{seconds:.2f} s; peak RSS {rss:.0f} MB"))
            if size == 100_000:
                small = seconds
        rows.append(("growth t(1 MB) / t(100 KB)", f"{seconds / small:.1f}"))
    width = max(len(k) for k, _ in rows)
    print(f"{'measure'.ljust(width)}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for k, v in rows:
        print(f"{k.ljust(width)}  {v}")


if __name__ == "__main__":
    main()
