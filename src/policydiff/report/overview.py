"""The overview picture of an alignment: a flow from national parts to local parts, laid out for inline SVG.

Each side is a column of bars, one per section in document order, as tall as
its own text and grouped by top-level part; a band joins a national section to
each local section beside it in the paired comparison. The template draws the
shapes' frame; :func:`shapes` writes the shapes themselves (a few hundred of
them), every one linking to its row. Only numbers and the documents' labels
(escaped) go into the picture.

>>> import policydiff
>>> a = policydiff.align("一、推进工作。\\n加强基础设施建设。\\n", "一、推进工作。\\n加强基础设施建设。\\n")
>>> from policydiff.report.pairs import pair_rows
>>> picture = overview(a, pair_rows(a))
>>> len(picture["bands"]), picture["national"][0]["href"]
(1, '#row-1')
>>> str(shapes(picture)).splitlines()[0][:44]
'<a href="#row-1" class="band inherited"><pat'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from markupsafe import Markup

from ..alignment.result import Alignment, ordinal_label
from ..model import Document
from .paired import LABEL_TEXT
from .pairs import PairRow
from .templates import escaped

WIDTH, HEIGHT = 1000, 480
"""The picture's coordinate box (it scales to the page's width)."""
BAR = 14
"""Width of a bar."""
NATIONAL_X, LOCAL_X = 330, 656
"""Where the national and the local column of bars stand."""
PART_GAP, SECTION_GAP, SHORTEST = 10, 1, 2
"""Space between parts and between sections, and the least height of a bar."""
LABEL_STEP = 34
"""Least vertical distance between two part labels (two lines of text)."""


def overview(a: Alignment, rows: list[PairRow]) -> dict[str, Any]:
    """Bars, bands and part labels of the overview picture, in the picture's coordinates."""
    national_row = {r.national.ordinal: r for r in rows if r.national}
    local_rows: dict[tuple[int, ...], list[PairRow]] = defaultdict(list)
    for r in rows:
        for s in r.local:
            local_rows[s.ordinal].append(r)
    nat = _column([(n.ordinal, n.span[1] - n.span[0], n.status, national_row[n.ordinal])
                   for n in a.national_sections], NATIONAL_X)
    loc = _column([(s.ordinal, s.span[1] - s.span[0], s.label, local_rows[s.ordinal][0])
                   for s in a.sections], LOCAL_X)
    bands = []
    for r in rows:
        if r.national is None:
            continue
        left = nat[r.national.ordinal]
        for i, s in enumerate(r.local):
            right = loc[s.ordinal]
            j = local_rows[s.ordinal].index(r)
            y1, h1 = _share(left, i, len(r.local))
            y2, h2 = _share(right, j, len(local_rows[s.ordinal]))
            x1, x2 = NATIONAL_X + BAR, LOCAL_X
            mid = (x1 + x2) / 2
            bands.append({
                "d": f"M{x1},{y1:.1f} C{mid},{y1:.1f} {mid},{y2:.1f} {x2},{y2:.1f} L{x2},{y2 + h2:.1f} "
                     f"C{mid},{y2 + h2:.1f} {mid},{y1 + h1:.1f} {x1},{y1 + h1:.1f} Z",
                "kind": s.label, "href": "#" + r.id,
                "title": f"{ordinal_label(r.national.ordinal)} → {ordinal_label(s.ordinal)}",
            })
    national_labels = _labels(a.national, nat, _national_note(a), end=True)
    local_labels = _labels(a.local, loc, _local_note(a), end=False)
    height = max([HEIGHT] + [label["y"] + LABEL_STEP for label in national_labels + local_labels])
    return {"width": WIDTH, "height": height, "bar": BAR, "national_x": NATIONAL_X, "local_x": LOCAL_X,
            "national": list(nat.values()), "local": list(loc.values()), "bands": bands,
            "national_labels": national_labels, "local_labels": local_labels}


