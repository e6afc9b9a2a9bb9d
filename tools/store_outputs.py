"""Run every notebook again and store its new outputs in it (after a change): python3 course.py outputs."""

import nbformat

from lessons import CONTENTS, LESSONS, execute, read

if __name__ == "__main__":
    for path in [CONTENTS, *LESSONS]:
        print("Running", path.name, flush=True)
        notebook = execute(read(path))
        for cell in notebook.cells:
            cell.metadata.pop("execution", None)  # run times would change the file on every run
        nbformat.write(notebook, path)
