"""The ``policydiff`` command: thin wrappers that parse, call the library, write.

Exit codes: 2 on an error; otherwise 0, except that ``collate`` exits 1, as
diff(1) does, when the copies differ in wording or punctuation.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .alignment import Thresholds
from .alignment import align as run_align
from .cli_corpus import corpus
from .collation import collate as run_collate
from .errors import NoStructureError, PolicydiffError
from .model import Document, Outline
from .read import Extracted, extract, main_document, parse, read_file
from .report import render, write_atomic
from .version import __version__


class _Group(click.Group):
    """Turns policydiff errors into one plain line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PolicydiffError as exc:
            click.echo(f"policydiff: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policydiff")
def main() -> None:
    """Compare Chinese government policy documents.

    \b
    Examples:
      policydiff outline notice.txt
      policydiff collate copy-a.txt copy-b.txt --format html -o collation.html
      policydiff align guofa.txt beijing.txt --format csv -o alignment.csv
      policydiff corpus guofa.txt scraped/ -o corpus-report
      policydiff demo -o reports
    """


def read_documents(path: str) -> list[Document]:
    """All documents in a file, or in standard input for ``-``; an error if none has any structure."""
    decoded = _read(path)
    documents = parse(decoded)
    if not any(d.has_structure for d in documents):
        raise NoStructureError(
            decoded.source,
            "found neither a title nor numbered headings (一、 （一） 1. …)",
            "Check that this is a policy document; collate still compares texts without structure",
        )
    return documents


def _stdin_document() -> Document:
    """The main document of standard input, structured or not (collate compares any text)."""
    return main_document(parse(_read("-")))


def _read(path: str) -> Extracted:
    if path == "-":
        return extract(sys.stdin.buffer.read(), source="<stdin>")
    return read_file(path)


def emit(content: str, output: str | None, *, inputs: tuple[str, ...] = (), quiet: bool = True) -> None:
    """Write to ``output`` atomically (saying so on stderr unless ``quiet``), or to stdout."""
    if output is None or output == "-":
        click.echo(content, nl=not content.endswith("\n"))
    else:
        target = write_atomic(output, content, inputs=inputs)
        if not quiet:
            click.echo(f"wrote {target}", err=True)


