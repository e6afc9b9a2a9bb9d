"""The course in JupyterLab itself, as a learner meets it, in a real browser (headless Chromium).

A throwaway copy of the course is made in a temporary folder (JupyterLab saves
notebooks and the lessons write to results/, and the checkout must never
change), with .venv a link to this checkout's environment, so that set-up has
nothing to install. The copy's own command starts JupyterLab, as a learner
would type it:

    python3 course.py lab --no-browser

The browser opens the address it prints (the contents page) and goes to the
top folder in the file browser; then it opens two lessons from the file browser
(IN_THE_LAB), each in a tab of its own, and runs all the cells of each as soon
as its kernel is ready, without waiting for the other, so that they run side by
side. It uses both ways the instructor guide gives: Run > Run All Cells in the
first (just opened, with a new kernel), and Kernel > Restart Kernel and Run All
Cells in the second. It waits for each to finish, looks at what the lesson
shows, saves it and takes screenshots (site/lab-screenshots/, for a person to
look at). Then JupyterLab is stopped, and no process started from the copy may
be left. The tests below check what was seen.

Why two lessons, not all: every lesson is executed by strict nbval in the same
test run, and its page is opened in Chromium by test_site.py (every chart drawn
and described). Opening and running the primer and all five lessons here as well
was more than half of the test command's work, for what these two show already:
JupyterLab starts kernels side by side, runs a lesson in both ways, draws its
charts and lets it write to results/.

Select these tests alone with `pytest -m lab`; they also run with every other test.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from lessons import CONTENTS, LESSONS, ROOT

pytestmark = pytest.mark.lab

SCREENSHOTS = ROOT / "site" / "lab-screenshots"
SIZES = [(1440, 900), (1280, 720)]  # a laptop, and a classroom projector
# The first lesson with charts, and the last: every kind of chart, and the learner's own files in results/.
IN_THE_LAB = ["03_charting_actors.ipynb", "05_your_own_article.ipynb"]
START_TIMEOUT = 60  # seconds for the lab command to print its address
OPEN_TIMEOUT = 120  # for JupyterLab to open a notebook, start its kernel and draw all its cells
RUN_TIMEOUT = 120  # for a notebook to run all its cells
STOP_TIMEOUT = 30  # for JupyterLab and its kernels to stop

# In the page, about the notebook in the tab shown. textContent, not innerText: JupyterLab skips drawing the
# cells out of view (CSS content-visibility), and their innerText is empty.
NOTEBOOK_STATE = """
const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
const tab = document.querySelector(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel");
const indicator = panel && panel.querySelector(".jp-Notebook-ExecutionIndicator");
const kernelName = panel && panel.querySelector(".jp-KernelName");
return {
  tab: tab ? tab.textContent.trim() : null,
  kernel: indicator ? indicator.getAttribute("data-status") : null,
  kernelName: kernelName ? kernelName.textContent.trim() : null,
  prompts: panel ? [...panel.querySelectorAll(".jp-CodeCell .jp-InputPrompt")].map(p => p.textContent.trim()) : [],
  dialogs: [...document.querySelectorAll(".jp-Dialog")].map(d => d.innerText.trim().slice(0, 200)),
  toasts: [...document.querySelectorAll(".Toastify__toast")].map(t => t.innerText.trim().slice(0, 200)),
};
"""

# Set on the notebook shown, just before running it: notes when any of its cells is queued or running ("[*]:"),
# so that a finished run can be told from the execution counts stored in the notebook.
WATCH_RUN = """
const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
const notebook = panel.querySelector(".jp-Notebook");
panel.dataset.courseRun = "asked";
const running = () => [...notebook.querySelectorAll(".jp-CodeCell .jp-InputPrompt")]
  .some(p => p.textContent.includes("*"));
new MutationObserver((changes, observer) => {
  if (running()) { panel.dataset.courseRun = "started"; observer.disconnect(); }
}).observe(notebook, {subtree: true, childList: true, characterData: true});
"""
RUN_STARTED = """
return document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)").dataset.courseRun === "started";
"""

# What the lesson shows after the run. (JupyterLab shows both error outputs and text on stderr with this type.)
OUTPUTS = """
const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
const images = [...panel.querySelectorAll(".jp-OutputArea-output img")];
return {
  errors: [...panel.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(output => output.textContent.trim().slice(0, 300)),
  images: images.map(img => ({complete: img.complete, width: img.naturalWidth, alt: img.getAttribute("alt") || ""})),
  external: performance.getEntriesByType("resource").map(r => r.name)
    .filter(name => !name.startsWith(location.origin + "/") && !/^(data|blob):/.test(name)),
};
"""

UNSAVED = ".lm-TabBar-tab.jp-mod-current.jp-mod-dirty"  # the tab shown, marked as having unsaved changes

SCROLL_TO_END = """
document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
  .forEach(outer => { outer.scrollTop = outer.scrollHeight; });
"""

# Scroll the first chart (or, without one, the top of the notebook) into view. JupyterLab draws cells only as
# they come into view, which moves what is below them: scroll again until nothing moves.
SCROLL_TO_CHART = """
const done = arguments[arguments.length - 1];
const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
const chart = panel.querySelector(".jp-OutputArea-output img");
const frames = next => requestAnimationFrame(() => requestAnimationFrame(next));
if (!chart) {
  panel.querySelectorAll(".jp-WindowedPanel-outer").forEach(outer => { outer.scrollTop = 0; });
  frames(() => done(null));
  return;
}
let last = null, tries = 0;
const step = () => {
  chart.scrollIntoView({block: "center"});
  frames(() => {
    const top = Math.round(chart.getBoundingClientRect().top);
    if (top === last || ++tries > 30) { done(top); } else { last = top; step(); }
  });
};
step();
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_course(folder):
    """The course as a learner has it: no outputs of the checkout's own runs (results/, site/)."""
    course = folder / "course"
    course.mkdir()
    for name in ("course.py", "requirements.txt"):
        shutil.copy2(ROOT / name, course / name)
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    shutil.copytree(ROOT / "notebooks", course / "notebooks", ignore=skip)
    shutil.copytree(ROOT / "data", course / "data", ignore=skip)
    (course / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return course


def set_up_is_current(python3, course):
    """Whether the copy's course.py would install nothing: the stamp matches python3 and requirements.txt."""
    stamp = ROOT / ".venv" / "course-setup.txt"
    version = subprocess.run([python3, "-c", "import sys; print(sys.version)"], capture_output=True, text=True,
                             check=True).stdout.rstrip("\n")
    wanted = f"{version}\n{(course / 'requirements.txt').read_text(encoding='utf-8')}"
    return stamp.exists() and stamp.read_text(encoding="utf-8") == wanted


def left_behind(folder):
    """Running processes whose command line names the temporary folder: course.py, JupyterLab, kernels."""
    found = subprocess.run(["pgrep", "-af", str(folder)], capture_output=True, text=True).stdout
    return [(int(pid), command[:200]) for pid, command in (line.split(" ", 1) for line in found.splitlines())]


class Lab:
    """`python3 course.py lab --no-browser` in the copy, in a process group of its own."""

    def __init__(self, folder, course):
        self.folder = folder
        self.token = secrets.token_hex(16)
        self.output = []
        self.base = None
        python3 = shutil.which("python3")
        if not set_up_is_current(python3, course):
            pytest.fail("The course's set-up is not current (requirements.txt or Python changed since it ran): "
                        "run `python3 course.py test` once, then these tests again.")
        # The port and the token as a learner can choose them. The rest keeps JupyterLab's own state (settings
        # changed in the browser, the saved layout, the kernels' connection files) in the temporary folder, so
        # that JupyterLab starts as for someone who never used it and leaves nothing behind on this computer.
        env = dict(os.environ, JUPYTER_PORT=str(free_port()), JUPYTER_TOKEN=self.token,
                   JUPYTERLAB_SETTINGS_DIR=str(folder / "user-settings"),
                   JUPYTERLAB_WORKSPACES_DIR=str(folder / "workspaces"),
                   JUPYTER_RUNTIME_DIR=str(folder / "runtime"))
        self.process = subprocess.Popen([python3, str(course / "course.py"), "lab", "--no-browser"],
                                        cwd=folder, env=env, start_new_session=True, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        # Read all it prints, all the time, so that it never waits on a full pipe.
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            self.output.append(line)

    def log(self, last=40):
        return "".join(self.output[-last:])

    def address(self):
        """The address the lab command prints. (jupyter_server prints a token it was given as "token=...".)"""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            for line in list(self.output):
                found = re.search(r"http://127\.0\.0\.1:\d+/\S*", line)
                if found:
                    self.base = re.match(r"http://[^/]+", found[0])[0]
                    return found[0]
            if self.process.poll() is not None:
                pytest.fail(f"The lab command stopped with code {self.process.returncode}:\n{self.log()}")
            time.sleep(0.1)
        pytest.fail(f"The lab command printed no address in {START_TIMEOUT} s:\n{self.log()}")

    def api(self, method, path):
        """JupyterLab's REST API, with the token."""
        request = urllib.request.Request(self.base + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def stop(self):
        """End the process group, then wait for every process started from the copy to end (kernels, each in a
        session of its own, end a moment after JupyterLab). Returns those still there after STOP_TIMEOUT,
        after ending them by their id."""
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + STOP_TIMEOUT
        while True:
            try:
                os.killpg(self.process.pid, 0)
                group = True
            except ProcessLookupError:
                group = False
            left = left_behind(self.folder)
            if not (group or left) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        if group:
            os.killpg(self.process.pid, signal.SIGKILL)
        for pid, _ in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(STOP_TIMEOUT)
        self.reader.join(5)
        return left


def wait(browser, timeout, condition, message, seen=lambda: ""):
    """Poll condition() until it returns something true, and return that; or fail, saying what seen() says."""
    try:
        # An element JupyterLab drew again while it was being read: read again at the next poll.
        return WebDriverWait(browser, timeout, poll_frequency=0.2, ignored_exceptions=[StaleElementReferenceException]
                             ).until(lambda _: condition())
    except TimeoutException:
        pytest.fail(f"{message} (waited {timeout} s) {seen()}")


def state(browser):
    return browser.execute_script(NOTEBOOK_STATE)


def open_notebook(browser, lab, url, name, code_cells):
    """Open a notebook's address; wait until it is the tab shown, with all its code cells, and its kernel idle."""
    browser.get(url)
    return ready(browser, lab, name, code_cells)


def ready(browser, lab, name, code_cells):
    """Wait until the notebook is the tab shown, with all its code cells, and its kernel idle."""
    checks = []

    def idle():
        # The toolbar says "idle" before it has a kernel ("No Kernel"): the kernel's name must be there too, and
        # JupyterLab's server must see the kernel idle, twice in a row. Left alone, JupyterLab draws the cells
        # below the first screenful a few at a time, every 3 s or so (20 s and more for the primer): scrolling
        # down, as a reader would, has them all drawn at once (only while some are missing: drawing is work).
        now = state(browser)
        if len(now["prompts"]) < code_cells:
            browser.execute_script(SCROLL_TO_END)
        kernels = [session["kernel"]["execution_state"] for session in lab.api("GET", "/api/sessions")
                   if session["path"] == f"notebooks/{name}"]
        checks.append(now["tab"] == name and now["kernel"] == "idle"
                      and now["kernelName"] not in (None, "", "No Kernel")
                      and len(now["prompts"]) == code_cells and kernels == ["idle"])
        return now if checks[-2:] == [True, True] else None
    return wait(browser, OPEN_TIMEOUT, idle, f"{name} did not open with its kernel idle", lambda: state(browser))


# The element matching a CSS selector whose text (textContent, trimmed) is, or starts with, the text given, and
# which is drawn; or null. One call in the page, instead of one WebDriver call per element: the tab bar, the file
# browser and a menu each have tens of them.
FIND_BY_TEXT = """
const [selector, within, text, prefix] = arguments;
return [...document.querySelectorAll(selector)].find(element => {
  const label = (within ? element.querySelector(within) : element);
  const shown = label ? label.textContent.trim() : "";
  return (prefix ? shown.startsWith(text) : shown === text) && element.getClientRects().length > 0;
}) || null;
"""


def by_text(browser, selector, text, within=None, prefix=False):
    """The element drawn that matches selector and has this text (in its element `within`, if given)."""
    return browser.execute_script(FIND_BY_TEXT, selector, within, text, prefix)


def open_from_file_browser(browser, name):
    """Double-click an item of the folder the file browser shows: a folder opens, a notebook opens in a tab."""
    def item():
        return by_text(browser, "#filebrowser .jp-DirListing-item", name, within=".jp-DirListing-itemText")
    ActionChains(browser).double_click(wait(browser, 20, item, f"no {name} in the file browser")).perform()


def show_tab(browser, name):
    """Click the notebook's tab, as a learner would, until it is the one shown. (The first click after a menu
    and its dialog can go to JupyterLab's menu bar, which takes it to close itself.)"""
    def shown():
        if state(browser)["tab"] == name:
            return True
        label = by_text(browser, ".lm-DockPanel-tabBar .lm-TabBar-tab .lm-TabBar-tabLabel", name)
        if label:
            label.click()
        return state(browser)["tab"] == name
    wait(browser, 20, shown, f"the tab of {name} was not shown", lambda: state(browser)["tab"])


def menu(browser, menu_name, label):
    """Click a menu of JupyterLab's menu bar, then its item that starts with label, as a learner would."""
    wait(browser, 10, lambda: by_text(browser, "#jp-menu-panel .lm-MenuBar-item", menu_name),
         f"no {menu_name} menu").click()
    wait(browser, 10, lambda: by_text(browser, ".lm-Menu .lm-Menu-item", label, prefix=True),
         f"no '{label}' in the {menu_name} menu").click()


def accept_dialog(browser, title):
    def button():
        dialogs = browser.find_elements(By.CSS_SELECTOR, ".jp-Dialog")
        if dialogs and title in dialogs[0].text:
            accept = dialogs[0].find_elements(By.CSS_SELECTOR, ".jp-Dialog-button.jp-mod-accept")
            return accept[0] if accept and accept[0].is_displayed() else None
        return None
    wait(browser, 10, button, f"no '{title}' dialog", lambda: state(browser)["dialogs"]).click()
    wait(browser, 10, lambda: not browser.find_elements(By.CSS_SELECTOR, ".jp-Dialog"), f"'{title}' stayed open")


def run_all(browser, name, restart):
    """Run > Run All Cells in the notebook shown, or Kernel > Restart Kernel and Run All Cells: the two ways the
    lessons and the instructor guide give. Wait until the run starts, not until it ends."""
    browser.execute_script(WATCH_RUN)
    if restart:
        menu(browser, "Kernel", "Restart Kernel and Run All Cells")
        accept_dialog(browser, "Restart Kernel")
    else:
        menu(browser, "Run", "Run All Cells")
    wait(browser, RUN_TIMEOUT, lambda: browser.execute_script(RUN_STARTED), f"{name}: the run did not start",
         lambda: state(browser))


def run_is_over(browser, name):
    """Wait until the run of the notebook shown is over: seen to start, then the kernel idle with no cell queued
    or running, twice in a row. Returns the execution counts shown."""
    quiet = []

    def over():
        now = state(browser)
        quiet.append(browser.execute_script(RUN_STARTED) and now["kernel"] == "idle"
                     and not any("*" in p for p in now["prompts"]))
        return now if quiet[-2:] == [True, True] else None
    now = wait(browser, RUN_TIMEOUT, over, f"{name}: the run did not finish",
               lambda: state(browser))
    browser.execute_script(SCROLL_TO_END)  # to the end, as a reader would: every output drawn
    return [int(count[1]) if count else None for count in (re.fullmatch(r"\[(\d+)\]:", p) for p in now["prompts"])]


def screenshot(browser, stem, size):
    """The first chart in view (or the top, without one), at this window size."""
    browser.execute_async_script(SCROLL_TO_CHART)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{stem}_{size[0]}x{size[1]}.png"))


def top_folder_in_file_browser(browser):
    """Click the house in the file browser's path (the folder JupyterLab serves) and list what it shows."""
    browser.find_element(By.CSS_SELECTOR, "#filebrowser .jp-BreadCrumbs-home").click()

    def listed():
        if browser.find_elements(By.CSS_SELECTOR, "#filebrowser .jp-BreadCrumbs-item"):
            return None  # still in a folder below
        names = [item.text.strip() for item in
                 browser.find_elements(By.CSS_SELECTOR, "#filebrowser .jp-DirListing-item .jp-DirListing-itemText")]
        return names or None
    return wait(browser, 20, listed, "the file browser did not show the top folder")


def visit_the_course(browser, lab, course, seen):
    """Everything the browser does; what it sees goes into `seen`."""
    browser.switch_to.new_window("tab")
    # A learner's window has the focus; a new headless tab does not, and JupyterLab marks the current tab by it.
    browser.execute_cdp_cmd("Emulation.setFocusEmulationEnabled", {"enabled": True})
    browser.set_viewport(*SIZES[0])
    started = begun = time.monotonic()
    seen["address"] = lab.address()
    seen["seconds"] = {"lab command": round(time.monotonic() - started, 1)}
    contents = open_notebook(browser, lab, seen["address"].replace("token=...", f"token={lab.token}"), CONTENTS.name, 0)
    seen["contents"] = {"tab": contents["tab"], "title": browser.title,
                        "dialogs": contents["dialogs"], "toasts": contents["toasts"]}
    seen["top folder"] = top_folder_in_file_browser(browser)
    seen["seconds"]["contents page"] = round(time.monotonic() - begun, 1)

    # The two lessons, in the copy, as JupyterLab has them (the checkout's may be changing while the tests run).
    seen["lesson names"] = names = IN_THE_LAB
    code_cells = {name: sum(cell.cell_type == "code" for cell in
                            nbformat.read(course / "notebooks" / name, as_version=4).cells) for name in names}
    started = time.monotonic()
    open_from_file_browser(browser, "notebooks")
    for name in names:  # each opens in a tab of its own and starts its kernel; they start side by side
        open_from_file_browser(browser, name)
        wait(browser, 20, lambda name=name: state(browser)["tab"] == name, f"{name} did not open in a tab")
    for name in names:  # each runs as soon as it is ready, while the other may still be opening
        show_tab(browser, name)
        ready(browser, lab, name, code_cells[name])
        run_all(browser, name, restart=name == names[-1])
    seen["seconds"]["open and start both lessons"] = round(time.monotonic() - started, 1)

    started = time.monotonic()
    for name in names:
        show_tab(browser, name)
        counts = run_is_over(browser, name)

        def loaded():
            outputs = browser.execute_script(OUTPUTS)
            return outputs if all(image["complete"] for image in outputs["images"]) else None
        outputs = wait(browser, 30, loaded, f"{name}: images still loading")
        after = state(browser)
        seen["lessons"][name] = {"code cells": code_cells[name], "counts": counts, "dialogs": after["dialogs"],
                                 "toasts": after["toasts"], **outputs}
        menu(browser, "File", "Save Notebook")  # into the copy, so that nothing is left unsaved
        wait(browser, 30, lambda: not browser.find_elements(By.CSS_SELECTOR, UNSAVED), f"{name} was not saved")
        screenshot(browser, name.removesuffix(".ipynb"), SIZES[0])
    seen["seconds"]["run both lessons"] = round(time.monotonic() - started, 1)
    # CSS animations still running once both lessons have run: a blinking cursor in each cell would be one each.
    seen["animations"] = browser.execute_script(
        "return document.getAnimations().filter(a => a instanceof CSSAnimation && a.playState === 'running')"
        ".map(a => a.animationName)")
    seen["sessions"] = sorted(session["path"] for session in lab.api("GET", "/api/sessions"))
    seen["kernels"] = len(lab.api("GET", "/api/kernels"))

    started = time.monotonic()
    show_tab(browser, CONTENTS.name)
    screenshot(browser, CONTENTS.stem, SIZES[0])
    for size in SIZES[1:]:
        browser.set_viewport(*size)
        for name in [CONTENTS.name, *names]:
            show_tab(browser, name)
            screenshot(browser, name.removesuffix(".ipynb"), size)
    seen["seconds"]["more screenshots"] = round(time.monotonic() - started, 1)
    browser.get("about:blank")  # leave JupyterLab; stopping it (below) shuts down every kernel


@pytest.fixture(scope="module")
def seen(browser):
    """Start the course's lab command in a copy, visit the course in the browser, stop everything; what was seen."""
    folder = Path(tempfile.mkdtemp(prefix="course-lab-"))
    seen = {"lessons": {}}
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # an earlier run's, of lessons this one may not open
    try:
        course = copy_course(folder)
        home = browser.current_window_handle
        lab = Lab(folder, course)
        try:
            visit_the_course(browser, lab, course, seen)
        except BaseException:
            print(f"The lab command's last words:\n{lab.log()}")
            try:  # what the browser showed then
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                browser.save_screenshot(str(SCREENSHOTS / "failed.png"))
                print(f"The browser showed: {SCREENSHOTS / 'failed.png'}")
            except Exception:
                pass
            raise
        finally:
            try:
                if browser.current_window_handle != home:
                    browser.close()  # the tab; WebDriver closes it without asking about unsaved work
                    browser.switch_to.window(home)
            finally:
                stopping = time.monotonic()
                seen["left behind"] = lab.stop()
                seen.setdefault("seconds", {})["stop"] = round(time.monotonic() - stopping, 1)
        seen["results"] = sorted(path.name for path in (course / "results").glob("*"))
        print(f"Seconds: {seen['seconds']}")  # shown with pytest -s
        yield seen
    finally:
        link = folder / "course" / ".venv"
        if link.is_symlink():
            link.unlink()  # first, so that nothing can ever delete through it into the checkout's environment
        shutil.rmtree(folder, ignore_errors=True)


def test_lab_command_prints_the_contents_page(seen):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/lab/tree/notebooks/00_index\.ipynb\?token=\S+", seen["address"])


def test_contents_page_opens_as_the_active_tab(seen):
    assert seen["contents"]["tab"] == CONTENTS.name
    assert seen["contents"]["title"].startswith(CONTENTS.name)


def test_no_question_or_dialog_over_the_course(seen):
    """No "Would you like to receive official Jupyter news?" and no other pop-up, on opening or after a lesson."""
    shown = {"contents": seen["contents"]["dialogs"] + seen["contents"]["toasts"]}
    shown.update({name: lesson["dialogs"] + lesson["toasts"] for name, lesson in seen["lessons"].items()})
    assert {name: found for name, found in shown.items() if found} == {}


def test_nothing_keeps_moving_once_the_lessons_have_run(seen):
    """The course's JupyterLab settings (course.py) keep the cursor steady: no blinking in any cell."""
    assert seen["animations"] == []


def test_file_browser_holds_the_whole_course(seen):
    assert {"data", "notebooks", "course.py"} <= set(seen["top folder"]), seen["top folder"]


def test_two_lessons_run_side_by_side_from_top_to_bottom(seen):
    assert list(seen["lessons"]) == seen["lesson names"] == IN_THE_LAB
    assert set(IN_THE_LAB) <= {path.name for path in LESSONS}
    # One kernel for each notebook open, the contents page included: none piled up.
    assert seen["sessions"] == sorted(f"notebooks/{name}" for name in [CONTENTS.name, *seen["lesson names"]])
    assert seen["kernels"] == len(seen["sessions"])
    for name, lesson in seen["lessons"].items():
        assert lesson["counts"] == list(range(1, lesson["code cells"] + 1)), name
        assert lesson["errors"] == [], name
    assert any(name.endswith(".png") for name in seen["results"]), "the lessons wrote no charts to results/"


def test_every_chart_is_drawn(seen):
    charts = {name: lesson["images"] for name, lesson in seen["lessons"].items()}
    assert any(charts.values())
    assert {name: [i for i, img in enumerate(images) if not img["width"]] for name, images in charts.items()} == {
        name: [] for name in charts}


# Known: JupyterLab 4.6 draws an image/png output without the alt text that textkit puts in the output's
# metadata (only the site's pages use it). Strict: once the charts carry alt text in JupyterLab, this fails
# as "XPASS", as a reminder to remove this mark.
@pytest.mark.xfail(strict=True, raises=AssertionError, reason="JupyterLab draws no alt text from output metadata")
def test_every_chart_has_alt_text(seen):
    missing = {name: sum(not image["alt"].strip() for image in lesson["images"])
               for name, lesson in seen["lessons"].items()}
    assert {name: count for name, count in missing.items() if count} == {}


def test_nothing_loaded_from_outside_this_computer(seen):
    assert {name: lesson["external"] for name, lesson in seen["lessons"].items() if lesson["external"]} == {}


def test_no_process_left_behind(seen):
    assert seen["left behind"] == []
