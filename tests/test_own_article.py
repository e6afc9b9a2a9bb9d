"""Notebook 05 on other articles, as a learner runs it.

A new article goes through the article command (papermill), as a learner would type it. The other runs
share one kernel: each runs the notebook from the top with its own parameters, put in as papermill puts
them, as a learner runs it again after choosing another file (so they also show that running it again
works).
"""

import contextlib
import hashlib
import io
import os
import shutil

import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

import lessons
import textkit as tk
from lessons import NOTEBOOKS, ROOT, THIS_PYTHON, read

NOTEBOOK = NOTEBOOKS / "05_your_own_article.ipynb"

ARTICLE = """Leaders Meet in Brussels

European Commission President Ursula von der Leyen met Ukrainian President Volodymyr Zelensky in Brussels on Tuesday.
The IAEA said its inspectors were ready to return. The Group of Seven backed the plan.

Despite the talks, Russia’s foreign ministry warned NATO. Zelensky thanked the IAEA and the Group of Seven.
"""


def printed(notebook):
    """What the whole notebook printed."""
    return "".join(lessons.printed(cell) for cell in notebook.cells)


def data_fingerprint():
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted((ROOT / "data").iterdir())}


@pytest.fixture(scope="module")
def kernel():
    """One kernel for the runs below that are not papermill's own."""
    client = NotebookClient(read(NOTEBOOK), timeout=300, resources={"metadata": {"path": str(NOTEBOOKS)}},
                            **THIS_PYTHON)
    with client.setup_kernel():
        yield client


def run_again(client, **parameters):
    """Notebook 05 from the top in the shared kernel, with these parameters (put in as papermill puts them), as a
    learner runs it again after choosing another file. Returns the notebook run, and the error it stopped with,
    if it stopped."""
    client.nb = parameterize_notebook(load_notebook_node(str(NOTEBOOK)), parameters)
    for index, cell in enumerate(client.nb.cells):
        try:
            client.execute_cell(cell, index)
        except CellExecutionError:
            return client.nb, next(output for output in cell.outputs if output.output_type == "error")
    return client.nb, None


def run_until_stopped(client, **parameters):
    notebook, error = run_again(client, **parameters)
    assert error is not None, f"notebook 05 ran to the end with {parameters}"
    return error


def run_to_the_end(client, **parameters):
    notebook, error = run_again(client, **parameters)
    assert error is None, f"notebook 05 stopped with {parameters}: {error.evalue}"
    return notebook


@pytest.fixture(scope="module")
def summit(tmp_path_factory):
    """ARTICLE, new to the course, run with the general actor list by the article command, as a learner types
    it, with paths relative to the folder they are in: the folder, what the command printed, the executed
    notebook."""
    import own_article

    folder = tmp_path_factory.mktemp("summit")
    before = data_fingerprint()
    (folder / "summit news.txt").write_text(ARTICLE, encoding="utf-8")
    printed_out = io.StringIO()
    here = os.getcwd()
    try:
        os.chdir(folder)
        with contextlib.redirect_stdout(printed_out):
            own_article.main(["summit news.txt", "--results", "results"])
    finally:
        os.chdir(here)
    assert data_fingerprint() == before
    return folder, printed_out.getvalue(), read(folder / "results" / NOTEBOOK.name)


def test_a_new_article_is_analysed_with_the_general_actor_list(summit):
    folder, _, out = summit
    results = folder / "results"
    names = {path.name for path in results.iterdir()}
    for expected in ("actor_counts.csv", "actor_mentions.csv", "term_counts.csv", "candidates.csv",
                     "co_mentions.csv", "my_actors.csv", "top_terms.png", "actor_mentions.png", "actor_heatmap.png"):
        assert expected in names

    counts = pd.read_csv(results / "actor_counts.csv")
    assert list(counts.columns) == ["actor", "kind", "mentions"]
    assert dict(zip(counts["actor"], counts["mentions"])) == {
        "G7": 2, "International Atomic Energy Agency": 2, "European Commission": 1, "NATO": 1, "Russia": 1,
        "Ukraine": 1}
    mentions = pd.read_csv(results / "actor_mentions.csv")
    assert list(mentions.columns) == ["actor", "kind", "alias", "paragraph", "sentence"]

    candidates = pd.read_csv(results / "candidates.csv")
    assert list(candidates.columns) == ["name", "count", "kind"]
    found = dict(zip(candidates["name"], candidates["count"]))
    assert found == {"Volodymyr Zelensky": 2, "Brussels": 2, "Ursula von der Leyen": 1}
    kinds = dict(zip(candidates["name"], candidates["kind"]))
    assert kinds == {"Volodymyr Zelensky": "person", "Brussels": "place", "Ursula von der Leyen": "person"}
    assert "stop words" in printed(out) and "not in English" not in printed(out)


