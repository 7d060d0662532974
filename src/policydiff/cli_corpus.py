"""``policydiff corpus``: one national policy against a folder of documents, on Dask.

Registered on the ``policydiff`` group by :mod:`policydiff.cli`. Exit codes: 0
when the run completes (unreadable documents are listed, and counted on
stderr), 2 when the national document or the output folder cannot be used, a
path does not exist (a usage error, before any work) or Dask is missing, 130
on Ctrl-C (the cache keeps every pair finished so far).
"""

from __future__ import annotations

import gc
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from .collector import paused
from .errors import OutputError
from .storage import replace_atomically

PHASES = {"reading": "reading documents", "aligning": "aligning pairs"}
"""The progress bar's label for each phase of a run."""


class _Bars:
    """One progress bar per phase of the run, on stderr when it is a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.shown = not quiet and sys.stderr.isatty()
        self.phase, self.done = "", 0
        self.bar: Any = None

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.shown:
            return
        if phase != self.phase:
            self.close()
            bar: Any = click.progressbar(length=total, label=PHASES.get(phase, phase), file=sys.stderr,
                                         show_pos=True)
            self.phase, self.bar, self.done = phase, bar.__enter__(), 0
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def usable_folder(folder: Path) -> Path:
    """The output folder, created if need be; an error if it cannot be written."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: exists and is not a folder; choose another output folder with -o")
    try:
        replace_atomically(folder / ".policydiff-write-test", b"").unlink()
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write there ({exc.strerror}); choose another folder with -o") from None
    return folder


@click.command()
@click.argument("national", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False), default="corpus-report",
              show_default=True, help="The folder for the corpus report, the pair reports, the tables and the JSON.")
@click.option("--cache", type=click.Path(file_okay=False),
              help="The folder of aligned pairs kept between runs (default: OUTPUT/cache).")
@click.option("--scheduler", metavar="processes|synchronous|ADDRESS",
              help="A local Dask cluster (processes, the default), this process (synchronous), or the address of a "
                   "running Dask scheduler (default: $DASK_SCHEDULER_ADDRESS if set).")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes of the local cluster (default: cores).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no messages on stderr; errors still show.")
@click.pass_context
def corpus(ctx: click.Context, national: str, paths: tuple[str, ...], folder: str, cache: str | None,
           scheduler: str | None, workers: int | None, quiet: bool) -> None:
    """Compare a NATIONAL policy with every document in PATHS (files or folders): who implements it, what
    each copies, adapts, adds and drops, and who copied from whom.

    Writes OUTPUT/corpus.html (the diffusion matrix, the citation graph, the
    discovery list, common substitutions, horizontal diffusion), a pair report
    per implementing document in OUTPUT/pairs/, OUTPUT/corpus.json and
    OUTPUT/tables/ (CSV and Parquet). Needs pip install "policydiff[corpus]".

    \b
    Examples:
      policydiff corpus 国发2015-40.txt scraped/ -o diffusion
      policydiff corpus national.txt a.html b.docx c.pdf --scheduler synchronous
      policydiff corpus national.txt scraped/ --scheduler tcp://10.0.0.5:8786
    """
    # The stage and its report are imported here, so that the other commands do not load them.
    from .diffusion import corpus as run_corpus
    from .diffusion.engine import require_dask
    from .report.corpus import write_corpus

    require_dask()
    out = usable_folder(Path(folder))
    bars = _Bars(quiet)
    # The result's millions of objects live to the end of the command, so no collection need walk them: not while
    # writing (they are frozen), nor when a run on a cluster, which pauses the collector, ends (it stays paused
    # until they are: at 1,500 inputs the first collection after the run walked 4 million objects).
    with paused() if scheduler != "synchronous" else nullcontext():
        try:
            result = run_corpus(national, paths, scheduler=scheduler, workers=workers,
                                cache=cache if cache is not None else out / "cache", reports=out, on_progress=bars)
        except KeyboardInterrupt:
            bars.close()
            click.echo("policydiff: interrupted; the cache keeps the pairs aligned so far", err=True)
            ctx.exit(130)
        gc.freeze()
    bars.close()
    report = write_corpus(result, out)
    roles = result.summary["roles"]
    if not quiet:
        click.echo(f"wrote {report}: {roles['implements']} implementing, {roles['copy']} copies, "
                   f"{roles['unrelated']} unrelated; {result.stats.aligned} pairs aligned, "
                   f"{result.stats.cached} from the cache", err=True)
    if roles["unreadable"]:
        count = roles["unreadable"]
        click.echo(f"policydiff: {count} unreadable {'document' if count == 1 else 'documents'} "
                   f"(listed in {os.path.join(folder, 'tables', 'documents.csv')})", err=True)
