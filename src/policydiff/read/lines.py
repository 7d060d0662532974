"""The lines of a text, with their offsets: what the reader walks through."""

from __future__ import annotations

from dataclasses import dataclass

BLANK = " \t\u3000\xa0\r\ufeff"
"""What a blank line may hold."""


@dataclass(frozen=True)
class Line:
    """One line of the text, with its offsets (newline excluded), and its text in simplified script."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip(BLANK)


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets."""
    found, pos = [], 0
    for raw in text.split("\n"):
        found.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return found
