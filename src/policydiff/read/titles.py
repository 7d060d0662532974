"""Titles: which lines open a document, and the title they spell when it is broken over several lines.

A title ends with the name of its genre (意见, 通知, 批复, 复函, 答复, 条例 …) and
holds no sentence punctuation. A long title is printed over two to four short
lines (``国务院关于在市场监管领域全面推行`` / ``部门联合“双随机、一公开”监管的意见``); its
text is the lines joined, without the spaces that spread a short line across the page
(``几 个 问 题 的 通 知``). Lines are judged in simplified script, so a traditional
copy opens its documents at the same lines.

>>> is_title_line("北京市关于积极推进“互联网+”行动的实施意见")
True
>>> joined_title(["国务院办公厅、中央军委办公厅", "关于加强对侵华日军遗弃化学武器", "调查和管理工作的通知"])
'国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知'
"""

from __future__ import annotations

from ..script import simplified, traditional
from .lines import WHITE_SPACE, squeezed
from .numbers import doc_number_matches
from .patterns import LazyPattern

DOC_TYPES = (
    "实施意见", "指导意见", "意见", "通知", "决定", "办法", "规定", "方案", "规划", "纲要", "细则",
    "条例", "计划", "通告", "公告", "批复", "措施", "指引", "意见稿", "决议", "行动计划", "函", "答复",
    "通报", "请示", "报告", "规则", "章程", "要点", "清单", "指南", "公报", "纪要", "预案",
)
"""The genres a title ends with (simplified script)."""

NOUN_GENRES = ("政策", "制度", "规范", "标准", "目录", "名录", "准则", "守则", "导则", "规程", "通则", "建议")
"""Genres that are also common nouns inside a title (``…公示制度`` / ``…审核制度的指导意见``): a title may end
with one, but a line that ends with one may still be continued by the next."""

_GENRE_ENDS = frozenset(g[-1] for g in DOC_TYPES + NOUN_GENRES) | frozenset(")）")
"""The last characters of the genres, and of the parenthesis that may follow one (:data:`_TAIL`)."""

MAX_TITLE = 100
"""The longest title believed, in characters, when it is joined from several lines."""

MAX_TITLE_LINES = 4
"""The most lines one title is printed over."""

_SPACES = " \t\u3000\xa0\r\n\ufeff"
_TAIL = LazyPattern(r"(?:[（(][^）)]{1,12}[)）])+$")
"""A parenthesis after the genre: （试行）, （2018年修订）, （征求意见稿）."""
_NOT_IN_TITLE = LazyPattern(r"[。；！？：:;!?|>/\\<=_#@*&%$^~]")
"""Sentence punctuation, or a sign that a title does not hold."""
_ANGLED = LazyPattern(r"<([^<>]*[\u3400-\u9fff][^<>]*)>")
"""A name in ASCII angle brackets, which web copies write for the book-title marks 《》: ``印发<…方案>的通知``."""
_NUMBERED = LazyPattern(r"^[（(]?[一二三四五六七八九十百\d]+[)）、.．]|^第[一二三四五六七八九十百零〇\d]+[章节条部]")
_ATTACHMENT = LazyPattern(r"^附件?\s*\d*\s*[:：]\s*")
_DATE = LazyPattern(r"\d{4}\s*[-./年]\s*\d{1,2}|[〇○零一二三四五六七八九]{4}年")
_CJK = LazyPattern(r"[\u3400-\u9fff]")
_LATIN = LazyPattern(r"[A-Za-z]")
_INNER_SPACE = LazyPattern(r"(?<=[^\x00-\x7f])[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?=[^\x00-\x7f])")


def title_text(line: str) -> str:
    """The title in a title line, without ``附:``, book-title marks or white space around it.

    >>> title_text("附:《北京市人民政府关于积极推进“互联网+”行动的实施意见》")
    '北京市人民政府关于积极推进“互联网+”行动的实施意见'
    """
    core = line.strip(_SPACES)
    if core.startswith("附"):
        core = _ATTACHMENT.sub("", core)
    if core.startswith("《") and core.endswith("》"):
        core = core[1:-1]
    return core


