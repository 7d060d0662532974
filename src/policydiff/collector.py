"""How often a long-lived process of policydiff looks for reference cycles: a command's, and a corpus worker's.

Reading and comparing documents makes and drops many small objects (spans,
sections, passages, match records), few of them in cycles. With Python's default
threshold (700) the collector runs every few hundred of them and finds next to no
garbage: the seventy collections of a fresh ``collate`` took 15-20 ms, and a corpus
run of 200 + 100 documents spent 49 s of processor time with its workers at the
default threshold, 44 s at this one.

>>> import gc
>>> before = gc.get_threshold()
>>> collect_less(); gc.get_threshold()[0]
100000
>>> gc.set_threshold(*before)

A corpus run's gathering process keeps every result it receives to the end (millions of objects at a thousand
documents), so its collections walk ever more objects that are never garbage: it pauses the collector instead
(:func:`paused`), 40 full collections and 10 s of its processor time at 1,500 documents. The few cycles that do
become garbage meanwhile (the cluster's messages) wait for the end of the run: all processes together peaked at
1.45-1.54 GB at 1,500 documents, against 1.30 GB before this and the session's other changes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_OBJECTS = 100_000
"""How many objects the process makes (net) before the collector first looks for cycles among the young ones:
a hundred times Python's default, so that a command on a pair of documents (about 50,000 objects: the modules
imported, then the documents' spans and sections) is over before the first collection; a long run is still
collected, at most this many objects' worth of cycles apart."""


def collect_less() -> None:
    """Raise the collector's first threshold to :data:`YOUNG_OBJECTS` (the older generations' are kept)."""
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


@contextmanager
def paused() -> Iterator[None]:
    """No collection of reference cycles inside the block; the collector is on again after it, if it was before.

    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
