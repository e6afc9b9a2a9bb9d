"""tools/progress.py: the class's progress, read from the notebooks the students saved, without running them.

The students' notebooks are copies of the real lessons with check outputs written in, as JupyterLab would save
them after the checks ran. Starting a kernel, or any other process, fails these tests (the `no_kernels` fixture).
"""

import json
import subprocess
import sys

import jupyter_client
import nbclient
import pandas as pd
import pytest

import progress
from lessons import LESSONS, ROOT, exercises, read

REAL_POPEN = subprocess.Popen
LESSON_02, LESSON_03 = LESSONS[1], LESSONS[2]
WELL_DONE = "Well done, that is right!\n"
NOT_QUITE = "Not quite: you gave 5. Hint: count sentences, not tokens.\n"


@pytest.fixture(autouse=True)
def no_kernels(monkeypatch):
    """Anything that would start a kernel or another process fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("progress.py must not start a kernel or a process")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    for cls in (jupyter_client.KernelManager, jupyter_client.AsyncKernelManager):
        monkeypatch.setattr(cls, "start_kernel", refuse)
    monkeypatch.setattr(nbclient.NotebookClient, "execute", refuse)
    monkeypatch.setattr(nbclient.NotebookClient, "async_execute", refuse)


def check_cells(path):
    """Indexes of a lesson's check cells, found with the tests' own helper (lessons.exercises)."""
    return [check for _, check in exercises(read(path))]


def exercise_ids(path):
    """The id of each exercise: the one its check cell carries, else the lesson's number and its place in it."""
    cells = read(path).cells
    return [cells[j].metadata.get("check") or f"{path.name[:2]}.q{n}" for n, j in enumerate(check_cells(path), 1)]


