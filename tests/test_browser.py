"""The demo reports in a real browser (Debian's Chromium driven by playwright).

Nothing is downloaded: playwright starts /usr/bin/chromium. Without it (or
without playwright) these tests skip locally and fail when ``CI`` is set.
Screenshots of each report are saved in the test's tmp dir, or with
``--screenshots DIR`` into DIR (``--screenshots reports`` refreshes the README's
``reports/collation.png`` on purpose).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import policydiff
from policydiff import samples
from policydiff.cli import main
from policydiff.demo import COPIES, LOCAL, NATIONAL, write_demo
from policydiff.report.outline import outline_html
from policydiff.report.sheets import FORMULA_STARTS

from many_copies import NAMES, six_copies
from test_exports import COPY_A, COPY_B
from test_reports import HOSTILE, hostile_text

CHROMIUM = Path("/usr/bin/chromium")
REPORTS = ["index", "collation", "alignment", "corpus/corpus", "outline-jingzhengfa-2016-4-b", "outline-jingfa-2017-27"]
ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-gpu"] + (["--no-sandbox"] if os.geteuid() == 0 else [])

pytestmark = pytest.mark.browser


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser tests (see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable('playwright is not installed (pip install -e ".[test]")')
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder)
    return folder


@pytest.fixture
def screenshots(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where screenshots go: the folder given with ``--screenshots``, else the test's tmp dir."""
    folder: Path | None = request.config.getoption("screenshots")
    if folder is None:
        return tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Opened:
    """A report open in a page, with what the page did."""

    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_report(browser: Any) -> Iterator[Any]:
    contexts = []

    def opener(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.as_uri())
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: _dismiss(d, opened.dialogs))
        page.goto(opened.url)
        return opened

    yield opener
    for context in contexts:
        context.close()


def _dismiss(dialog: Any, messages: list[str]) -> None:
    messages.append(dialog.message)
    dialog.dismiss()


IN_VIEW = """el => {
  const r = el.getBoundingClientRect(), pane = el.closest('.pane');
  const box = pane ? pane.getBoundingClientRect() : {top: 0, bottom: innerHeight};
  return r.height > 0 && r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(innerHeight, box.bottom) + 1;
}"""


def visible_count(page: Any, fieldset: str) -> tuple[int, int]:
    shown, total = page.locator(f"{fieldset} output").inner_text().split(" / ")
    return int(shown), int(total)


@pytest.mark.parametrize("name", REPORTS)
def test_report_is_clean_offline_and_linked(open_report: Any, demo: Path, screenshots: Path, name: str) -> None:
    report = demo / f"{name}.html"
    opened = open_report(report)
    page = opened.page
    page.wait_for_timeout(200)
    assert opened.errors == []
    assert set(opened.requests) == {opened.url}
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs
    for href in set(hrefs):
        target, _, fragment = href.partition("#")
        assert not re.match(r"[a-z]+:", target), href
        if target:
            assert (report.parent / target).is_file(), href
            assert not fragment or f'id="{fragment}"' in (report.parent / target).read_text(encoding="utf-8"), href
        else:
            assert page.evaluate("id => !!document.getElementById(id)", fragment), href
    shot = "outline" if name == "outline-jingzhengfa-2016-4-b" else Path(name).name
    if name != "outline-jingfa-2017-27":
        page.screenshot(path=str(screenshots / f"{shot}.png"))


def test_collation_filters_change_counts(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "collation.html").page
    shown, total = visible_count(page, "#variants fieldset")
    real = page.locator('.variant[data-category="content"], .variant[data-category="punctuation"]').count()
    assert total > shown == real > 0
    chip = page.locator('[data-category="formatting"]').first
    assert not chip.is_visible()
    for category in ("structure", "extraneous"):
        page.check(f'input[value="{category}"]')
    page.check("#show-formatting")
    assert visible_count(page, "#variants fieldset") == (total, total) and chip.is_visible()
    page.uncheck('input[value="content"]')
    content = page.locator('.variant[data-category="content"]')
    assert visible_count(page, "#variants fieldset")[0] == total - content.count() and not content.first.is_visible()


def test_alignment_filters_change_counts(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "alignment.html").page
    fieldset = "#pairs fieldset"
    shown, total = visible_count(page, fieldset)
    assert shown == total
    page.uncheck(f'{fieldset} input[value="local"]')
    local = page.locator('.pair[data-kind="local"]')
    assert local.count() and visible_count(page, fieldset) == (total - local.count(), total)
    assert not local.first.is_visible()
    assert "仅地方" not in page.locator("#filters-now").inner_text()


@pytest.fixture(scope="module")
def seed_alignment() -> policydiff.Alignment:
    return policydiff.align(samples.path(NATIONAL), samples.path(LOCAL))


