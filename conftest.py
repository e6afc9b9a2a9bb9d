"""How pytest runs the notebooks (strict nbval, set in pytest.ini), in one run per lesson.

- Each worked solution is checked in the lesson's own nbval run: right after an
  exercise's check cell, the same kernel runs the exercise's solution (kept in
  the cell's metadata) and then the check again, as a learner who solved it
  would. Both outputs are compared with those `course.py outputs` stored for
  them, like every other cell, and the stored check says "Well done" (a test in
  tests/test_notebooks.py). So no lesson is run a second time for its solutions,
  and the site shows solved lessons from what was stored.
- The slowest test files come first, so that when the test command spreads files over
  several workers (course.py test), they start first: the JupyterLab test, which mostly
  waits on the browser, then notebook 05 on other articles, then the site.
- nbval's kernels talk over socket files (lessons.ThisPython), so that kernels
  started at the same time by two test workers never take the same port.
"""

import copy

import nbval.kernel
from nbval.plugin import IPyNbCell

from lessons import ThisPython, exercises

nbval.kernel.KernelManager = ThisPython


def run_again(check, name, number, source, outputs):
    """A cell for nbval to run in the check's kernel: this source, expecting these outputs."""
    cell = copy.deepcopy(check.cell)
    cell.source, cell.outputs = source, outputs
    return IPyNbCell.from_parent(check.parent, name=name, cell_num=number, cell=cell, options=check.options)


def solved_after(check):
    """After an exercise's check cell: its worked solution, then the check again (none after other cells)."""
    notebook = check.parent.nb
    for exercise, index in exercises(notebook):
        if notebook.cells[index] is check.cell:
            cell = notebook.cells[exercise]
            number = sum(other.cell_type == "code" for other in notebook.cells[:exercise])  # nbval's "Cell N"
            return [run_again(check, f"Cell {number} solved", number, cell.metadata["solution"],
                              cell.metadata.get("solution_outputs", [])),
                    run_again(check, f"{check.name} solved", check.cell_num, check.cell.source,
                              check.cell.metadata.get("solution_outputs", []))]
    return []


# (With a short one third: each worker is handed two files at the start, and the JupyterLab test's worker
# should not hold a long one back until that test is over.)
SLOWEST_FIRST = ["tests/test_lab.py", "tests/test_own_article.py", "tests/test_progress.py", "tests/test_site.py"]


def first(item):
    path = item.nodeid.split("::")[0]
    return SLOWEST_FIRST.index(path) if path in SLOWEST_FIRST else len(SLOWEST_FIRST)


def pytest_collection_modifyitems(items):
    items.sort(key=first)  # a stable sort: the rest keep their order
    items[:] = [placed for item in items
                for placed in [item, *(solved_after(item) if isinstance(item, IPyNbCell) else [])]]
