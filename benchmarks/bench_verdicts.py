"""How often the verdicts find and decide copying slips, and how often they are right (issue 13).

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_verdicts.py ../shared/seeds ../shared/corpus/govcn-dev

It takes the documents of the language model's list (``scripts/language-model-documents.txt``)
that are long enough, and for each one rebuilds the model *without* the file it comes
from (leave one out: the model never sees the document under test). It makes two and
three copies of each with ten known slips (``verdict_slips.py``), collates them, and
prints recall, precision, the share decided and the share right, per kind of slip and
per confidence band. Not part of the test suite. Targets: recall and precision ≥ 0.98,
≥ 90 % decided, ≥ 97 % of the decided right, ≥ 99 % right at confidence ≥ 0.8, and
every band with at least 20 verdicts right at least as often as its lower edge.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from policydiff import collate, load_all
from policydiff.collation import language
from policydiff.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(Path(__file__).resolve().parent)]
import build_language_model as build  # noqa: E402
from verdict_slips import KINDS, Copies, make  # noqa: E402

SHORTEST = 1500
"""Documents shorter than this (comparison characters) are left out: ten slips need room."""
SAME_DOCUMENT = [{"000_8ea4fc9114881fa7.txt", "001_0e0958a95af5466e.txt"}]
"""Files that hold copies of one document: they are left out together."""
BANDS = [(0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
WORDING = ("content", "punctuation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="the folders that hold the listed documents")
    parser.add_argument("--limit", type=int, default=0, help="test only the first N documents (0: all)")
    args = parser.parse_args()
    names = [ln.strip() for ln in build.LIST.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    paths = build.listed(args.folders, names)
    per_file = {p.name: build.text_counts(build.document_texts([p])) for p in paths}
    everything: Counter[str] = Counter()
    for counts in per_file.values():
        everything.update(counts)
    dictionary = build.dictionary_counts(build.jieba_words())
    documents = [(p.name, d.body_text) for p in paths if p.name != "001_0e0958a95af5466e.txt"
                 for d in load_all(p) if d.kind == "document"
                 and len(normalize(d.text, start=d.body[0], end=d.body[1]).text) >= SHORTEST]
    if args.limit:
        documents = documents[: args.limit]
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        held_out = None
        for n, (name, original) in enumerate(documents):
            if name != held_out:
                _leave_out(name, everything, per_file, dictionary, Path(tmp) / f"{name}.bin")
                held_out = name
            for copies in (2, 3):
                made = make(original, copies, seed=n * 7 + copies, truncate=(n + copies) % 3 == 0)
                tally.add(made, collate(*made.texts))
    print(f"{len(documents)} documents the model has not seen, 2 and 3 copies each\n")
    tally.report()


def _leave_out(name: str, everything: Counter[str], per_file: dict[str, Counter[str]],
               dictionary: Counter[str], path: Path) -> None:
    """Point the verdicts at a model built without ``name`` (and the other copies of its document)."""
    group = next((g for g in SAME_DOCUMENT if name in g), {name})
    counts = everything.copy()
    for other in group:
        counts.subtract(per_file[other])
    path.write_bytes(language.pack(build.model_counts(+counts, dictionary)))
    language.DATA = path
    language.language_model.cache_clear()


class Tally:
    """What the collations found, decided and got right, per kind of slip and per confidence band."""

    def __init__(self) -> None:
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self.bands: dict[tuple[float, float], Counter[str]] = defaultdict(Counter)
        self.variants = 0
        self.slip_variants = 0
        self.noise = 0

    def add(self, made: Copies, result: object) -> None:
        variants = [v for v in result.variants if v.category in WORDING]  # type: ignore[attr-defined]
        matched: set[str] = set()
        for slip in made.slips:
            clean = next(k for k in range(len(made.texts)) if k != slip.copy)
            lo, hi = made.maps[clean][slip.start], made.maps[clean][slip.end]
            hit = [v for v in variants if v.readings[_sigil(clean)].start - 2 <= hi
                   and lo <= v.readings[_sigil(clean)].end + 2 and v.kind != "truncated"]
            self._count(slip.kind, hit[0] if hit else None, {_sigil(slip.copy)}, matched)
        if made.truncated is not None:
            hit = [v for v in variants if v.kind == "truncated"]
            self._count("truncation", hit[0] if hit else None, {_sigil(made.truncated)}, matched)
        self.variants += len(variants)
        self.slip_variants += len(matched)
        self.noise += sum(1 for v in variants if v.id not in matched)

    def _count(self, kind: str, variant: object, wrong: set[str], matched: set[str]) -> None:
        c = self.kinds[kind]
        c["slips"] += 1
        if variant is None:
            return
        matched.add(variant.id)  # type: ignore[attr-defined]
        c["found"] += 1
        preferred, confidence = variant.preferred, variant.confidence  # type: ignore[attr-defined]
        if preferred is None:
            return
        c["decided"] += 1
        right = preferred not in wrong
        c["right"] += right
        if confidence >= 0.8:
            c["high"] += 1
            c["high_right"] += right
        band = next(b for b in BANDS if b[0] <= confidence < b[1])
        self.bands[band]["decided"] += 1
        self.bands[band]["right"] += right

    def report(self) -> None:
        print("| kind | slips | recall | decided | right of decided | right at ≥ 0.8 |")
        print("|---|---:|---:|---:|---:|---:|")
        total: Counter[str] = Counter()
        for kind in (*KINDS, "truncation"):
            c = self.kinds[kind]
            total.update(c)
            print(f"| {kind} | {c['slips']} | {_share(c['found'], c['slips'])} | {_share(c['decided'], c['found'])} "
                  f"| {_share(c['right'], c['decided'])} | {_share(c['high_right'], c['high'])} ({c['high']}) |")
        print(f"| **all** | {total['slips']} | {_share(total['found'], total['slips'])} "
              f"| {_share(total['decided'], total['found'])} | {_share(total['right'], total['decided'])} "
              f"| {_share(total['high_right'], total['high'])} ({total['high']}) |")
        print(f"\nprecision: {_share(self.slip_variants, self.variants)} ({self.variants} content and punctuation "
              f"variants, {self.noise} not a slip)\n")
        print("| confidence | decided | right |")
        print("|---|---:|---:|")
        for band in BANDS:
            c = self.bands[band]
            print(f"| {band[0]:.1f}–{min(band[1], 1.0):.1f} | {c['decided']} | {_share(c['right'], c['decided'])} |")


def _share(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "–"


def _sigil(k: int) -> str:
    return chr(ord("A") + k)


if __name__ == "__main__":
    main()
