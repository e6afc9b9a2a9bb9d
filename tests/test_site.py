"""The rendered lesson pages, opened in a real browser (headless Chromium).

Builds site/ with the same code as `python3 course.py site`, opens every page,
and checks that it loads, that every image is drawn and described, that every
link between pages resolves, and that no text is cut off. A screenshot of each
page is kept in site/screenshots/ for a person to look at.

Needs Debian's chromium and chromium-driver (.ci/run installs them); without
them the test is skipped, unless REQUIRE_BROWSER is set, as in CI.
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

import build_site
from lessons import LESSONS, ROOT

SITE = ROOT / "site"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

# Run in the page: what a reader would notice is wrong.
INSPECT_PAGE = """
const images = [...document.images];
const cut = [...document.querySelectorAll("body *")].filter(el => {
  const style = getComputedStyle(el);
  const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
  const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  return hides && overflows && el.innerText.trim() !== "";
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
  height: document.documentElement.scrollHeight,
};
"""


class Browser:
    """Just enough of the W3C WebDriver protocol to drive chromedriver, on this machine's loopback only."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1280,1000"]
        options = {"binary": CHROMIUM, "args": arguments}
        answer = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})
        self.session = f"/session/{answer['sessionId']}"

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)["value"]

    def open(self, path):
        self.call("POST", self.session + "/url", {"url": path.resolve().as_uri()})
        return self.call("POST", self.session + "/execute/sync", {"script": INSPECT_PAGE, "args": []})

    def screenshot(self, path, height):
        metrics = {"width": 1280, "height": min(height, 30000), "x": 0, "y": 0, "scale": 1}
        shot = self.call("POST", self.session + "/goog/cdp/execute", {
            "cmd": "Page.captureScreenshot", "params": {"captureBeyondViewport": True, "clip": metrics}})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.call("DELETE", self.session)
        finally:
            self.driver.terminate()
            self.driver.wait()


@pytest.fixture(scope="module")
def pages():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("Chromium and chromedriver are needed: apt-get install chromium chromium-driver")
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium chromium-driver)")
    shutil.rmtree(SITE, ignore_errors=True)
    return build_site.build(SITE)


def test_site_has_an_index_and_a_page_and_solutions_page_per_lesson(pages):
    names = {page.relative_to(SITE).as_posix() for page in pages}
    lessons = {f"{path.stem}.html" for path in LESSONS}
    expected = {"index.html"} | lessons | {f"solutions/{name}" for name in lessons}
    assert names == expected


def test_every_page_in_a_real_browser(pages):
    browser = Browser()
    problems = []
    try:
        for page in pages:
            name = page.relative_to(SITE).as_posix()
            seen = browser.open(page)
            browser.screenshot(SITE / "screenshots" / name.replace("/", "_").replace(".html", ".png"), seen["height"])
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
    finally:
        browser.close()
    assert problems == []
