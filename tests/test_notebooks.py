"""Checks on the notebooks themselves: links, exercises and their solutions, offline use.

(Strict nbval, configured in pytest.ini, runs every notebook and compares its outputs.)
"""

import base64
import hashlib
import json
import re
import struct
import subprocess
import sys

import pytest

from lessons import CONTENTS, LESSONS, NOTEBOOKS, PRIMER, ROOT, exercises, printed, read, with_solutions

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_lessons_are_numbered_in_order():
    assert [path.name[:2] for path in LESSONS] == [f"{n:02d}" for n in range(1, len(LESSONS) + 1)]


@pytest.mark.parametrize("path", [CONTENTS, PRIMER, *LESSONS], ids=lambda p: p.name)
def test_every_link_resolves(path):
    for cell in read(path).cells:
        if cell.cell_type == "markdown":
            for target in LINK.findall(cell.source):
                if not target.startswith(("http://", "https://")):
                    assert (path.parent / target).exists(), f"{path.name} links to missing {target}"


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=lambda i: LESSONS[i].name)
def test_navigation_top_and_bottom(index):
    cells = read(LESSONS[index]).cells
    expected = [CONTENTS.name]
    if index > 0:
        expected.append(LESSONS[index - 1].name)
    if index < len(LESSONS) - 1:
        expected.append(LESSONS[index + 1].name)
    for navigation in (cells[0].source.splitlines()[0], cells[-1].source):
        assert sorted(LINK.findall(navigation)) == sorted(expected)


def test_every_lesson_links_to_the_primer_and_the_primer_to_lesson_01():
    for path in LESSONS:
        assert PRIMER.name in read(path).cells[0].source, f"{path.name}: no link to the primer in the header card"
    assert "01_reading_the_article.ipynb" in read(PRIMER).cells[-1].source


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_discussion_questions_come_with_folded_model_answers(path):
    discuss = next((cell.source for cell in read(path).cells if cell.source.startswith("## Discuss")), "")
    assert discuss.count("<details>") >= 3 and discuss.count("<details>") == discuss.count("</details>")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_header_card_summary_and_pitfalls(path):
    markdown = "\n".join(cell.source for cell in read(path).cells if cell.cell_type == "markdown")
    for needed in ("**What you will learn**", "**Time needed**", "**Knowledge required**", "**Libraries used**",
                   "## Your turn", "## Summary", "**Where next:**", "⚠ Pitfall"):
        assert needed in markdown, f"{path.name} has no {needed}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_header_card_names_the_textkit_modules_to_read(path):
    card = read(path).cells[0].source
    row = next((line for line in card.splitlines() if line.startswith("| **Code to read alongside** |")), "")
    modules = re.findall(r"`textkit/(\w+\.py)`", row)
    assert modules, f"{path.name}: the header card names no textkit module to read beside the lesson"
    for module in modules:
        assert (NOTEBOOKS / "textkit" / module).is_file(), f"{path.name} names textkit/{module}, which does not exist"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_no_downloads_or_network(path):
    code = "\n".join(cell.source for cell in read(path).cells if cell.cell_type == "code")
    code += "".join(path.read_text(encoding="utf-8") for path in (NOTEBOOKS / "textkit").glob("*.py"))
    for forbidden in ("nltk.download", "word_tokenize(", "sent_tokenize(", "urlopen", "requests."):
        assert forbidden not in code


def test_course_article_is_the_shared_article():
    shared = ROOT.parent / "shared" / "article.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    ours = (ROOT / "data" / "article.txt").read_bytes()
    assert hashlib.sha256(ours).digest() == hashlib.sha256(shared.read_bytes()).digest()


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_exercises_ship_as_stubs_that_say_not_yet(path):
    notebook = read(path)
    pairs = exercises(notebook)
    assert len(pairs) >= 3, f"{path.name} needs at least three exercises"
    names = set()
    for exercise, check in pairs:
        stub = notebook.cells[exercise].source.strip()
        assert re.search(r"^q\d_\w+ = \.\.\.", stub, flags=re.M), f"{path.name}: an exercise without a named answer"
        name = re.search(r"tk\.check\(\"(q\d_\w+)\"\)", notebook.cells[check].source)[1]
        assert notebook.cells[check].source.strip() == f'tk.check("{name}")', "a check cell shows nothing but the call"
        assert name not in names, f"{path.name}: {name} is used twice"
        names.add(name)
        assert "solution" in notebook.cells[exercise].metadata, "every exercise has a worked solution"
        assert printed(notebook.cells[check]).startswith("Not yet")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_worked_solutions_pass_their_self_checks(path):
    """What each solved check says, as stored. Strict nbval runs every solution in the lesson's own run (see
    conftest.py) and fails if a fresh run says anything else."""
    solved = with_solutions(read(path))
    for exercise, check in exercises(solved):
        message = printed(solved.cells[check])
        assert message.startswith("Well done"), f"{path.name}, solution of cell {exercise}: {message!r}"


def test_each_solution_runs_in_its_lessons_nbval_run_right_after_its_check(request):
    """conftest.py puts, after each exercise's check cell, the solution and the check again (nbval's cell ids)."""
    ids = [item.nodeid for item in request.session.items]
    collected = [path for path in LESSONS if f"notebooks/{path.name}::Cell 0" in ids]
    if not collected:
        pytest.skip("the lessons are not collected in this run")
    for path in collected:
        notebook = read(path)
        number = {i: sum(cell.cell_type == "code" for cell in notebook.cells[:i]) for i in range(len(notebook.cells))}
        for exercise, check in exercises(notebook):
            at = ids.index(f"notebooks/{path.name}::Cell {number[check]}")
            assert ids[at + 1 : at + 3] == [f"notebooks/{path.name}::Cell {number[exercise]} solved",
                                            f"notebooks/{path.name}::Cell {number[check]} solved"]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_stored_figure_fits_a_projected_window_and_has_alt_text(path):
    for cell in read(path).cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if png:
                width, height = struct.unpack(">II", base64.b64decode(png)[16:24])
                assert width <= 1000 and height <= 600, f"{path.name}: a {width} x {height} figure"
                assert output.get("metadata", {}).get("image/png", {}).get("alt"), f"{path.name}: a figure without alt"


def test_notebooks_store_no_errors_or_warnings():
    for path in LESSONS:
        for cell in read(path).cells:
            for output in cell.get("outputs", []):
                assert output.output_type != "error", path.name
                assert output.get("name") != "stderr", path.name
                plain = json.dumps(output.get("data", {}).get("text/plain", ""))
                assert not re.search(r"0x[0-9a-f]{6,}", plain), f"{path.name}: a memory address in an output"


def test_reading_a_notebook_builds_no_grammar():
    """jsonschema is pinned at 4.24.0 (README.md): from 4.25 on, `import nbformat` also imports rfc3987_syntax,
    which builds a grammar, 0.7 s more for every program that reads a notebook."""
    script = "import sys, nbformat; print(sorted(set(sys.modules) & {'rfc3987_syntax', 'lark'}))"
    imported = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert imported.strip() == "[]"
