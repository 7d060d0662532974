"""The book-title mark a body opens inside: ``附:《…》`` leaves its ``》`` unpaired in the body.

A copy that prints its title as ``附:《title》`` has its body start after the ``《``
(the title is read without its marks), so the closing ``》`` would be compared as a
mark that no other copy has. It belongs to the wrapper, like the ``《``, and is left
out of comparison.

>>> from policydiff import load
>>> doc = load("近日，北京市出台实施意见。\\n附:《北京市关于推进的实施意见》\\n京政发[2016]4号\\n"
...             "各区人民政府:\\n现提出以下意见。\\n")
>>> [doc.text[s.start : s.end] for s in wrapper_marks(doc)]
['》']
"""

from __future__ import annotations

from ..model import Document, Span

_TITLE_REACH = 120
"""How far into the body the closing mark of a title may stand."""


def wrapper_marks(doc: Document) -> tuple[Span, ...]:
    """The closing ``》`` of a ``《`` that stands just before the body, if the body has it near its start."""
    start = doc.body[0]
    if not doc.text[:start].rstrip().endswith("《"):
        return ()
    head = doc.text[start : min(doc.body[1], start + _TITLE_REACH)]
    close = head.find("》")
    if close < 0 or "《" in head[:close]:
        return ()
    return (Span(start + close, start + close + 1),)
