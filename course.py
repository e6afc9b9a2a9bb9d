"""Set up the course in its own virtual environment (.venv) and run it.

    python3 course.py lab    install what is needed, then open the course in JupyterLab (options such as
                             --no-browser go on to JupyterLab)
    python3 course.py test   install what is needed, then run every test (unit tests + notebooks), on
                             every core; options such as -k lab go on to pytest
    python3 course.py outputs  run every notebook again and store its new outputs (after a change)
    python3 course.py site   write the lessons, with their stored outputs, as web pages to site/
    python3 course.py bench  time the lessons, the lab command, the pipeline, a 5 MB text and the tests
                             (see tools/benchmark.py)
    python3 course.py article PATH [--actors PATH] [--results FOLDER]
                             run notebook 05 on your own article (see tools/own_article.py)
    python3 course.py progress FOLDER [--csv PATH]
                             which exercises each student's saved notebooks have done (see tools/progress.py)

On Windows, type "py" instead of "python3".
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def environment():
    # Put this environment's Jupyter kernel first, ahead of any "python3" kernel elsewhere on the computer.
    kernels = str(VENV / "share" / "jupyter")
    env = dict(os.environ, JUPYTER_PATH=os.pathsep.join(filter(None, [kernels, os.environ.get("JUPYTER_PATH")])))
    env["PYTHONPATH"] = os.pathsep.join([str(HERE / "notebooks"), str(HERE / "tools")])  # textkit, lessons
    return env


def run(*command, cwd=HERE):
    completed = subprocess.run([str(part) for part in command], cwd=cwd, env=environment())
    if completed.returncode:
        sys.exit(completed.returncode)


def setup():
    if sys.version_info < (3, 11):
        sys.exit(f"The course needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"Creating a virtual environment in {VENV.name}/ ...", flush=True)
        try:
            venv.create(VENV, with_pip=True)
        except Exception as err:  # Debian and Ubuntu ship venv separately
            sys.exit(f"Could not create {VENV.name}/ ({err}). On Debian or Ubuntu: sudo apt install python3-venv")
    # Install only when requirements.txt or the Python version changed since the last time: a stamp says which.
    stamp = VENV / "course-setup.txt"
    wanted = f"{sys.version}\n{(HERE / 'requirements.txt').read_text(encoding='utf-8')}"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return
    print("Installing the course's packages (requirements.txt) ...", flush=True)
    run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--quiet", "-r", "requirements.txt")
    # Build matplotlib's font cache now, so its one-off notice never lands in a notebook.
    run(PYTHON, "-c", "import matplotlib.pyplot")
    stamp.write_text(wanted, encoding="utf-8")


# JupyterLab settings for this environment only: no "Would you like to receive official Jupyter news?" pop-up,
# and a cursor that does not blink (blinking distracts some readers, and one in every cell keeps a laptop busy).
LAB_SETTINGS = json.dumps({
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false"},
    "@jupyterlab/codemirror-extension:plugin": {"defaultConfig": {"cursorBlinkRate": 0}},
}) + "\n"


def lab(*options):
    setup()
    settings = VENV / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(LAB_SETTINGS, encoding="utf-8")
    # The whole course folder in the file browser, and the address printed opens the contents page.
    # JUPYTER_PORT and JUPYTER_TOKEN, if set, choose the port and the token, as for "jupyter lab".
    command = [PYTHON, "-m", "jupyter", "lab", f"--ServerApp.root_dir={HERE}",
               "--LabApp.default_url=/lab/tree/notebooks/00_index.ipynb", *options]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root, as in a container
        command.append("--allow-root")
    server = subprocess.Popen([str(part) for part in command], cwd=HERE, env=environment())
    # Ctrl+C is JupyterLab's to answer ("Shut down this Jupyter server (y/[n])?"), not ours.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Asked to stop (kill, a service manager, a time limit): JupyterLab stops too, and shuts down its kernels.
    signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    sys.exit(server.wait())


AXE = VENV / "axe" / "node_modules" / "axe-core" / "axe.min.js"  # the accessibility checker the page test runs


def install_axe():
    """axe-core, pinned, from the npm registry, for the page test: only if npm is there, and only once."""
    npm = shutil.which("npm")
    if AXE.exists() or npm is None:
        return
    print("Installing axe-core for the accessibility check of the lesson pages ...", flush=True)
    subprocess.run([npm, "install", "--prefix", str(AXE.parents[2]), "--no-audit", "--no-fund", "--silent",
                    "axe-core@4.14.1"], cwd=HERE, check=False)


def test(*options):
    setup()
    install_axe()
    run(PYTHON, "-m", "ruff", "check", ".")
    # One test worker per core. A test file stays on one worker (--dist loadfile), so a notebook's cells run
    # in order in one kernel; files start in the order conftest.py gives them (the slowest first).
    workers = max(2, os.cpu_count() or 1)
    run(PYTHON, "-m", "pytest", "-n", str(workers), "--dist", "loadfile", "--no-loadscope-reorder", *options)


def outputs():
    setup()
    run(PYTHON, "tools/store_outputs.py")


def site():
    setup()
    run(PYTHON, "tools/build_site.py")


def bench(*options):
    setup()
    run(PYTHON, "tools/benchmark.py", *options)


def article(*arguments):
    setup()
    here = Path.cwd()  # paths are read from the folder the command was typed in
    run(PYTHON, HERE / "tools" / "own_article.py", *arguments, cwd=here)


def progress(*arguments):
    setup()
    here = Path.cwd()  # FOLDER and --csv are read from the folder the command was typed in
    run(PYTHON, HERE / "tools" / "progress.py", *arguments, cwd=here)


if __name__ == "__main__":
    tasks = {"lab": lab, "test": test, "outputs": outputs, "site": site, "bench": bench, "article": article,
             "progress": progress}
    with_options = {"lab", "test", "bench", "article", "progress"}  # the others take no options
    task, options = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if task not in tasks or (options and task not in with_options):
        sys.exit(__doc__)
    if task in with_options:
        tasks[task](*options)
    else:
        tasks[task]()
