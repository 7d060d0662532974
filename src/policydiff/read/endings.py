"""How a document ends: the closing paragraphs after its last item, a notice's list of attachments and the
imprint (版记) at its foot.

After the last numbered item a document may speak to the whole of itself
(``各地区、各部门要认真贯彻落实本意见…``, ``本方案自印发之日起施行``): those paragraphs
are no part of the last item. A printed document ends with its imprint
(``公开方式：主动公开`` / ``抄送：…`` / ``…秘书处 2019年3月8日印发``), which is no part of it.

>>> from policydiff.read.lines import lines_of
>>> lines = lines_of("一、加强领导。各地要加强领导。\\n各地区、各部门要认真贯彻落实本意见。\\n某省人民政府")
>>> items_end(lines, 0, 3, 0, lines[2].start) == lines[1].start
True
>>> lines = lines_of("一、加强领导。\\n某省人民政府\\n公开方式：主动公开\\n某省人民政府办公厅 2019年3月8日印发")
>>> imprint_start(lines, 0, 4)
2
"""

from __future__ import annotations

from .lines import BLANK, Line
from .patterns import LazyPattern
from .titles import is_numbered

_CLOSING_PARAGRAPH = LazyPattern(
    r"^(?:各[\u4e00-\u9fff]{0,6}[、，]?各[\u4e00-\u9fff]{1,6}|各(?:地|级|有关)[\u4e00-\u9fff、]{0,10}?)[要应]"
    r"|本(?:实施)?(?:意见|通知|方案|办法|决定|规定|细则|措施|计划|规划|政策)(?:[自由中所未的，]|[^。]{0,12}施行)")
"""A paragraph that speaks to the whole document: addressing 各地区、各部门, or speaking of 本意见 / 本通知."""
_IMPRINT = LazyPattern(
    r"^(?:(?:公开方式|公开属性|信息公开选项|抄送|抄报|主送|分送|发送|报送|印送|承办单位|联系人|联系电话)"
    r"[ \t\u3000]*[:：]"
    r"|[^。；]{0,30}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$|[─━—\-_＿=]{3,}$)")
"""A line of the imprint (版记) at the foot of a printed document: 公开方式, 抄送, …秘书处 2019年3月8日印发, a rule."""
_IMPRINT_LINES = 8
"""How many lines at the end of a document may hold its imprint."""
_SENTENCE_END = ("。", "；", "）", ")", "！", "”")
_SENTENCE = LazyPattern("[。；！？]")


def items_end(lines: list[Line], first: int, stop: int, preamble_start: int, text_end: int) -> int:
    """Where the items of the text from ``preamble_start`` to ``text_end`` (in ``lines[first:stop]``) end:
    before the unnumbered paragraphs after the last item that speak to the whole document, if the last
    item has text of its own before them (not only its heading); else ``text_end``."""
    content = [ln for ln in lines[first:stop] if not ln.blank and preamble_start <= ln.start < text_end]
    end = len(content)
    while end > 0 and not is_numbered(content[end - 1].text) and _CLOSING_PARAGRAPH.search(
            content[end - 1].text.strip(BLANK)):
        end -= 1
    if end == len(content) or end == 0 or not any(is_numbered(ln.text) for ln in content[:end]):
        return text_end
    before = content[end - 1].text.strip(BLANK)
    if not before.endswith(_SENTENCE_END) or (is_numbered(before) and not _SENTENCE.search(before[:-1])):
        return text_end
    return content[end].start


def imprint_start(lines: list[Line], first: int, stop: int) -> int:
    """Where the imprint (版记) that ends ``lines[first:stop]`` begins, or ``stop`` if there is none."""
    tail = [i for i in range(first + 1, stop) if not lines[i].blank][-_IMPRINT_LINES:]
    if not tail or not is_imprint_line(lines[tail[-1]].text):
        return stop
    return next(i for i in tail if is_imprint_line(lines[i].text))


def is_imprint_line(line: str) -> bool:
    """Whether a line belongs to an imprint (版记).

    >>> is_imprint_line("抄送：省委各部门。"), is_imprint_line("现将有关事项通知如下：")
    (True, False)
    """
    return bool(_IMPRINT.match(line.strip(BLANK)))


_ATTACHMENTS = LazyPattern(r"(?:^|\n)[ \t\u3000\xa0]*附件[ \t\u3000]*[:：]")
_CN_NUMERAL = "[一二三四五六七八九十百]+"
_PART_HEAD = LazyPattern(rf"[ \t\u3000\xa0]*(?:{_CN_NUMERAL}、|[（(]{_CN_NUMERAL}[)）]|第{_CN_NUMERAL}[章条])")
"""A line that opens a part of a document (一、, （一）, 第X条): an attachment list has none."""
_LIST_LINE = 80
"""How long a line of an attachment list may be (a title, perhaps numbered)."""


def attachment_list(text: str, start: int, end: int) -> int:
    """Where the list of attachments that ends ``text[start:end]`` begins (``附件：1.…\\n2.…``), else ``end``.

    The list names the attachments of a notice; it is no section of it, and its numbers are no items.

    >>> text = "一、甲\\n现印发给你们。\\n附件：1.某某方案\\n  2.某某办法\\n"
    >>> text[attachment_list(text, 0, len(text)):]
    '附件：1.某某方案\\n  2.某某办法\\n'
    >>> attachment_list("附件：\\n一、这是一段正文。", 0, 13)
    13
    """
    if text.find("附件", start, end) < 0:  # the pattern tries every offset; most texts have no attachment
        return end
    found = max(_ATTACHMENTS.finditer(text, start, end), key=lambda m: m.start(), default=None)
    if found is None:
        return end
    lines = text[found.end() : end].splitlines()
    if any(len(ln.strip()) > _LIST_LINE or "。" in ln or _PART_HEAD.match(ln) for ln in lines):
        return end
    return found.start() + (text[found.start()] == "\n")
