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


def execute(notebook, folder=NOTEBOOKS):
    """Run a notebook in `folder` with this Python."""
    NotebookClient(notebook, timeout=600, resources={"metadata": {"path": str(folder)}}, record_timing=False,
                   **THIS_PYTHON).execute()
    return notebook


def exercises(notebook):
    """(exercise cell, check cell) index pairs: the check is the next code cell after the exercise."""
    cells = notebook.cells
    found = [i for i, cell in enumerate(cells) if "exercise" in cell.metadata.get("tags", [])]
    return [(i, next(j for j in range(i + 1, len(cells)) if cells[j].cell_type == "code")) for i in found]


def with_solutions(notebook):
    """The same notebook with each exercise's stub replaced by its worked solution (kept in cell metadata)."""
    notebook = nbformat.from_dict(notebook)
    for exercise, _ in exercises(notebook):
        notebook.cells[exercise].source = notebook.cells[exercise].metadata["solution"]
    return notebook


def printed(cell):
    """What a code cell printed."""
    return "".join(output.get("text", "") for output in cell.get("outputs", []) if output.output_type == "stream")
