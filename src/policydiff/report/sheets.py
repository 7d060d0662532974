"""CSV for spreadsheets: every table the reports write goes through :func:`csv_text`, and to a file after a BOM.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return as a formula, so a document whose text
starts so could run a command on the reader's machine when its table is opened
(CSV injection). Such a text cell gets a leading ``'``, as OWASP advises, which
the spreadsheet shows as text and does not display. Numbers are written as
numbers: only text is guarded. The in-page downloads of the HTML reports follow
the same rule (``csvCell`` in ``templates/report.js``).

Excel takes a CSV file for UTF-8 only when it starts with a byte order mark
(else it reads the local code page: mojibake on a Chinese Windows), so a CSV
written to a file starts with one (:func:`with_bom`), as the in-page downloads
do; standard output gets none, for it goes to other programs. Python reads
such a file with ``encoding="utf-8-sig"`` (pandas too).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet takes as the start of a formula (OWASP, CSV injection)."""
BOM = "\ufeff"
"""The byte order mark that tells Excel a CSV file is UTF-8."""


def spreadsheet_cell(value: Any) -> Any:
    """``value`` as a CSV cell: a text that a spreadsheet would run as a formula with ``'`` before it, empty for
    None, anything else as it is.

    >>> spreadsheet_cell("=cmd|' /C calc'!A0"), spreadsheet_cell("-1+2"), spreadsheet_cell("一、总体要求")
    ("'=cmd|' /C calc'!A0", "'-1+2", '一、总体要求')
    >>> spreadsheet_cell(-0.5), spreadsheet_cell(None), spreadsheet_cell("")
    (-0.5, '', '')
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """``rows`` (the header first) as CSV, each cell through :func:`spreadsheet_cell`, a line per row.

    >>> print(csv_text([("heading", "count"), ("=1+1", -3), ("a,b", None)]), end="")
    heading,count
    '=1+1,-3
    "a,b",
    """
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[spreadsheet_cell(v) for v in row] for row in rows])
    return out.getvalue()


def with_bom(text: str) -> str:
    """The CSV ``text`` as a file holds it: after a :data:`BOM`.

    >>> with_bom("a,b\\n").encode("utf-8")
    b'\\xef\\xbb\\xbfa,b\\n'
    """
    return BOM + text
