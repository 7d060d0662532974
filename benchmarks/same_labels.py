"""Dump every alignment of a fixed set of document pairs, to check that a change keeps the labels.

The pairs: each seed against each seed, each seed national against every file of
the development corpus and the other way round, each corpus page against its
content block, and the synthetic national document against its corpus. For every
pair it writes the JSON of the result (scores rounded to 9 places) or the error.
Run it on two checkouts and compare the outputs::

    PYTHONPATH=src python benchmarks/same_labels.py SYNTHETIC_DIR OUT.json
    cmp before.json after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import policydiff

SHARED = Path("/work/shared")


def rounded(value: Any) -> Any:
    """``value`` with every float rounded to 9 places (their last bits depend on summation order)."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def pairs(synthetic: Path) -> list[tuple[Path, Path]]:
    """The pairs compared, as (national, local) paths."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    corpus = sorted((SHARED / "corpus" / "govcn-dev").glob("*.html"))
    found = [(a, b) for a in seeds for b in seeds]
    found += [(a, b) for a in seeds for b in corpus] + [(b, a) for a in seeds for b in corpus]
    found += [(p, p.with_name(p.name.replace(".page.", ".content."))) for p in corpus if ".page." in p.name]
    found += [(synthetic / "national.txt", p) for p in sorted((synthetic / "corpus").iterdir())]
    return found


def main() -> None:
    synthetic, out = Path(sys.argv[1]), Path(sys.argv[2])
    results = {}
    for national, local in pairs(synthetic):
        key = f"{national.name} | {local.name}"
        try:
            results[key] = rounded(policydiff.align(national, local).to_dict())
        except Exception as error:  # an error is a result to compare too
            results[key] = f"{type(error).__name__}: {error}"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    errors = sum(isinstance(v, str) for v in results.values())
    print(f"{len(results)} pairs, {errors} errors, written to {out}")


if __name__ == "__main__":
    main()
