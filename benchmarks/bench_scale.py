"""Growth with size: outline and collate at 5, 20 and 50 MB, time and peak memory, each in a fresh process.

Run by hand from the repository root (50 MB runs take minutes; not part of the test suite)::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_scale.py            # 5, 20 and 50 MB, once each
    PYTHONPATH=src .venv/bin/python benchmarks/bench_scale.py --sizes 1 5 --repeat 3

The inputs are built by the benchmark, in a temporary folder:

- **collate**: a pair made by :func:`bench_collate.big_pair`: the bodies of the two
  Beijing copies (京政发〔2016〕4号 A and B) repeated until the size is reached, each
  repetition headed 第N部分 and given six edits of its own in copy B;
- **outline, repeated**: copy A of that pair, read as one file;
- **outline, numbered items**: one document, a title and then numbered items
  ``（1）…（N）`` made of the sentences of copy B's body, with a line break only
  every 500 items.

Each figure is the median over ``--repeat`` runs of a fresh interpreter (its start and
imports included) and the peak RSS of that process. Targets (issue 15): from 5 to
50 MB at most 12x the time for 10x the size, and under 1 GB at 50 MB.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from bench_collate import A_PATH, B_PATH, big_pair
from timing import run_child

import policydiff

MB = 1_000_000


def numbered_items(target_bytes: int) -> str:
    """One document of numbered items ``（1）…`` with few line breaks, about ``target_bytes`` of UTF-8."""
    body = policydiff.load(B_PATH).body_text
    sentences = [s.strip() for s in body.replace("\n", "").split("。") if len(s.strip()) > 4]
    parts, size, n = ["北京市人民政府关于推进若干事项的实施意见\n"], 0, 0
    while size < target_bytes:
        n += 1
        item = f"（{n}）{sentences[n % len(sentences)]}。" + ("\n" if n % 500 == 0 else "")
        parts.append(item)
        size += len(item.encode("utf-8"))
    return "".join(parts)


def inputs(folder: Path, megabytes: float) -> dict[str, tuple[str, list[Path]]]:
    """The three inputs of one size, written into ``folder``: ``{task: (code for a child, paths)}``."""
    size = int(megabytes * MB)
    a, b = big_pair(size)
    pa, pb, pn = folder / f"a-{megabytes}.txt", folder / f"b-{megabytes}.txt", folder / f"items-{megabytes}.txt"
    pa.write_text(a, "utf-8")
    pb.write_text(b, "utf-8")
    pn.write_text(numbered_items(size), "utf-8")
    outline = "import policydiff\nassert policydiff.load_all({!r})"
    return {
        "collate, repeated seed pair": (
            f"from policydiff.collation import collate\nc = collate({str(pa)!r}, {str(pb)!r}, bodies=False)\n"
            "assert c.summary['content'] > 0", [pa, pb]),
        "outline, repeated seed copy": (outline.format(str(pa)), [pa]),
        "outline, numbered items, few line breaks": (outline.format(str(pn)), [pn]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[5, 20, 50], help="sizes in MB (default 5 20 50)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure (the median is shown)")
    args = parser.parse_args()
    print(f"inputs from {A_PATH.name} and {B_PATH.name}; median of {args.repeat} run(s) in fresh processes\n")
    seconds: dict[str, dict[float, float]] = {}
    print(f"{'task':42s} {'size':>7s} {'MB read':>8s} {'seconds':>9s} {'peak RSS':>9s}")
    with tempfile.TemporaryDirectory() as name:
        for megabytes in args.sizes:
            for task, (code, paths) in inputs(Path(name), megabytes).items():
                runs = [run_child(code) for _ in range(args.repeat)]
                t = statistics.median(r[0] for r in runs)
                rss = max(r[1] for r in runs)
                seconds.setdefault(task, {})[megabytes] = t
                read = sum(p.stat().st_size for p in paths) / MB
                print(f"{task:42s} {megabytes:>5g}MB {read:8.1f} {t:9.2f} {rss:7.0f}MB", flush=True)
            for p in Path(name).iterdir():
                p.unlink()
    low, high = min(args.sizes), max(args.sizes)
    if high > low:
        print(f"\ngrowth, t({high:g} MB) / t({low:g} MB) for {high / low:g}x the size:")
        for task, by_size in seconds.items():
            print(f"  {task:42s} {by_size[high] / by_size[low]:6.1f}x")


if __name__ == "__main__":
    main()
