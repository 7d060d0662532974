"""Build the fixed corpus the heading statistics are counted from.

``src/policydiff/read/data/heading-corpus.txt`` holds the project's five seed
policy documents (every ``*.txt`` in the folder given, in file-name order) as
:mod:`policydiff.read.headings` reads them: spaces, tabs, U+3000 and no-break
spaces removed, one text after another, separated by a line break. The file is
committed and shipped in the wheel, so that where a run-in heading ends does not
depend on which sample files ship. Its counts are written beside it,
``heading-stats.marshal``, which the package reads instead of counting them.

Rebuild it, from the repository root, after changing the seeds or the way the
corpus is read (then check that the golden outlines in ``tests/golden`` still hold)::

    .venv/bin/python scripts/build_heading_corpus.py ../shared/seeds
"""

from __future__ import annotations

import argparse
from pathlib import Path

from policydiff.read.heading_stats import STATS, HeadingStats, corpus_text, stats_bytes

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "policydiff" / "read" / "data" / "heading-corpus.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path, help="the folder of seed documents (UTF-8 .txt files)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"where to write (default: {OUTPUT})")
    args = parser.parse_args()
    paths = sorted(args.seeds.glob("*.txt"))
    if not paths:
        parser.error(f"{args.seeds} holds no .txt files; give the folder of seed documents")
    corpus = corpus_text(p.read_text(encoding="utf-8") for p in paths)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(corpus, encoding="utf-8", newline="")
    stats = args.output.with_name(Path(STATS).name)
    stats.write_bytes(stats_bytes(HeadingStats.of(corpus)))
    print(f"{args.output}: {len(paths)} documents, {len(corpus)} characters; their counts in {stats.name}")


if __name__ == "__main__":
    main()
