"""The runs found on demand make the same passages as all runs found up front; slogans start as declared."""

from __future__ import annotations

import bisect
import random
import re
from operator import itemgetter

import pytest

from policydiff import samples
from policydiff.alignment.localization import FORMULAIC, FORMULAIC_FIRST
from policydiff.alignment.passages import _chains, _overlaps, free_part
from policydiff.alignment.runs import SHORT_RUN, Run, Runs, gram_counts, gram_index

Chain = list[Run]


def _free_part(claimed: list[tuple[int, int]], run: Run) -> Run:
    """The longest part of ``run`` whose local side no claimed span overlaps, every claimed span looked at."""
    return free_part(claimed, run)


def _every_run(nat: str, loc: str, max_repeats: int) -> list[Run]:
    """Every maximal run of at least SHORT_RUN characters holding a gram rare in ``nat``, the plain way."""
    index = gram_index(nat)
    found = set()
    for i in range(len(loc) - SHORT_RUN + 1):
        hits = index.get(loc[i : i + SHORT_RUN], ())
        if len(hits) > max_repeats:
            continue
        for j in hits:
            a, b = i, j
            while a and b and loc[a - 1] == nat[b - 1]:
                a, b = a - 1, b - 1
            n = i - a + SHORT_RUN
            while a + n < len(loc) and b + n < len(nat) and loc[a + n] == nat[b + n]:
                n += 1
            found.add((a, b, n))
    return sorted(found)


def _chains_of_all(runs: list[Run], seed: int, max_gap: int) -> list[Chain]:
    """The passages' chains as they were made from the list of every run (the reference)."""
    starts, by_end = [r[0] for r in runs], sorted(runs, key=lambda r: r[0] + r[2])
    ends = [r[0] + r[2] for r in by_end]
    claimed: list[tuple[int, int]] = []
    used: set[Run] = set()
    chains = []

    def neighbour(run: Run, forward: bool) -> Run | None:
        i, j, n = run
        if forward:
            candidates = runs[bisect.bisect_left(starts, i) : bisect.bisect_right(starts, i + n + max_gap)]
        else:
            candidates = by_end[bisect.bisect_left(ends, i - max_gap) : bisect.bisect_right(ends, i + n)]
        best = None
        for cand in candidates:
            ci, cj, cn = cand
            if cand in used:
                continue
            if forward:
                trim = max(i + n - ci, j + n - cj, 0)
                ci, cj, cn = ci + trim, cj + trim, cn - trim
                gaps = (ci - (i + n), cj - (j + n))
            else:
                cn -= max(ci + cn - i, cj + cn - j, 0)
                gaps = (i - (ci + cn), j - (cj + cn))
            bridge = min(max_gap, max(cn, seed // 2))
            if cn < SHORT_RUN or min(gaps) < 0 or max(gaps) > bridge or _overlaps(claimed, ci, ci + cn):
                continue
            if best is None or max(gaps) < best[0]:
                best = (max(gaps), (ci, cj, cn))
        if best is None:
            return None
        used.add(best[1])
        return best[1]

    for run in sorted(runs, key=itemgetter(2), reverse=True):
        if run[2] < seed:
            break
        if run in used:
            continue
        run = _free_part(claimed, run)
        if run[2] < seed:
            continue
        chain = [run]
        used.add(run)
        while (nxt := neighbour(chain[-1], True)) is not None:
            chain.append(nxt)
        while (prv := neighbour(chain[0], False)) is not None:
            chain.insert(0, prv)
        bisect.insort(claimed, (chain[0][0], chain[-1][0] + chain[-1][2]))
        chains.append(chain)
    return chains


def _pair(rng: random.Random) -> tuple[str, str]:
    """A national text and a local one that copies pieces of it with a few changes, over a small alphabet."""
    alphabet = "甲乙丙丁戊己庚辛"[: rng.randint(2, 8)]
    nat = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
    loc = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
    for _ in range(rng.randint(0, 4) if nat else 0):
        start = rng.randint(0, len(nat))
        piece = list(nat[start : start + rng.randint(3, 40)])
        for _ in range(rng.randint(0, 3) if piece else 0):
            piece[rng.randrange(len(piece))] = rng.choice(alphabet)
        at = rng.randint(0, len(loc))
        loc = loc[:at] + "".join(piece) + loc[at:]
    return nat, loc


def _near_pair(rng: random.Random) -> tuple[str, str]:
    """A near copy: a national text over a larger alphabet and a local one with a few edits (long runs on few
    diagonals), the national text then given a few of its stretches again (runs that do not all anchor)."""
    alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"[: rng.randint(6, 22)]
    nat = "".join(rng.choice(alphabet) for _ in range(rng.randint(20, 400)))
    loc = list(nat)
    for _ in range(rng.randint(0, 8)):
        at = rng.randrange(len(loc))
        loc[at : at + rng.randint(0, 4)] = rng.choices(alphabet, k=rng.randint(0, 4))
    for _ in range(rng.randint(0, 3)):
        start, at = rng.randint(0, len(nat)), rng.randint(0, len(nat))
        nat = nat[:at] + nat[start : start + rng.randint(5, 30)] + nat[at:]
    return nat, "".join(loc)


KINDS = {
    "pieces": (_pair, 200, (1, 2, 5, 40), ((8, 10), (5, 3), (4, 10), (3, 2), (12, 6))),
    "near copies": (_near_pair, 100, (1, 2, 40), ((8, 10), (4, 10), (12, 6), (20, 3))),
}
"""Each kind of random pair: its maker, how many pairs, the max_repeats and the (seed, max_gap) settings tried."""


@pytest.mark.parametrize("batch", range(2))
@pytest.mark.parametrize("kind", KINDS)
def test_runs_on_demand_make_the_same_chains(kind: str, batch: int) -> None:
    make, pairs, repeats, settings = KINDS[kind]
    rng = random.Random(batch)
    for _ in range(pairs):
        nat, loc = make(rng)
        index, seed_grams = gram_index(nat), gram_counts(nat)
        for max_repeats in repeats:
            every = _every_run(nat, loc, max_repeats)
            for seed, max_gap in settings:
                found = _chains(Runs(nat, loc, index, seed_grams, max_repeats), seed, max_gap)
                assert found == _chains_of_all(every, seed, max_gap), (nat, loc, max_repeats, seed, max_gap)


def test_every_slogan_starts_with_a_first_character() -> None:
    texts = [samples.text(name) for name in samples.names()]
    starts = {m.group()[0] for pattern in FORMULAIC for text in texts for m in re.finditer(pattern, text)}
    assert starts and starts <= set(FORMULAIC_FIRST)
    firsts = {re.sub(r"^\(\?:([^|)]*).*", r"\1", p)[:1] for p in FORMULAIC}
    assert firsts <= set(FORMULAIC_FIRST)
