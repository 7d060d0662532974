"""Benchmark: align 国发〔2015〕40号 (004) with 京政发〔2016〕4号 copy B (001).

Compares, in the same run, policydiff.align with a naive all-pairs difflib
comparison of the two documents' sections (SequenceMatcher.ratio on every pair),
and prints the medians and their ratio. Target: align within 0.3 s median.

    PYTHONPATH=src python benchmarks/bench_align.py
"""

from __future__ import annotations

import difflib

from timing import median_time

import policydiff
from policydiff import samples
from policydiff.alignment import align
from policydiff.model import Document

RUNS = 7


def naive(national: Document, local: Document) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """For each local section, the national section with the best difflib ratio."""
    best = []
    for ls in local.sections:
        a = local.text[ls.body_start : ls.own_end]
        scored = []
        for ns in national.sections:
            matcher = difflib.SequenceMatcher(None, a, national.text[ns.body_start : ns.own_end], autojunk=False)
            scored.append((matcher.ratio(), ns.ordinal))
        ratio, ordinal = max(scored)
        best.append((ls.ordinal, ordinal, ratio))
    return best


def main() -> None:
    national = policydiff.load(samples.path("guofa-2015-40"))
    local = policydiff.load(samples.path("jingzhengfa-2016-4-b"))
    ours = median_time(lambda: align(national, local), repeat=RUNS)
    theirs = median_time(lambda: naive(national, local), repeat=3)
    print(f"policydiff.align       median {ours:.3f} s over {RUNS} runs (target 0.300 s)")
    print(f"all-pairs difflib      median {theirs:.3f} s over 3 runs")
    print(f"ratio difflib / align  {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