def ends_with_genre(text: str, *, nouns: bool = True) -> bool:
    """Whether ``text`` (a title, in either script) ends with the name of a genre (one of the
    :data:`NOUN_GENRES` too, unless ``nouns`` is false).

    >>> ends_with_genre("国务院关于同意组建协调委员会的批复"), ends_with_genre("暂行辦法（試行）")
    (True, True)
    >>> ends_with_genre("某省促进某产业发展若干政策"), ends_with_genre("行政执法公示制度", nouns=False)
    (True, False)
    """
    return _TAIL.sub("", squeezed(simplified(text))).endswith(DOC_TYPES + NOUN_GENRES if nouns else DOC_TYPES)


def may_end_title(line: str) -> bool:
    """Whether ``line`` may end a title (:func:`ends_with_genre` of its :func:`title_text` may hold): its last
    character is a genre's last one, a closing bracket, or a traditional character; most lines end with a full
    stop, and are passed over after two string operations in C.

    >>> may_end_title("关于推进某事的意见》 "), may_end_title("各地要加强领导。"), may_end_title("國務院關於某事的意見")
    (True, False, True)
    """
    last = line.rstrip(_TRAILING)[-1:]  # as squeezed(line).rstrip("\ufeff》")[-1:], without a copy of the line
    return last in _GENRE_ENDS or (bool(last) and traditional(last))


_TRAILING = WHITE_SPACE + "\ufeff》"
"""What :func:`may_end_title` passes over at the end of a line."""


def is_title_line(line: str) -> bool:
    """Whether a line reads as a whole title.

    >>> is_title_line("(二)基本原则"), is_title_line("专利代理条例")
    (False, True)
    """
    core = title_text(line)
    if len(core) > 80 or len(squeezed(core)) < 4:
        return False
    return is_fragment(core) and ends_with_genre(core)


def is_fragment(line: str) -> bool:
    """Whether a line can be (a piece of) a title: short, more ideographs than Latin letters, no sentence
    punctuation, not numbered, not a date or a document number, not wholly in brackets, not a table's row
    (the readers write a row's cells with tabs between them).

    >>> is_fragment("国务院关于在市场监管领域全面推行"), is_fragment("（此件公开发布）"), is_fragment("2019-01-01 来源")
    (True, False, False)
    >>> is_fragment("序号\\t重点任务\\t牵头单位"), is_fragment("关于印发<北京市实施方案>的通知"), is_fragment("甲<b>乙")
    (False, True, False)
    """
    text = title_text(line)
    if "\t" in text:
        return False
    core = squeezed(text)
    if "<" in core:
        core = _ANGLED.sub(r"《\1》", core)
    if not core or len(core) > 50 or _NOT_IN_TITLE.search(core) or _NUMBERED.match(core):
        return False
    if _DATE.search(core) or (core[0] in "（(" and core[-1] in "）)") or next(doc_number_matches(core), None):
        return False
    ideographs = len(_CJK.findall(core))
    return ideographs >= 2 and ideographs >= 2 * len(_LATIN.findall(core))


def is_numbered(line: str) -> bool:
    """Whether a line opens with the number of an item (``一、``, ``（二）``, ``3.``, ``第四条``).

    >>> is_numbered("　　（二）把握发展方向。"), is_numbered("各地区、各部门要认真贯彻落实。")
    (True, False)
    """
    return bool(_NUMBERED.match(line.strip(_SPACES)))


def joined_title(lines: list[str]) -> str:
    """The title spelt by its lines: joined, without the spaces between ideographs.

    >>> joined_title(["国务院关于棉粮、糖粮挂钩奖售粮", "几 个 问 题 的 通 知"])
    '国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知'
    """
    return "".join(_INNER_SPACE.sub("", title_text(line)) for line in lines)

