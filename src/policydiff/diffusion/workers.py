"""Run in each worker process of the local cluster as it starts (a Dask *preload*: see :func:`.engine.start`).

A worker makes and drops millions of small objects a run, few of them in
reference cycles, so it collects them as a command's process does
(:func:`policydiff.collector.collect_less`).
"""

from __future__ import annotations

from typing import Any

from ..collector import collect_less


def dask_setup(worker: Any) -> None:
    """Called by Dask once in each worker process, before its first task."""
    collect_less()
