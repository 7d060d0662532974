"""The ``policydiff`` command: thin wrappers that parse, call the library, write.

Each command imports the stages it runs when it runs, so that a command (and
``--help``) loads only what it needs: ``collate`` neither the alignment nor the
corpus stage, ``align`` not the collation.

Exit codes (see :mod:`policydiff.console`): 0; for ``collate``, 1 when the
copies differ in wording or punctuation, as diff(1) does; 2 on an error; 130
when interrupted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli_corpus import corpus
from .cli_options import fold_options, folds, thresholds
from .console import (
    Group,
    checked_output,
    emit,
    examples,
    format_option,
    output_format,
    output_option,
    progress,
    quiet_option,
)
from .errors import NoStructureError, PolicydiffError
from .model import Document, Outline
from .report import render
from .report.controls import visible
from .version import __version__

if TYPE_CHECKING:
    from .read import Extracted

_OUTLINE_FORMATS = ("text", "json", "html")
_REPORT_FORMATS = ("md", "json", "csv", "html")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=examples(
    "policydiff outline notice.txt",
    "policydiff collate copy-a.txt copy-b.txt --format html -o collation.html",
    "policydiff align guofa.txt beijing.txt --format csv -o alignment.csv",
    "policydiff corpus guofa.txt scraped/ -o corpus-report",
    "policydiff demo -o reports",
))
@click.version_option(__version__, prog_name="policydiff")
def main() -> None:
    """Compare Chinese government policy documents.

    Exit status: 0; for collate 1 when the copies differ in wording or
    punctuation; 2 on an error (one line on stderr); 130 when interrupted.
    """


def read_documents(path: str) -> list[Document]:
    """All documents in a file, or in standard input for ``-``; an error if none has any structure."""
    return _structured(_read(path))


def _structured(decoded: Extracted) -> list[Document]:
    from .read import parse

    documents = parse(decoded)
    if not any(d.has_structure for d in documents):
        raise NoStructureError(
            decoded.source,
            "found nothing of an official document in it: no title, number, addressees, date or numbered headings",
            "Check that this is a policy document; collate still compares texts without structure",
        )
    return documents


def _documents(path: str) -> list[Document]:
    """Every document of a file or of standard input, structured or not (collate compares any text)."""
    from .read import parse

    return parse(_read(path))


def _read(path: str) -> Extracted:
    from .read import extract, read_file

    if path == "-":
        return extract(sys.stdin.buffer.read(), source="<stdin>")
    return read_file(path)


def _names(ctx: click.Context, param: click.Parameter, names: tuple[str, ...]) -> tuple[str, ...]:
    """The ``--name`` values, refused when empty, unprintable or given twice."""
    for name in names:
        if not name.strip() or not name.isprintable():
            raise click.BadParameter(f"{name!r}: an id must be printable text, not empty", ctx, param)
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise click.BadParameter(f"{', '.join(twice)} given more than once; each copy needs its own id", ctx, param)
    return names


@main.command(epilog=examples(
    "policydiff outline 京政发2016-4.txt",
    "policydiff outline bundle.txt --format json -o outline.json",
    "cat notice.txt | policydiff outline -",
))
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@format_option(_OUTLINE_FORMATS, "text")
@output_option
@quiet_option
def outline(file: str, fmt: str | None, output: str | None, quiet: bool) -> None:
    """Show the outline, metadata and agencies of the documents in FILE."""
    fmt = output_format(fmt, output, _OUTLINE_FORMATS, "text")
    target = checked_output(output, (file,))
    with progress(3, "reading", quiet) as advance:
        decoded = _read(file)
        advance(_name(file))
        documents = _structured(decoded)
        advance("outlined")
        content = render(Outline(tuple(documents)), fmt)
        advance("rendered")
    emit(content, target, inputs=(file,), quiet=quiet, fmt=fmt)


@main.command(epilog=examples(
    "policydiff collate copy-a.txt copy-b.txt",
    "policydiff collate a.txt b.txt c.txt --format html -o collation.html",
    "policydiff collate a.txt b.txt --name 政府网 --name 人民网 --format json --all",
    "policydiff collate a.txt b.txt c.txt d.txt --script-fold --format csv --table -o table.csv",
))
@click.argument("copies", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@format_option(_REPORT_FORMATS, "md")
@output_option
@click.option("--name", "names", multiple=True, metavar="ID", callback=_names,
              help="An id for each copy, in order (default A, B, C, …). Repeat once per copy.")
@click.option("--all", "everything", is_flag=True, help="List formatting variants too (shown from the start in HTML).")
@click.option("--whole", is_flag=True, help="Compare the whole texts, not just the detected document bodies.")
@click.option("--table", is_flag=True,
              help="With --format csv: the alignment table (a row per variant location, a column per copy).")
@fold_options
@quiet_option
@click.pass_context
def collate(ctx: click.Context, copies: tuple[str, ...], fmt: str | None, output: str | None, names: tuple[str, ...],
            everything: bool, whole: bool, table: bool, folds_on: tuple[str, ...], folds_off: tuple[str, ...],
            script_fold: bool, quiet: bool) -> None:
    """Collate two or more copies of one document: the real variants, and which reading is right.

    Every document of the files is compared (a cover notice and the
    documents it transmits, paired by title and order). Exit status: 0 when
    the copies agree in wording and punctuation (structure, formatting and
    material outside the documents alone give 0), 1 when they do not, or
    when a document is in one copy only, 2 on an error.
    """
    from .collation import collate as run_collate

    fmt = output_format(fmt, output, _REPORT_FORMATS, "md")
    if len(copies) < 2:
        raise PolicydiffError(f"collate needs at least two copies, got {len(copies)}")
    if copies.count("-") > 1:
        raise PolicydiffError("standard input (-) can be given only once")
    if table and fmt != "csv":
        raise PolicydiffError(f"--table goes with --format csv (the other formats hold the table already), not {fmt}")
    comparison = folds(folds_on, folds_off, script_fold)
    target = checked_output(output, copies)
    with progress(len(copies) + 2, "collating", quiet) as advance:
        documents: list[list[Document]] = []
        for copy in copies:
            documents.append(_documents(copy))
            advance(_name(copy))
        result = run_collate(*documents, names=list(names) or None, bodies=not whole, folds=comparison)
        advance("collated")
        content = render(result, fmt, formatting=everything, **({"kind": "table"} if table else {}))
        advance("rendered")
    emit(content, target, inputs=copies, fmt=fmt)
    counts = result.summary
    if not quiet:
        for warning in result.warnings:
            click.echo(f"policydiff: warning: {visible(warning)}", err=True)
    if target and not quiet:
        click.echo(f"wrote {visible(target)}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
    ctx.exit(1 if result.differs else 0)


@main.command(epilog=examples(
    "policydiff align 国发2015-40.txt 京政发2016-4.txt",
    "policydiff align national.txt local.txt --format html -o alignment.html",
    "policydiff align national.txt local.txt --format csv --set match=0.3",
))
@click.argument("national", type=click.Path(dir_okay=True, allow_dash=True))
@click.argument("local", type=click.Path(dir_okay=True, allow_dash=True))
@format_option(_REPORT_FORMATS, "md")
@output_option
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Change one threshold, e.g. --set inherited=0.8 (see policydiff.Thresholds).")
@fold_options
@quiet_option
def align(national: str, local: str, fmt: str | None, output: str | None, settings: tuple[str, ...],
          folds_on: tuple[str, ...], folds_off: tuple[str, ...], script_fold: bool, quiet: bool) -> None:
    """Align a NATIONAL policy with its LOCAL implementation.

    Every local section is labelled inherited, localized or new; every
    national section implemented or dropped; with the shared text as evidence.
    The main document of each file is aligned; the others are named on stderr.
    """
    from .alignment import align as run_align

    fmt = output_format(fmt, output, _REPORT_FORMATS, "md")
    if national == "-" and local == "-":
        raise PolicydiffError("standard input (-) can be given only once")
    limits = thresholds(settings)
    comparison = folds(folds_on, folds_off, script_fold)
    target = checked_output(output, (national, local))
    with progress(4, "aligning", quiet) as advance:
        sides = []
        for path in (national, local):
            sides.append(read_documents(path))
            advance(_name(path))
        result = run_align(*sides, thresholds=limits, folds=comparison)
        advance("aligned")
        content = render(result, fmt)
        advance("rendered")
    emit(content, target, inputs=(national, local), quiet=quiet, fmt=fmt)
    for side, path in (("national", national), ("local", local)):
        left = [x.name for x in result.left_out if x.side == side]
        if left and not quiet:
            click.echo(f"policydiff: {visible(path)}: aligned its main document; left out {len(left)} other "
                       f"document{'s' if len(left) > 1 else ''}: {visible(', '.join(left))}", err=True)


def _name(path: str) -> str:
    """How the progress bar names an input: its file name."""
    return "<stdin>" if path == "-" else os.path.basename(path)


@main.command(epilog=examples("policydiff demo -o reports && open reports/index.html"))
@click.option("-o", "--output", "folder", metavar="FOLDER", default="reports", show_default=True,
              help="The folder to write into: an existing one, or a new one in an existing folder.")
@quiet_option
def demo(folder: str, quiet: bool) -> None:
    """Write the HTML reports for the bundled sample documents, with an index page."""
    from .demo import REPORTS, write_demo

    with progress(REPORTS, "writing reports", quiet) as advance:
        index = write_demo(Path(folder), on_report=advance, on_skip=lambda line: click.echo(line, err=True))
    if not quiet:
        click.echo(f"wrote {visible(str(index))}", err=True)


main.add_command(corpus)
