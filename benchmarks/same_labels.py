"""Dump every alignment of a fixed set of document pairs, to check that a change keeps the labels.

The pairs: each seed against each seed, each seed national against every file of
the development corpus and the other way round, each corpus page against its
content block, and the synthetic national document against its corpus. For every
pair it writes the JSON of the result (scores rounded to 9 places) or the error.
Run it on two checkouts and compare the outputs::

    PYTHONPATH=src python benchmarks/same_labels.py SYNTHETIC_DIR OUT.json
    cmp before.json after.json

With ``--parents``, the pairs are instead the near copies a corpus run aligns
besides: it writes a synthetic corpus into SYNTHETIC_DIR (200 local documents
of about 9,000 characters, seed 0) and aligns every local document whose parent
is another local one with that parent, prepared once (``align(prepare(parent),
child)``). Run this script (it holds the generator) against either checkout's
``src``, with the same folder both times (the results name their files' paths)::

    PYTHONPATH=../other/src python benchmarks/same_labels.py --parents /tmp/near before.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import policydiff

import synthetic

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


def parent_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Write the synthetic corpus into ``folder``; its (parent, child) pairs whose parent is a local document."""
    truth = synthetic.generate(folder, locals_=200, unrelated=20, size=9000)
    return sorted((Path(parent), Path(child)) for child, parent in truth.parents.items() if parent != truth.national)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parents", action="store_true", help="align the synthetic children with their parents")
    parser.add_argument("synthetic", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    out, results = args.out, {}
    prepared: dict[Path, policydiff.Prepared] = {}
    for national, local in parent_pairs(args.synthetic) if args.parents else pairs(args.synthetic):
        key = f"{national.name} | {local.name}"
        try:
            if args.parents:
                if national not in prepared:
                    prepared[national] = policydiff.prepare(national)
                results[key] = rounded(policydiff.align(prepared[national], local).to_dict())
            else:
                results[key] = rounded(policydiff.align(national, local).to_dict())
        except Exception as error:  # an error is a result to compare too
            results[key] = f"{type(error).__name__}: {error}"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    errors = sum(isinstance(v, str) for v in results.values())
    print(f"{len(results)} pairs, {errors} errors, written to {out}")


if __name__ == "__main__":
    main()
