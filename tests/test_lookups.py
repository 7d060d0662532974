"""The look-ups that skip work give what the full work gives: the prefix-filtered n-gram pairs of horizontal diffusion,
the lazily segmented word boundaries of the pair report, the rolling n-gram hashes, a packed cache entry and the
characters of GB2312 that the script fold converts."""

from __future__ import annotations

import bisect
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from policydiff import load
from policydiff.diffusion.cache import pack, unpack
from policydiff.diffusion.index import GramIndex, section_grams, window_hashes
from policydiff.model import Span
from policydiff.normalize import DEFAULT_FOLDS
from policydiff.read.lines import WHITE_SPACE, squeezed
from policydiff.read.titles import _GENRE_ENDS, may_end_title
from policydiff.report.wording import Boundaries, word_boundaries
from policydiff.script import GB2312_CONVERTED, script_table, text_table

_SETS = st.dictionaries(st.integers(0, 30), st.frozensets(st.integers(0, 40), min_size=1, max_size=25), max_size=12)


@given(_SETS, st.sampled_from([0.3, 0.5, 0.7, 1.0]), st.one_of(st.none(), st.integers(1, 6)))
def test_overlapping_finds_exactly_the_pairs_a_full_count_finds(items: dict[int, frozenset[int]], share: float,
                                                                common: int | None) -> None:
    index: GramIndex[int] = GramIndex()
    for key, grams in items.items():
        index.add(key, grams)
    holders = {g: sum(g in grams for grams in items.values()) for grams in items.values() for g in grams}
    expected = set()
    for a, b in combinations(items, 2):
        shared = len({g for g in items[a] & items[b] if common is None or holders[g] <= common})
        if shared >= share * min(len(items[a]), len(items[b])):
            expected.add(frozenset((a, b)))
    found = {frozenset((a, b)) for a, b, _ in index.overlapping(share, common=common)}
    assert found == expected


_TEXT = st.text(st.sampled_from("发展改革委市人民政府加快推进数据共享开放，。；、 "), max_size=60)


@given(_TEXT, st.data())
def test_lazy_word_boundaries_match_the_whole_segmentation(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    full = word_boundaries(text, Span(start, end))
    lazy = Boundaries(text, Span(start, end))
    for offset in data.draw(st.lists(st.integers(start, end), max_size=6)):
        assert lazy.before(offset) == full[bisect.bisect_right(full, offset) - 1]
        assert lazy.after(offset) == full[bisect.bisect_left(full, offset)]
    assert set(lazy.bounds) <= set(full) and lazy.bounds[0] == full[0] and lazy.bounds[-1] == full[-1]


@given(st.text(st.sampled_from("互联网+政务服务数据"), min_size=0, max_size=40), st.integers(1, 8))
def test_window_hashes_depend_on_the_window_alone(text: str, gram: int) -> None:
    hashes = window_hashes(text, gram)
    assert len(hashes) == max(0, len(text) - gram + 1)
    seen: dict[str, int] = {}
    for i, h in enumerate(hashes.tolist()):
        assert seen.setdefault(text[i : i + gram], h) == h


def test_section_grams_leave_slogans_out_and_keep_the_sample() -> None:
    def grams(body: str, sample: int = 1) -> tuple[int, int]:
        doc = load(f"关于某事的意见\n一、总体要求\n{body}\n二、主要任务\n加快推进基础设施建设，提升公共服务水平。\n")
        found = section_grams(doc, folds=DEFAULT_FOLDS, gram=8, sample=sample)
        return found.count((1,)), found.count((2,))

    slogan, plain = grams("深入贯彻落实党的十九大精神。"), grams("加快推进城乡融合发展。")
    assert slogan[0] < plain[0] and slogan[1] == plain[1] > 0
    assert 0 < grams("加快推进城乡融合发展。", sample=4)[1] < plain[1]


def test_a_packed_entry_names_its_known_value() -> None:
    national = load("国务院关于某事的意见\n一、总体要求\n内容。")
    data = pack({"national": national, "n": 1}, known=national)
    assert unpack(data, known=national)["national"] is national
    assert len(data) < len(pack({"national": national, "n": 1}))


def test_the_gb2312_characters_t2s_converts_are_those_written_down() -> None:
    codes = bytes(b for high in range(0xA1, 0xF8) for low in range(0xA1, 0xFF) for b in (high, low))
    converted = script_table(frozenset(codes.decode("gb2312", errors="ignore")))
    assert "".join(map(chr, sorted(converted))) == GB2312_CONVERTED


def test_white_space_is_what_str_split_splits_at() -> None:
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == WHITE_SPACE


@given(st.text(alphabet=st.sampled_from(" \u3000\ufeff》。见國a\n意"), max_size=8))
def test_may_end_title_reads_the_last_character_as_the_squeezed_line_gives_it(line: str) -> None:
    last = squeezed(line).rstrip("\ufeff》")[-1:]
    assert may_end_title(line) == (last in _GENRE_ENDS or bool(last and text_table(last)))


@given(st.text(alphabet=st.sampled_from(GB2312_CONVERTED + "国务院國務院〇，\ue010a"), max_size=40))
def test_text_table_is_the_table_of_every_character_of_the_text(text: str) -> None:
    assert text_table(text) == script_table(frozenset(text))
