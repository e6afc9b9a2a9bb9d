"""Notebook 05 run through papermill, as a learner would from the command line."""

import hashlib

import pandas as pd
import papermill
import pytest

import textkit as tk
from lessons import NOTEBOOKS, ROOT, THIS_PYTHON

NOTEBOOK = NOTEBOOKS / "05_your_own_article.ipynb"

ARTICLE = """Leaders Meet in Brussels

European Commission President Ursula von der Leyen met Ukrainian President Volodymyr Zelensky in Brussels on Tuesday.
The IAEA said its inspectors were ready to return. The Group of Seven backed the plan.

Despite the talks, Russia’s foreign ministry warned NATO. Zelensky thanked the IAEA and the Group of Seven.
"""


def run_notebook(tmp_path, **parameters):
    return papermill.execute_notebook(
        str(NOTEBOOK), str(tmp_path / "out.ipynb"), parameters=parameters,
        cwd=str(NOTEBOOK.parent), progress_bar=False, **THIS_PYTHON,
    )


def data_fingerprint():
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted((ROOT / "data").iterdir())}


def test_a_new_article_is_analysed_by_changing_parameters(tmp_path):
    before = data_fingerprint()
    article = tmp_path / "summit news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    results = tmp_path / "results"
    run_notebook(tmp_path, article_path=str(article), results_dir=str(results))

    names = {path.name for path in results.iterdir()}
    for expected in ("actor_counts.csv", "actor_mentions.csv", "term_counts.csv", "candidates.csv",
                     "co_mentions.csv", "top_terms.png", "actor_mentions.png", "actor_heatmap.png"):
        assert expected in names

    counts = pd.read_csv(results / "actor_counts.csv")
    assert list(counts.columns) == ["actor", "kind", "mentions"]
    assert dict(zip(counts["actor"], counts["mentions"])) == {
        "Volodymyr Zelenskiy": 2, "Ukraine": 1, "Russia": 1, "NATO": 1}
    mentions = pd.read_csv(results / "actor_mentions.csv")
    assert list(mentions.columns) == ["actor", "kind", "alias", "paragraph", "sentence"]

    candidates = pd.read_csv(results / "candidates.csv")
    assert list(candidates.columns) == ["name", "count"]
    found = dict(zip(candidates["name"], candidates["count"]))
    assert found["IAEA"] == 2 and found["Group of Seven"] == 2
    assert found["Ursula von der Leyen"] == 1 and found["European Commission"] == 1 and found["Brussels"] == 2
    for not_a_name in ("The", "Despite", "President", "Tuesday"):
        assert not_a_name not in found
    assert data_fingerprint() == before


def test_default_results_folder_is_named_after_the_article(tmp_path):
    article = tmp_path / "my_article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run_notebook(tmp_path, article_path=str(article))
    folder = ROOT / "results" / "my_article"
    try:
        assert (folder / "actor_counts.csv").exists()
    finally:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


def test_course_article_gives_notebook_03_counts(tmp_path):
    run_notebook(tmp_path, results_dir=str(tmp_path / "results"))
    tokens = tk.tokens_table(tk.sentences_table(tk.read_article(ROOT / "data" / "article.txt")))
    expected = tk.actor_counts(tk.find_mentions(tokens, tk.load_actors(ROOT / "data" / "actors.csv")))
    assert pd.read_csv(tmp_path / "results" / "actor_counts.csv").values.tolist() == expected.values.tolist()


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: None, "no such file"),
        (lambda d: (d / "article.txt").write_bytes(b"\n  \n"), "the file is empty"),
        (lambda d: (d / "article.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3"), "not a plain-text file"),
        (lambda d: (d / "article.txt").write_bytes("Seoul’s move".encode("cp1252")), "not saved as UTF-8"),
    ],
)
def test_bad_article_stops_with_a_message_and_writes_nothing(tmp_path, setup, message):
    setup(tmp_path)
    results = tmp_path / "results"
    with pytest.raises(papermill.PapermillExecutionError) as error:
        run_notebook(tmp_path, article_path=str(tmp_path / "article.txt"), results_dir=str(results))
    assert error.value.ename == "InputError"
    assert "article.txt" in error.value.evalue and message in error.value.evalue
    assert not results.exists()


def test_bad_actor_list_stops_with_a_message_and_writes_nothing(tmp_path):
    actors = tmp_path / "my_actors.csv"
    actors.write_text("actor,kind,alias\nRussia,country,Moscow\nMoscow City,organisation,Moscow\n", encoding="utf-8")
    results = tmp_path / "results"
    with pytest.raises(papermill.PapermillExecutionError) as error:
        run_notebook(tmp_path, actors_path=str(actors), results_dir=str(results))
    assert "my_actors.csv" in error.value.evalue and "'Moscow' is given to Russia and Moscow City" in error.value.evalue
    assert not results.exists()


def test_a_whole_book_works(tmp_path):
    article = tmp_path / "book.txt"
    book = "\n".join((ROOT / "data" / "article.txt").read_text(encoding="utf-8") for _ in range(40))
    article.write_text(book, encoding="utf-8")
    out = run_notebook(tmp_path, article_path=str(article), results_dir=str(tmp_path / "results"))
    printed = "".join(o.get("text", "") for cell in out.cells for o in cell.get("outputs", []))
    assert "the heatmap shows the text in 20 equal parts" in printed
    counts = pd.read_csv(tmp_path / "results" / "actor_counts.csv")
    assert counts["mentions"].sum() == 88 * 40
