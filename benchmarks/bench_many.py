"""Collating many copies at once against collating every pair of them (issue 14).

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_many.py [COPIES] [CHARS] [ROUNDS]

It makes ten copies (by default) of a 100 K-character document (the bundled
samples run together), in three versions (each rewording a different sentence
in thirty, the third faithful), half of them converted to traditional script, each with slips of its
own, and times, in the same run and in turn, ``collate`` on all ten (with script
folding, whole texts: the samples run together hold several documents) against
the 45 pairwise collations of the same copies. It prints the medians and their
ratio; the target is a ratio of 1 or less. Not part of the test suite.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import combinations
from pathlib import Path

import opencc

import policydiff
from policydiff import samples
from policydiff.collation import collate
from policydiff.normalize import Folds

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import interleaved

FOLDS = Folds(script=True)
SAMPLES = ("jingzhengfa-2016-4-b", "guofa-2015-40", "beijing-sei-2011", "jingzhengfa-2016-4-a")
WORDS = ("进一步", "切实", "")
"""What each version puts into the sentences it rewords (the third is the faithful one)."""
_SENTENCE = re.compile(r"[^。；\n]+[。；\n]")


def document(chars: int) -> str:
    """A document of about ``chars`` characters: the samples' bodies, in turn, until it is long enough."""
    bodies = [(d := policydiff.load(samples.path(n))).text[d.body[0] : d.body[1]] for n in SAMPLES]
    parts, n = [], 0
    while sum(map(len, parts)) < chars:
        parts.append(f"第{n + 1}部分\n" + bodies[n % len(bodies)])
        n += 1
    return "\n".join(parts)[:chars]


def copies(text: str, count: int, seed: int = 14) -> list[str]:
    """``count`` copies in three versions, every other one in traditional script, each with slips of its own."""
    rng = random.Random(seed)
    sentences = _SENTENCE.findall(text)
    to_s2t = opencc.OpenCC("s2t")
    out = []
    for k in range(count):
        version = k % 3
        words = [s if n % 30 != version * 10 else s[:2] + WORDS[version] + s[2:] for n, s in enumerate(sentences)]
        copy = list("".join(words))
        for p in rng.sample(range(len(copy)), 30):
            copy[p] = rng.choice(["", copy[p] * 2, "之"])
        joined = "".join(copy)
        out.append(to_s2t.convert(joined) if k % 2 else joined)
    return out


def main(count: int = 10, chars: int = 100_000, rounds: int = 3) -> None:
    texts = copies(document(chars), count)
    pairs = list(combinations(texts, 2))
    times = interleaved({
        "many": lambda: collate(*texts, folds=FOLDS, bodies=False),
        "pairs": lambda: [collate(a, b, folds=FOLDS, bodies=False) for a, b in pairs],
    }, rounds=rounds)
    result = collate(*texts, folds=FOLDS, bodies=False)
    many, pairwise = times["many"][0], times["pairs"][0]
    print(f"{count} copies of {chars:,} characters ({', '.join(f'{len(t):,}' for t in texts[:3])}, …)")
    print(f"collate on all {count}:              median {many:7.2f} s (min {times['many'][1]:.2f})")
    print(f"{len(pairs)} pairwise collations:        median {pairwise:7.2f} s (min {times['pairs'][1]:.2f})")
    print(f"ratio many / pairwise: {many / pairwise:.2f} (target ≤ 1)")
    print(f"{len(result.locations)} variant locations, families: "
          + (", ".join(f"{' '.join(f.witnesses)} ({f.support})" for f in result.families) or "none")
          + f"; closest to the common text: {result.ranking[0].witness}")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
