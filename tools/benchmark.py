"""How long the course takes to run: a benchmark to read, not a timed test.

    python3 course.py bench

1. Each lesson notebook, executed headless from start to finish, 3 times:
   the median time. Target: under 5 s each on a 2-core machine.
2. The analysis pipeline (tokenise + count terms + find actors) on a corpus of
   1,000 copies of the article, beside a bare-NLTK baseline that does the same
   tokenising and counting, in the same run. Target: within 1.5x the baseline.
3. Notebook 05 run end to end (papermill) on a 5 MB text, 1,000 copies of the
   article with the general actor list: the time, and the kernel's peak memory.
"""

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import papermill
from nltk import FreqDist
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

import textkit as tk
from lessons import LESSONS, NOTEBOOKS, THIS_PYTHON, execute, read

ROUNDS = 3


def seconds(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def time_notebooks():
    print(f"Notebooks: median of {ROUNDS} headless runs each (target: under 5 s)")
    for path in LESSONS:
        times = [seconds(lambda path=path: execute(read(path))) for _ in range(ROUNDS)]
        median = statistics.median(times)
        print(f"  {path.name:34} {median:5.1f} s   {'ok' if median < 5 else 'over target'}")


def pipeline(text, actors):
    """What the course does: sentences, tokens, term counts, actor mentions."""
    sentences = tk.sentences_table(text)
    tokens = tk.tokens_table(sentences)
    tk.term_counts(tokens)
    tk.find_mentions(tokens, actors)


def baseline(text):
    """The same tokenising and counting with NLTK alone: Punkt trained on the text, word tokens, FreqDist."""
    splitter = PunktSentenceTokenizer(text)
    words = NLTKWordTokenizer()
    sentences = [s for paragraph in text.split("\n") if paragraph.strip() for s in splitter.tokenize(paragraph)]
    FreqDist(token.lower() for sentence in sentences for token in words.tokenize(sentence) if tk.is_word(token))


def time_pipeline(copies):
    article = tk.read_article(NOTEBOOKS.parent / "data" / "article.txt")
    actors = tk.load_actors(NOTEBOOKS.parent / "data" / "actors.csv")
    corpus = "\n".join([article] * copies)
    words = len(article.split()) * copies
    print(f"\nPipeline on {copies:,} copies of the article ({words:,} words; target: within 1.5x the baseline)")
    ours = seconds(lambda: pipeline(corpus, actors))
    bare = seconds(lambda: baseline(corpus))
    print(f"  course pipeline (tokenise + count + find actors) {ours:6.1f} s  {words / ours:9,.0f} words/s")
    print(f"  bare NLTK (tokenise + count)                      {bare:6.1f} s  {words / bare:9,.0f} words/s")
    ratio = ours / bare
    print(f"  ratio {ratio:.2f}x   {'ok' if ratio <= 1.5 else 'over target'}")


def time_big_text(copies=1000):
    article = tk.read_article(NOTEBOOKS.parent / "data" / "article.txt")
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        big.write_text("\n".join([article] * copies), encoding="utf-8")
        size = big.stat().st_size / 1e6
        print(f"\nNotebook 05 on a {size:.1f} MB text ({copies:,} copies of the article), general actor list")
        took = seconds(lambda: papermill.execute_notebook(
            str(NOTEBOOKS / "05_your_own_article.ipynb"), str(Path(folder) / "out.ipynb"), cwd=str(NOTEBOOKS),
            parameters={"article_path": str(big), "results_dir": str(Path(folder) / "results")},
            progress_bar=False, **THIS_PYTHON))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
    print(f"  run all cells {took:6.1f} s   kernel's peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    if sys.argv[1:] == ["big"]:
        time_big_text()
    else:
        time_notebooks()
        time_pipeline(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
        time_big_text()
