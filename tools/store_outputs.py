"""Run every notebook again and store its new outputs in it (after a change): python3 course.py outputs.

The lessons run as the tests run them: each worked solution right after its exercise's check, with the
outputs of the solution and of the check again stored in the cells' metadata (see lessons.WithSolutions).
"""

import nbformat

from lessons import CONTENTS, LESSONS, PRIMER, execute, read

if __name__ == "__main__":
    for path in [CONTENTS, PRIMER, *LESSONS]:
        print("Running", path.name, flush=True)
        notebook = execute(read(path), solutions=True)
        for cell in notebook.cells:
            cell.metadata.pop("execution", None)  # run times would change the file on every run
        nbformat.write(notebook, path)