def student_copy(path, printed=None, cleared=()):
    """A lesson as a student saved it: {check number (from 1): what its check printed}, and checks never run."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    checks = check_cells(path)
    for n, text in (printed or {}).items():
        notebook["cells"][checks[n - 1]]["outputs"] = [{"name": "stdout", "output_type": "stream", "text": [text]}]
    for n in cleared:
        notebook["cells"][checks[n - 1]]["outputs"] = []
        notebook["cells"][checks[n - 1]]["execution_count"] = None
    return notebook


def save(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, indent=1, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def classroom(tmp_path):
    """A class's hand-ins: folders per student, a renamed copy, a broken file, files that are not lessons."""
    folder = tmp_path / "class 2B"
    every = {n: WELL_DONE for n in range(1, len(check_cells(LESSON_02)) + 1)}
    save(folder, "02_counting_terms (1).ipynb", student_copy(LESSON_02, every))  # renamed by JupyterLab
    save(folder, "anna/02_counting_terms.ipynb", student_copy(LESSON_02, {1: WELL_DONE, 2: NOT_QUITE}))
    save(folder, "anna/.ipynb_checkpoints/02_counting_terms-checkpoint.ipynb", student_copy(LESSON_02, every))
    save(folder, "cleo/homework.ipynb", student_copy(LESSON_03, {1: WELL_DONE}, cleared=[2]))  # found by its title
    save(folder, "dan/02_counting_terms.ipynb", '{"cells": [{"cell_type": "code", "source": ')  # cut off mid-save
    save(folder, "eve/notes.ipynb", {"title": "my notes"})
    save(folder, "eve/scratch.ipynb", {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    return folder


def expected_table():
    ids_02, ids_03 = exercise_ids(LESSON_02), exercise_ids(LESSON_03)
    rest_02, rest_03 = len(ids_02) - 2, len(ids_03) - 2
    blank_02, blank_03 = [""] * len(ids_02), [""] * len(ids_03)
    rows = [
        ["02_counting_terms (1)", "02_counting_terms", *["✓"] * len(ids_02), *blank_03, "",
         "02_counting_terms (1).ipynb"],
        ["anna", "02_counting_terms", "✓", "✗", *["·"] * rest_02, *blank_03, "", "anna/02_counting_terms.ipynb"],
        ["cleo", "03_charting_actors", *blank_02, "✓", "·", *["·"] * rest_03, "", "cleo/homework.ipynb"],
        ["dan", "02_counting_terms", *blank_02, *blank_03, "could not be read: not valid JSON",
         "dan/02_counting_terms.ipynb"],
        ["eve", "", *blank_02, *blank_03, "could not be read: not a Jupyter notebook", "eve/notes.ipynb"],
        ["eve", "", *blank_02, *blank_03, "not a lesson of this course", "eve/scratch.ipynb"],
    ]
    return ["student", "lesson", *ids_02, *ids_03, "note", "file"], rows


def test_the_table_has_one_row_per_saved_notebook(classroom):
    table = progress.progress(classroom)
    columns, rows = expected_table()
    assert table.columns.tolist() == columns
    assert table.values.tolist() == rows


def test_main_prints_the_table_and_a_summary_and_writes_the_csv(classroom, tmp_path, capsys):
    out = tmp_path / "reports" / "class.csv"
    progress.main([str(classroom), "--csv", str(out)])
    printed = capsys.readouterr().out

    columns, rows = expected_table()
    table = pd.DataFrame(rows, columns=columns, dtype=object)
    ids_02, ids_03 = exercise_ids(LESSON_02), exercise_ids(LESSON_03)
    summary = [
        f"{ids_02[0]}: solved by 2 of 2 students; not quite 0, not yet 0",
        f"{ids_02[1]}: solved by 1 of 2 students; not quite 1, not yet 0",
        *[f"{name}: solved by 1 of 2 students; not quite 0, not yet 1" for name in ids_02[2:]],
        f"{ids_03[0]}: solved by 1 of 1 student; not quite 0, not yet 0",
        *[f"{name}: solved by 0 of 1 student; not quite 0, not yet 1" for name in ids_03[1:]],
        "2 files could not be read: see the note column.",
    ]
    assert printed == "\n".join([
        f"Progress in {classroom}: 6 notebooks, read from their stored outputs (no code was run).", "",
        progress.as_text(table), "",
        '✓ its check said "Well done"   ✗ "Not quite"   · "Not yet", or never run', "",
        *summary, "", f"Wrote {out}", ""])
    # pandas printed it, one line per row, marks under their exercise
    lines = printed.splitlines()
    header = next(line for line in lines if line.startswith("student "))
    anna = next(line for line in lines if line.startswith("anna "))
    assert anna[header.index(ids_02[1]) + 2] == "✗"

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, so Excel shows the marks
    written = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert written.columns.tolist() == columns
    assert written.values.tolist() == rows


def test_exercises_are_found_by_id_then_by_check_code_then_by_place(tmp_path):
    ids = exercise_ids(LESSON_02)
    checks = check_cells(LESSON_02)
    first_exercise = exercises(read(LESSON_02))[0][0]

    # The new design: every check carries its id. Exercise 1 deleted and every check's code changed, so only the
    # ids say which is which (by place, exercise 2 would be read as exercise 1).
    fay = student_copy(LESSON_02, {2: WELL_DONE})
    for n, j in enumerate(checks, 1):
        fay["cells"][j]["metadata"]["check"] = ids[n - 1]
        fay["cells"][j]["source"] = [f'tk.check("renamed_{n}")']
    del fay["cells"][first_exercise:checks[0] + 1]
    save(tmp_path, "fay/02_counting_terms.ipynb", fay)

    # A copy saved from an older version of the course: no ids, other check code. The student put a cell of their
    # own between exercise 1 and its check, and copied exercise 2's cell; check 3 stopped with an error.
    gil = student_copy(LESSON_02, {1: NOT_QUITE, 2: WELL_DONE})
    for n, j in enumerate(checks, 1):
        gil["cells"][j]["metadata"].pop("check", None)
        gil["cells"][j]["source"] = [f"tk.check(answer, expected_{n}, 'a hint')"]
    gil["cells"][checks[2]]["outputs"] = [{"output_type": "error", "ename": "NameError", "evalue": "name 'x'",
                                           "traceback": []}]
    second_exercise = exercises(read(LESSON_02))[1][0]
    gil["cells"].insert(second_exercise, dict(gil["cells"][second_exercise]))  # the copy keeps the exercise tag
    scratch = {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["print(6 * 7)"],
               "outputs": [{"name": "stdout", "output_type": "stream", "text": ["42\n"]}]}
    gil["cells"].insert(first_exercise + 1, scratch)
    save(tmp_path, "gil/02_counting_terms.ipynb", gil)

    # A check the course does not know (yet): a column of its own, after the lesson's.
    hal = student_copy(LESSON_02)
    hal["cells"].append({"cell_type": "code", "execution_count": 9, "metadata": {"check": "02.extra"},
                         "source": ['tk.check("extra")'],
                         "outputs": [{"name": "stdout", "output_type": "stream", "text": WELL_DONE}]})
    save(tmp_path, "hal/02_counting_terms.ipynb", hal)

    table = progress.progress(tmp_path)
    rest = ["·"] * (len(ids) - 3)
    assert table.columns.tolist() == ["student", "lesson", *ids, "02.extra", "note", "file"]
    assert table.values.tolist() == [
        ["fay", "02_counting_terms", "·", "✓", "·", *rest, "", "", "fay/02_counting_terms.ipynb"],
        ["gil", "02_counting_terms", "✗", "✓", "·", *rest, "", "", "gil/02_counting_terms.ipynb"],
        ["hal", "02_counting_terms", "·", "·", "·", *rest, "✓", "", "hal/02_counting_terms.ipynb"],
    ]


def stream(text, name="stdout"):
    return {"output_type": "stream", "name": name, "text": text}


@pytest.mark.parametrize(("outputs", "mark"), [
    ([stream([WELL_DONE])], "✓"),
    ([stream(WELL_DONE)], "✓"),  # text saved as one string rather than a list of lines
    ([stream(["Not quite: you gave 'escalat'. ", "Hint: call stemmer.stem.\n"])], "✗"),
    ([stream("Not yet: replace the ... after q1_conflict = with your answer, then run both cells again.\n")], "·"),
    ([], "·"),  # never run, or outputs cleared
    ([{"output_type": "error", "ename": "NameError", "evalue": "q1", "traceback": []}], "·"),
    ([stream("Checking your table ...\n"), stream(WELL_DONE)], "✓"),  # the feedback need not be the first line
    ([stream("Well done, that is right!\nNot quite: the chart has no title.\n")], "✗"),  # part of it is wrong
    ([stream("Well done, that is right!\nNot yet: run the chart cell.\n")], "·"),
    ([stream("The answer is not 'Well done'.\n")], "·"),
    ("not a list", "·"),
])
def test_a_check_is_marked_by_what_it_printed(outputs, mark):
    assert progress.status({"cell_type": "code", "metadata": {}, "source": "", "outputs": outputs}) == mark


@pytest.mark.parametrize(("content", "note"), [
    (b"", "could not be read: an empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\xff", "could not be read: not UTF-8 text"),
    (b"[1, 2, 3]", "could not be read: not a Jupyter notebook"),
    (b'{"worksheets": []}', "could not be read: not a Jupyter notebook"),
    (b'{"cells": "none"}', "could not be read: not a Jupyter notebook"),
    (b"\xef\xbb\xbf{\"cells\": []}", ""),  # a byte-order mark is fine
    (b'{"cells": [7, null, {"cell_type": "code"}]}', ""),  # odd cells are passed over, not a crash
])
def test_a_file_that_is_not_a_notebook_gets_a_note(tmp_path, content, note):
    path = tmp_path / "x.ipynb"
    path.write_bytes(content)
    assert progress.read_cells(path)[1] == note
    row = progress.progress(tmp_path).iloc[0]
    assert row["note"] == (note or "not a lesson of this course")


def test_the_lesson_is_found_by_its_title_or_else_its_file_name(tmp_path):
    save(tmp_path, "Copy of 03_charting_actors.ipynb", '{"cells": ')  # unreadable: its name says which lesson
    save(tmp_path, "week 2.ipynb", student_copy(LESSON_02))
    untitled = student_copy(LESSON_03)
    untitled["cells"] = untitled["cells"][1:]  # the title cell deleted
    save(tmp_path, "03_charting_actors-Copy1.ipynb", untitled)
    table = progress.progress(tmp_path)
    assert dict(zip(table["file"], table["lesson"])) == {
        "03_charting_actors-Copy1.ipynb": "03_charting_actors",
        "Copy of 03_charting_actors.ipynb": "03_charting_actors",
        "week 2.ipynb": "02_counting_terms",
    }


def test_an_empty_folder_a_missing_folder_and_one_notebook(tmp_path, capsys):
    progress.main([str(tmp_path)])
    assert capsys.readouterr().out == f"No notebooks (.ipynb) found in {tmp_path}.\n"
    with pytest.raises(SystemExit, match="^Stopped: .*not_there: no such folder"):
        progress.main([str(tmp_path / "not_there")])
    one = save(tmp_path, "anna.ipynb", student_copy(LESSON_02, {1: WELL_DONE}))
    table = progress.progress(one)
    assert table[["student", "lesson", "file"]].values.tolist() == [["anna", "02_counting_terms", "anna.ipynb"]]


def test_the_lessons_are_the_courses():
    assert progress.LESSONS == LESSONS
    for path in LESSONS:
        lesson = progress.lesson(path)
        assert [name for name, _ in lesson.exercises] == exercise_ids(path)
        assert lesson.title.startswith(path.name[:2] + " · ")


def test_the_command_loads_no_kernel_machinery(classroom):
    """As `python3 course.py progress FOLDER` runs it: nothing that could start a kernel is even imported."""
    script = ("import runpy, sys; sys.argv.pop(0); runpy.run_path(sys.argv[0], run_name='__main__'); "
              "print(sorted(set(sys.modules) & {'nbclient', 'jupyter_client', 'ipykernel', 'IPython', 'papermill'}))")
    command = [sys.executable, "-c", script, str(ROOT / "tools" / "progress.py"), str(classroom)]
    with REAL_POPEN(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                    encoding="utf-8") as process:
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "anna " in out and "2 files could not be read" in out
    assert out.splitlines()[-1] == "[]"
