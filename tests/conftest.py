"""What the browser tests share: one headless Chromium, driven with Selenium.

Debian's chromium and chromedriver (.ci/run installs them). Selenium is given
the driver's path, so Selenium Manager never runs and never downloads a driver
or a browser; SE_OFFLINE says the same, in case anything asks it. Without
Chromium the browser tests are skipped, unless REQUIRE_BROWSER is set, as in CI.
"""

import os
import shutil
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

os.environ["SE_OFFLINE"] = "true"  # Selenium Manager, if anything ever starts it: no downloads
os.environ["SE_AVOID_STATS"] = "true"


def _find(*names):
    for name in names:
        for path in (f"/usr/bin/{name}", shutil.which(name)):
            if path and os.access(path, os.X_OK):
                return path
    return None


CHROMIUM = _find("chromium", "chromium-browser")
CHROMEDRIVER = _find("chromedriver")

# Headless, as root in a container, and quiet: no first-run pages, no updates, no sync, no background requests.
CHROMIUM_ARGUMENTS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                      "--disable-background-networking", "--disable-component-update", "--disable-sync",
                      "--disable-default-apps"]


class Chromium(webdriver.Chrome):
    def set_viewport(self, width, height):
        """Make the page itself width x height: headless Chromium counts in the window a toolbar it does not draw."""
        self.set_window_size(width, height)
        extra_width, extra_height = self.execute_script(
            "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]")
        if extra_width or extra_height:
            self.set_window_size(width + extra_width, height + extra_height)
        size = "return [window.innerWidth, window.innerHeight]"
        WebDriverWait(self, 10).until(lambda _: self.execute_script(size) == [width, height])
        # Two frames, for the page to lay itself out again at its new size.
        self.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]));")


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium for the whole test run, with a fresh profile; always quit at the end."""
    if not (CHROMIUM and CHROMEDRIVER):
        message = "Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)"
        if os.environ.get("REQUIRE_BROWSER", "") not in ("", "0"):
            pytest.fail(message)
        pytest.skip(message)
    with tempfile.TemporaryDirectory(prefix="course-chromium-", ignore_cleanup_errors=True) as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in [*CHROMIUM_ARGUMENTS, f"--user-data-dir={profile}"]:
            options.add_argument(argument)
        driver = Chromium(service=Service(CHROMEDRIVER), options=options)  # quits itself if start-up fails
        try:
            driver.set_page_load_timeout(120)
            driver.set_script_timeout(120)
            yield driver
        finally:
            driver.quit()


def pytest_configure(config):
    config.addinivalue_line("markers", "lab: the course in JupyterLab in a real browser (tests/test_lab.py)")
