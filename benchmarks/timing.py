"""Timing helpers shared by the benchmarks: medians in-process, and fresh interpreters for wall time and RSS."""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    """The median wall time of ``fn()`` in seconds over ``repeat`` calls."""
    return back_to_back(fn, repeat)[0]


def back_to_back(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """``(median, minimum)`` wall time of ``fn()`` in seconds over ``repeat`` calls in a row, as timeit runs them.

    The minimum is the estimate timeit's documentation recommends on a busy
    machine: slower runs are mostly other processes getting in the way.
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def interleaved(fns: dict[str, Callable[[], object]], rounds: int = 15) -> dict[str, tuple[float, float]]:
    """Time each of ``fns`` once per round, in turn, for ``rounds`` rounds: ``{name: (median, minimum)}`` seconds.

    Taking turns spreads a noisy machine's slow spells over every contender, so
    that ratios between them hold even when the seconds do not.
    """
    return {name: (statistics.median(ts), min(ts)) for name, ts in turns(fns, rounds).items()}


def turns(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Each of ``fns`` timed once per round, in turn: ``{name: seconds of each round}``."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def _env() -> dict[str, str]:
    """The package sources and the benchmarks themselves, importable in a child interpreter."""
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), str(Path(__file__).resolve().parent)]))


def run_child(code: str) -> tuple[float, float]:
    """Run ``code`` in a fresh interpreter: its wall time (imports included) and its peak RSS in MB."""
    wrapper = (
        "import resource, time, json\nstart = time.perf_counter()\n" + code +
        "\nprint(json.dumps([time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], env=_env(), capture_output=True, text=True, check=True)
    seconds, rss = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, rss


def run_command(args: Sequence[str], ok: Sequence[int] = (0,)) -> float:
    """Wall time of ``python args…`` in a fresh process, interpreter start included; fails on other exit codes."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in ok:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-400:]}")
    return seconds


def command_cpu(args: Sequence[str], ok: Sequence[int] = (0,)) -> float:
    """CPU time (user and system) of ``python args…`` in a fresh process, interpreter start included.

    Unlike wall time, it leaves out the time the process waits for a core, which on a shared machine
    varies by more than the start-up of a bare interpreter.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_command(args, ok)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def instructions_per_call(setup: str, call: str, repeat: int = 10) -> float | None:
    """Machine instructions one ``call`` executes, counted by valgrind (None when valgrind is missing).

    Runs ``setup`` then ``call`` ``repeat`` times in a fresh interpreter under
    callgrind, and once with no calls, and divides the difference: the start-up
    and the setup cancel out. Unlike seconds, the count does not depend on what
    else the machine is doing.
    """
    if shutil.which("valgrind") is None:
        return None
    counts = []
    for n in (0, repeat):
        code = f"{setup}\nfor _ in range({n}):\n    {call}\n"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
            env=_env(), capture_output=True, text=True, check=True,
        )
        match = re.search(r"Collected : (\d+)", done.stderr)
        if match is None:
            raise RuntimeError(f"callgrind printed no count: {done.stderr.strip()[-400:]}")
        counts.append(int(match.group(1)))
    return (counts[1] - counts[0]) / repeat
