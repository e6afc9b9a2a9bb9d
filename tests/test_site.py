"""The rendered lesson pages, opened in a real browser (headless Chromium).

Builds site/ with the same code as `python3 course.py site`, opens every page,
and checks that it loads, that every image is drawn and described, that every
link between pages resolves, and that no text is cut off; runs axe-core's
accessibility rules on the contents page, the primer and each lesson, and walks
each page with the Tab key. A screenshot of the top of each page is kept in
site/screenshots/ for a person to look at.

The browser is Debian's chromium, driven with Selenium through Debian's
chromedriver (the `browser` fixture in conftest.py; .ci/run installs both);
without them the test is skipped, unless REQUIRE_BROWSER is set, as in CI.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

import build_site
from lessons import LESSONS, PRIMER, ROOT

SITE = ROOT / "site"
WIDTH = 1280  # of the window and of the screenshots

# Run in the page: what a reader would notice is wrong.
INSPECT_PAGE = """
const images = [...document.images];
const cut = [...document.querySelectorAll("body *")].filter(el => {
  const style = getComputedStyle(el);
  const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
  const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  const forScreenReaders = el.classList.contains("visually-hidden");  // hidden on purpose, read aloud
  return hides && overflows && el.innerText.trim() !== "" && !forScreenReaders;
}).map(el => el.tagName + "." + el.className + ": " + el.innerText.trim().slice(0, 60));
return {
  title: document.title,
  images: images.length,
  broken: images.filter(img => !img.complete || img.naturalWidth === 0).length,
  without_alt: images.filter(img => !img.alt || img.alt.startsWith("No description")).length,
  links: [...document.querySelectorAll("a[href]")].map(a => a.href),
  cut_off: cut,
  external: performance.getEntriesByType("resource").map(r => r.name)
    .filter(name => !name.startsWith("file:") && !name.startsWith("data:")),
};
"""


def open_page(browser, path):
    browser.get(path.resolve().as_uri())
    return browser.execute_script(INSPECT_PAGE)


def screenshot(browser, path):
    """The top of the page, as a reader first sees it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(path))


@pytest.fixture(scope="module")
def pages(browser):  # only with a browser, as there is nothing else to check the pages with
    for old in SITE.glob("*"):  # an earlier build; but site/lab-screenshots/ is test_lab.py's, which may run first
        if old.is_dir() and old.name != "lab-screenshots":
            shutil.rmtree(old)
        elif not old.is_dir():
            old.unlink()
    return build_site.build(SITE)


def test_site_has_an_index_and_a_page_and_solutions_page_per_lesson(pages):
    names = {page.relative_to(SITE).as_posix() for page in pages}
    lessons = {f"{path.stem}.html" for path in LESSONS}
    expected = {"index.html", f"{PRIMER.stem}.html"} | lessons | {f"solutions/{name}" for name in lessons}
    assert names == expected


AXE = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"  # `python3 course.py test` installs it
# WCAG 2.0 and 2.1, levels A and AA, and axe's best practices: what the README promises.
RUN_AXE = """
const done = arguments[0];
axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
  .then(result => done(result.violations.map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).slice(0, 3))));
"""


def tab_to_the_navigation(browser):
    """Press Tab up to 10 times, as a keyboard user would; Enter on the skip link, then Tab once more.
    Whether that lands inside the navigation at the end of the page (None: no skip link was reached)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    for _ in range(10):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.execute_script("return document.activeElement")
        if focused.get_attribute("href") and focused.get_attribute("href").endswith("#lesson-navigation"):
            focused.send_keys(Keys.ENTER)
            ActionChains(browser).send_keys(Keys.TAB).perform()
            return browser.execute_script(
                "return document.getElementById('lesson-navigation').contains(document.activeElement)")
    return None


@pytest.fixture(scope="module")
def visits(pages, browser):
    """Each page opened once: what it shows, a screenshot, axe-core's findings, and a walk with the Tab key."""
    axe = AXE.read_text(encoding="utf-8") if AXE.exists() else None
    browser.set_viewport(WIDTH, 1000)
    seen = {}
    for page in pages:
        name = page.relative_to(SITE).as_posix()
        seen[name] = open_page(browser, page)
        screenshot(browser, SITE / "screenshots" / name.replace("/", "_").replace(".html", ".png"))
        seen[name]["keyboard"] = tab_to_the_navigation(browser) if name != "index.html" else True
        if axe and not name.startswith("solutions/"):  # a solved page is its lesson's page, exercises changed
            browser.execute_script(axe)
            seen[name]["axe"] = browser.execute_async_script(RUN_AXE)
    return seen


def test_every_page_in_a_real_browser(visits):
    problems = []
    for name, seen in visits.items():
        if not seen["title"]:
            problems.append(f"{name}: no title")
        if seen["broken"]:
            problems.append(f"{name}: {seen['broken']} image(s) not drawn")
        if seen["without_alt"]:
            problems.append(f"{name}: {seen['without_alt']} image(s) without a description")
        if seen["cut_off"]:
            problems.append(f"{name}: text cut off in {seen['cut_off'][:3]}")
        if seen["external"]:
            problems.append(f"{name}: loads from the network: {seen['external'][:3]}")
        for link in seen["links"]:
            target = urlparse(link)
            if target.scheme == "file" and not Path(unquote(target.path)).exists():
                problems.append(f"{name}: link to a missing page {target.path}")
    assert problems == []


def test_no_page_breaks_a_wcag_rule(visits):
    if not AXE.exists():
        message = f"axe-core is not installed ({AXE}); python3 course.py test installs it with npm"
        if os.environ.get("REQUIRE_BROWSER", "") not in ("", "0"):
            pytest.fail(message)
        pytest.skip(message)
    checked = [name for name, seen in visits.items() if "axe" in seen]
    assert len(checked) == len(LESSONS) + 2  # the contents, the primer and every lesson
    assert [f"{name}: {violation}" for name in checked for violation in visits[name]["axe"]] == []


def test_the_keyboard_reaches_the_bottom_navigation_in_a_few_presses(visits):
    """From the top of each lesson page: a skip link within 10 presses of Tab, which leads into the navigation."""
    assert {name: seen["keyboard"] for name, seen in visits.items() if not seen["keyboard"]} == {}