def test_course_article_with_the_course_list_gives_notebook_03_counts(kernel, tmp_path):
    run_to_the_end(kernel, actors_path=str(ROOT / "data" / "actors.csv"), results_dir=str(tmp_path / "results"))
    tokens = tk.tokens_table(tk.sentences_table(tk.read_article(ROOT / "data" / "article.txt")))
    expected = tk.actor_counts(tk.find_mentions(tokens, tk.load_actors(ROOT / "data" / "actors.csv")))
    assert pd.read_csv(tmp_path / "results" / "actor_counts.csv").values.tolist() == expected.values.tolist()


def test_the_learners_own_list_is_read_and_never_overwritten(kernel, tmp_path, summit):
    article = shutil.copy(summit[0] / "summit news.txt", tmp_path)
    results = shutil.copytree(summit[0] / "results", tmp_path / "results")  # after a first run, as in summit
    mine = results / "my_actors.csv"
    assert mine.read_bytes() == (ROOT / "data" / "world_actors.csv").read_bytes()

    # The learner deletes "Ukrainian", adds a note and three rows, and runs again with their list.
    lines = [line for line in mine.read_text(encoding="utf-8").splitlines() if line != "Ukraine,country,Ukrainian,"]
    lines += ["# added after reading the article", "Russia,country,Kremlin,",
              "Volodymyr Zelensky,person,Volodymyr Zelensky,", "Volodymyr Zelensky,person,Zelensky,"]
    mine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    edited = mine.read_bytes()
    run_to_the_end(kernel, article_path=str(article), actors_path=str(mine), results_dir=str(results))
    run_to_the_end(kernel, article_path=str(article), actors_path=str(mine), results_dir=str(results))

    assert mine.read_bytes() == edited
    counts = pd.read_csv(results / "actor_counts.csv")
    assert dict(zip(counts["actor"], counts["mentions"])) == {
        "G7": 2, "International Atomic Energy Agency": 2, "Volodymyr Zelensky": 2, "European Commission": 1,
        "NATO": 1, "Russia": 1}
    assert "Volodymyr Zelensky" not in set(pd.read_csv(results / "candidates.csv")["name"])


def test_a_saved_web_page_gives_the_candidates_of_its_text(kernel, tmp_path, summit):
    headline, *lines = [line for line in ARTICLE.splitlines() if line.strip()]
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = tmp_path / "summit.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>{headline} - World News</title></head><body>\n"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/privacy'>Privacy Policy</a></nav>\n"
        f"<main><article><h1>{headline}</h1>\n{body}</article></main>\n"
        "<aside>Most Read: Storm Hits Coast</aside><footer>Copyright World News Ltd. Terms of Service.</footer>"
        "</body></html>", encoding="utf-8")
    out = run_to_the_end(kernel, article_path=str(page), results_dir=str(tmp_path / "page"))

    assert f"a saved web page, read without its menus and footer; its title: {headline}" in printed(out)
    from_page = pd.read_csv(tmp_path / "page" / "candidates.csv")
    assert from_page.equals(pd.read_csv(summit[0] / "results" / "candidates.csv"))  # the article as plain text
    terms = set(pd.read_csv(tmp_path / "page" / "term_counts.csv")["term"])
    assert not {"href", "div", "privacy", "copyright", "storm", "home"} & terms
    assert not {"Privacy Policy", "Most Read", "World News Ltd", "DOCTYPE"} & set(from_page["name"])


def test_text_in_another_language_gets_a_note_and_no_warnings_and_results_named_after_it(kernel, tmp_path):
    article = tmp_path / "noticia.txt"
    article.write_text("الرئيس المصري يلتقي الوفد\n\nEl presidente de México habló con los periodistas en la capital "
                       "sobre los aranceles y la economía. Sheinbaum dijo que el diálogo con Washington sigue.\n",
                       encoding="utf-8")
    folder = ROOT / "results" / "noticia"  # the default results folder: named after the article
    try:
        out = run_to_the_end(kernel, article_path=str(article))
        assert (folder / "actor_counts.csv").exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert "this text seems not to be in English" in printed(out)
    streams = [output for cell in out.cells for output in cell.get("outputs", []) if output.get("name") == "stderr"]
    assert streams == []


