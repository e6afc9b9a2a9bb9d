"""How long the course takes to run: a benchmark to read, not a timed test.

    python3 course.py bench

Every figure is a median of ROUNDS runs, and every comparison is made in one run
of this script, the two sides alternating, so that a busy moment of the machine
falls on both. Run it on a quiet machine (check `uptime` first).

1. Each lesson, executed headless from start to finish, beside its floor: a fresh
   kernel that only imports textkit (what every lesson must pay anyway).
2. `course.py lab` against `jupyter lab` started directly: seconds until the server
   answers HTTP.
3. Each stage of the analysis pipeline on copies of the article, beside a bare-NLTK
   baseline (the same tokenising and counting) and a lower bound (a regular
   expression and collections.Counter, which do no sentence splitting at all).
4. Notebook 05 end to end on a 5 MB text (1,000 copies of the article) with the
   general actor list: the time, and the kernel's peak memory.
5. `python3 course.py test` (every test, on every core): the median of 3 runs.

    python3 course.py bench big     only 4;   python3 course.py bench tests   only 5
"""

import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

import nbformat
import papermill
from nltk import FreqDist
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

import textkit as tk
from lessons import LESSONS, NOTEBOOKS, ROOT, THIS_PYTHON, execute, read

ROUNDS = 5
DATA = ROOT / "data"


