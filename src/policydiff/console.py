"""The terminal side of the command line: one-line errors and exit codes, writing a report, the progress bar.

Exit codes: 0, except that ``collate`` exits 1, as diff(1) does, when the
copies differ in wording or punctuation; 2 on any error (bad input, a usage
error, an output that cannot be written, standard output included), always as
one line on stderr; 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from .errors import OutputError, PolicydiffError
from .report import write_atomic
from .report.controls import visible
from .report.files import encoded, output_target
from .report.sheets import with_bom


class Group(click.Group):
    """Every failure as one plain line on stderr, ``policydiff: error: …``, and exit status 2; 130 on Ctrl-C.

    Click's own usage errors (several lines by default) are shown so too.
    """

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            code = exc.exit_code
        except click.UsageError as exc:
            hint = f"; see '{exc.ctx.command_path} --help'" if exc.ctx else ""
            code = fail(exc.format_message().rstrip(".") + hint)
        except click.ClickException as exc:
            code = fail(exc.format_message())
        except PolicydiffError as exc:
            code = fail(str(exc))
        except (KeyboardInterrupt, click.Abort):
            click.echo("policydiff: interrupted", err=True)
            code = 130
        # The process ends here: what it made needs no collecting, and moving it out of the collector's reach
        # spares the interpreter's last collection a walk over every object (a tenth of a command's CPU time).
        gc.freeze()
        sys.exit(code if isinstance(code, int) else 0)


def fail(message: str) -> int:
    """Say ``message`` as the one line of an error, control characters (line breaks too) made visible; return 2."""
    click.echo(f"policydiff: error: {visible(message).replace(chr(10), '␊')}", err=True)
    return 2


def examples(*lines: str) -> str:
    """A help text's last paragraph (its epilog): the examples, kept as written.

    >>> examples("policydiff outline a.txt").splitlines()[1:]
    ['Examples:', '  policydiff outline a.txt']
    """
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def checked_output(output: str | None, inputs: tuple[str, ...]) -> str | None:
    """``output`` once it is known to be writable (see :func:`~policydiff.report.files.output_target`),
    or None for standard output (``-`` or no ``-o``); checked before the work, so that a bad ``-o`` fails at once.

    >>> checked_output("-", ()) is None
    True
    """
    if output is None or output == "-":
        return None
    output_target(output, inputs=inputs)
    return output


def emit(content: str, output: str | None, *, inputs: tuple[str, ...] = (), quiet: bool = True,
         fmt: str = "") -> None:
    """Write to ``output`` atomically (saying so on stderr unless ``quiet``), or to stdout for None.

    A CSV (``fmt``) written to a file starts with a byte order mark, for Excel (see :mod:`policydiff.report.sheets`).
    """
    if output is None:
        _to_stdout(content)
    else:
        target = write_atomic(output, with_bom(content) if fmt == "csv" else content, inputs=inputs)
        if not quiet:
            click.echo(f"wrote {visible(str(target))}", err=True)


def _to_stdout(content: str) -> None:
    """Write ``content`` and a final line break to standard output as UTF-8, all of it, or raise OutputError.

    A write cut short (the reading program went away mid-write) is resumed, so that it fails instead of
    losing the rest in silence.
    """
    data = memoryview(encoded(content if content.endswith("\n") else content + "\n", where="standard output"))
    try:
        out = sys.stdout.buffer
        while data:
            data = data[out.write(data) :]
        out.flush()
    except OSError as exc:
        _discard_stdout()
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc}); "
                          "the reading program stopped or the disk is full, or give -o FILE") from None


def _discard_stdout() -> None:
    """Point the stdout descriptor at the null device, so that flushing what is left at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except OSError:  # no descriptor (stdout replaced, as under CliRunner): nothing will be flushed to it
        return


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
        yield lambda name: bar.update(1, visible(name))


def quiet_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ``-q/--quiet`` option every command takes."""
    return click.option("-q", "--quiet", is_flag=True,
                        help="No progress bar and no messages on stderr; errors still show.")(command)


def output_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ``-o/--output FILE`` option of the commands that write one report."""
    return click.option("-o", "--output", metavar="FILE",
                        help="Write here instead of stdout: a new or regular file (or a link to one) "
                             "in an existing folder.")(command)


_SUFFIXES = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md",
             ".txt": "text"}
"""What an output file's suffix says its format is."""


def format_option(choices: tuple[str, ...], default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The ``--format`` option: one of ``choices``; without it, what ``-o``'s suffix says (see
    :func:`output_format`), else ``default``."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=None,
                        help=f"Default: what -o's suffix names (.html, .json, …; any other suffix needs --format), "
                             f"else {default}.")


def output_format(fmt: str | None, output: str | None, choices: tuple[str, ...], default: str) -> str:
    """The format to write: ``fmt`` when given, else ``default`` on standard output, else the one ``output``'s
    suffix names; a usage error when the suffix names none of ``choices`` (and no ``--format`` says which).

    >>> output_format(None, "report.HTML", ("md", "html"), "md"), output_format("md", "x.html", ("md", "html"), "md")
    ('html', 'md')
    >>> output_format(None, "-", ("md", "html"), "md"), output_format("md", "notes.txt", ("md", "html"), "md")
    ('md', 'md')
    >>> output_format(None, "notes.txt", ("md", "html"), "md")
    Traceback (most recent call last):
    click.exceptions.UsageError: -o notes.txt: this command writes md or html, not text; give --format or ...
    """
    if fmt is not None:
        return fmt
    if output is None or output == "-":
        return default
    suffix = os.path.splitext(output)[1]
    named = _SUFFIXES.get(suffix.lower())
    if named in choices:
        return named
    ctx = click.get_current_context(silent=True)
    command = ctx.info_name if ctx else "this command"
    offered = ", ".join(choices[:-1]) + f" or {choices[-1]}"
    cause = (f"{command} writes {offered}, not {named}" if named else
             f"the suffix {suffix!r} names no format" if suffix else "the file name has no suffix to name a format")
    suffixes: dict[str, str] = {}
    for known, named_by in _SUFFIXES.items():
        suffixes.setdefault(named_by, known)
    raise click.UsageError(f"-o {output}: {cause}; give --format or a file name ending in "
                           f"{', '.join(suffixes[f] for f in choices if f in suffixes)}", ctx)