def test_paired_view_has_a_row_per_national_provision_and_per_local_only_one(
        open_report: Any, demo: Path, seed_alignment: policydiff.Alignment) -> None:
    page = open_report(demo / "alignment.html").page
    implementing = {o for n in seed_alignment.national_sections for o in n.matched_by}
    local_only = [s for s in seed_alignment.sections if s.ordinal not in implementing]
    rows = page.locator("#pairs .pair[data-kind]")
    assert rows.count() == len(seed_alignment.national_sections) + len(local_only)
    assert page.locator('#pairs .pair[data-kind="local"]').count() == len(local_only)
    assert page.locator("#pairs .pair .cell.national [id^='n-s-']").count() == len(seed_alignment.national_sections)
    assert page.locator("#pairs .pair .cell.local [id^='s-']").count() == len(seed_alignment.sections)
    assert page.locator("#pairs ins").count() and page.locator("#pairs del").count()


def test_clicking_an_overview_band_scrolls_to_its_row(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "alignment.html").page
    band = page.locator("svg.overview a.band").nth(6)
    href = band.get_attribute("href")
    band.locator("path").click(force=True)
    page.wait_for_timeout(200)
    assert page.evaluate("location.hash") == href
    top = page.locator(href).evaluate("el => el.getBoundingClientRect().top")
    bar = page.locator(".toolbar").bounding_box()
    assert bar["y"] + bar["height"] - 1 <= top < 900 / 3


def test_located_spot_is_told_apart_from_shared_text(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "alignment.html").page
    page.locator('#pairs .pair[data-kind="paired"] .cell-body').nth(3).locator(".evidence").click()
    here = page.locator(".here").first
    shared = page.locator("#pairs mark.shared").first
    style = "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.backgroundColor]; }"
    (here_outline, here_fill), (shared_outline, shared_fill) = here.evaluate(style), shared.evaluate(style)
    assert here_outline != "none" and shared_outline == "none"
    assert here_fill != shared_fill and here_fill == "rgba(0, 0, 0, 0)"
    page.keyboard.press("/")
    page.keyboard.type("互联网")
    page.wait_for_timeout(400)
    hit_fill = page.locator("mark.hit").first.evaluate(style)[1]
    assert hit_fill not in (shared_fill, here_fill)


def _downloaded(page: Any, button: str) -> list[dict[str, str]]:
    with page.expect_download() as info:
        page.click(button)
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_section_pairs_download_is_the_pairs_frame(open_report: Any, demo: Path,
                                                   seed_alignment: policydiff.Alignment) -> None:
    opened = open_report(demo / "alignment.html")
    rows = _downloaded(opened.page, '[data-download="pairs"][data-format="csv"]')
    frame = seed_alignment.to_frame(kind="pairs")
    assert len(rows) == len(frame) == opened.page.locator("#pairs .pair[data-kind]").count()
    expected = frame.astype(object).where(frame.notna(), "").astype(str).to_dict("records")
    assert rows == expected
    assert not [r for r in opened.requests if not r.startswith(("file:", "blob:"))]


def test_variants_download_is_what_collate_json_lists(open_report: Any, demo: Path) -> None:
    result = CliRunner().invoke(main, ["collate", *map(str, map(samples.path, COPIES)), "--format", "json"])
    listed = json.loads(result.output)["variants"]
    page = open_report(demo / "collation.html").page
    rows = _downloaded(page, '[data-download="variants"][data-format="csv"]')
    assert sorted(r["id"] for r in rows) == sorted(v["id"] for v in listed)
    by_id = {v["id"]: v for v in listed}
    for r in rows:
        v = by_id[r["id"]]
        assert (r["category"], r["kind"], r["A"], r["B"]) == (v["category"], v["kind"], v["readings"]["A"]["text"],
                                                              v["readings"]["B"]["text"])
    assert [int(r["no"]) for r in rows] == list(range(1, len(rows) + 1))
    with page.expect_download() as info:
        page.click('[data-download="variants"][data-format="json"]')
    assert len(json.loads(Path(info.value.path()).read_text(encoding="utf-8"))) == len(listed)


def test_downloads_write_no_formula_and_keep_numbers(open_report: Any, tmp_path: Path) -> None:
    page_path = tmp_path / "collation.html"
    policydiff.collate(COPY_A, COPY_B, bodies=False).write_html(page_path)
    page = open_report(page_path).page
    for table in ("variants", "table"):
        rows = _downloaded(page, f'[data-download="{table}"][data-format="csv"]')
        cells = [cell for row in rows for cell in row.values()]
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)], table
        assert "'@SUM(1+1)" in cells, table
    assert all(float(r["confidence"]) >= 0 for r in _downloaded(page, '[data-download="variants"][data-format="csv"]'))