def seconds(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def alternate(**sides):
    """Run each side ROUNDS times, alternating, and return each side's median in seconds."""
    times = {name: [] for name in sides}
    for _ in range(ROUNDS):
        for name, work in sides.items():
            times[name].append(seconds(work))
    return {name: statistics.median(values) for name, values in times.items()}


def time_notebooks():
    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import textkit as tk")])
    print(f"Lessons: median of {ROUNDS} headless runs, each beside the floor (a fresh kernel importing textkit)")
    print(f"  {'notebook':34} {'run':>6} {'floor':>6} {'ratio':>6}")
    for path in LESSONS:
        medians = alternate(lesson=lambda path=path: execute(read(path)), floor=lambda: execute(floor))
        ratio = medians["lesson"] / medians["floor"]
        print(f"  {path.name:34} {medians['lesson']:5.2f}s {medians['floor']:5.2f}s {ratio:5.2f}x")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answer_time(command):
    """Seconds from starting a server to its first HTTP answer."""
    port, token = free_port(), "bench"
    env = dict(os.environ, JUPYTER_PORT=str(port), JUPYTER_TOKEN=token)
    start = time.perf_counter()
    server = subprocess.Popen([*command, "--no-browser", f"--port={port}"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.perf_counter() - start < 60:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api?token={token}", timeout=1)
                return time.perf_counter() - start
            except OSError:
                time.sleep(0.02)
        raise RuntimeError(f"{command} did not answer in 60 s")
    finally:
        os.killpg(server.pid, 15)
        server.wait()


def time_lab():
    root = ["--allow-root"] if os.geteuid() == 0 else []
    times = {"course.py lab": [], "jupyter lab": []}
    for _ in range(ROUNDS):
        times["course.py lab"].append(answer_time([sys.executable, str(ROOT / "course.py"), "lab"]))
        times["jupyter lab"].append(answer_time([sys.executable, "-m", "jupyter", "lab", *root]))
    course, jupyter = (statistics.median(times[name]) for name in times)
    print(f"\nStarting JupyterLab: seconds until the server answers HTTP, median of {ROUNDS}, alternating")
    print(f"  python3 course.py lab {course:5.2f}s   jupyter lab {jupyter:5.2f}s   ratio {course / jupyter:4.2f}x")


def baseline(text):
    """The same tokenising and counting with NLTK alone: Punkt trained on the text, word tokens, FreqDist."""
    splitter = PunktSentenceTokenizer(text)
    words = NLTKWordTokenizer()
    sentences = [s for paragraph in text.split("\n") if paragraph.strip() for s in splitter.tokenize(paragraph)]
    FreqDist(token.lower() for sentence in sentences for token in words.tokenize(sentence) if tk.is_word(token))


def lower_bound(text):
    """Counting words with a regular expression and Counter: no sentences, no NLTK. As fast as counting gets."""
    Counter(re.findall(r"\w+", text.lower()))


def time_pipeline(copies=200):
    article = tk.read_article(DATA / "article.txt")
    corpus = "\n".join([article] * copies)
    actors = tk.load_actors(DATA / "actors.csv")
    stopwords, titles = tk.read_word_list(DATA / "stopwords.txt"), tk.read_word_list(DATA / "titles.txt")
    verbs, actions = tk.read_word_list(DATA / "reporting_verbs.txt"), tk.read_actions(DATA / "action_verbs.csv")
    words = len(corpus.split())
    stages = {}

    def course():
        started = time.perf_counter()
        steps = {}
        sentences = tk.sentences_table(corpus)
        steps["sentences_table"] = time.perf_counter()
        tokens = tk.tokens_table(sentences)
        steps["tokens_table"] = time.perf_counter()
        tk.term_counts(tokens)
        steps["term_counts"] = time.perf_counter()
        mentions = tk.find_mentions(tokens, actors)
        steps["find_mentions"] = time.perf_counter()
        tk.find_candidates(tokens, actors, stopwords, titles)
        steps["find_candidates"] = time.perf_counter()
        tk.co_mentions(mentions)
        steps["co_mentions"] = time.perf_counter()
        tk.find_statements(sentences, tokens, actors, verbs)
        steps["find_statements"] = time.perf_counter()
        tk.find_triples(tokens, actors, actions)
        steps["find_triples"] = time.perf_counter()
        for name, moment in steps.items():
            stages.setdefault(name, []).append(moment - started)
            started = moment

    tk.sentences.LONG_TEXT = float("inf")  # no progress bars in the figures
    medians = alternate(course=course, bare_nltk=lambda: baseline(corpus), regex_counter=lambda: lower_bound(corpus))
    print(f"\nPipeline on {copies:,} copies of the article ({words:,} words): median of {ROUNDS}, alternating")
    for name, values in stages.items():
        print(f"  {name:22} {statistics.median(values):6.2f}s")
    print(f"  {'whole course pipeline':22} {medians['course']:6.2f}s  {words / medians['course']:9,.0f} words/s")
    print(f"  {'bare NLTK baseline':22} {medians['bare_nltk']:6.2f}s  {words / medians['bare_nltk']:9,.0f} words/s"
          "   (tokenise + count only)")
    print(f"  {'regex + Counter':22} {medians['regex_counter']:6.2f}s  {words / medians['regex_counter']:9,.0f}"
          " words/s   (the lower bound)")
    print(f"  course / bare NLTK {medians['course'] / medians['bare_nltk']:.2f}x;"
          f" course / regex {medians['course'] / medians['regex_counter']:.0f}x")


def time_big_text(copies=1000, rounds=3):
    article = tk.read_article(DATA / "article.txt")
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        big.write_text("\n".join([article] * copies), encoding="utf-8")
        size = big.stat().st_size / 1e6

        def run():
            papermill.execute_notebook(
                str(NOTEBOOKS / "05_your_own_article.ipynb"), str(Path(folder) / "out.ipynb"), cwd=str(NOTEBOOKS),
                parameters={"article_path": str(big), "results_dir": str(Path(folder) / "results")},
                progress_bar=False, **THIS_PYTHON)

        took = statistics.median(seconds(run) for _ in range(rounds))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
    print(f"\nNotebook 05 on a {size:.1f} MB text ({copies:,} copies of the article), general actor list,"
          f" median of {rounds}")
    print(f"  run all cells {took:6.1f}s   kernel's peak memory {peak:,.0f} MB")


def time_tests(rounds=3):
    """`python3 course.py test` as a learner types it: set-up check, linter, every test on every core."""
    def run():
        finished = subprocess.run([sys.executable, str(ROOT / "course.py"), "test", "-q"], cwd=ROOT,
                                  capture_output=True, text=True)
        if finished.returncode:
            sys.exit(f"The tests failed:\n{finished.stdout[-2000:]}")
        return finished.stdout.strip().splitlines()[-1]

    times, last = [], ""
    for _ in range(rounds):
        started = time.perf_counter()
        last = run()
        times.append(time.perf_counter() - started)
    print(f"\npython3 course.py test, median of {rounds}: {statistics.median(times):5.1f}s   ({last.strip('= ')})")
    print("  every lesson runs under strict nbval (its worked solutions in the same kernel); two run again in"
          " JupyterLab")


if __name__ == "__main__":
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}\n")
    if sys.argv[1:] == ["big"]:
        time_big_text()
    elif sys.argv[1:] == ["tests"]:
        time_tests()
    else:
        time_notebooks()
        time_lab()
        time_pipeline()
        time_big_text()
        time_tests()
    print(f"\nLoad average after: {os.getloadavg()[0]:.2f}")
