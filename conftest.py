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

from lessons import ThisPython

nbval.kernel.KernelManager = ThisPython


def solved(cell_item, name, source, outputs):
    """A cell for nbval to run in the same kernel: this source, expecting these outputs."""
    cell = copy.deepcopy(cell_item.cell)
    cell.source, cell.outputs = source, outputs
    return IPyNbCell.from_parent(cell_item.parent, name=name, cell_num=cell_item.cell_num, cell=cell,
                                 options=cell_item.options)


# (With a short one third: each worker is handed two files at the start, and the JupyterLab test's worker
# should not hold a long one back until that test is over.)
SLOWEST_FIRST = ["tests/test_lab.py", "tests/test_own_article.py", "tests/test_progress.py", "tests/test_site.py"]


def first(item):
    path = item.nodeid.split("::")[0]
    return SLOWEST_FIRST.index(path) if path in SLOWEST_FIRST else len(SLOWEST_FIRST)


def pytest_collection_modifyitems(items):
    items.sort(key=first)  # a stable sort: the rest keep their order
    placed = []
    exercise = None
    for item in items:
        placed.append(item)
        if not isinstance(item, IPyNbCell):
            continue
        if exercise is not None and exercise.parent is item.parent:  # item is the exercise's check
            placed.append(solved(exercise, f"{exercise.name} solved", exercise.cell.metadata["solution"],
                                 exercise.cell.metadata.get("solution_outputs", [])))
            placed.append(solved(item, f"{item.name} solved", item.cell.source,
                                 item.cell.metadata.get("solution_outputs", [])))
        is_exercise = "exercise" in item.cell.metadata.get("tags", []) and "solution" in item.cell.metadata
        exercise = item if is_exercise else None
    items[:] = placed