BAD_ARTICLES = {
    "a folder": (lambda d: (d / "article.txt").mkdir(), "is a folder, not a file"),
    "missing": (lambda d: None, "no such file"),
    "empty": (lambda d: (d / "article.txt").write_bytes(b"\n  \n"), "is empty"),
    "a PDF": (lambda d: (d / "article.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3"), "is a PDF, not plain text"),
    "UTF-16 LE": (lambda d: (d / "article.txt").write_bytes("Seoul’s move".encode("utf-16-le")), "UTF-16"),
    "UTF-16 BE": (lambda d: (d / "article.txt").write_bytes("Seoul’s move".encode("utf-16")), "UTF-16"),
    "cp1252": (lambda d: (d / "article.txt").write_bytes("Seoul’s move".encode("cp1252")), "not saved as UTF-8"),
}


def check_stopped(error, path, message, results):
    """One short message: the course's, naming the file by its full path, and nothing written."""
    assert error.ename == "InputError"
    assert str(path.resolve()) in error.evalue and message in error.evalue
    shown = "\n".join(error.traceback).splitlines()
    assert len(shown) <= 4 and shown[0].startswith("Stopped: ")
    assert not results.exists()


@pytest.mark.parametrize("name", BAD_ARTICLES)
def test_bad_article_stops_with_one_short_message_and_writes_nothing(kernel, tmp_path, name):
    setup, message = BAD_ARTICLES[name]
    setup(tmp_path)
    results = tmp_path / "results"
    error = run_until_stopped(kernel, article_path=str(tmp_path / "article.txt"), results_dir=str(results))
    check_stopped(error, tmp_path / "article.txt", message, results)


@pytest.mark.parametrize("content, message", [
    ("actor,kind,alias\nRussia,country,Moscow\nMoscow City,organisation,Moscow\n",
     "'Moscow' is given to Russia and Moscow City"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "is a Word or Excel file, not plain text"),  # .xlsx as .csv
])
def test_bad_actor_list_stops_with_one_short_message_and_writes_nothing(kernel, tmp_path, content, message):
    actors = tmp_path / "my_actors.csv"
    actors.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    results = tmp_path / "results"
    check_stopped(run_until_stopped(kernel, actors_path=str(actors), results_dir=str(results)), actors, message,
                  results)


@pytest.mark.parametrize("where, message", [("a file", "is a file, not a folder"), ("not writable", "cannot write")])
def test_a_results_folder_that_cannot_be_used_stops_before_any_work(kernel, tmp_path, where, message):
    if where == "a file":
        results = tmp_path / "results.txt"
        results.write_text("my notes\n", encoding="utf-8")
    elif os.geteuid() == 0:
        results = tmp_path / "locked" / "results"  # root may write anywhere, except below a file
        (tmp_path / "locked").write_text("", encoding="utf-8")
    else:
        (tmp_path / "locked").mkdir(mode=0o500)
        results = tmp_path / "locked" / "results"
    error = run_until_stopped(kernel, results_dir=str(results))
    assert error.ename == "InputError" and message in error.evalue
    assert str(results.resolve()) in error.evalue
    assert len("\n".join(error.traceback).splitlines()) <= 4


def test_a_text_of_many_paragraphs_is_shown_in_twenty_parts(kernel, tmp_path):
    article = tmp_path / "book.txt"
    copies = 5  # 50 paragraphs: more than the heatmap gives a column each
    book = "\n".join((ROOT / "data" / "article.txt").read_text(encoding="utf-8") for _ in range(copies))
    article.write_text(book, encoding="utf-8")
    out = run_to_the_end(kernel, article_path=str(article), actors_path=str(ROOT / "data" / "actors.csv"),
                         results_dir=str(tmp_path / "results"))
    assert "the heatmap shows the text in 20 equal parts" in printed(out)
    counts = pd.read_csv(tmp_path / "results" / "actor_counts.csv")
    assert counts["mentions"].sum() == 88 * copies


def test_the_article_command_prints_only_the_message_or_where_results_are(tmp_path, monkeypatch, summit):
    import own_article

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        own_article.main(["missing.txt", "--results", "out"])
    assert stop.value.code == f"Stopped: {tmp_path.resolve() / 'missing.txt'}: no such file. " \
                              "Check the file name and the folder it is in."
    assert not (tmp_path / "out").exists()

    folder, printed_out, _ = summit  # the command, run on an article that it can read
    assert printed_out.strip() == f"Done. The tables, the charts and the executed notebook are in " \
                                  f"{folder.resolve() / 'results'}"
    written = {path.name for path in (folder / "results").iterdir()}
    assert {"candidates.csv", "05_your_own_article.ipynb", "my_actors.csv"} <= written
