"""Time to load and structure all five seed documents.

Run by hand: ``PYTHONPATH=src python benchmarks/bench_load.py``. Prints the median over
several runs, cold (first call in the process, with the heading statistics
built) and warm, and the ratio to merely reading and decoding the same files
(measured in the same run), so that figures from noisy machines compare.
"""

from __future__ import annotations

import time

from timing import median_time

import policydiff
from policydiff import samples
from policydiff.read import decoding as io


def main() -> None:
    paths = [samples.path(n) for n in samples.names()]
    chars = sum(len(samples.text(n)) for n in samples.names())
    start = time.perf_counter()
    documents = [d for p in paths for d in policydiff.load_all(p)]
    cold = time.perf_counter() - start
    warm = median_time(lambda: [policydiff.load_all(p) for p in paths], repeat=15)
    decode = median_time(lambda: [io.read_file(p) for p in paths], repeat=15)
    sections = sum(len(d.sections) for d in documents)
    print(f"seeds: {len(paths)} files, {chars:,} characters, {len(documents)} documents, {sections} sections")
    print(f"load_all, cold (first call):  {cold * 1000:8.1f} ms")
    print(f"load_all, warm (median):      {warm * 1000:8.1f} ms  ({chars / warm / 1e6:.2f} M chars/s)")
    print(f"read + decode only (median): {decode * 1000:8.1f} ms")
    print(f"structure cost / decode cost: {warm / decode:8.1f}x")


if __name__ == "__main__":
    main()
