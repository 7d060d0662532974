"""The ``policydiff`` command: thin wrappers that parse, call the library, write.

Exit codes, as diff(1): 0 no differences, 1 differences found, 2 an error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .document import parse_text
from .errors import NoStructureError, PolicydiffError
from .io import decode_bytes, read_file
from .model import Document
from .report import write_atomic
from .report.outline import outline_html


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
      policydiff outline notice.txt --format html -o notice.html
      policydiff demo -o reports
    """


def read_documents(path: str) -> list[Document]:
    """All documents in a file, or in standard input for ``-``."""
    if path == "-":
        decoded = decode_bytes(sys.stdin.buffer.read(), source="<stdin>")
    else:
        decoded = read_file(path)
    documents = parse_text(decoded.text, source=decoded.source, encoding=decoded.encoding)
    if not any(d.has_structure for d in documents):
        raise NoStructureError(
            decoded.source,
            "found neither a title nor numbered headings (一、 （一） 1. …)",
            "Check that this is a policy document; collate still compares texts without structure",
        )
    return documents


def emit(content: str, output: str | None, *, inputs: tuple[str, ...] = ()) -> None:
    """Write to ``output`` atomically, or to stdout."""
    if output is None or output == "-":
        click.echo(content, nl=not content.endswith("\n"))
    else:
        write_atomic(output, content, inputs=inputs)


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
def outline(file: str, fmt: str, output: str | None) -> None:
    """Show the outline, metadata and agencies of the documents in FILE.

    \b
    Examples:
      policydiff outline 京政发2016-4.txt
      policydiff outline bundle.txt --format json -o outline.json
      cat notice.txt | policydiff outline -
    """
    documents = read_documents(file)
    if fmt == "json":
        content = json.dumps({"documents": [d.to_dict() for d in documents]}, ensure_ascii=False, indent=2)
    elif fmt == "html":
        content = outline_html(documents)
    else:
        content = outline_text(documents)
    emit(content, output, inputs=(file,))


def outline_text(documents: list[Document]) -> str:
    """A readable indented outline of the documents.

    >>> import policydiff
    >>> print(outline_text(policydiff.load_all("某市关于某事的实施意见\\n一、总则\\n（一）目的\\n内容。\\n某市人民政府\\n2020年1月2日")), end="")
    某市关于某事的实施意见 某市人民政府 · 2020-01-02
      一、总则
        （一）目的
    """
    lines: list[str] = []
    for doc in documents:
        kind = "[封面通知] " if doc.kind == "cover" else ""
        facts = " · ".join(x for x in (doc.doc_number, doc.issuer, doc.date) if x)
        lines.append(f"{kind}{doc.title or '（无标题）'}" + (f" {facts}" if facts else ""))
        for s in doc.sections:
            if s.ordinal == (0,):
                continue
            guess = " (?)" if not s.heading_certain else ""
            agencies = ""
            if s.lead or s.responsible:
                agencies = f"  [牵头: {'、'.join(s.lead) or '—'}; 负责: {'、'.join(s.responsible) or '—'}]"
            lines.append(f"{'  ' * s.level}{s.label}{s.heading or ''}{guess}{agencies}")
        for a in doc.anomalies:
            lines.append(f"  ! {a.kind}: {a.message}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


@main.command()
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False), default="reports", show_default=True)
def demo(folder: str) -> None:
    """Write the HTML reports for the bundled sample documents, with an index page.

    \b
    Example:
      policydiff demo -o reports && open reports/index.html
    """
    from .demo import write_demo

    index = write_demo(Path(folder))
    click.echo(f"wrote {index}")
