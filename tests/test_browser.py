"""The demo reports in a real browser (Debian's Chromium driven by playwright).

Nothing is downloaded: playwright starts /usr/bin/chromium. Without it (or
without playwright) these tests skip locally and fail when ``CI`` is set.
Screenshots of each report are saved in the test's tmp dir, or with
``--screenshots DIR`` into DIR (``--screenshots reports`` refreshes the README's
``reports/collation.png`` on purpose).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import policydiff
from policydiff.demo import write_demo
from policydiff.report.outline import outline_html

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
    assert total > shown > 0
    chip = page.locator('[data-category="formatting"]').first
    assert not chip.is_visible()
    page.check("#show-formatting")
    assert visible_count(page, "#variants fieldset") == (total, total) and chip.is_visible()
    page.uncheck('input[value="content"]')
    content = page.locator('.variant[data-category="content"]')
    assert visible_count(page, "#variants fieldset")[0] == total - content.count() and not content.first.is_visible()


def test_alignment_filters_change_counts(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "alignment.html").page
    local = "#map fieldset:nth-of-type(1)"
    shown, total = visible_count(page, local)
    assert shown == total
    page.uncheck(f'{local} input[value="new"]')
    new = page.locator('li[data-label="new"]').count()
    assert new and visible_count(page, local) == (total - new, total)
    assert not page.locator('.detail[data-label="new"]').first.is_visible()
    national = "#map fieldset:nth-of-type(2)"
    page.uncheck(f'{national} input[value="dropped"]')
    assert visible_count(page, national)[0] == page.locator('li[data-label="implemented"]').count()


def test_clicking_a_variant_shows_it_in_every_copy(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "collation.html").page
    variant = page.locator('.variant[data-category="content"]').nth(4)
    vid = variant.get_attribute("id")
    variant.locator(".verdict, .head").first.click()
    readings = page.locator(f".pane [data-k~='{vid}']")
    assert readings.count() == 2
    for i in range(2):
        assert readings.nth(i).evaluate(IN_VIEW), f"{vid} reading {i} is not in view"
        assert readings.nth(i).evaluate("el => !!el.closest('.pane')")
        assert "here" in (readings.nth(i).get_attribute("class") or "")
    assert page.evaluate("location.hash") == f"#{vid}"


def test_clicking_a_match_scrolls_both_documents(open_report: Any, demo: Path) -> None:
    page = open_report(demo / "alignment.html").page
    page.locator('#map li[data-side="local"] .links a').nth(5).click()
    marked = page.locator(".pane .here")
    panes = {marked.nth(i).evaluate("el => el.closest('.pane').getAttribute('aria-label')")
             for i in range(marked.count())}
    assert len(panes) == 2
    for i in range(marked.count()):
        assert marked.nth(i).evaluate(IN_VIEW)


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
