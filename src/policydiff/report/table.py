"""The alignment table of a collation (copies × variant locations), its families, ranking and common text, as
plain rows for the Markdown, CSV, DataFrame and HTML views, and the family tree laid out for inline SVG.

>>> from policydiff import collate
>>> c = collate("推进互联网+发展。", "推进互联网+发展。", "推进互联网发展。", bodies=False)
>>> grouped(c.locations[0])
'A B: + · C: ∅'
>>> table_columns(c), table_rows(c)
(['location', 'variants', 'groups', 'A', 'B', 'C'], [['L1', 'v1', 'A B: + · C: ∅', '+', '+', '']])
"""

from __future__ import annotations

from typing import Any

from ..collation.families import Node, stemma
from ..collation.locations import departures
from ..collation.result import Collation, Location

STEP_X, STEP_Y, MARGIN = 72, 64, 36
"""The family tree's spacing: between two copies, between two levels, around it."""


def grouped(x: Location) -> str:
    """The readings of a location grouped, the largest group first: ``A B D: “互联网+” · C: 互联网``."""
    return " · ".join(f"{' '.join(g)}: {x.readings[g[0]].text or '∅'}" for g in x.groups)


def table_columns(c: Collation) -> list[str]:
    """The columns of the alignment table: the location, its variants, its grouped readings, then one per copy."""
    return ["location", "variants", "groups", *(w.id for w in c.witnesses)]


def table_rows(c: Collation) -> list[list[str]]:
    """One row per variant location, one cell per copy (its reading, empty where it has none)."""
    ids = [w.id for w in c.witnesses]
    return [[x.id, " ".join(x.variants), grouped(x), *(x.readings[i].text for i in ids)] for x in c.locations]


def family_rows(c: Collation) -> list[dict[str, Any]]:
    """Each family with its support and the first locations that show it."""
    return [{"witnesses": " ".join(f.witnesses), "support": f.support, "locations": f.locations[:12],
             "more": max(0, len(f.locations) - 12)} for f in c.families]


def html_context(c: Collation) -> dict[str, Any]:
    """What the report's table, family tree, ranking and common text need."""
    ids = [w.id for w in c.witnesses]
    rows = []
    for x in c.locations:
        group_of = {w: n for n, g in enumerate(x.groups) for w in g}
        # a copy that lacks the document is in no group ("x")
        cells = [{"text": x.readings[i].text, "group": min(group_of[i], 5) if i in group_of else "x",
                  "majority": group_of.get(i) == x.majority} for i in ids]
        rows.append({"id": x.id, "variants": x.variants, "grouped": grouped(x), "cells": cells,
                     "converter": x.converter})
    table = {x.id: x for x in c.locations}
    common = [{"document": r.document, "base": r.base,
               "pieces": [{"text": t, "location": lid,
                           "departures": " · ".join(f"{w}: {s or '∅'}" for w, s in departures(table[lid]).items())
                           if lid else ""} for t, lid in r.pieces]}
              for r in c.reconstructions]
    return {"table": rows, "families": family_rows(c), "ranking": c.ranking, "tree": tree_picture(c),
            "common": common}


def tree_picture(c: Collation) -> dict[str, Any]:
    """The family tree laid out: the common text at the top, families below it, the copies at the bottom.

    >>> from policydiff import collate
    >>> picture = tree_picture(collate("甲。", "乙。", bodies=False))
    >>> [n["label"] for n in picture["nodes"]], len(picture["edges"])
    (['Ω', 'A', 'B'], 2)
    """
    root = stemma(c.families, [w.id for w in c.witnesses])
    depth = _depth(root)
    leaves: list[str] = []
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, float]] = []
    _place(root, 0, depth, leaves, nodes, edges)
    width = 2 * MARGIN + STEP_X * max(0, len(leaves) - 1)
    return {"width": width, "height": 2 * MARGIN + STEP_Y * depth, "nodes": nodes, "edges": edges}


def _depth(node: Node) -> int:
    return 1 + max(map(_depth, node.children)) if node.children else 0


def _place(node: Node, level: int, depth: int, leaves: list[str], nodes: list[dict[str, Any]],
           edges: list[dict[str, float]]) -> tuple[float, float]:
    """Place ``node`` and what is under it (copies left to right, each family above the middle of its own)."""
    if not node.children:
        x, y = float(MARGIN + STEP_X * len(leaves)), float(MARGIN + STEP_Y * depth)
        leaves.append(node.witnesses[0])
        nodes.append({"x": x, "y": y, "label": node.witnesses[0], "leaf": True, "title": node.witnesses[0]})
        return x, y
    here = len(nodes)
    nodes.append({})
    points = [_place(child, level + 1, depth, leaves, nodes, edges) for child in node.children]
    x, y = sum(p[0] for p in points) / len(points), MARGIN + STEP_Y * level
    edges += [{"x1": x, "y1": y, "x2": px, "y2": py} for px, py in points]
    members = " ".join(node.witnesses)
    title = f"{members}: 共享 {node.support} 处少数异文 shares {node.support} minority readings" if level else (
        f"Ω 共同文本 the common text ({members})")
    nodes[here] = {"x": x, "y": y, "label": f"×{node.support}" if level else "Ω", "leaf": False, "title": title}
    return x, y
