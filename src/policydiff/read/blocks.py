"""Title blocks: the lines a title is printed over, found among the lines of a text.

>>> from policydiff.read.lines import lines_of
>>> title_blocks(lines_of("国务院办公厅\\n关于科技节水建议的复函\\n国办函〔2005〕21号\\n正文。"))
[(0, 1)]
"""

from __future__ import annotations

from .lines import BLANK, Line
from .metadata import is_issuer_line, parse_date
from .patterns import LazyPattern
from .titles import (
    MAX_TITLE,
    MAX_TITLE_LINES,
    ends_with_genre,
    is_fragment,
    is_title_line,
    joined_title,
    may_end_title,
    title_text,
)

ATTACHMENT_LINE = LazyPattern(r"^[ \t\u3000\xa0]*附件?[ \t\u3000]*\d{0,2}[ \t\u3000]*[:：]?[ \t\u3000\xa0\r]*$")
"""A line that only announces an attachment: ``附件``, ``附件2``, ``附件：``."""


def title_blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """The title blocks ``(first line, last line)``; of two titles in a row (blank lines between), the later.

    A title ends with its genre, or stands under a line that announces an attachment (``附件2``).
    """
    blocks: list[tuple[int, int]] = []
    attached = _attachment_titles(lines)
    for i, ln in enumerate(lines):
        if i in attached:
            first: int | None = attached[i]
        elif (ln.blank or not may_end_title(ln.text) or not is_fragment(ln.text)
              or not ends_with_genre(title_text(ln.text))):
            continue
        else:
            first = _first_line(lines, i)
        if first is None or not _followed_by_text(lines, i):
            continue
        if blocks and blocks[-1][0] == first:
            blocks[-1] = (first, i)
            continue
        if blocks and blocks[-1][1] >= first:
            continue
        if blocks and all(x.blank for x in lines[blocks[-1][1] + 1 : first]):
            blocks[-1] = (first, i)
        else:
            blocks.append((first, i))
    return blocks


def _attachment_titles(lines: list[Line]) -> dict[int, int]:
    """Titles under a line that announces an attachment, by their last line: ``{last: first}``."""
    found: dict[int, int] = {}
    for i, ln in enumerate(lines):
        if "附" not in ln.text or not ATTACHMENT_LINE.match(ln.text):  # the test in C spares most lines a match
            continue
        first = next((k for k in range(i + 1, min(i + 8, len(lines))) if not lines[k].blank), None)
        if first is None or not is_fragment(lines[first].text):
            continue
        last = first
        while (last + 1 < len(lines) and last + 1 - first < MAX_TITLE_LINES and not lines[last + 1].blank
               and is_fragment(lines[last + 1].text)
               and not ends_with_genre(title_text(lines[last].text), nouns=False)):
            last += 1
        found[last] = first
    return found


def _first_line(lines: list[Line], last: int) -> int | None:
    """The first line of the title that ends at ``lines[last]``, or None if no title ends there."""
    if is_title_line(lines[last].text) and not _continues(lines, last):
        return last
    first = last
    while first > 0 and last - first + 1 < MAX_TITLE_LINES:
        above = lines[first - 1]
        if above.blank or not is_fragment(above.text) or ends_with_genre(title_text(above.text), nouns=False):
            break
        if len(joined_title([x.text for x in lines[first - 1 : last + 1]])) > MAX_TITLE:
            break
        first -= 1
    if first == last:
        return last if is_title_line(lines[last].text) else None
    return first


def _continues(lines: list[Line], last: int) -> bool:
    """Whether the line above ``lines[last]`` is a title fragment that the title continues."""
    if last == 0:
        return False
    above = lines[last - 1]
    joined = joined_title([above.text, lines[last].text])
    return (not above.blank and is_fragment(above.text) and not ends_with_genre(title_text(above.text), nouns=False)
            and len(joined) <= MAX_TITLE and not above.text.strip(BLANK).startswith(("附", "●")))


def byline(lines: list[Line], last: int) -> int | None:
    """The line under the title that ends at ``lines[last]`` when it signs the issuer before the text
    (``国家发展改革委`` under a forwarded opinion's title), not a closing block (issuer and date).

    >>> from policydiff.read.lines import lines_of
    >>> byline(lines_of("关于促进某事的意见\\n国家发展改革委\\n现提出如下意见。"), 0)
    1
    >>> byline(lines_of("关于促进某事的意见\\n国家发展改革委\\n2020年9月16日"), 0) is None
    True
    """
    following = [i for i in range(last + 1, min(last + 8, len(lines))) if not lines[i].blank][:2]
    if len(following) < 2 or not is_issuer_line(lines[following[0]].text) or _is_date_line(lines[following[1]]):
        return None
    return following[0]


def _followed_by_text(lines: list[Line], last: int) -> bool:
    """Whether the title is not followed straight by a closing block (an attachment list line is no title)."""
    for ln in lines[last + 1 :]:
        if ln.blank:
            continue
        return not (is_issuer_line(ln.text) or _is_date_line(ln)) or byline(lines, last) is not None
    return True


def _is_date_line(ln: Line) -> bool:
    return len(ln.text.strip()) <= 20 and parse_date(ln.text) is not None
