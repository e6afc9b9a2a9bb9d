"""What the tests, the site builder and the benchmark share about the lesson notebooks."""

import os
import uuid
from pathlib import Path

import nbformat
from jupyter_client import KernelManager
from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from nbval.kernel import CURRENT_ENV_KERNEL_NAME, NbvalKernelspecManager
from traitlets import default

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CONTENTS = NOTEBOOKS / "00_index.ipynb"
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))[1:]  # 00 is the contents page
PRIMER = NOTEBOOKS / "primer_python_and_pandas.ipynb"  # the Python and pandas the lessons use, before lesson 01


def read(path):
    return nbformat.read(path, as_version=4)


class ThisPython(KernelManager):
    """Starts kernels with this Python (not whatever kernel "python3" means elsewhere on the computer).

    Where the system has them (not on Windows), kernels talk over local socket files instead of network
    ports: two kernels starting at once can never take the same port, and the kernel has no reason to
    warn that its connection is unencrypted.
    """

    @default("kernel_spec_manager")
    def _this_python(self):
        return NbvalKernelspecManager()

    @default("transport")
    def _local_sockets(self):
        return "tcp" if os.name == "nt" else "ipc"

    @default("ip")
    def _socket_files(self):
        if os.name == "nt":
            return "127.0.0.1"
        os.makedirs(jupyter_runtime_dir(), exist_ok=True)
        return os.path.join(jupyter_runtime_dir(), f"kernel-{uuid.uuid4().hex[:12]}")


# Keyword arguments for nbclient and papermill that run a notebook with ThisPython.
THIS_PYTHON = {"kernel_name": CURRENT_ENV_KERNEL_NAME, "kernel_manager_class": ThisPython}


class WithSolutions(NotebookClient):
    """Runs a lesson as the tests do (see conftest.py): right after each exercise's check cell, the exercise's
    worked solution, then the check again. Their outputs go into the cells' metadata ("solution_outputs")."""

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        exercise = dict((check, exercise) for exercise, check in exercises(self.nb)).get(cell_index)
        if exercise is not None:
            solution = nbformat.v4.new_code_cell(self.nb.cells[exercise].metadata["solution"])
            check = nbformat.v4.new_code_cell(cell.source)
            for extra in (solution, check):  # off the record: no execution count, nothing in place of the check
                await super().async_execute_cell(extra, cell_index, store_history=False)
                self.code_cells_executed -= 1
                for output in extra.outputs:
                    output.pop("execution_count", None)
            self.nb.cells[cell_index] = cell
            self.nb.cells[exercise].metadata["solution_outputs"] = solution.outputs
            cell.metadata["solution_outputs"] = check.outputs
        return cell


def execute(notebook, folder=NOTEBOOKS, solutions=False):
    """Run a notebook in `folder` with this Python; with solutions=True, as the tests run it (WithSolutions)."""
    client = WithSolutions if solutions else NotebookClient
    client(notebook, timeout=600, resources={"metadata": {"path": str(folder)}}, record_timing=False,
           **THIS_PYTHON).execute()
    return notebook


def exercises(notebook):
    """(exercise cell, check cell) index pairs: the check is the next code cell after the exercise."""
    cells = notebook.cells
    found = [i for i, cell in enumerate(cells) if "exercise" in cell.metadata.get("tags", [])]
    return [(i, next(j for j in range(i + 1, len(cells)) if cells[j].cell_type == "code")) for i in found]


def with_solutions(notebook):
    """The same notebook with each exercise solved: the worked solution and the outputs stored for it and for
    its check (by `course.py outputs`; the tests prove them equal to a fresh run)."""
    notebook = nbformat.from_dict(notebook)
    for exercise, check in exercises(notebook):
        for index in (exercise, check):
            notebook.cells[index].outputs = notebook.cells[index].metadata.get("solution_outputs", [])
        notebook.cells[exercise].source = notebook.cells[exercise].metadata["solution"]
    return notebook


def printed(cell):
    """What a code cell printed."""
    return "".join(output.get("text", "") for output in cell.get("outputs", []) if output.output_type == "stream")
