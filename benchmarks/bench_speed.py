"""Speed from the first call on: every figure of issue 15 as a ratio to its peer, timed in the same run.

Run by hand from the repository root (not part of the test suite)::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_speed.py [--rounds 15] [--align-loop [ARGS…]]

Each contender and its peer take turns, round by round, so that a slow spell of a
shared machine falls on both; each row gives the medians of both and the median of
the per-round ratios with its interquartile range (the spread). The rows and their
targets:

- ``import policydiff`` in a fresh interpreter against ``python -c pass``;
- ``policydiff collate A B --format html -o x.html`` (the two Beijing copies) and
  ``policydiff align 004 001 --format html -o y.html`` in a fresh process, each against
  ``python -c pass`` (at most 8x);
- the same three in CPU time (user and system) as well as wall time: a shared machine makes a
  process wait for a core by more than a bare start-up takes, which the CPU time leaves out;
- collating two loaded Documents against difflib's default ``SequenceMatcher`` on the
  same normalised bodies (at least 20x), with ``autojunk=False`` and diff-match-patch
  without a timeout as further peers;
- ``collate(path_a, path_b)`` from paths, end to end, against difflib's default (at least 10x);
- ``align(004, 001)`` warm against difflib's default on the two normalised bodies (at least 6x).

The sources are compiled to bytecode first (``compileall``), as an installed package
is, the report templates compiled to Python (``templates/compiled``) with them: the
fresh-process figures are then those a user sees. ``--align-loop`` also runs
``benchmarks/bench_align_loop.py`` (the loop of ``align`` over 1,000 local documents,
against a worktree of an older commit) with the arguments that follow it.
"""

from __future__ import annotations

import argparse
import compileall
import difflib
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import diff_match_patch
from timing import SRC, _env, command_cpu, turns

import policydiff
from policydiff.model import Document
from policydiff.normalize import normalize

HERE = Path(__file__).resolve().parent
A_PATH = policydiff.samples.path("jingzhengfa-2016-4-a")
B_PATH = policydiff.samples.path("jingzhengfa-2016-4-b")
NATIONAL = policydiff.samples.path("guofa-2015-40")
Row = tuple[str, str, str, str]
"""What, our median, the peer's median, the ratio (median and spread) with its target."""


def body(doc: Document) -> str:
    """The comparison form of a document's body, as collate and align compare it."""
    return normalize(doc.text, start=doc.body[0], end=doc.body[1], skip=doc.skipped).text


def row(what: str, times: dict[str, list[float]], ours: str, peer: str, target: str, *, slower: bool = False) -> Row:
    """One row: the medians of ``ours`` and ``peer`` and the per-round ratio (peer / ours, or ours / peer
    when ``slower``, for a figure that should stay within a multiple of its peer)."""
    pairs = zip(times[ours], times[peer])
    ratios = sorted(o / p if slower else p / o for o, p in pairs)
    q1, median, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return (what, _ms(statistics.median(times[ours])), _ms(statistics.median(times[peer])),
            f"{median:.1f}x (IQR {q1:.1f}-{q3:.1f}, n={len(ratios)}; target {target})")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def fresh_rows(rounds: int, tmp: Path) -> list[Row]:
    """Start-up and the two commands in fresh processes, each against a bare interpreter."""
    cli = [sys.executable, "-m", "policydiff"]
    collate = [*cli, "collate", str(A_PATH), str(B_PATH), "--format", "html", "-o", str(tmp / "x.html")]
    align = [*cli, "align", str(NATIONAL), str(B_PATH), "--format", "html", "-o", str(tmp / "y.html")]
    commands: dict[str, tuple[list[str], tuple[int, ...]]] = {
        "bare": (["-c", "pass"], (0,)), "import": (["-c", "import policydiff"], (0,)),
        "collate": (collate[1:], (0, 1)), "align": (align[1:], (0,)),
    }
    cpu: dict[str, list[float]] = {name: [] for name in commands}

    def timed(name: str) -> Callable[[], None]:
        return lambda: cpu[name].append(command_cpu(*commands[name]))

    wall = turns({name: timed(name) for name in commands}, rounds)
    rows = []
    for times, how in ((wall, ""), (cpu, ", CPU time")):
        rows += [
            row(f"import policydiff / python -c pass (fresh{how})", times, "import", "bare", "< 0.15 s", slower=True),
            row(f"policydiff collate A B --format html / python -c pass{how}", times, "collate", "bare", "<= 8x",
                slower=True),
            row(f"policydiff align 004 001 --format html / python -c pass{how}", times, "align", "bare", "<= 8x",
                slower=True),
        ]
    return rows


def warm_rows(rounds: int) -> list[Row]:
    """collate and align in this process (after a first call), against difflib and diff-match-patch."""
    a, b, national = policydiff.load(A_PATH), policydiff.load(B_PATH), policydiff.load(NATIONAL)
    na, nb, nn = body(a), body(b), body(national)
    policydiff.collate(a, b)
    policydiff.collate(A_PATH, B_PATH)
    policydiff.align(national, b)
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0
    times = turns({
        "collate": lambda: policydiff.collate(a, b),
        "paths": lambda: policydiff.collate(A_PATH, B_PATH),
        "align": lambda: policydiff.align(national, b),
        "difflib": lambda: difflib.SequenceMatcher(None, na, nb).get_opcodes(),
        "nojunk": lambda: difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes(),
        "dmp": lambda: engine.diff_main(na, nb, False),
        "difflib align": lambda: difflib.SequenceMatcher(None, nn, nb).get_opcodes(),
    }, rounds)
    return [
        row("collate two loaded Documents vs difflib default", times, "collate", "difflib", ">= 20x"),
        row("  the same vs difflib autojunk=False", times, "collate", "nojunk", "-"),
        row("  the same vs diff-match-patch, no timeout", times, "collate", "dmp", "-"),
        row("collate(path_a, path_b) end to end vs difflib default", times, "paths", "difflib", ">= 10x"),
        row("align(004, 001) warm vs difflib default on the bodies", times, "align", "difflib align", ">= 6x"),
    ]


def align_loop(args: list[str]) -> None:
    """Run the 1,000-document loop benchmark (``bench_align_loop.py``, when it exists) with ``args``."""
    script = HERE / "bench_align_loop.py"
    if not script.exists():
        print(f"\n{script.name} is not there yet; the align loop is not measured")
        return
    print(f"\n{script.name} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(script), *args], env=_env(), check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds of each figure (at least 10)")
    parser.add_argument("--align-loop", nargs=argparse.REMAINDER, metavar="ARGS",
                        help="also run bench_align_loop.py with these arguments")
    args = parser.parse_args()
    for folder in (SRC, SRC.parent / "templates"):
        compileall.compile_dir(str(folder), quiet=1)
    with tempfile.TemporaryDirectory() as name:
        rows = fresh_rows(args.rounds, Path(name))
    rows += warm_rows(args.rounds)
    header: Row = ("figure", "ours", "peer", "ratio (median of rounds)")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for r in [header, *rows]:
        print(f"{r[0]:{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}")
    if args.align_loop is not None:
        align_loop(args.align_loop)


if __name__ == "__main__":
    main()
