"""Speed of policydiff.collate against difflib and diff-match-patch, and its growth with size.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_collate.py

It prints one table. Not part of the test suite. Targets (issue 3): collate at least
20x faster than difflib in-process, the CLI end to end within about 2 s, a 1 MB
pair within 5 s and 500 MB RSS, and near-linear growth.
"""

from __future__ import annotations

import difflib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import diff_match_patch

import policydiff
from policydiff.collate import collate
from policydiff.normalize import normalize
from policydiff.verdicts import _dictionary_words

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_time, run_child, run_command  # noqa: E402

A_PATH = policydiff.samples.path("jingzhengfa-2016-4-a")
B_PATH = policydiff.samples.path("jingzhengfa-2016-4-b")
RARE = "龘靐齉爩鱻麤"


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


def seed_rows() -> list[tuple[str, str]]:
    """policydiff against difflib (both autojunk settings) and diff-match-patch, in this process."""
    na, nb = bodies()
    start = time.perf_counter()
    _dictionary_words()
    t_jieba = time.perf_counter() - start
    docs = policydiff.load(A_PATH), policydiff.load(B_PATH)
    collate(*docs)  # warm the per-process data: OpenCC, fold tables
    t_core = median_time(lambda: collate(*docs), 21)
    t_paths = median_time(lambda: collate(A_PATH, B_PATH), 11)
    t_junk = median_time(lambda: difflib.SequenceMatcher(None, na, nb, autojunk=True).get_opcodes(), 3)
    t_nojunk = median_time(lambda: difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes(), 3)
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0
    t_dmp = median_time(lambda: engine.diff_main(na, nb, False), 3)
    return [
        ("seed pair, normalised bodies (chars)", f"{len(na)} / {len(nb)}"),
        ("policydiff.collate from loaded Documents (normalise + align + verdicts)", f"{t_core * 1000:.1f} ms"),
        ("policydiff.collate from paths (read + outline too)", f"{t_paths * 1000:.1f} ms"),
        ("difflib.SequenceMatcher char level, autojunk=True",
         f"{t_junk * 1000:.1f} ms = {t_junk / t_core:.1f}x policydiff (from Documents)"),
        ("difflib.SequenceMatcher char level, autojunk=False",
         f"{t_nojunk * 1000:.1f} ms = {t_nojunk / t_core:.1f}x policydiff (from Documents)"),
        ("diff-match-patch diff_main, no timeout",
         f"{t_dmp * 1000:.1f} ms = {t_dmp / t_core:.2f}x policydiff (from Documents)"),
        ("jieba dictionary, read once per process (not in the figures above)", f"{t_jieba * 1000:.0f} ms"),
    ]


def cli_row(tmp: Path) -> tuple[str, str]:
    """The CLI end to end, HTML written, in fresh processes (exit 1 means: differences found)."""
    out = tmp / "collation.html"
    args = ["-m", "policydiff", "collate", str(A_PATH), str(B_PATH), "--format", "html", "-o", str(out)]
    times = [run_command(args, ok=(0, 1)) for _ in range(5)]
    return ("policydiff collate A B --format html, fresh process (median of 5)", f"{statistics.median(times):.2f} s")


def growth_rows(tmp: Path) -> list[tuple[str, str]]:
    """A 100 KB and a 1 MB pair, each collated in a fresh process; time includes interpreter start and imports."""
    rows, seconds = [], {}
    for label, size in (("100 KB", 100_000), ("1 MB", 1_000_000)):
        a, b = big_pair(size)
        pa, pb = tmp / f"a{size}.txt", tmp / f"b{size}.txt"
        pa.write_text(a, "utf-8")
        pb.write_text(b, "utf-8")
        code = (f"from policydiff.collate import collate\n"
                f"c = collate({str(pa)!r}, {str(pb)!r}, bodies=False)\n"
                f"assert c.summary['content'] > 0")
        seconds[label], rss = run_child(code)
        rows.append((f"{label} pair ({len(a)} chars), collate in a fresh process", f"{seconds[label]:.2f} s; peak RSS {rss:.0f} MB"))
    rows.append(("growth t(1 MB) / t(100 KB), for 10x the size", f"{seconds['1 MB'] / seconds['100 KB']:.1f}"))
    return rows


def main() -> None:
    rows = seed_rows()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        rows.append(cli_row(tmp))
        rows += growth_rows(tmp)
    width = max(len(k) for k, _ in rows)
    print(f"{'measure'.ljust(width)}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for k, v in rows:
        print(f"{k.ljust(width)}  {v}")


if __name__ == "__main__":
    main()
