"""The engine that runs a corpus's tasks: Dask, on a local cluster, a running cluster or in one process.

``--scheduler`` (or the ``scheduler`` argument of :func:`policydiff.corpus`) takes

* ``processes``: a :class:`distributed.LocalCluster` with one single-threaded
  worker process per core (the default; its logs are silenced below CRITICAL: a
  worker that loses its scheduler while the cluster shuts down must not print a
  traceback at the end of a run that succeeded);
* ``synchronous``: every task in this process, one after the other, by Dask's
  synchronous scheduler (for debugging, and where processes cannot be started);
* an address such as ``tcp://10.0.0.5:8786``: a running Dask distributed cluster
  (``DASK_SCHEDULER_ADDRESS`` gives it when the argument is left out).

Dask is an extra (``pip install "policydiff[corpus]"``); it is imported when an
engine is started, and its absence is one plain error naming the extra.
A task's result stays where it ran until it is gathered and :meth:`Engine.forget`
lets it go; the tasks of a corpus take batches of inputs (:meth:`Engine.batch`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from ..errors import PolicydiffError

SCHEDULERS = ("processes", "synchronous")
"""The named schedulers; anything else is the address of a running cluster."""

BATCH = 8
"""The most inputs (or pairs) one task of a cluster takes."""

QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""The settings of the local cluster's processes: no sampling profiler (it walks every thread's stack a hundred
times a second), and the monitors' ticks less often (one worker a core leaves no spare core for them). Together
they took a 200 + 100 document run's processor time from 56 to 49 s. A running cluster keeps its own settings."""

MISSING_EXTRA = 'policydiff corpus needs Dask, which is not installed; run: pip install "policydiff[corpus]"'
"""The one line said when the extra is missing."""


class Engine(Protocol):
    """Runs tasks and streams their results back as they complete."""

    name: str
    """``processes``, ``synchronous`` or the cluster's address."""
    workers: int
    """How many worker processes run the tasks."""
    elsewhere: bool
    """Whether the tasks run in other processes, so that this one only gathers their results (and keeps them
    to the end: it pauses its collector, see :mod:`policydiff.collector`)."""

    def share(self, value: Any) -> Any:
        """Make ``value`` available to every task (sent once), and return a handle to pass to :meth:`submit`."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Schedule ``fn(*args, **kwargs)``; handles among the arguments stand for their results."""

    def completed(self, handles: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        """``(position, result)`` for each handle, in the order the tasks finish."""

    def forget(self, handles: Sequence[Any]) -> None:
        """Let go of these results."""

    def batch(self, count: int) -> int:
        """How many of ``count`` like items one task should take."""


class _Task:
    """A task of the synchronous engine, run when its result is first needed."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.done, self.value = False, None

    def result(self) -> Any:
        if not self.done:
            from dask.base import compute
            from dask.delayed import delayed

            # Each argument is one opaque value: Dask need not look inside documents for collections.
            args = [delayed(a.result() if isinstance(a, _Task) else a, traverse=False) for a in self.args]
            kwargs = {k: delayed(v, traverse=False) for k, v in self.kwargs.items()}
            task = delayed(self.fn, pure=False)(*args, **kwargs)
            self.value, self.done = compute(task, scheduler="synchronous")[0], True
            self.args = ()
        return self.value


class SynchronousEngine:
    """Every task in this process, in order, through Dask's synchronous scheduler."""

    name, workers, elsewhere = "synchronous", 1, False

    def share(self, value: Any) -> Any:
        return value

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> _Task:
        return _Task(fn, args, kwargs)

    def completed(self, handles: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        for i, handle in enumerate(handles):
            yield i, handle.result()

    def forget(self, handles: Sequence[Any]) -> None:
        for handle in handles:
            handle.value = None

    def batch(self, count: int) -> int:
        return 1  # no scheduler to spare; each item's result is kept as soon as it is done


class DistributedEngine:
    """Tasks on a Dask distributed cluster, through a :class:`distributed.Client`."""

    elsewhere = True

    def __init__(self, client: Any, name: str) -> None:
        self.client, self.name = client, name
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))

    def share(self, value: Any) -> Any:
        # In a list, so that a collection (a set of n-grams) is sent as one value, not element by element.
        return self.client.scatter([value], broadcast=True, hash=False)[0]

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.client.submit(fn, *args, pure=False, **kwargs)

    def completed(self, handles: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed

        where = {h.key: i for i, h in enumerate(handles)}
        for future, result in as_completed(handles, with_results=True):
            yield where[future.key], result

    def forget(self, handles: Sequence[Any]) -> None:
        for handle in handles:
            handle.release()

    def batch(self, count: int) -> int:
        """Up to :data:`BATCH` items a task, with at least four tasks a worker, so that the load stays balanced
        and results keep streaming back (a task costs the scheduler a few milliseconds of processor time).

        >>> engine = DistributedEngine.__new__(DistributedEngine); engine.workers = 2
        >>> engine.batch(1500), engine.batch(40), engine.batch(3)
        (8, 5, 1)
        """
        return max(1, min(BATCH, count // (4 * self.workers)))


def require_dask() -> None:
    """Nothing if the extra is installed (Dask, distributed, numpy for the n-gram index, zstandard for the cache);
    else the error that names it."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import numpy  # noqa: F401
        import zstandard  # noqa: F401
    except ImportError:
        raise PolicydiffError(MISSING_EXTRA) from None


@contextmanager
def start(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[Engine]:
    """An engine for ``scheduler`` (see the module's description), shut down on leaving.

    >>> with start("synchronous") as engine:
    ...     [r for _, r in engine.completed([engine.submit(len, "互联网+")])]
    [4]
    """
    chosen = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or "processes"
    require_dask()
    import distributed

    if chosen == "synchronous":
        yield SynchronousEngine()
        return
    if chosen == "processes":
        import dask

        with dask.config.set(QUIET_WORKERS):  # the nannies pass it on to the worker processes they start
            cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.CRITICAL, preload=[f"{__package__}.workers"],
            )
        with cluster, distributed.Client(cluster) as client:
            yield DistributedEngine(client, "processes")
        return
    try:
        client = distributed.Client(chosen, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise PolicydiffError(
            f"cannot reach a Dask scheduler at {chosen} ({exc}); check the address, or use --scheduler processes"
        ) from None
    with client:
        yield DistributedEngine(client, chosen)
