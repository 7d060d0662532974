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
from collections.abc import Callable
from pathlib import Path

import diff_match_patch

import policydiff
from policydiff.collation import collate
from policydiff.normalize import normalize
from policydiff.words import dictionary_words

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import back_to_back, instructions_per_call, interleaved, median_time, run_child, run_command

A_PATH = policydiff.samples.path("jingzhengfa-2016-4-a")
B_PATH = policydiff.samples.path("jingzhengfa-2016-4-b")
RARE = "龘靐齉爩鱻麤"


def _body(doc: policydiff.Document) -> str:
    return normalize(doc.text, start=doc.body[0], end=doc.body[1]).text


def bodies() -> tuple[str, str]:
    """The comparison forms of the two copies' bodies."""
    return _body(policydiff.load(A_PATH)), _body(policydiff.load(B_PATH))


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
    dictionary_words()
    t_jieba = time.perf_counter() - start
    docs = policydiff.load(A_PATH), policydiff.load(B_PATH)
    collate(*docs)  # warm the per-process data: OpenCC, fold tables
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0
    contenders: dict[str, Callable[[], object]] = {
        "ours": lambda: collate(*docs),
        "junk": lambda: difflib.SequenceMatcher(None, na, nb, autojunk=True).get_opcodes(),
        "same_input": lambda: difflib.SequenceMatcher(None, *(_body(d) for d in docs)).get_opcodes(),
        "nojunk": lambda: difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes(),
        "dmp": lambda: engine.diff_main(na, nb, False),
    }
    # Back to back, as timeit runs them (warm caches), and taking turns (each run after the others').
    warm = {name: back_to_back(fn, 61 if name == "ours" else 9) for name, fn in contenders.items()}
    turns = interleaved(contenders)

    def ratios(name: str, times: dict[str, tuple[float, float]]) -> str:
        (median, fastest), (ours_median, ours_fastest) = times[name], times["ours"]
        return f"{fastest / ours_fastest:.1f}x fastest runs, {median / ours_median:.1f}x medians"

    def versus(name: str) -> str:
        return (f"{warm[name][1] * 1000:.1f} ms; back to back {ratios(name, warm)}; "
                f"taking turns {ratios(name, turns)}")

    ours = warm["ours"]
    rows = [
        ("seed pair, normalised bodies (chars)", f"{len(na)} / {len(nb)}"),
        ("policydiff.collate from loaded Documents (normalise + align + verdicts)",
         f"{ours[1] * 1000:.1f} ms fastest, {ours[0] * 1000:.1f} ms median"),
        ("policydiff.collate from paths (read + outline too)",
         f"{median_time(lambda: collate(A_PATH, B_PATH), 11) * 1000:.1f} ms"),
        ("difflib.SequenceMatcher char level, autojunk=True (its default)", versus("junk")),
        ("the same, normalising the two Documents first (collate's input)", versus("same_input")),
        ("difflib.SequenceMatcher char level, autojunk=False", versus("nojunk")),
        ("diff-match-patch diff_main, no timeout", versus("dmp")),
        ("jieba dictionary, read once per process (not in the figures above)", f"{t_jieba * 1000:.0f} ms"),
    ]
    return rows + instruction_rows()


def instruction_rows() -> list[tuple[str, str]]:
    """Instructions per call under valgrind: a ratio that a busy machine does not disturb."""
    setup = (f"import difflib, policydiff\nfrom policydiff.collation import collate\n"
             f"from bench_collate import bodies\n"
             f"docs = policydiff.load({str(A_PATH)!r}), policydiff.load({str(B_PATH)!r})\n"
             f"collate(*docs)\nna, nb = bodies()")
    ours = instructions_per_call(setup, "collate(*docs)")
    theirs = instructions_per_call(setup, "difflib.SequenceMatcher(None, na, nb).get_opcodes()", repeat=3)
    if ours is None or theirs is None:
        return [("instructions per call (valgrind)", "valgrind not installed; skipped")]
    return [("instructions per call (valgrind callgrind): policydiff.collate / difflib default",
             f"{ours / 1e6:.1f}M / {theirs / 1e6:.0f}M = {theirs / ours:.1f}x")]


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
        code = (f"from policydiff.collation import collate\n"
                f"c = collate({str(pa)!r}, {str(pb)!r}, bodies=False)\n"
                f"assert c.summary['content'] > 0")
        seconds[label], rss = run_child(code)
        rows.append((f"{label} pair ({len(a)} chars), collate in a fresh process",
                     f"{seconds[label]:.2f} s; peak RSS {rss:.0f} MB"))
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
