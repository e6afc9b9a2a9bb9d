"""Which "Your turn" exercises each student has done, read from the notebooks they saved.

    python3 course.py progress FOLDER [--csv PATH]

FOLDER holds the students' notebooks (.ipynb) as they saved them from JupyterLab, at any depth: one folder per
student (anna/02_counting_terms.ipynb), or all in one folder, renamed or not (02_counting_terms (1).ipynb).
Hidden folders such as .ipynb_checkpoints, and the __MACOSX folders of zip files made on a Mac, are skipped.

Prints one row per notebook: the student (the folder the notebook is in, or else its file name), the lesson
(found by the title in its first cells, or else by its file name), and one column per exercise:

    ✓  the exercise's check printed "Well done"
    ✗  it printed "Not quite"
    ·  it printed "Not yet", or was never run, or the exercise is not in the notebook

then how many students solved each exercise. A file that is not a notebook gets a note instead of marks.

Only what the notebooks STORED when they were last saved is read: no student code is run, no kernel is
started, and nothing here imports Jupyter's kernel machinery. So the table shows what each notebook said when
it was saved; it is a view of progress, not a mark.
"""

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
# The same list as lessons.LESSONS (the tests check it). Not imported from there: that module brings nbclient and
# jupyter_client, and this tool must have nothing that could start a kernel.
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))[1:]  # 00 is the contents page

SOLVED, NOT_QUITE, NOT_DONE = "✓", "✗", "·"
FEEDBACK = ("Well done", "Not quite", "Not yet")  # how every check's message starts (textkit/exercises.py)
UNREADABLE = "could not be read"
NOT_A_LESSON = "not a lesson of this course"
LEGEND = f'{SOLVED} its check said "Well done"   {NOT_QUITE} "Not quite"   {NOT_DONE} "Not yet", or never run'


# ---- Reading a notebook's JSON without trusting it: every field may be missing or of the wrong type. ----

def _text(value):
    """A notebook's text: a string, or a list of strings (as saved by JupyterLab)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return ""


def _metadata(cell):
    metadata = cell.get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def _is_code(cell):
    return cell.get("cell_type") == "code"


def _is_exercise(cell):
    tags = _metadata(cell).get("tags")
    return _is_code(cell) and isinstance(tags, list) and "exercise" in tags


def _check_id(cell):
    """The exercise id a check cell carries in its metadata ({"check": "02.q1"}), or None."""
    value = _metadata(cell).get("check")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _source(cell):
    return _text(cell.get("source")).strip()


def _printed(cell):
    """What a code cell printed when it last ran, as stored in the notebook."""
    outputs = cell.get("outputs")
    if not isinstance(outputs, list):
        return ""
    return "".join(_text(output.get("text")) for output in outputs
                   if isinstance(output, dict) and output.get("output_type") == "stream")


def _feedback(cell):
    """The feedback words a check cell printed, in order: "Well done", "Not quite" or "Not yet"."""
    lines = [line.strip() for line in _printed(cell).splitlines()]
    return [word for line in lines for word in FEEDBACK if line.startswith(word)]


def status(cell):
    """✓, ✗ or · for a check cell (None: no check cell), from what it printed when it last ran.

    ✗ if any line says "Not quite"; ✓ if every feedback line says "Well done"; else · (not yet, never run,
    or stopped by an error before any feedback).
    """
    said = _feedback(cell) if cell is not None else []
    if "Not quite" in said:
        return NOT_QUITE
    if said and all(word == "Well done" for word in said):
        return SOLVED
    return NOT_DONE


def check_cells(cells):
    """Indexes of a notebook's check cells, in order.

    A cell marked {"check": id} is a check. So is, after each exercise cell, the first code cell before the next
    exercise cell that printed feedback, or else the first code cell: a student's own cell between an exercise
    and its check is passed over once the check has run, and a copy of an exercise cell adds no exercise.
    """
    found = {i for i, cell in enumerate(cells) if _check_id(cell)}
    tagged = [i for i, cell in enumerate(cells) if _is_exercise(cell)]
    for k, start in enumerate(tagged):
        end = tagged[k + 1] if k + 1 < len(tagged) else len(cells)
        code = [j for j in range(start + 1, end) if _is_code(cells[j]) and not _is_exercise(cells[j])]
        if code and not found.intersection(code):
            found.add(next((j for j in code if _feedback(cells[j])), code[0]))
    return sorted(found)


def _title(cells):
    """The first level-1 heading ("# 02 · Counting terms") in a notebook's first three markdown cells, normalised."""
    for cell in [cell for cell in cells if cell.get("cell_type") == "markdown"][:3]:
        for line in _text(cell.get("source")).splitlines():
            if line.startswith("# "):
                return " ".join(line[2:].split()).casefold()
    return None