def shapes(picture: dict[str, Any]) -> Markup:
    """The picture's bands, bars and part labels as SVG elements, a line each, every label escaped."""
    out = [f'<a href="{b["href"]}" class="band {b["kind"]}"><path d="{b["d"]}"><title>{escaped(b["title"])} · '
           f'{LABEL_TEXT[b["kind"]]}</title></path></a>\n' for b in picture["bands"]]
    for side, name in (("national", "国家 national"), ("local", "地方 local")):
        out += [f'<a href="{bar["href"]}" class="bar {bar["kind"]}"><rect x="{bar["x"]}" y="{bar["y"]}" '
                f'width="{picture["bar"]}" height="{bar["h"]}"><title>{name} {escaped(bar["title"])} · '
                f'{LABEL_TEXT[bar["kind"]]}</title></rect></a>\n' for bar in picture[side]]
    out += [f'<a href="{x["href"]}" class="part-label"><text x="{x["x"]}" y="{x["y"] + 12}" '
            f'text-anchor="{x["anchor"]}"><title>{escaped(x["full"])}</title>{escaped(x["text"])}<tspan '
            f'x="{x["x"]}" dy="15" class="note">{escaped(x["note"])}</tspan></text></a>\n'
            for x in picture["national_labels"] + picture["local_labels"]]
    return Markup("".join(out))


def _column(items: list[tuple[tuple[int, ...], int, str, PairRow]], x: int) -> dict[tuple[int, ...], dict[str, Any]]:
    """Stack one bar per section, as tall as its text, with a wider gap where a new part starts."""
    parts = len({o[0] for o, *_ in items})
    gaps = PART_GAP * (parts - 1) + SECTION_GAP * (len(items) - parts)
    scale = max(HEIGHT - gaps - SHORTEST * len(items), 0) / (sum(size for _, size, _, _ in items) or 1)
    bars: dict[tuple[int, ...], dict[str, Any]] = {}
    y = 0.0
    previous: tuple[int, ...] | None = None
    for ordinal, size, kind, row in items:
        if previous is not None:
            y += PART_GAP if ordinal[0] != previous[0] else SECTION_GAP
        height = SHORTEST + size * scale
        bars[ordinal] = {"x": x, "y": round(y, 1), "h": round(height, 1), "kind": kind, "href": "#" + row.id,
                         "part": ordinal[0], "title": ordinal_label(ordinal)}
        y += height
        previous = ordinal
    return bars


def _share(bar: dict[str, Any], i: int, n: int) -> tuple[float, float]:
    """The ``i``-th of ``n`` equal slices of a bar: its top and height."""
    h = bar["h"] / n
    return bar["y"] + i * h, h


def _national_note(a: Alignment) -> dict[int, str]:
    done: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for n in a.national_sections:
        done[n.ordinal[0]][0] += n.status == "implemented"
        done[n.ordinal[0]][1] += 1
    return {part: f"已落实 implemented {k}/{total}" for part, (k, total) in done.items()}


def _local_note(a: Alignment) -> dict[int, str]:
    sizes: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("inherited", "localized", "new"), 0))
    for s in a.sections:
        sizes[s.ordinal[0]][s.label] += s.span[1] - s.span[0]
    names = {"inherited": "继承", "localized": "调整", "new": "新增"}
    notes = {}
    for part, by_label in sizes.items():
        total = sum(by_label.values()) or 1
        notes[part] = " · ".join(f"{names[k]} {v / total:.0%}" for k, v in by_label.items() if v)
    return notes


def _labels(doc: Document, bars: dict[tuple[int, ...], dict[str, Any]], notes: dict[int, str], *,
            end: bool) -> list[dict[str, Any]]:
    """One label per top-level part, beside the middle of its bars, moved down where labels would overlap."""
    spans: dict[int, list[float]] = {}
    href: dict[int, str] = {}
    for bar in bars.values():
        top, bottom = spans.setdefault(bar["part"], [bar["y"], bar["y"] + bar["h"]])
        spans[bar["part"]] = [min(top, bar["y"]), max(bottom, bar["y"] + bar["h"])]
        href.setdefault(bar["part"], bar["href"])
    sections = {s.ordinal: s for s in doc.sections}
    labels = []
    y = -float(LABEL_STEP)
    for part, (top, bottom) in spans.items():
        y = max((top + bottom) / 2 - 8, y + LABEL_STEP, 6.0)
        s = sections.get((part,))
        name = "序言 preamble" if part == 0 or s is None else f"{s.label}{s.heading or ''}"
        labels.append({"x": (NATIONAL_X - 8) if end else (LOCAL_X + BAR + 8), "y": round(y, 1),
                       "anchor": "end" if end else "start", "text": name if len(name) <= 16 else name[:15] + "…",
                       "full": name, "note": notes.get(part, ""), "href": href[part],
                       "line": round((top + bottom) / 2, 1)})
    return labels