MARK_STYLE = """el => { const s = getComputedStyle(el);
  return [s.textDecorationLine, s.printColorAdjust || s.webkitPrintColorAdjust]; }"""


@pytest.mark.parametrize("name", ["alignment", "collation"])
def test_print_keeps_the_marks(open_report: Any, demo: Path, screenshots: Path, name: str) -> None:
    page = open_report(demo / f"{name}.html").page
    page.emulate_media(media="print")
    marks = {"alignment": ["#pairs ins", "#pairs del"], "collation": [".pane a.v.content"]}[name]
    for selector in marks:
        line, adjust = page.locator(selector).first.evaluate(MARK_STYLE)
        assert ("line-through" if "del" in selector else "underline") in line and adjust == "exact"
    assert page.locator("#legend, .legend").first.is_visible()
    assert "当前筛选 active filters" in page.locator("#filters-now").inner_text()
    assert page.locator("#filters-now").is_visible() and not page.locator(".toolbar").is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.screenshot(path=str(screenshots / f"{name}-print.png"))


@pytest.mark.parametrize("name", ["alignment", "collation"])
def test_phone_toolbar_covers_no_link_target(browser: Any, demo: Path, screenshots: Path, name: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((demo / f"{name}.html").as_uri())
    toolbar = page.locator(".toolbar")
    assert toolbar.bounding_box()["height"] < 60 and not page.locator("#q").is_visible()
    page.click(".tools-toggle")
    assert page.locator("#q").is_visible()
    page.click(".tools-toggle")
    covered = page.evaluate("""() => {
      const bar = document.querySelector('.toolbar'), seen = new Set(), covered = [];
      for (const a of document.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute('href').slice(1)), el = document.getElementById(id);
        if (!id || seen.has(id) || !el || !el.getClientRects().length) continue;
        seen.add(id);
        el.scrollIntoView({block: 'start'});
        const top = el.getBoundingClientRect().top, bottom = bar.getBoundingClientRect().bottom;
        const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 1;
        if (top < bottom - 1 && !atEnd) covered.push(id);
      }
      return [seen.size, covered];
    }""")
    assert covered[0] > 20 and covered[1] == []
    link = page.locator('a[href^="#s-"], a.vid').nth(3)
    target = link.get_attribute("href")
    link.click()
    page.wait_for_timeout(200)
    bar = toolbar.bounding_box()
    assert page.locator(target).bounding_box()["y"] >= bar["y"] + bar["height"] - 1
    sides = page.locator(".side-toggle button")
    for chosen, other in ((0, 1), (1, 0)):
        sides.nth(chosen).click()
        assert sides.nth(chosen).get_attribute("aria-pressed") == "true"
        shown, hidden = (f"[data-side='{sides.nth(i).get_attribute('data-show')}']" for i in (chosen, other))
        assert page.locator(shown).last.is_visible() and not page.locator(hidden).last.is_visible()
    page.screenshot(path=str(screenshots / f"{name}-phone.png"))
    context.close()


def test_panes_scroll_in_step(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "collation.html").page
    page.locator("#texts").scroll_into_view_if_needed()
    late = page.locator(".pane").first.locator("a.v").nth(20)
    key = late.get_attribute("data-k").split()[0]
    page.evaluate("""el => { const pane = el.closest('.pane');
        pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 5; }""",
                  late.element_handle())
    page.wait_for_timeout(300)
    twin = page.locator(".pane").nth(1).locator(f"[data-k~='{key}']").first
    assert twin.evaluate(IN_VIEW)
    page.uncheck("#sync")
    assert page.locator(".pane").nth(1).evaluate("p => p.scrollTop") > 0


def test_keys_and_search(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "collation.html").page
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = page.locator(".variants > .variant").nth(1).get_attribute("id")
    assert page.evaluate("location.hash") == f"#{second}"
    assert page.evaluate("document.activeElement.closest('[data-nav]').id") == second
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("互联网+")
    page.wait_for_timeout(400)
    first, found = page.locator("#q-count").inner_text().split(" / ")
    assert first == "1" and int(found) > 10
    assert page.locator("mark.hit").count() >= int(found)
    page.keyboard.press("Enter")
    assert page.locator("#q-count").inner_text() == f"2 / {found}"
    assert page.locator("mark.hit-now").evaluate(IN_VIEW)
    page.keyboard.press("Escape")
    assert page.locator("mark.hit").count() == 0
    assert "互联网+" in page.locator(".pane .text").first.inner_text()


def _hostile_locals() -> list[str]:
    """Two local plans sharing a hostile provision of their own, which the corpus report shows as horizontal."""
    script, img, template = HOSTILE
    extra = (f"三、区域协同{script}\n{img}加强{template}区域协同，推动两地共建共享数据平台，建立联席会议制度，"
             "定期会商重大事项，统筹推进跨区域重点项目建设，完善利益共享和成本分担机制，共同培育区域创新链和产业链，联合开展人才培养和交流。\n")
    return [hostile_text(v).replace("北京市", city) + extra for v, city in (("甲", "天津市"), ("乙", "上海市"))]


@pytest.mark.parametrize("report", ["outline", "collation", "alignment", "corpus"])
def test_hostile_document_is_shown_as_text(open_report: Any, tmp_path: Path, report: str) -> None:
    national, local = hostile_text(), hostile_text("甲").replace("北京市", "天津市")
    html = {
        "outline": lambda: outline_html(policydiff.load_all(national)),
        "collation": lambda: policydiff.collate(national, local, bodies=False).to_html(),
        "alignment": lambda: policydiff.align(national, local).to_html(),
        "corpus": lambda: policydiff.corpus(national, _hostile_locals(), scheduler="synchronous").to_html(),
    }[report]()
    path = tmp_path / f"{report}.html"
    path.write_text(html, encoding="utf-8")
    opened = open_report(path)
    page = opened.page
    page.keyboard.press("/")
    page.keyboard.type("<script>")
    page.wait_for_timeout(400)
    assert page.locator("mark.hit").count() >= (1 if report == "corpus" else 2)  # the corpus shows one provision
    text = page.locator("body").inner_text()
    assert all(s in text for s in HOSTILE)
    assert opened.dialogs == [] and opened.errors == []
    assert page.locator("main img, main script").count() == 0
    assert set(opened.requests) == {opened.url}


def _many_copies_report(tmp_path: Path, names: list[str] | None = None) -> Path:
    """The report of the six web copies of 国发〔2015〕40号 (see ``many_copies``)."""
    copies = six_copies()
    result = policydiff.collate(*copies.values(), names=names or list(copies), folds=policydiff.Folds(script=True))
    path = tmp_path / "many.html"
    path.write_text(result.to_html(), encoding="utf-8")
    return path


def test_many_copies_show_the_table_and_the_family_tree(open_report: Any, tmp_path: Path, screenshots: Path) -> None:
    from playwright.sync_api import expect  # waits for what the page's script does (a fixed pause raced under load)

    opened = open_report(_many_copies_report(tmp_path))
    page = opened.page
    page.wait_for_load_state("load")
    rows = page.locator("#table tbody tr")
    assert rows.count() > 100
    assert page.locator("#table thead th").count() == 3 + 6
    assert page.locator("#table td.majority").count() >= rows.count()
    tree = page.locator("#families svg.stemma")
    assert tree.is_visible() and tree.locator("g.leaf").count() == 6 and tree.locator("g.family").count() == 4
    assert sorted(tree.locator("g.leaf text").all_text_contents()) == sorted(NAMES)
    assert page.locator("#families ul.families li").count() == 3
    first = page.locator("#families table.ranking tbody tr").first.inner_text()
    assert "closest to the common text" in first and ("F1" in first or "F2" in first)
    converter = page.locator("#variants li.variant[data-category='converter']")
    assert converter.count() > 0 and not converter.first.is_visible()
    # Going to a location that differs only by the converter shows its variant. The click is the link's own
    # (element.click()): a pointer click at the link's place raced the panes' scrolling in step under load and
    # could land on the row beside it.
    target = converter.first.get_attribute("id")
    page.locator(f"#table tbody tr a[href='#{target}']").first.dispatch_event("click")
    expect(converter.first).to_be_visible()
    expect(page).to_have_url(re.compile(f"#{target}$"))
    assert page.locator("#common a.rec").count() == rows.count()
    page.locator("#families").screenshot(path=str(screenshots / "families.png"))
    assert opened.errors == [] and set(opened.requests) == {opened.url}


def test_hostile_copies_and_names_in_the_table_and_tree_are_text(open_report: Any, tmp_path: Path) -> None:
    script, img, template = HOSTILE
    base = hostile_text()
    shared = base.replace("加强基础设施建设", f"加强{img}基础设施建设").replace("完善信息服务", f"完善{script}服务")
    copies = [base, base, shared, shared, base.replace("推进", "推动")]
    names = ["甲", "乙", script, img, template]
    path = tmp_path / "hostile-many.html"
    path.write_text(policydiff.collate(*copies, names=names, bodies=False).to_html(), encoding="utf-8")
    opened = open_report(path)
    page = opened.page
    page.wait_for_timeout(200)
    assert all(s in page.locator("#table").inner_text() for s in HOSTILE)
    assert {script, img} <= set(page.locator("#families svg g.leaf text").all_text_contents())
    assert " ".join(sorted([script, img])) in page.locator("#families ul.families").inner_text()
    assert opened.dialogs == [] and opened.errors == []
    assert page.locator("main img, main script, svg img, svg script").count() == 0
    assert set(opened.requests) == {opened.url}