def read_cells(path):
    """(cells, "") for a notebook, or (None, note) for a file that is not one. Never raises."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return None, f"{UNREADABLE}: {error.strerror or error}"
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, f"{UNREADABLE}: not UTF-8 text"
    except (ValueError, RecursionError):
        return None, f"{UNREADABLE}: {'an empty file' if not data.strip() else 'not valid JSON'}"
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return None, f"{UNREADABLE}: not a Jupyter notebook"
    return [cell for cell in notebook["cells"] if isinstance(cell, dict)], ""


# ---- The course's lessons, read from notebooks/ ----

@dataclass
class Lesson:
    name: str  # the notebook's file name without .ipynb: 02_counting_terms
    title: str | None  # its title, normalised: "02 · counting terms"
    exercises: list  # (exercise id, source of its check cell), in order


def lesson(path):
    """A lesson's name, title and exercises. An exercise's id is the one its check cell carries ("02.q1"), else
    the lesson's number and the exercise's place in it, in the same form."""
    cells, note = read_cells(path)
    if cells is None:
        raise ValueError(f"{path}: {note}")
    number = Path(path).name[:2]
    exercises = [(_check_id(cells[j]) or f"{number}.q{n}", _source(cells[j]))
                 for n, j in enumerate(check_cells(cells), 1)]
    return Lesson(Path(path).stem, _title(cells), exercises)


def which_lesson(path, cells, lessons):
    """The lesson a student's notebook is: by its title, else by the lesson's file name inside its own."""
    title = _title(cells) if cells else None
    for candidate in lessons:
        if title and title == candidate.title:
            return candidate
    name = Path(path).stem.casefold()
    return next((candidate for candidate in lessons if candidate.name.casefold() in name), None)


def marks(cells, lesson):
    """{exercise id: ✓, ✗ or ·} for a student's copy of a lesson, its extra exercise ids (if any) last.

    Each of the lesson's exercises is found in the student's notebook by the id its check cell carries, else by
    the check cell's code (unchanged from the course's), else by its place among the notebook's checks (a copy
    saved from an older version of the course). A check carrying an id the lesson does not know gets its own column.
    """
    checks = check_cells(cells)
    by_id = {}
    for j in checks:
        by_id.setdefault(_check_id(cells[j]), j)
    by_id.pop(None, None)
    used = set(by_id.values())
    found = {name: by_id[name] for name, _ in lesson.exercises if name in by_id}
    for name, source in lesson.exercises:
        if name not in found and source:
            same = (j for j, cell in enumerate(cells) if j not in used and _is_code(cell) and _source(cell) == source)
            j = next(same, None)
            if j is not None:
                found[name] = j
                used.add(j)
    for n, (name, _) in enumerate(lesson.exercises):
        if name not in found and n < len(checks) and checks[n] not in used and not _check_id(cells[checks[n]]):
            found[name] = checks[n]
            used.add(checks[n])
    result = {name: status(cells[found[name]]) if name in found else NOT_DONE for name, _ in lesson.exercises}
    known = dict(lesson.exercises)
    result.update({name: status(cells[j]) for name, j in by_id.items() if name not in known})
    return result


# ---- The table ----

def notebooks(folder):
    """Every .ipynb file under folder (or folder itself, if it is one), skipping hidden and __MACOSX folders."""
    folder = Path(folder)
    if folder.is_file():
        return [folder]
    found = []
    for top, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".") and name != "__MACOSX"]
        found += [Path(top) / name for name in files if name.endswith(".ipynb") and not name.startswith(".")]
    return sorted(found)


def _student(path, folder):
    """The folder the notebook is in (as a path under FOLDER), or its file name if it lies in FOLDER itself."""
    parent = path.parent.relative_to(folder) if path != folder else Path(".")
    return path.stem if parent == Path(".") else parent.as_posix()


def progress(folder, lessons=None):
    """The progress table: one row per notebook under folder, read from stored outputs only.

    Columns: student, lesson, one per exercise of the lessons found (✓, ✗, ·; empty for another lesson's
    exercises), note ("could not be read: …", or "not a lesson of this course"), and file (the path under folder).
    """
    folder = Path(folder)
    course = [lesson(path) for path in (LESSONS if lessons is None else lessons)]
    rows, columns = [], {}  # columns: lesson name -> exercise ids, in order
    for path in notebooks(folder):
        cells, note = read_cells(path)
        found = which_lesson(path, cells, course)
        row = {"student": _student(path, folder), "lesson": found.name if found else "", "note": note,
               "file": path.relative_to(folder).as_posix() if path != folder else path.name}
        if cells is not None and found is None:
            row["note"] = NOT_A_LESSON
        if cells is not None and found is not None:
            row["marks"] = marks(cells, found)
            ids = columns.setdefault(found.name, [name for name, _ in found.exercises])
            ids += [name for name in row["marks"] if name not in ids]
        rows.append(row)
    order = {item.name: n for n, item in enumerate(course)}
    in_order = [name for item in course if item.name in columns for name in columns[item.name]]
    exercise_columns = list(dict.fromkeys(in_order))  # an id met in two lessons' notebooks gets one column
    rows.sort(key=lambda row: (row["student"].casefold(), order.get(row["lesson"], len(order)), row["file"].casefold()))
    table = pd.DataFrame(
        [[row["student"], row["lesson"], *[row.get("marks", {}).get(name, "") for name in exercise_columns],
          row["note"], row["file"]] for row in rows],
        columns=["student", "lesson", *exercise_columns, "note", "file"], dtype=object)
    return table


def summary(table):
    """One line per exercise: how many students solved it, of those whose notebook of that lesson could be read.

    A student with several copies of a lesson counts once, with the best mark among them.
    """
    lines = []
    for name in table.columns[2:-2]:
        marked = table[table[name] != ""]
        best = marked.groupby("student")[name].agg(
            lambda marks: SOLVED if SOLVED in set(marks) else NOT_QUITE if NOT_QUITE in set(marks) else NOT_DONE)
        counts, students = best.value_counts(), f"{len(best)} student{'s' if len(best) != 1 else ''}"
        lines.append(f"{name}: solved by {counts.get(SOLVED, 0)} of {students}; "
                     f"not quite {counts.get(NOT_QUITE, 0)}, not yet {counts.get(NOT_DONE, 0)}")
    unreadable = int(table["note"].str.startswith(UNREADABLE).sum())
    if unreadable:
        lines.append(f"{unreadable} file{'s' if unreadable > 1 else ''} could not be read: see the note column.")
    return lines


def report(table, folder):
    """The text main() prints: a heading, the table, the legend and the summary."""
    if table.empty:
        return f"No notebooks (.ipynb) found in {folder}."
    count = f"{len(table)} notebook{'s' if len(table) > 1 else ''}"
    return "\n".join([f"Progress in {folder}: {count}, read from their stored outputs (no code was run).", "",
                      as_text(table), "", LEGEND, "", *summary(table)])


def as_text(table):
    """The table printed by pandas: text columns to the left, each mark centred under its exercise."""
    formatters = {}
    for column in table.columns:
        width = max([len(column), *table[column].map(len)])
        align = "<" if column in ("student", "lesson", "note", "file") else "^"
        formatters[column] = lambda value, width=width, align=align: f"{value:{align}{width}}"
    text = table.to_string(index=False, formatters=formatters, justify="left")
    return "\n".join(line.rstrip() for line in text.splitlines())


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 course.py progress", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="the folder that holds the students' notebooks (searched at any depth)")
    parser.add_argument("--csv", metavar="PATH", help="also write the table to this CSV file (UTF-8, opens in Excel)")
    options = parser.parse_args(argv)
    folder = Path(options.folder)
    if not folder.exists():
        sys.exit(f"Stopped: {folder.resolve()}: no such folder. Give the folder that holds the students' notebooks.")
    if getattr(sys.stdout, "encoding", None) and not _can_print(SOLVED + NOT_QUITE + NOT_DONE):
        sys.stdout.reconfigure(encoding="utf-8")  # e.g. a Windows console redirected to a file
    table = progress(folder)
    print(report(table, options.folder))
    if options.csv:
        path = Path(options.csv)
        path.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")  # with a BOM, for Excel
        print(f"\nWrote {path}")


def _can_print(text):
    try:
        text.encode(sys.stdout.encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


if __name__ == "__main__":
    main()