@contextmanager
def progress(steps: int, label: str, quiet: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr for a run of ``steps`` steps, when stderr is a terminal and not ``quiet``.

    Yields ``advance(name)``: call it as each step ends.
    """
    if quiet or not sys.stderr.isatty():
        yield lambda name: None
        return
    with click.progressbar(length=steps, label=label, file=sys.stderr, show_pos=True,
                           item_show_func=lambda name: name) as bar:
        yield lambda name: bar.update(1, name)


def _quiet_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("-q", "--quiet", is_flag=True,
                        help="No progress bar and no messages on stderr; errors still show.")(command)


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@_quiet_option
def outline(file: str, fmt: str, output: str | None, quiet: bool) -> None:
    """Show the outline, metadata and agencies of the documents in FILE.

    \b
    Examples:
      policydiff outline 京政发2016-4.txt
      policydiff outline bundle.txt --format json -o outline.json
      cat notice.txt | policydiff outline -
    """
    outline = Outline(tuple(read_documents(file)))
    emit(render(outline, fmt), output, inputs=(file,), quiet=quiet)


@main.command()
@click.argument("copies", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["md", "json", "csv", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--name", "names", multiple=True, metavar="ID",
              help="An id for each copy, in order (default A, B, C, …). Repeat once per copy.")
@click.option("--all", "everything", is_flag=True, help="List formatting variants too (shown from the start in HTML).")
@click.option("--whole", is_flag=True, help="Compare the whole texts, not just the detected document bodies.")
@_quiet_option
@click.pass_context
def collate(ctx: click.Context, copies: tuple[str, ...], fmt: str, output: str | None, names: tuple[str, ...],
            everything: bool, whole: bool, quiet: bool) -> None:
    """Collate two or more copies of one document: the real variants, and which reading is right.

    Exit status: 0 when the copies agree in wording and punctuation, 1 when
    they do not, 2 on an error.

    \b
    Examples:
      policydiff collate copy-a.txt copy-b.txt
      policydiff collate a.txt b.txt c.txt --format html -o collation.html
      policydiff collate a.txt b.txt --name 政府网 --name 人民网 --format json --all
    """
    if len(copies) < 2:
        raise PolicydiffError(f"collate needs at least two copies, got {len(copies)}")
    if copies.count("-") > 1:
        raise PolicydiffError("standard input (-) can be given only once")
    with progress(3, "collating", quiet) as advance:
        sources: list[str | Document] = [_stdin_document() if c == "-" else c for c in copies]
        result = run_collate(*sources, names=list(names) or None, bodies=not whole)
        advance("collated")
        content = render(result, fmt, formatting=everything)
        advance("rendered")
        emit(content, output, inputs=copies, quiet=True)
        advance("written")
    counts = result.summary
    if output not in (None, "-") and not quiet:
        click.echo(f"wrote {output}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
    ctx.exit(1 if counts["content"] or counts["punctuation"] else 0)


@main.command()
@click.argument("national", type=click.Path(dir_okay=True, allow_dash=True))
@click.argument("local", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["md", "json", "csv", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Change one threshold, e.g. --set inherited=0.8 (see policydiff.Thresholds).")
@_quiet_option
def align(national: str, local: str, fmt: str, output: str | None, settings: tuple[str, ...], quiet: bool) -> None:
    """Align a NATIONAL policy with its LOCAL implementation.

    Every local section is labelled inherited, localized or new; every
    national section implemented or dropped; with the shared text as evidence.

    \b
    Examples:
      policydiff align 国发2015-40.txt 京政发2016-4.txt
      policydiff align national.txt local.txt --format html -o alignment.html
      policydiff align national.txt local.txt --format csv --set match=0.3
    """
    if national == "-" and local == "-":
        raise PolicydiffError("standard input (-) can be given only once")
    limits = thresholds(settings)
    with progress(3, "aligning", quiet) as advance:
        result = run_align(main_document(read_documents(national)), main_document(read_documents(local)),
                           thresholds=limits)
        advance("aligned")
        content = render(result, fmt)
        advance("rendered")
        emit(content, output, inputs=(national, local), quiet=quiet)
        advance("written")


def thresholds(settings: tuple[str, ...]) -> Thresholds:
    """Thresholds with ``NAME=VALUE`` settings applied.

    >>> thresholds(("inherited=0.8", "seed=6")).inherited, thresholds(()).seed
    (0.8, 8)
    """
    defaults = Thresholds()
    known = {f.name for f in dataclasses.fields(Thresholds)}
    changes: dict[str, Any] = {}
    for setting in settings:
        name, _, value = (part.strip() for part in setting.partition("="))
        if name not in known or not value:
            raise PolicydiffError(f"--set {setting!r}: expected NAME=VALUE with NAME one of {', '.join(sorted(known))}")
        kind = type(getattr(defaults, name))
        try:
            changes[name] = kind(value)
        except ValueError:
            raise PolicydiffError(f"--set {setting!r}: {value!r} is not a valid {kind.__name__}") from None
    return dataclasses.replace(defaults, **changes)


@main.command()
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False), default="reports", show_default=True)
@_quiet_option
def demo(folder: str, quiet: bool) -> None:
    """Write the HTML reports for the bundled sample documents, with an index page.

    \b
    Example:
      policydiff demo -o reports && open reports/index.html
    """
    from .demo import REPORTS, write_demo

    with progress(REPORTS, "writing reports", quiet) as advance:
        index = write_demo(Path(folder), on_report=advance, on_skip=lambda line: click.echo(line, err=True))
    if not quiet:
        click.echo(f"wrote {index}", err=True)


main.add_command(corpus)
